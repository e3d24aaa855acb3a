//! Reading input: files or standard input, in line-aligned chunks of about a
//! megabyte, on a thread of its own so that reading overlaps the work.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{sync_channel, Receiver};
use std::thread;

use crate::Failure;

/// A chunk is cut at the first line end past this many bytes.
const CHUNK_BYTES: usize = 1 << 20;
/// Pieces of a chunk worked on by one thread at a time: big enough that
/// handing them out costs nothing, small enough to spread a chunk over the
/// cores.
const PIECE_BYTES: usize = 1 << 16;
/// Chunks read ahead of the work: with the one being worked on and the one
/// being written, memory stays at a few chunks whatever the input's size.
const READ_AHEAD: usize = 2;

/// Where text comes from.
#[derive(Debug, Clone)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The sources the arguments name: standard input for none or "-".
    pub fn all(files: &[PathBuf]) -> Vec<Source> {
        if files.is_empty() {
            return vec![Source::Stdin];
        }
        files
            .iter()
            .map(|f| {
                if f.as_os_str() == "-" {
                    Source::Stdin
                } else {
                    Source::File(f.clone())
                }
            })
            .collect()
    }

    /// The name printed for this source: the path as given, or "-".
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }

    fn open(&self) -> Result<Box<dyn Read + Send>, Failure> {
        match self {
            Source::Stdin => Ok(Box::new(io::stdin())),
            Source::File(p) => File::open(p)
                .map(|f| Box::new(f) as Box<dyn Read + Send>)
                .map_err(|e| Failure::Error(format!("{}: {}", p.display(), plain(&e)))),
        }
    }

    /// An error if the source cannot be opened.
    pub fn check(&self) -> Result<(), Failure> {
        self.open().map(drop)
    }

    /// The size in bytes, for the progress bar, if it is a file.
    pub fn size(&self) -> Option<u64> {
        match self {
            Source::Stdin => None,
            Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        }
    }
}

/// An I/O error's message without the "(os error 2)" tail.
pub fn plain(e: &io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// Whole lines of one source, as bytes: the workers check UTF-8 (at SIMD
/// speed, piece by piece, in parallel).
#[derive(Debug)]
pub struct Chunk {
    /// Index of the source in the list given to [`read`].
    pub source: usize,
    /// The lines, line ends included; only the last line of a source may
    /// lack one.
    pub data: Vec<u8>,
    /// The chunk cut at line ends into pieces for the workers.
    pub pieces: Vec<Piece>,
    /// The offset of `data` in its source.
    pub offset: u64,
}

/// Lines `data[start..end]` of a chunk, the first of them numbered
/// `first_line` (from 1).
#[derive(Debug, Clone, Copy)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub first_line: u64,
}

/// Starts reading `sources` in order on a thread of its own; chunks (or the
/// first error) arrive on the receiver.
pub fn read(sources: Vec<Source>) -> Receiver<Result<Chunk, Failure>> {
    let (tx, rx) = sync_channel(READ_AHEAD);
    thread::spawn(move || {
        for (index, source) in sources.iter().enumerate() {
            let mut send = |c| tx.send(Ok(c)).is_ok();
            let result = source
                .open()
                .and_then(|r| read_source(index, source, r, &mut send));
            match result {
                Ok(true) => {}
                // The receiver is gone: the run ended.
                Ok(false) => return,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
    });
    rx
}

/// Reads one source in chunks of whole lines, handing each to `send`;
/// false when `send` says to stop.
fn read_source(
    index: usize,
    source: &Source,
    mut r: Box<dyn Read + Send>,
    send: &mut dyn FnMut(Chunk) -> bool,
) -> Result<bool, Failure> {
    let error = |e: io::Error| Failure::Error(format!("{}: {}", source.name(), plain(&e)));
    let mut line = 1;
    let mut offset = 0;
    let mut carry = Vec::new();
    loop {
        let mut data = std::mem::take(&mut carry);
        data.reserve(CHUNK_BYTES + (1 << 16));
        // Fill to the chunk size, and on until a line end if a line is
        // longer than that.
        // (The carry holds no line end: it is what followed the last one.)
        let (mut eof, mut has_end) = (false, false);
        while data.len() < CHUNK_BYTES || !has_end {
            let old = data.len();
            data.resize(old + (1 << 16), 0);
            let n = loop {
                match r.read(&mut data[old..]) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other.map_err(error)?,
                }
            };
            data.truncate(old + n);
            has_end = has_end || data[old..].contains(&b'\n');
            if n == 0 {
                eof = true;
                break;
            }
        }
        if !eof {
            // Cut after the last line end; the rest starts the next chunk.
            let cut = data
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(data.len(), |i| i + 1);
            carry = data.split_off(cut);
        }
        if data.is_empty() {
            return Ok(true);
        }
        let pieces = pieces(&data, &mut line);
        let len = data.len() as u64;
        let chunk = Chunk {
            source: index,
            data,
            pieces,
            offset,
        };
        offset += len;
        if !send(chunk) {
            return Ok(false);
        }
        if eof {
            return Ok(true);
        }
    }
}

/// `data` cut at line ends into pieces of about [`PIECE_BYTES`], numbered
/// from `line`, which moves past them.
fn pieces(data: &[u8], line: &mut u64) -> Vec<Piece> {
    let mut out = Vec::with_capacity(data.len() / PIECE_BYTES + 1);
    let mut start = 0;
    while start < data.len() {
        let end = match data.get(start + PIECE_BYTES..) {
            Some(rest) => rest
                .iter()
                .position(|&b| b == b'\n')
                .map_or(data.len(), |i| start + PIECE_BYTES + i + 1),
            None => data.len(),
        };
        out.push(Piece {
            start,
            end,
            first_line: *line,
        });
        let piece = &data[start..end];
        *line += piece.iter().filter(|&&b| b == b'\n').count() as u64;
        if piece.last() != Some(&b'\n') {
            *line += 1;
        }
        start = end;
    }
    out
}

/// Whether `path` names standard input.
pub fn is_stdin(path: &Path) -> bool {
    path.as_os_str() == "-"
}
