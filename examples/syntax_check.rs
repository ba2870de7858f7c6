//! Parses each file given and prints `OK` or `Kind: message (line N)`, one
//! line per file: used to compare dictpy's syntax errors with CPython's
//! (see tools/compare_errors.py).

fn main() {
    for path in std::env::args().skip(1) {
        let src = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                println!("{}: cannot read: {}", path, e);
                continue;
            }
        };
        match dictpy::syntax::parse_module(&src) {
            Ok(_) => println!("OK"),
            Err(e) => {
                let line = src[..(e.span.start as usize).min(src.len())].matches('\n').count() + 1;
                let inc = if e.incomplete { " [incomplete]" } else { "" };
                println!("{}: {} (line {}){}", e.kind.name(), e.message, line, inc);
            }
        }
    }
}
