//! A small mutation fuzzer for the front end (not a test: run it by hand).
//! `cargo run --release --example fuzz_parse SECONDS FILE...` mutates the
//! given programs (byte flips, token splices, truncations, duplications) and
//! reports any panic or any parse slower than 2 s.

use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "**", "'", "\"", "'''", "f'{", "f\"{", "}", "\\", "\n",
    "\n    ", "\t", "#", "if ", "else", "for ", " in ", "lambda", "def ", "class ", "yield", "not ", "!r", "=}",
    ":>{", "b'", "rb'", "0x", "1e", "_", "é", "€", "\r", "match ", "with (", ") as ", "@", ":=", "...", "\\N{",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(30);
    let seeds: Vec<String> = args.filter_map(|p| std::fs::read_to_string(p).ok()).collect();
    assert!(!seeds.is_empty(), "usage: fuzz_parse SECONDS FILE...");
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(0x2545F4914F6CDD1D);
    let end = Instant::now() + Duration::from_secs(secs);
    let (mut runs, mut panics, mut slow) = (0u64, 0u64, 0u64);
    while Instant::now() < end {
        let seed = &seeds[rng.below(seeds.len())];
        let mut s: Vec<u8> = seed.as_bytes().to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(s.len() + 1);
            match rng.below(5) {
                0 => s.insert_str_at(at, PIECES[rng.below(PIECES.len())]),
                1 if !s.is_empty() && at < s.len() => {
                    s.remove(at);
                }
                2 => s.truncate(at),
                3 if at < s.len() => {
                    let len = rng.below(200).min(s.len() - at);
                    let chunk = s[at..at + len].to_vec();
                    let to = rng.below(s.len() + 1);
                    s.splice(to..to, chunk);
                }
                _ => {
                    if at < s.len() {
                        let pool = b" ()[]{}:,'\"\n\\#=fxb*.0";
                        s[at] = pool[rng.below(pool.len())];
                    }
                }
            }
        }
        let src = String::from_utf8_lossy(&s).into_owned();
        runs += 1;
        let t = Instant::now();
        let r = std::panic::catch_unwind(|| {
            let _ = dictpy::syntax::parse_module(&src);
            let _ = dictpy::syntax::parse_expression(&src);
        });
        if r.is_err() {
            panics += 1;
            let p = std::env::temp_dir().join(format!("fuzz_panic_{}.py", panics));
            std::fs::write(&p, &src).ok();
            println!("PANIC: input saved to {}", p.display());
        }
        if t.elapsed() > Duration::from_secs(2) {
            slow += 1;
            let p = std::env::temp_dir().join(format!("fuzz_slow_{}.py", slow));
            std::fs::write(&p, &src).ok();
            println!("SLOW ({:?}): input saved to {}", t.elapsed(), p.display());
        }
    }
    println!("{} runs, {} panics, {} slow", runs, panics, slow);
}

trait InsertStr {
    fn insert_str_at(&mut self, at: usize, s: &str);
}
impl InsertStr for Vec<u8> {
    fn insert_str_at(&mut self, at: usize, s: &str) {
        self.splice(at..at, s.bytes());
    }
}
