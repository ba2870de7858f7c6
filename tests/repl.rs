//! The interactive REPL: the library API it uses (`run_interactive`,
//! `completions`, `interrupt_handle`), and the `dictpy` binary driven through
//! a pseudo-terminal.
//!
//! The terminal tests set TERM=xterm (rustyline does no line editing, hence
//! no completion, on a dumb terminal) with NO_COLOR, and check values that
//! the REPL computes, never text that also appears in the echo of the input.

use std::process::Command;
use std::sync::atomic::Ordering;
use std::time::Duration;

use dictpy::{Error, Interpreter};
use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

// ------------------------------------------------------------ library API

fn interactive(py: &mut Interpreter, src: &str) -> String {
    py.run_interactive(src, "<stdin>").unwrap();
    py.take_output()
}

#[test]
fn expression_statements_echo_and_set_underscore() {
    let mut py = Interpreter::capturing();
    assert_eq!(interactive(&mut py, "x = 20"), "");
    assert_eq!(interactive(&mut py, "x + 1"), "21\n");
    assert_eq!(interactive(&mut py, "_ * 2"), "42\n");
    assert_eq!(interactive(&mut py, "{'a': [1, 'b']}"), "{'a': [1, 'b']}\n");
    // None is not shown and leaves `_` alone.
    assert_eq!(interactive(&mut py, "None"), "");
    assert_eq!(interactive(&mut py, "print('hi')"), "hi\n");
    assert_eq!(interactive(&mut py, "_"), "{'a': [1, 'b']}\n");
    // Blocks of the module scope echo too (CPython's 'single' mode) ...
    assert_eq!(interactive(&mut py, "for i in range(3):\n    i * 10\n"), "0\n10\n20\n");
    assert_eq!(interactive(&mut py, "1; 2"), "1\n2\n");
    // ... function and class bodies do not.
    assert_eq!(interactive(&mut py, "def f():\n    'doc'\n    123\n    return 7\n"), "");
    assert_eq!(interactive(&mut py, "f()"), "7\n");
    assert_eq!(interactive(&mut py, "class A:\n    5\n"), "");
    // `_` is a builtin: a global of that name shadows it, as in CPython.
    assert_eq!(interactive(&mut py, "_ = 'mine'\n99\n_"), "99\n'mine'\n");
    // run() stays a script run: nothing echoes.
    py.run("1 + 1", "<embed>").unwrap();
    assert_eq!(py.take_output(), "");
}

#[test]
fn a_failing_repr_propagates_and_state_survives() {
    let mut py = Interpreter::capturing();
    interactive(&mut py, "class Bad:\n    def __repr__(self):\n        raise ValueError('no repr')\n");
    match py.run_interactive("Bad()", "<stdin>") {
        Err(Error::Exception { type_name, rendered, .. }) => {
            assert_eq!(type_name, "ValueError");
            assert!(rendered.ends_with("ValueError: no repr\n"), "{}", rendered);
        }
        other => panic!("{:?}", other),
    }
    match py.run_interactive("d = {}\nd['nope']", "<stdin>") {
        Err(Error::Exception { rendered, .. }) => assert!(rendered.ends_with("KeyError: 'nope'\n")),
        other => panic!("{:?}", other),
    }
    assert!(matches!(py.run_interactive("def f(:", "<stdin>"), Err(Error::Syntax { incomplete: false, .. })));
    assert!(matches!(py.run_interactive("d = {", "<stdin>"), Err(Error::Syntax { incomplete: true, .. })));
    assert_eq!(interactive(&mut py, "d"), "{}\n");
}

#[test]
fn interrupt_flag_raises_keyboard_interrupt() {
    let mut py = Interpreter::capturing();
    let flag = py.interrupt_handle();
    let setter = {
        let flag = flag.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            flag.store(true, Ordering::Relaxed);
        })
    };
    let r = py.run_interactive("n = 0\nwhile True:\n    n += 1\n", "<stdin>");
    setter.join().unwrap();
    match r {
        Err(Error::Exception { type_name, rendered, .. }) => {
            assert_eq!(type_name, "KeyboardInterrupt");
            assert!(rendered.ends_with("\nKeyboardInterrupt\n"), "{}", rendered);
        }
        other => panic!("{:?}", other),
    }
    assert!(!flag.load(Ordering::Relaxed), "the flag is cleared when it raises");
    assert_eq!(interactive(&mut py, "n > 0"), "True\n");
    // Caught like any exception; also at calls and in for loops.
    flag.store(true, Ordering::Relaxed);
    let src = "def g():\n    return 1\ntry:\n    g()\nexcept KeyboardInterrupt:\n    print('caught')\n";
    assert_eq!(interactive(&mut py, src), "caught\n");
    flag.store(true, Ordering::Relaxed);
    let r = py.run("for i in range(10**9):\n    pass\n", "<embed>");
    assert!(matches!(r, Err(Error::Exception { ref type_name, .. }) if type_name == "KeyboardInterrupt"));
}

fn completions(py: &Interpreter, line: &str) -> (usize, Vec<String>) {
    py.completions(line, line.len())
}

#[test]
fn completion_of_names_attributes_and_keys() {
    let mut py = Interpreter::capturing();
    py.run(
        "config = {'color': 'red', 'colour': 'blue', 'size': 3, 7: 'seven', (1, 'a'): 0}\n\
         class Point:\n    dims = 2\n    def norm(self):\n        return 0\n    @property\n    def boom(self):\n        raise ValueError\n\
         p = Point()\np.x = 1\nimport math\nwhile_count = 0\n",
        "<stdin>",
    )
    .unwrap();
    // Keys of a dict after `name[`, with the quote the user opened.
    assert_eq!(completions(&py, "config['co"), (7, vec!["'color']".to_string(), "'colour']".to_string()]));
    assert_eq!(completions(&py, "config['colou"), (7, vec!["'colour']".to_string()]));
    assert_eq!(completions(&py, "x = config[\"si"), (11, vec!["\"size\"]".to_string()]));
    assert_eq!(
        completions(&py, "config["),
        (7, ["'color']", "'colour']", "'size']", "7]", "(1, 'a')]"].iter().map(|s| s.to_string()).collect())
    );
    assert_eq!(completions(&py, "config[7"), (7, vec!["7]".to_string()]));
    assert_eq!(completions(&py, "p['"), (2, vec![]));
    assert_eq!(completions(&py, "nothing['"), (8, vec![]));
    // Names: keywords (with rlcompleter's suffixes), globals, builtins.
    let (start, names) = completions(&py, "whi");
    assert_eq!((start, names), (0, vec!["while ".to_string(), "while_count".to_string()]));
    assert_eq!(completions(&py, "x = con").1, vec!["config", "continue"]);
    assert_eq!(completions(&py, "pri").1, vec!["print("]);
    assert_eq!(completions(&py, "Poi").1, vec!["Point("]);
    // Attributes, found in dicts (the property is listed, never run).
    assert_eq!(completions(&py, "p.").1, vec!["boom", "dims", "norm(", "x"]);
    assert_eq!(completions(&py, "p.n"), (2, vec!["norm(".to_string()]));
    assert_eq!(completions(&py, "p.boom."), (7, vec![]));
    assert_eq!(completions(&py, "config.ke").1, vec!["keys("]);
    assert_eq!(completions(&py, "math.sq").1, vec!["sqrt("]);
    assert!(completions(&py, "p.__").1.contains(&"__init__(".to_string()));
    // Nothing in comments and plain strings; no panic on odd input.
    assert_eq!(completions(&py, "# pri").1, Vec::<String>::new());
    assert_eq!(completions(&py, "print('pri").1, Vec::<String>::new());
    for (line, pos) in [("é", 1), ("config['é", 99), ("", 0), ("a[[", 3)] {
        let _ = py.completions(line, pos);
    }
    // Completion ran no code.
    py.run_interactive("p.x", "<stdin>").unwrap();
    assert_eq!(py.take_output(), "1\n");
}

// ------------------------------------------------------------ the terminal

const TIMEOUT_MS: u64 = 60_000;

struct Repl {
    session: PtySession,
    _dir: TempDir,
}

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(tag: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("dictpy-repl-{}-{}", tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    TempDir(dir)
}

fn spawn(tag: &str, args: &[&str]) -> Repl {
    let dir = temp_dir(tag);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
    cmd.args(args)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("DICTPY_HISTORY", dir.0.join("history"))
        .current_dir(&dir.0);
    let mut session = rexpect::spawn_with_options(cmd, rexpect::reader::Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true))
        .expect("spawn dictpy in a pty");
    session.exp_string(">>> ").expect("first prompt");
    Repl { session, _dir: dir }
}

impl Repl {
    fn line(&mut self, s: &str) {
        self.session.send_line(s).unwrap();
    }
    fn expect(&mut self, s: &str) -> String {
        match self.session.exp_string(s) {
            Ok(before) => before,
            Err(e) => panic!("expected {:?}: {}", s, e),
        }
    }
    /// Ctrl-D on an empty line; the exit status. Call it right after
    /// expecting the output of the last input: it waits for the next prompt
    /// first, as control keys must reach the line editor (rustyline prints
    /// the prompt once the terminal is in raw mode; before that the tty
    /// itself would act on them).
    fn quit(mut self) -> i32 {
        self.expect(">>> ");
        self.session.send_control('d').unwrap();
        if let Err(e) = self.session.exp_eof() {
            panic!("dictpy did not exit on Ctrl-D: {}", e);
        }
        match self.session.process().wait() {
            Ok(WaitStatus::Exited(_, code)) => code,
            other => panic!("dictpy did not exit normally: {:?}", other),
        }
    }
}

#[test]
fn pty_multiline_def_then_call() {
    let mut r = spawn("def", &[]);
    r.line("def double(n):");
    r.expect("... ");
    r.line("    total = n * 2");
    r.expect("... ");
    r.line("    return total");
    r.expect("... ");
    r.line("");
    r.expect(">>> ");
    r.line("double(500) + 21");
    r.expect("1021");
    r.line("for k in 'ab':");
    r.expect("... ");
    r.line("    k.upper() * 3");
    r.line("");
    r.expect("AAA");
    r.expect("BBB");
    // A bracket left open continues through empty lines.
    r.line("nums = [1,");
    r.expect("... ");
    r.line("");
    r.line("2]");
    r.line("sum(nums) * 1000");
    r.expect("3000");
    assert_eq!(r.quit(), 0);
}

#[test]
fn pty_error_then_state_intact_and_underscore() {
    let mut r = spawn("err", &[]);
    r.line("stock = {'apples': 6}");
    r.line("stock['pears']");
    r.expect("KeyError: 'pears'");
    r.line("1 +* 2");
    r.expect("SyntaxError");
    r.line("stock['apples'] * 7");
    r.expect("42");
    r.line("_ + 958");
    r.expect("1000");
    r.line("print(_ // 8)");
    r.expect("125");
    assert_eq!(r.quit(), 0);
}

#[test]
fn pty_ctrl_c_interrupts_running_code() {
    let mut r = spawn("intr", &[]);
    r.line("n = 41");
    r.line("def spin():");
    r.line("    print('spin' + 'ning', flush=True)");
    r.line("    while True: pass");
    r.line("");
    r.line("spin()");
    // Interrupt once the loop runs (not the line editor, which would also
    // print KeyboardInterrupt).
    r.expect("spinning");
    std::thread::sleep(Duration::from_millis(300));
    r.session.send_control('c').unwrap();
    r.expect("in spin");
    r.expect("KeyboardInterrupt");
    r.expect(">>> ");
    r.line("n + 1");
    r.expect("42");
    // Ctrl-C while editing cancels the input.
    r.expect(">>> ");
    r.session.send("unfinished = (").unwrap();
    r.session.flush().unwrap();
    r.expect("unfinished = (");
    r.session.send_control('c').unwrap();
    r.expect("KeyboardInterrupt");
    r.line("n * 2");
    r.expect("82");
    assert_eq!(r.quit(), 0);
}

#[test]
fn pty_tab_completes_dict_key() {
    let mut r = spawn("tab", &[]);
    r.line("config = {'color': 'crimson', 'size': 3}");
    r.session.send("config['co\t").unwrap();
    r.session.flush().unwrap();
    // The completion closes the key and the bracket: `config['color']`.
    r.expect("'color']");
    r.line(".upper()");
    r.expect("'CRIMSON'");
    r.session.send("len(conf\t").unwrap();
    r.session.flush().unwrap();
    r.expect("config");
    r.line(") * 100");
    r.expect("200");
    assert_eq!(r.quit(), 0);
}

#[test]
fn pty_ctrl_d_exits_zero_and_keeps_history() {
    let dir = temp_dir("hist");
    let hist = dir.0.join("history");
    let run = |lines: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
        cmd.env("TERM", "xterm").env("NO_COLOR", "1").env("DICTPY_HISTORY", &hist);
        let mut s = rexpect::spawn_with_options(cmd, rexpect::reader::Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true))
            .unwrap();
        s.exp_string(">>> ").unwrap();
        for (l, out) in lines {
            s.send_line(l).unwrap();
            s.exp_string(out).unwrap();
            s.exp_string(">>> ").unwrap();
        }
        s.send_control('d').unwrap();
        s.exp_eof().expect("exit on Ctrl-D");
        s.process().wait().unwrap()
    };
    assert!(matches!(run(&[("marker_value = 123 * 2; marker_value", "246")]), WaitStatus::Exited(_, 0)));
    let saved = std::fs::read_to_string(&hist).unwrap_or_default();
    assert!(saved.contains("marker_value = 123 * 2; marker_value"), "history file: {:?}", saved);
    assert!(matches!(run(&[]), WaitStatus::Exited(_, 0)));
}

#[test]
fn pty_sys_exit_status_and_dash_i() {
    let dir = temp_dir("dashi");
    let script = dir.0.join("setup.py");
    std::fs::write(&script, "inventory = {'bolts': 40}\nprint('setup done')\n").unwrap();
    let mut r = spawn("dashi-run", &["-i", script.to_str().unwrap()]);
    r.line("inventory['bolts'] + 2");
    r.expect("42");
    r.line("import sys");
    r.line("sys.exit(3)");
    let _ = r.session.exp_eof();
    match r.session.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 3),
        other => panic!("{:?}", other),
    }
}

#[test]
fn pty_exit_and_quit_end_the_session_with_their_code() {
    let mut r = spawn("exit", &[]);
    r.line("exit");
    r.expect("Use exit() or Ctrl-D (i.e. EOF) to exit");
    r.line("exit(7)");
    let _ = r.session.exp_eof();
    match r.session.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 7),
        other => panic!("{:?}", other),
    }
    let mut r = spawn("quit", &[]);
    r.line("quit()");
    let _ = r.session.exp_eof();
    match r.session.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => assert_eq!(code, 0),
        other => panic!("{:?}", other),
    }
}

#[test]
fn pty_tracebacks_are_drawn_by_miette_with_colour_and_plain_without() {
    // spawn() sets NO_COLOR: CPython's text, carets included.
    let mut r = spawn("tbplain", &[]);
    r.line("stock = {'pears': 0}");
    r.line("stock['paers']");
    let shown = r.expect("KeyError: 'paers'");
    assert!(shown.contains("~~~~~^^^^^^^^^"), "{}", shown);
    assert!(shown.contains("help: did you mean 'pears'?"), "{}", shown);
    assert_eq!(r.quit(), 0);
    // With colours allowed, the innermost frame is a miette snippet.
    let dir = temp_dir("tbcolor");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
    cmd.env("TERM", "xterm").env_remove("NO_COLOR").env("DICTPY_HISTORY", dir.0.join("history")).current_dir(&dir.0);
    let mut s = rexpect::spawn_with_options(cmd, rexpect::reader::Options::new().timeout_ms(Some(TIMEOUT_MS)).strip_ansi_escape_codes(true))
        .expect("spawn dictpy in a pty");
    s.exp_string(">>> ").unwrap();
    s.send_line("stock = {'pears': 0}").unwrap();
    s.exp_string(">>> ").unwrap();
    s.send_line("stock['paers']").unwrap();
    // The message heads the snippet, the label marks the subscript, the
    // help follows it, and CPython's last line ends the report.
    s.exp_string("KeyError: 'paers'").unwrap();
    let snippet = s.exp_string("KeyError raised here").unwrap();
    assert!(snippet.contains("stock['paers']"), "{}", snippet);
    assert!(!snippet.contains("~^^^"), "no caret line: {}", snippet);
    s.exp_string("help: did you mean 'pears'?").unwrap();
    s.exp_string("KeyError: 'paers'").unwrap();
    s.exp_string(">>> ").unwrap();
    s.send_control('d').unwrap();
    let _ = s.exp_eof();
}
