//! Double quotes paired into « ».

use std::borrow::Cow;

/// Pairs double quotes into « ». Curly quotes pair by their direction;
/// straight quotes pair in order within a line, and an odd one out stays.
///
/// Works on bytes: only the lines that hold a quote are looked at, and those
/// only at their quotes.
pub(super) fn pair_quotes(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let Some(mut q) = next_quote(b, 0) else {
        return Cow::Borrowed(text);
    };
    // A straight quote (one byte) becomes « or » (two); curly ones shrink.
    let straight = b[q..].iter().filter(|&&c| c == b'"').count();
    let mut out = String::with_capacity(text.len() + straight);
    let mut copied = 0;
    loop {
        // The line around the quote at `q`.
        let start = b[..q]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |k| k + 1);
        let end = b[q..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |k| q + k);
        let straight = b[start..end].iter().filter(|&&c| c == b'"').count();
        let paired = straight - straight % 2;
        let mut seen = 0;
        // A curly quote is open on this line: the next one closes it.
        let mut open = false;
        while q < end {
            let (to, len) = match b[q] {
                b'"' if seen < paired => {
                    seen += 1;
                    (if seen % 2 == 1 { '«' } else { '»' }, 1)
                }
                b'"' => ('"', 1),
                // E2 80 9C is “ and E2 80 9D is ” (next_quote checked). They
                // pair by direction; one written the wrong way (” on both
                // sides, as some keyboards give) pairs by order instead: it
                // opens when none is open and another quote follows on the
                // line, and closes when one is open and none follows.
                _ => {
                    let opening = b[q + 2] == 0x9C;
                    let more = next_quote(&b[..end], q + 3).is_some_and(|k| b[k] != b'"');
                    open = if open {
                        opening && more
                    } else {
                        opening || more
                    };
                    (if open { '«' } else { '»' }, 3)
                }
            };
            out.push_str(&text[copied..q]);
            out.push(to);
            copied = q + len;
            match next_quote(b, copied) {
                Some(n) => q = n,
                None => {
                    out.push_str(&text[copied..]);
                    return Cow::Owned(out);
                }
            }
        }
    }
}

/// Where the next double quote (`"`, `“` or `”`) at or after `from` starts.
fn next_quote(b: &[u8], from: usize) -> Option<usize> {
    let is_quote = |k: usize| match b[k] {
        b'"' => true,
        0xE2 => b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x9C | 0x9D)),
        _ => false,
    };
    // Sixteen bytes tested at once for a candidate; E2 also starts ZWNJ, so
    // a candidate is checked.
    let mut i = from;
    while let Some(c) = b.get(i..i + 16) {
        let mut hit = false;
        for &x in c {
            hit |= (x == b'"') | (x == 0xE2);
        }
        if hit {
            if let Some(k) = (i..i + 16).find(|&k| is_quote(k)) {
                return Some(k);
            }
        }
        i += 16;
    }
    (i..b.len()).find(|&k| is_quote(k))
}
