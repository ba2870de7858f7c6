use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.len() == 3 && args[1] == "--dump-ast" {
        let source = match std::fs::read_to_string(&args[2]) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("dictpy: can't open file '{}': {}", args[2], e);
                return ExitCode::from(2);
            }
        };
        return match dictpy::syntax::parse_module(&source) {
            Ok(module) => {
                println!("{:#?}", module);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}: {}", e.kind.name(), e.message);
                ExitCode::from(1)
            }
        };
    }
    eprintln!("usage: dictpy --dump-ast FILE");
    ExitCode::from(2)
}
