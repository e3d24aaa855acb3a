//! The streaming commands: chunks of lines worked on in parallel, written
//! in input order.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::sync::mpsc::sync_channel;
use std::thread;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::args::{Cli, Command};
use crate::commands::{self, LineFn};
use crate::input::{self, Chunk, Piece, Source};
use crate::Failure;

/// One line of input, as a command sees it.
#[derive(Debug)]
pub struct Line<'a> {
    /// The source's name, "-" for standard input.
    pub file: &'a str,
    /// The line's number, from 1.
    pub number: u64,
    /// The text, without its end.
    pub text: &'a str,
    /// The end as it was: "\n", "\r\n" or "" (a last line without one).
    pub end: &'a str,
}

/// Runs a streaming command over its inputs.
pub fn run(cli: &Cli, command: &Command) -> Result<(), Failure> {
    let (files, work) = commands::line_fn(command)?;
    if let Command::Normalize(a) = command {
        if a.in_place {
            return in_place(cli, &files, &*work);
        }
    }
    let sources = Source::all(&files);
    // A missing file is reported before any output.
    for s in &sources {
        s.check()?;
    }
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout());
    out.write_all(commands::header(command).as_bytes())?;
    stream(cli, sources, &*work, &mut out)?;
    out.flush()?;
    Ok(())
}

/// `normalize --in-place`: each file through a temporary file beside it,
/// renamed over it once complete.
fn in_place(cli: &Cli, files: &[std::path::PathBuf], work: &LineFn) -> Result<(), Failure> {
    if files.is_empty() || files.iter().any(|f| input::is_stdin(f)) {
        return Err(Failure::Error(
            "--in-place needs files, not standard input".to_string(),
        ));
    }
    for path in files {
        let tmp = temp_path(path);
        let result = (|| -> Result<(), Failure> {
            let file = File::create(&tmp)
                .map_err(|e| Failure::Error(format!("{}: {}", tmp.display(), input::plain(&e))))?;
            let mut out = BufWriter::with_capacity(1 << 16, file);
            stream(cli, vec![Source::File(path.clone())], work, &mut out)?;
            let file = out
                .into_inner()
                .map_err(|e| Failure::Error(format!("{}: {}", tmp.display(), e.error())))?;
            file.sync_all()?;
            if let Ok(meta) = fs::metadata(path) {
                fs::set_permissions(&tmp, meta.permissions())?;
            }
            fs::rename(&tmp, path)
                .map_err(|e| Failure::Error(format!("{}: {}", path.display(), input::plain(&e))))
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result?;
    }
    Ok(())
}

/// A temporary name beside `path`: `.name.parsi-PID.tmp`.
fn temp_path(path: &Path) -> std::path::PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.parsi-{}.tmp", std::process::id()))
}

/// What the work on a chunk gives: each piece's output, and the error that
/// stopped a piece; then the chunk's size, for the progress bar.
type Done = (Vec<(Vec<u8>, Option<Failure>)>, u64);

/// Reads `sources`, runs `work` on every line in parallel, and writes the
/// results to `out` in input order. Three stages overlap: the reader
/// thread, the workers on one chunk, and a writer thread on the chunk
/// before.
fn stream(
    cli: &Cli,
    sources: Vec<Source>,
    work: &LineFn,
    out: &mut (dyn Write + Send),
) -> Result<(), Failure> {
    let names: Vec<String> = sources.iter().map(Source::name).collect();
    let progress = progress_bar(cli, &sources);
    let (tx, rx) = sync_channel::<Done>(2);
    thread::scope(|scope| {
        let writer = scope.spawn(move || -> Result<(), Failure> {
            for (results, len) in rx {
                for (bytes, failure) in results {
                    out.write_all(&bytes)?;
                    if let Some(f) = failure {
                        return Err(f);
                    }
                }
                if let Some(p) = &progress {
                    p.inc(len);
                }
            }
            if let Some(p) = progress {
                p.finish_and_clear();
            }
            Ok(())
        });
        let mut read = Ok(());
        for chunk in input::read(sources) {
            let chunk = match chunk {
                Ok(c) => c,
                Err(e) => {
                    read = Err(e);
                    break;
                }
            };
            let name = &names[chunk.source];
            let results = chunk
                .pieces
                .par_iter()
                .map(|&piece| run_piece(cli, &chunk, piece, name, work))
                .collect();
            // The writer stops at an error: no more to do.
            if tx.send((results, chunk.data.len() as u64)).is_err() {
                break;
            }
        }
        drop(tx);
        // What the writer met comes first in the input.
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(Failure::Error("the writer stopped".to_string())));
        written.and(read)
    })
}

/// Runs `work` on the lines of one piece: checked UTF-8, or with what is
/// not replaced (`--lossy`), or up to the first line that is not UTF-8,
/// with the error naming it.
fn run_piece(
    cli: &Cli,
    chunk: &Chunk,
    piece: Piece,
    name: &str,
    work: &LineFn,
) -> (Vec<u8>, Option<Failure>) {
    let bytes = &chunk.data[piece.start..piece.end];
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 4);
    let (text, failure) = match simdutf8::compat::from_utf8(bytes) {
        Ok(text) => (Cow::Borrowed(text), None),
        Err(_) if cli.lossy => (String::from_utf8_lossy(bytes), None),
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = bytes[..at]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let number =
                piece.first_line + bytes[..at].iter().filter(|&&b| b == b'\n').count() as u64;
            let failure = Failure::Error(format!(
                "{name}:{number}: invalid UTF-8 at byte {} of the line (byte {} of the file); --lossy replaces it",
                at - line_start,
                chunk.offset + (piece.start + at) as u64
            ));
            // The lines before it are UTF-8.
            let good = std::str::from_utf8(&bytes[..line_start]).unwrap_or_default();
            (Cow::Borrowed(good), Some(failure))
        }
    };
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let (text, end) = split_end(raw);
        let line = Line {
            file: name,
            number: piece.first_line + i as u64,
            text,
            end,
        };
        work(&line, &mut out);
    }
    (out, failure)
}

/// A line's text and its end ("\r\n", "\n" or "").
fn split_end(raw: &str) -> (&str, &'static str) {
    if let Some(body) = raw.strip_suffix("\r\n") {
        (body, "\r\n")
    } else if let Some(body) = raw.strip_suffix('\n') {
        (body, "\n")
    } else {
        (raw, "")
    }
}

/// A progress bar on stderr for files, when stderr is a terminal and not
/// `--quiet`.
fn progress_bar(cli: &Cli, sources: &[Source]) -> Option<ProgressBar> {
    if cli.quiet || !io::stderr().is_terminal() {
        return None;
    }
    let total = sources.iter().map(Source::size).sum::<Option<u64>>()?;
    let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template(
        "{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}",
    ) {
        bar.set_style(style);
    }
    Some(bar)
}
