//! `parsi`: Persian text normalized, searched and mined from the shell.
//!
//! Every command that reads text reads the files named, or standard input
//! when none or `-` is given, line by line, in parallel chunks written back
//! in input order; see `parsi --help`.
#![forbid(unsafe_code)]

mod args;
mod commands;
mod input;
mod pipeline;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

/// How a run ended, as the exit code says.
#[derive(Debug)]
pub enum Failure {
    /// `parse`: an expression that is not a number (exit 1), already
    /// reported.
    NotANumber,
    /// Bad input or an I/O error (exit 2), with its one-line message.
    Error(String),
    /// The reader of our output went away (`parsi find big | head -1`): a
    /// clean, silent end.
    BrokenPipe,
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Error(e.to_string())
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.jobs {
        Some(0) | None => run(&cli),
        Some(n) => match rayon::ThreadPoolBuilder::new().num_threads(n).build() {
            Ok(pool) => pool.install(|| run(&cli)),
            Err(e) => Err(Failure::Error(format!("cannot start {n} threads: {e}"))),
        },
    };
    match result {
        Ok(()) | Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::NotANumber) => ExitCode::from(1),
        Err(Failure::Error(message)) => {
            let _ = writeln!(io::stderr(), "parsi: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> Result<(), Failure> {
    match &cli.command {
        Command::Parse(a) => commands::parse(a),
        Command::Words(a) => commands::words(a),
        command => pipeline::run(cli, command),
    }
}
