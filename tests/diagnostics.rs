//! Diagnostics: tracebacks compared whole with CPython 3.12's, the KeyError
//! help line, the miette rendering of the innermost frame, the `-W dict`
//! warnings, and `exit()`/`quit()`.
//!
//! `tests/tracebacks/NAME.py` runs as `dictpy NAME.py` from inside that
//! directory (stderr is a pipe, so the traceback is CPython's plain text);
//! its stdout and its whole stderr must equal `NAME.out` and `NAME.err`,
//! which `tests/tracebacks/regen.sh` records with CPython 3.12. Set
//! `DICTPY_TRACEBACKS=substring` to run only some of them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use dictpy::{Error, Interpreter};

fn dictpy_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run dictpy");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A directory of its own for each test's scripts.
fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dictpy-diag-{}-{}", tag, std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs `body` as `NAME.py` in a scratch directory; (stdout, stderr, status).
fn run_script(tag: &str, body: &str, flags: &[&str]) -> (String, String, i32) {
    let dir = scratch(tag);
    let name = format!("{}.py", tag);
    std::fs::write(dir.join(&name), body).unwrap();
    let mut args: Vec<&str> = flags.to_vec();
    args.push(&name);
    let out = dictpy_in(&dir, &args, None);
    let _ = std::fs::remove_dir_all(&dir);
    (text(&out.stdout), text(&out.stderr), out.status.code().unwrap_or(-1))
}

// ------------------------------------------------------- whole tracebacks

#[test]
fn tracebacks_match_cpython() {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/tracebacks"));
    let filter = std::env::var("DICTPY_TRACEBACKS").unwrap_or_default();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".py")).map(String::from))
        .filter(|n| n.contains(&filter))
        .collect();
    names.sort();
    assert!(names.len() >= 30 || !filter.is_empty(), "traceback cases missing: {:?}", names);
    let mut failures = Vec::new();
    for name in &names {
        let want_err = std::fs::read_to_string(dir.join(format!("{}.err", name)))
            .unwrap_or_else(|_| panic!("missing {}.err (run tests/tracebacks/regen.sh)", name));
        let want_out = std::fs::read_to_string(dir.join(format!("{}.out", name))).unwrap_or_default();
        let out = dictpy_in(&dir, &[&format!("{}.py", name)], None);
        let (got_out, got_err) = (text(&out.stdout), text(&out.stderr));
        if got_err != want_err || got_out != want_out || out.status.code() != Some(1) {
            failures.push(format!(
                "{}: status {:?}\n--- expected stderr\n{}--- got stderr\n{}--- expected stdout\n{}--- got stdout\n{}",
                name,
                out.status.code(),
                want_err,
                got_err,
                want_out,
                got_out
            ));
        }
    }
    assert!(failures.is_empty(), "{} traceback(s) differ from CPython's:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_whole_line_expression_gets_no_carets_but_a_subscript_does() {
    // CPython leaves a line unmarked when the failing expression is all of
    // it, except for subscripts and binary operations (their ~ and ^ differ).
    let (_, err, _) = run_script("whole", "def f():\n    raise ValueError('v')\nf()\n", &[]);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"whole.py\", line 3, in <module>\n    f()\n  \
         File \"whole.py\", line 2, in f\n    raise ValueError('v')\nValueError: v\n"
    );
    let (_, err, _) = run_script("sub", "d = {'a': {}}\nd['a']['b']\n", &[]);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"sub.py\", line 2, in <module>\n    d['a']['b']\n    \
         ~~~~~~^^^^^\nKeyError: 'b'\n"
    );
}

// ------------------------------------------------------- KeyError help

const LOOKUP: &str = "def lookup(d):\n    return d['colr']\n\nprint('start')\nlookup({'color': 1, 'size': 2})\n";

#[test]
fn key_error_on_a_dict_suggests_a_close_key_above_cpythons_last_line() {
    let (out, err, status) = run_script("lookup", LOOKUP, &[]);
    assert_eq!(out, "start\n");
    assert_eq!(status, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"lookup.py\", line 5, in <module>\n    \
         lookup({'color': 1, 'size': 2})\n  File \"lookup.py\", line 2, in lookup\n    return d['colr']\n           \
         ~^^^^^^^^\nhelp: did you mean 'color'?\nKeyError: 'colr'\n"
    );
}

/// The help line of a script's KeyError (None when there is none), checking
/// that the last line is CPython's `KeyError: <key>`.
fn key_error_help(tag: &str, body: &str, key_repr: &str) -> Option<String> {
    let (_, err, status) = run_script(tag, body, &[]);
    assert_eq!(status, 1, "{}", err);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.last().copied(), Some(format!("KeyError: {}", key_repr).as_str()), "{}", err);
    let help: Vec<&str> = lines.iter().filter(|l| l.starts_with("help:")).copied().collect();
    assert!(help.len() <= 1, "{}", err);
    if let Some(h) = help.first() {
        assert_eq!(lines[lines.len() - 2], *h, "the help line goes right above the last line:\n{}", err);
    }
    help.first().map(|h| h.to_string())
}

#[test]
fn key_error_help_covers_every_dict_lookup_that_raises() {
    let help = Some("help: did you mean 'color'?".to_string());
    assert_eq!(key_error_help("pop", "d = {'color': 1}\nd.pop('colour')\n", "'colour'"), help);
    assert_eq!(key_error_help("del", "d = {'color': 1}\ndel d['Color']\n", "'Color'"), help);
    assert_eq!(
        key_error_help("sub", "class D(dict):\n    pass\nd = D(color=1)\nd['colr']\n", "'colr'"),
        help,
        "dict subclasses too"
    );
    assert_eq!(
        key_error_help("dd", "from collections import defaultdict\nd = defaultdict(None, color=1)\nd['colr']\n", "'colr'"),
        help,
        "a defaultdict without a factory too"
    );
    assert_eq!(
        key_error_help("od", "from collections import OrderedDict\nd = OrderedDict(color=1)\nd['colr']\n", "'colr'"),
        help
    );
    // Caught and raised again, the exception keeps its dict.
    assert_eq!(
        key_error_help("reraise", "d = {'color': 1}\ntry:\n    d['colr']\nexcept KeyError as e:\n    err = e\nraise err\n", "'colr'"),
        help
    );
    // The closest key wins; among equally close keys, the first.
    assert_eq!(
        key_error_help("closest", "d = {'red': 1, 'read': 2, 'reed': 3}\nd['redd']\n", "'redd'"),
        Some("help: did you mean 'red'?".to_string())
    );
}

#[test]
fn key_error_help_only_when_a_str_key_is_close() {
    assert_eq!(key_error_help("far", "d = {'color': 1}\nd['weight']\n", "'weight'"), None);
    assert_eq!(key_error_help("int", "d = {'color': 1, '1': 2}\nd[1]\n", "1"), None);
    assert_eq!(key_error_help("intkeys", "d = {1: 'a', 2: 'b'}\nd['1']\n", "'1'"), None);
    assert_eq!(key_error_help("empty", "d = {}\nd['colr']\n", "'colr'"), None);
    // A KeyError that no dict lookup raised has no dict to look in.
    assert_eq!(key_error_help("manual", "d = {'color': 1}\nraise KeyError('colr')\n", "'colr'"), None);
}

// ------------------------------------------------------- suggestions

#[test]
fn name_and_attribute_suggestions_are_in_the_last_line_only() {
    let body = "counts = {}\ntry:\n    cuonts\nexcept NameError as e:\n    print(e)\ncounts.itms()\n";
    let (out, err, _) = run_script("suggest", body, &[]);
    assert_eq!(out, "name 'cuonts' is not defined\n", "str(e) stays without the suggestion");
    assert_eq!(err.lines().last(), Some("AttributeError: 'dict' object has no attribute 'itms'. Did you mean: 'items'?"));
    let (_, err, _) = run_script("suggest2", "import math\nprint(math.pi)\nprint(mth.pi)\n", &[]);
    assert_eq!(err.lines().last(), Some("NameError: name 'mth' is not defined. Did you mean: 'math'?"));
    let (_, err, _) = run_script("suggest3", "print(collections)\n", &[]);
    assert_eq!(err.lines().last(), Some("NameError: name 'collections' is not defined. Did you forget to import 'collections'?"));
}

// ------------------------------------------------------- miette rendering

#[test]
fn on_a_terminal_the_innermost_frame_is_drawn_by_miette() {
    let mut py = Interpreter::capturing();
    py.color = true;
    let err = py.run(LOOKUP, "shop.py").unwrap_err();
    let Error::Exception { rendered, type_name, message } = err else { panic!("expected an exception") };
    assert_eq!((type_name.as_str(), message.as_str()), ("KeyError", "'colr'"));
    assert!(rendered.starts_with("Traceback (most recent call last):\n  File \"shop.py\", line 5, in <module>\n"), "{}", rendered);
    // The outer frame stays plain text; the innermost is a snippet with the
    // subscript labelled and the help under it.
    assert!(rendered.contains("  File \"shop.py\", line 2, in lookup\n"), "{}", rendered);
    assert!(rendered.contains("shop.py:2:13"), "{}", rendered);
    assert!(rendered.contains("KeyError raised here"), "{}", rendered);
    assert!(rendered.contains("did you mean 'color'?"), "{}", rendered);
    assert!(!rendered.contains("~^^^"), "no caret line with miette:\n{}", rendered);
    assert!(rendered.ends_with("\nKeyError: 'colr'\n"), "{}", rendered);

    // Without colour (not a terminal) the same error is CPython's text.
    let mut py = Interpreter::capturing();
    let Error::Exception { rendered, .. } = py.run(LOOKUP, "shop.py").unwrap_err() else { panic!() };
    assert!(rendered.contains("    return d['colr']\n           ~^^^^^^^^\nhelp: did you mean 'color'?\nKeyError: 'colr'\n"), "{}", rendered);
}

// ------------------------------------------------------- -W dict

const GOTCHAS: &str = "\
from collections import OrderedDict
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    if k == 'a':
        del d['c']
        d['x'] = 0
print(sorted(d))
od = OrderedDict(a=1, b=2)
assert od == {'b': 2, 'a': 1}
print('done')
";

#[test]
fn dash_w_dict_warns_about_silent_key_changes_and_ordered_comparisons() {
    let (out, err, status) = run_script("gotchas", GOTCHAS, &["-W", "dict"]);
    assert_eq!(out, "['a', 'b', 'x']\ndone\n");
    assert_eq!(status, 0);
    assert_eq!(
        err,
        "gotchas.py:3: UserWarning: dictionary keys changed during iteration without a RuntimeError (same size): \
         keys may be skipped or seen twice; iterate over a copy such as list(d)\n  for k in d:\n\
         gotchas.py:9: UserWarning: OrderedDict == dict ignores order (only OrderedDict == OrderedDict compares it); \
         compare list(a.items()) to check the order\n  assert od == {'b': 2, 'a': 1}\n"
    );
    // -Wdict is the same switch; without it nothing is said.
    let (_, err2, _) = run_script("gotchas", GOTCHAS, &["-Wdict"]);
    assert_eq!(err2, err);
    let (out3, err3, _) = run_script("gotchas", GOTCHAS, &[]);
    assert_eq!((out3.as_str(), err3.as_str()), ("['a', 'b', 'x']\ndone\n", ""));
}

#[test]
fn dict_warnings_come_once_per_place_and_not_for_safe_patterns() {
    let body = "\
from collections import OrderedDict
stock = {'a': 1, 'b': 2}
for k in stock:
    stock[k] = stock[k] * 2
for k, v in stock.items():
    stock[k] = v + 1
for k in list(stock):
    del stock[k]
    stock[k + '!'] = 0
for k in stock:
    if k == 'a!':
        del stock['a!']
        stock['c'] = 0
        break
od = OrderedDict(a=1)
assert od == OrderedDict(a=1)
assert dict(od) == {'a': 1}
assert od is not None
for i in range(3):
    assert od != {'a': 2}
    e = {'p': 1, 'q': 2}
    for k in e:
        e.pop('q' if k == 'p' else 'p')
        e[k + str(i)] = 1
        break
    for k in e:
        pass
print(sorted(stock))
";
    let (out, err, status) = run_script("safe", body, &["-W", "dict"]);
    assert_eq!((out.as_str(), status), ("['b!', 'c']\n", 0), "{}", err);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "only the OrderedDict comparison in the loop, once:\n{}", err);
    assert!(lines[0].starts_with("safe.py:20: UserWarning: OrderedDict == dict ignores order"), "{}", err);
    assert_eq!(lines[1], "  assert od != {'a': 2}");
}

#[test]
fn a_loop_that_skips_or_revisits_keys_is_reported_but_cpythons_errors_stay_errors() {
    // pop and re-add every key: the same size at each step, no error.
    let body = "d = {'a': 1, 'b': 2, 'c': 3}\nfor k in d:\n    d.pop(k)\n    d[k] = 0\nprint(d)\n";
    let (out, err, _) = run_script("readd", body, &["-W", "dict"]);
    assert_eq!(out, "{'a': 0, 'b': 0, 'c': 0}\n");
    assert!(err.starts_with("readd.py:2: UserWarning: dictionary keys changed during iteration"), "{}", err);
    // d.clear() and refill to the same size.
    let body = "d = {'a': 1, 'b': 2}\nfor k in d.keys():\n    if k == 'b':\n        d.clear()\n        d.update(x=1, y=2)\n";
    let (_, err, _) = run_script("refill", body, &["-W", "dict"]);
    assert!(err.starts_with("refill.py:2: UserWarning: dictionary keys changed"), "{}", err);
    // CPython raises here, and so does dictpy: no warning on top.
    let body = "d = {'a': 1}\nfor k in d:\n    d['b'] = 2\n";
    let (_, err, status) = run_script("grow", body, &["-W", "dict"]);
    assert_eq!(status, 1);
    assert!(!err.contains("UserWarning"), "{}", err);
    assert!(err.ends_with("RuntimeError: dictionary changed size during iteration\n"), "{}", err);
}

#[test]
fn dict_warnings_through_the_embedding_api() {
    let mut py = Interpreter::capturing();
    py.warn_dict();
    py.run("d = {'a': 1, 'b': 2}\nfor k in d:\n    del d[k]\n    d[k * 2] = 0\n", "host.py").unwrap_err();
    py.run("e = {'a': 1, 'b': 2}\nfor k in e:\n    if k == 'a':\n        del e['b']\n        e['c'] = 0\n", "host.py").unwrap();
    let w = py.take_warnings();
    assert_eq!(w.len(), 1, "{:?}", w);
    assert!(w[0].starts_with("host.py:2: UserWarning: dictionary keys changed during iteration"), "{:?}", w);
    assert!(w[0].ends_with("\n  for k in e:\n"), "{:?}", w);
    assert!(py.take_warnings().is_empty());
    // Off by default.
    let mut quiet = Interpreter::capturing();
    quiet.run("e = {'a': 1, 'b': 2}\nfor k in e:\n    if k == 'a':\n        del e['b']\n        e['c'] = 0\n", "host.py").unwrap();
    assert!(quiet.take_warnings().is_empty());
}

#[test]
fn dash_w_accepts_only_dict() {
    let dir = scratch("wflag");
    let out = dictpy_in(&dir, &["-W", "error", "-c", "pass"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("-W supports only 'dict'"), "{}", text(&out.stderr));
    let _ = std::fs::remove_dir_all(&dir);
}

// ------------------------------------------------------- exit() and quit()

#[test]
fn exit_and_quit_raise_system_exit() {
    let dir = scratch("exit");
    let out = dictpy_in(&dir, &["-c", "print('a')\nexit(3)\nprint('b')"], None);
    assert_eq!((text(&out.stdout).as_str(), out.status.code()), ("a\n", Some(3)));
    let out = dictpy_in(&dir, &["-c", "quit()"], None);
    assert_eq!((text(&out.stderr).as_str(), out.status.code()), ("", Some(0)));
    let out = dictpy_in(&dir, &["-c", "exit('bye')"], None);
    assert_eq!((text(&out.stderr).as_str(), out.status.code()), ("bye\n", Some(1)));
    std::fs::write(dir.join("s.py"), "import sys\nfor i in range(3):\n    if i == 2:\n        quit(i + 40)\n").unwrap();
    let out = dictpy_in(&dir, &["s.py"], None);
    assert_eq!(out.status.code(), Some(42));
    // The REPL (here reading a pipe) ends with the code, the rest unread.
    let out = dictpy_in(&dir, &["-i"], Some("x = 5\nexit(x + 1)\nprint('not reached')\n"));
    assert_eq!(out.status.code(), Some(6));
    assert!(!text(&out.stdout).contains("not reached"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exit_and_quit_are_cpythons_quitter_objects() {
    let mut py = Interpreter::capturing();
    py.run(
        "print(repr(exit))\nprint(quit)\nprint(type(exit).__name__, type(exit).__module__, callable(quit))\n\
         try:\n    exit(1, 2)\nexcept TypeError as e:\n    print(e)\n\
         try:\n    quit(code=4)\nexcept SystemExit as e:\n    print(e.code, e.args)\n\
         try:\n    exit()\nexcept SystemExit as e:\n    print(e.code, e.args)\n",
        "<host>",
    )
    .unwrap();
    assert_eq!(
        py.take_output(),
        "Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\nQuitter _sitebuiltins True\n\
         Quitter.__call__() takes from 1 to 2 positional arguments but 3 were given\n4 (4,)\nNone (None,)\n"
    );
    assert_eq!(py.run("exit(7)", "<host>").unwrap_err(), Error::Exit { code: 7, message: None });
    assert_eq!(py.run_interactive("quit", "<stdin>").map(|_| py.take_output()), Ok("Use quit() or Ctrl-D (i.e. EOF) to exit\n".into()));
}

// ------------------------------------------------------- very long lines

/// miette pads to a label's column with a formatting width, which panics past
/// 65535: errors on very long lines are reported without its drawing.
#[test]
fn errors_on_very_long_lines_are_reported_without_a_drawing() {
    let far = format!("x = 1 +{})\n", " ".repeat(70_000));
    let (out, err, code) = run_script("long_syntax", &far, &[]);
    assert_eq!((out.as_str(), code), ("", 1), "{}", err);
    assert_eq!(err, "  File \"long_syntax.py\", line 1\nSyntaxError: unmatched ')'\n");

    let deep = format!("x = {}1\n", "-".repeat(100_000));
    let (_, err, code) = run_script("long_nesting", &deep, &[]);
    assert_eq!(code, 1, "{}", err);
    assert!(err.ends_with("SyntaxError: too many nested expressions (dictpy allows 1000 levels)\n"), "{}", err);

    // A runtime error there, drawn on a terminal: the plain source line.
    let mut py = Interpreter::capturing();
    py.color = true;
    let src = format!("x = [1]{}[5]\n", " ".repeat(70_000));
    let Error::Exception { rendered, type_name, .. } = py.run(&src, "far.py").unwrap_err() else { panic!() };
    assert_eq!(type_name, "IndexError");
    assert!(rendered.ends_with("IndexError: list index out of range\n"), "{}", rendered);
}
