fn main() {
    for s in std::env::args().skip(1) {
        match parsi::parse_number(&s) { Ok(n) => println!("{s} => {n}"), Err(e) => println!("{s} => ERR {e}") }
    }
    let text = include_str!("../tests/data/article.txt");
    for m in parsi::find_numbers(text) { println!("{:?}", m); }
    for n in [0i64, 1, 3, 13, 21, 30, 100, 114, 1000, 1001, 1214, 3713, 1000001, 2521000000, i64::MAX, i64::MIN] {
        println!("{n} {} | {:?}", parsi::to_words(n), parsi::to_ordinal_words(n));
    }
}
