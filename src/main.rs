//! The `dictpy` command: run a script, `-c CODE`, `-` (stdin), or dump the
//! AST; with no argument on a terminal, or with `-i`, the interactive REPL.

mod repl;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str =
    "usage: dictpy [--dump-ast] [--warn-phantom-keys | -X phantom-keys] [-W dict] [-i] [-c CODE | FILE | -] [args...]";

/// mimalloc's defaults trade memory for speed in ways that do not pay off
/// here: arenas committed eagerly and freed pages kept for a second raised
/// peak RSS by up to 2.5x on the benchmarks. Commit on demand and return
/// freed pages at once (the option numbers are those of the bundled v3
/// header, `mi_option_arena_eager_commit` and `mi_option_purge_delay`).
fn tune_allocator() {
    extern "C" {
        fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
    }
    const ARENA_EAGER_COMMIT: std::os::raw::c_int = 4;
    const PURGE_DELAY: std::os::raw::c_int = 15;
    // SAFETY: plain setters of mimalloc's option table.
    unsafe {
        mi_option_set(ARENA_EAGER_COMMIT, 0);
        mi_option_set(PURGE_DELAY, 0);
    }
}

/// Runs from the ELF initialisers, before the Rust runtime's first
/// allocation, so the options apply to mimalloc's first arena too.
#[cfg(target_os = "linux")]
#[used]
#[link_section = ".init_array"]
static TUNE_ALLOCATOR: extern "C" fn() = {
    extern "C" fn init() {
        tune_allocator();
    }
    init
};

fn main() -> ExitCode {
    #[cfg(not(target_os = "linux"))]
    tune_allocator();
    let args: Vec<String> = std::env::args().collect();
    let mut i = 1;
    let mut dump_ast = false;
    let mut phantom_keys = false;
    let mut interactive = false;
    let mut dict_warnings = false;
    while i < args.len() {
        match args[i].as_str() {
            "--dump-ast" => {
                dump_ast = true;
                i += 1;
            }
            "--warn-phantom-keys" => {
                phantom_keys = true;
                i += 1;
            }
            "-i" => {
                interactive = true;
                i += 1;
            }
            "-X" if args.get(i + 1).map(String::as_str) == Some("phantom-keys") => {
                phantom_keys = true;
                i += 2;
            }
            // -W dict (or -Wdict): warnings about the dict gotchas CPython lets pass.
            "-W" | "-Wdict" => {
                let (what, next) = match args[i].as_str() {
                    "-W" => (args.get(i + 1).map(String::as_str), i + 2),
                    _ => (Some("dict"), i + 1),
                };
                if what != Some("dict") {
                    eprintln!("dictpy: -W supports only 'dict' (warnings about dict gotchas)\n{}", USAGE);
                    return ExitCode::from(2);
                }
                dict_warnings = true;
                i = next;
            }
            "-h" | "--help" => {
                println!("{}", USAGE);
                return ExitCode::SUCCESS;
            }
            _ => break,
        }
    }
    // An interpreter set up as the command line asks.
    let new_interpreter = |argv: Vec<String>| {
        let mut py = dictpy::Interpreter::new();
        py.color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        py.set_argv(argv);
        if phantom_keys {
            py.warn_phantom_keys();
        }
        if dict_warnings {
            py.warn_dict();
        }
        py
    };
    if args.get(i).is_none() && !dump_ast && (interactive || std::io::stdin().is_terminal()) {
        let py = new_interpreter(vec![String::new()]);
        return ExitCode::from(repl::run(py, std::io::stdin().is_terminal()).clamp(0, 255) as u8);
    }
    let (source, filename, argv) = match args.get(i).map(String::as_str) {
        Some("-c") => match args.get(i + 1) {
            Some(code) => {
                let mut argv = vec!["-c".to_string()];
                argv.extend(args[i + 2..].iter().cloned());
                (code.clone(), "<string>".to_string(), argv)
            }
            None => {
                eprintln!("Argument expected for the -c option\n{}", USAGE);
                return ExitCode::from(2);
            }
        },
        Some("-") | None => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("dictpy: can't read stdin: {}", e);
                return ExitCode::from(2);
            }
            let mut argv = vec![if args.get(i).is_some() { "-".to_string() } else { String::new() }];
            argv.extend(args.get(i + 1..).unwrap_or(&[]).iter().cloned());
            (s, "<stdin>".to_string(), argv)
        }
        Some(path) => match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(s) => (s, path.to_string(), args[i..].to_vec()),
                Err(_) => {
                    eprintln!("SyntaxError: (unicode error) the file '{}' is not valid UTF-8", path);
                    return ExitCode::from(1);
                }
            },
            Err(e) => {
                let exe = args.first().map(String::as_str).unwrap_or("dictpy");
                eprintln!("{}: can't open file '{}': [Errno {}] {}", exe, path, e.raw_os_error().unwrap_or(2), e);
                return ExitCode::from(2);
            }
        },
    };
    let mut py = new_interpreter(argv);
    if dump_ast {
        return match py.parse(&source, &filename) {
            Ok(module) => {
                println!("{:#?}", module);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprint!("{}", e.rendered());
                ExitCode::from(1)
            }
        };
    }
    if interactive {
        // Ctrl-C in the script raises KeyboardInterrupt, then the REPL starts.
        repl::install_sigint_handler(py.interrupt_handle());
    }
    let result = py.run(&source, &filename);
    py.flush();
    if interactive {
        // `-i`: after the script (whatever its outcome), the REPL in its namespace.
        if let Err(e) = &result {
            let _ = std::io::stdout().flush();
            eprint!("{}", e.rendered());
        }
        return ExitCode::from(repl::run(py, false).clamp(0, 255) as u8);
    }
    if let Some(report) = py.phantom_report() {
        let _ = std::io::stdout().flush();
        eprint!("{}", report);
    }
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprint!("{}", e.rendered());
            ExitCode::from(e.exit_code().clamp(0, 255) as u8)
        }
    }
}
