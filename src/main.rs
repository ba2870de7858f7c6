//! The `dictpy` command: run a script, `-c CODE`, `-` (stdin), or dump the
//! AST; with no argument on a terminal, or with `-i`, the interactive REPL.

mod repl;

use std::io::{IsTerminal, Read, Write};
use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: Allocator = Allocator;

/// mimalloc, asked for plain allocations whenever its natural alignment
/// (16 bytes, and any power of two up to the size for small power-of-two
/// sizes) covers the layout. The `mimalloc` crate's own allocator always
/// calls `mi_malloc_aligned`, whose fast path needs a free block already in
/// the size class's page; otherwise, for sizes that are not powers of two
/// (24, 40, 48, ... bytes: most objects here), it over-allocates from a
/// bigger size class, about 200 instructions a call (a group-by loop spent
/// 10% of its instructions there).
struct Allocator;

/// mimalloc's alignment guarantee for every allocation (`MI_MAX_ALIGN_SIZE`).
const MI_MAX_ALIGN: usize = 16;

/// Whether a plain mimalloc block of `size` bytes is aligned enough.
#[inline(always)]
fn plain_block_fits(align: usize, size: usize) -> bool {
    align <= MI_MAX_ALIGN && align <= size
}

extern "C" {
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
    fn mi_malloc_aligned(size: usize, alignment: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc_aligned(size: usize, alignment: usize) -> *mut std::ffi::c_void;
    fn mi_realloc_aligned(p: *mut std::ffi::c_void, newsize: usize, alignment: usize) -> *mut std::ffi::c_void;
    fn mi_free(p: *mut std::ffi::c_void);
}

// The C library comes with the `mimalloc` crate (through libmimalloc-sys).
extern crate mimalloc;

// SAFETY: every path returns mimalloc memory aligned as the layout asks
// (plain calls only when `align <= 16`, which mimalloc guarantees for any
// size of at least the alignment), and frees with `mi_free`.
unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain_block_fits(layout.align(), layout.size()) {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if plain_block_fits(layout.align(), layout.size()) {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }
    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        mi_free(ptr as *mut std::ffi::c_void)
    }
    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if plain_block_fits(layout.align(), new_size) {
            mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8
        } else {
            mi_realloc_aligned(ptr as *mut std::ffi::c_void, new_size, layout.align()) as *mut u8
        }
    }
}

const USAGE: &str =
    "usage: dictpy [--dump-ast] [--warn-phantom-keys | -X phantom-keys] [-W dict] [-i] [-c CODE | FILE | -] [args...]";

/// mimalloc's defaults trade memory for speed in ways that do not pay off
/// here: arenas committed eagerly and freed pages kept for a second raised
/// peak RSS by up to 2.5x on the benchmarks. Commit on demand and return
/// freed pages after 5 ms. Returning them at once (a delay of 0) kept peak
/// RSS lowest but made a program that frees and rebuilds its data in a loop
/// fault every page back in, each round: 0.1 s of system time in a 0.5 s
/// group-by, 15% of the time there and in a comprehension benchmark; 5 ms
/// gives most of that back for 0-16% more peak RSS (20 ms: up to 50%).
/// A `MIMALLOC_PURGE_DELAY` or `MIMALLOC_ARENA_EAGER_COMMIT` set in the
/// environment (in any case, as mimalloc reads them) is left to mimalloc,
/// so both stay tunable. (The option numbers are those of the bundled v3
/// header.)
fn tune_allocator() {
    use mimalloc_options::*;
    const ARENA_EAGER_COMMIT: c_int = 4;
    const PURGE_DELAY: c_int = 15;
    // With no MIMALLOC_ variable neither option can be named either.
    let configured = environment::has(b"MIMALLOC_");
    // SAFETY: plain setters of mimalloc's option table, run before any
    // other thread exists (from the ELF initialisers on Linux).
    unsafe {
        #[cfg(unix)]
        if !configured {
            environment::set_option_defaults();
        }
        if !(configured && environment::has(b"MIMALLOC_ARENA_EAGER_COMMIT=")) {
            mi_option_set(ARENA_EAGER_COMMIT, 0);
        }
        if !(configured && environment::has(b"MIMALLOC_PURGE_DELAY=")) {
            mi_option_set(PURGE_DELAY, 5);
        }
    }
}

/// mimalloc's option table (the option numbers are those of the bundled v3
/// header).
mod mimalloc_options {
    pub use std::os::raw::{c_int, c_long};
    extern "C" {
        pub fn mi_option_set(option: c_int, value: c_long);
        #[cfg_attr(not(unix), allow(dead_code))]
        pub fn mi_option_get(option: c_int) -> c_long;
    }
}

/// The environment as the allocator's set-up reads it: on Unix straight
/// from `environ`, since on Linux this runs before the Rust runtime (and
/// the allocator) have started.
mod environment {
    #[cfg(unix)]
    extern "C" {
        static mut environ: *const *const std::os::raw::c_char;
    }

    /// Whether an entry of the environment starts with `prefix`, in any
    /// case (mimalloc matches the names of its variables so).
    #[cfg(unix)]
    pub fn has(prefix: &[u8]) -> bool {
        // SAFETY: `environ` is null or a null-terminated array of
        // NUL-terminated strings, and nothing changes it meanwhile (one
        // thread, before `main`).
        unsafe {
            let env = environ;
            if env.is_null() {
                return false;
            }
            let mut i = 0;
            loop {
                let entry = *env.add(i);
                if entry.is_null() {
                    return false;
                }
                let bytes = std::ffi::CStr::from_ptr(entry).to_bytes();
                if bytes.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix)) {
                    return true;
                }
                i += 1;
            }
        }
    }

    #[cfg(not(unix))]
    pub fn has(prefix: &[u8]) -> bool {
        std::env::vars_os().any(|(k, v)| {
            let entry = format!("{}={}", k.to_string_lossy(), v.to_string_lossy());
            entry.as_bytes().get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        })
    }

    /// Sets every mimalloc option to its default. mimalloc reads each of
    /// its options by scanning the whole environment, twice (a tenth of an
    /// empty script's start-up); with no MIMALLOC_ variable there is
    /// nothing to find, so the defaults are read with the environment
    /// hidden and set, which marks them read. (An option merely read now
    /// would be read again once mimalloc has started.)
    ///
    /// # Safety
    /// Only while no other thread exists and before mimalloc has started.
    #[cfg(unix)]
    pub unsafe fn set_option_defaults() {
        use super::mimalloc_options::*;
        /// `_mi_option_last` in the bundled v3 header.
        const OPTION_COUNT: c_int = 47;
        let env = environ;
        environ = std::ptr::null();
        for option in 0..OPTION_COUNT {
            mi_option_set(option, mi_option_get(option));
        }
        environ = env;
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
    // The process is about to end: its memory goes back to the system with
    // it, so the interpreter's heap is not taken apart object by object
    // (that took up to a tenth of a big script's run time). Its output is
    // flushed above.
    std::mem::forget(py);
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let _ = std::io::stdout().flush();
            eprint!("{}", e.rendered());
            ExitCode::from(e.exit_code().clamp(0, 255) as u8)
        }
    }
}
