//! Parser throughput: `cargo run --release --example parse_bench FILE`.
//! Reports MB/s for the token stream alone (lexer + layout) and for the full
//! parse to an AST. The input comes from examples/gen_parse_bench.py.

use std::time::Instant;

use dictpy::syntax::layout::{Layout, Mode};

fn main() {
    let path = std::env::args().nth(1).expect("usage: parse_bench FILE");
    let src = std::fs::read_to_string(&path).expect("read");
    let mb = src.len() as f64 / 1e6;
    let best = |f: &dyn Fn() -> usize| {
        let mut best = f64::MAX;
        let mut n = 0;
        for _ in 0..3 {
            let t = Instant::now();
            n = f();
            best = best.min(t.elapsed().as_secs_f64());
        }
        (best, n)
    };
    let (t, n) = best(&|| Layout::new(&src, Mode::Module).map(|t| t.expect("lex error")).count());
    println!("tokens: {} tokens in {:.3}s = {:.1} MB/s", n, t, mb / t);
    let (t, n) = best(&|| dictpy::syntax::parse_module(&src).expect("parse error").body.len());
    println!("parse:  {} statements in {:.3}s = {:.1} MB/s ({:.2} MB)", n, t, mb / t, mb);
}
