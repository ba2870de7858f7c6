//! The interactive REPL: a thin client of the library API.
//!
//! Lines are read one at a time with rustyline, with CPython's `>>> ` and
//! `... ` prompts. Whether the input so far runs or needs another line is
//! decided from the parser (`Error::Syntax { incomplete: true, .. }` means
//! an open bracket, string or block) plus CPython's rule that a compound
//! statement (`def`, `if`, `for`, ...) runs only after an empty line. The
//! input runs with [`Interpreter::run_interactive`], which echoes the repr
//! of expression statements and sets `_`; every error prints its diagnostic
//! and the session goes on in the same namespace.
//!
//! Ctrl-C while editing cancels the input; Ctrl-C while code runs sets the
//! interpreter's interrupt flag, which raises KeyboardInterrupt in the
//! running code. Ctrl-D on an empty line ends the session (status 0).

use std::borrow::Cow;
use std::cell::RefCell;
use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use dictpy::syntax::ast::StmtKind;
use dictpy::{Error, Interpreter};
use rustyline::completion::Completer;
use rustyline::config::{ColorMode, CompletionType, Config};
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

const PS1: &str = ">>> ";
const PS2: &str = "... ";
/// The file name that tracebacks and diagnostics show, as in CPython.
const FILENAME: &str = "<stdin>";

/// Runs the REPL on `py` until Ctrl-D or `sys.exit()`; returns the exit status.
pub fn run(py: Interpreter, banner: bool) -> i32 {
    let color = use_color();
    let interrupt = py.interrupt_handle();
    install_sigint_handler(interrupt.clone());
    let py = Rc::new(RefCell::new(py));
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .color_mode(if color { ColorMode::Enabled } else { ColorMode::Disabled })
        .max_history_size(10_000)
        .and_then(|c| c.history_ignore_dups(true))
        .map(|c| c.build())
        .unwrap_or_default();
    let mut rl: Editor<ReplHelper, FileHistory> = match Editor::with_config(config) {
        Ok(rl) => rl,
        Err(e) => {
            eprintln!("dictpy: cannot start the REPL: {}", e);
            return 1;
        }
    };
    let helper = ReplHelper {
        py: py.clone(),
        color,
        pending: RefCell::new(String::new()),
        show_bracket: std::cell::Cell::new(false),
    };
    rl.set_helper(Some(helper));
    let history = history_path(|k| std::env::var_os(k));
    if let Some(path) = &history {
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if path.exists() {
            let _ = rl.load_history(path);
        }
    }
    if banner {
        eprintln!(
            "dictpy {} (a subset of Python 3.12)\nCtrl-D exits, Ctrl-C cancels, Tab completes, Ctrl-R searches history.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let mut buffer = String::new();
    let status = 'session: loop {
        if let Some(h) = rl.helper() {
            h.pending.replace(buffer.clone());
        }
        let prompt = if buffer.is_empty() { PS1 } else { PS2 };
        let input = match rl.readline(prompt) {
            Ok(input) => input,
            Err(ReadlineError::Interrupted) => {
                eprintln!("KeyboardInterrupt");
                buffer.clear();
                continue;
            }
            Err(ReadlineError::Eof) => {
                // rustyline ends the line itself, except on a terminal it
                // cannot edit on, where the prompt is still on the line.
                if dumb_terminal() {
                    println!();
                }
                break 0;
            }
            Err(e) => {
                eprintln!("dictpy: cannot read input: {}", e);
                break 1;
            }
        };
        if !input.trim().is_empty() {
            let _ = rl.add_history_entry(input.as_str());
        }
        // A paste may bring several lines at once: feed them one by one.
        for line in input.split('\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if buffer.is_empty() {
                if is_blank(line) {
                    continue;
                }
            } else {
                buffer.push('\n');
            }
            buffer.push_str(line);
            let step = next_step(classify(&py.borrow(), &buffer), is_blank(line));
            if step == Step::More {
                continue;
            }
            let source = std::mem::take(&mut buffer);
            if let Some(code) = execute(&mut py.borrow_mut(), &source, &interrupt) {
                break 'session code;
            }
        }
        if let Some(path) = &history {
            let _ = rl.append_history(path);
        }
    };
    if let Some(path) = &history {
        let _ = rl.append_history(path);
    }
    let py = py.borrow();
    py.flush();
    if let Some(report) = py.phantom_report() {
        eprint!("{}", report);
    }
    status
}

/// Runs one complete input; returns the exit status if it called `sys.exit()`.
fn execute(py: &mut Interpreter, source: &str, interrupt: &AtomicBool) -> Option<i32> {
    // A Ctrl-C that arrived while no code ran is not for this input.
    interrupt.store(false, Ordering::Relaxed);
    let result = py.run_interactive(source, FILENAME);
    interrupt.store(false, Ordering::Relaxed);
    py.flush();
    let _ = std::io::stdout().flush();
    match result {
        Ok(()) => None,
        Err(e @ Error::Exit { .. }) => {
            eprint!("{}", e.rendered());
            Some(e.exit_code())
        }
        Err(e) => {
            eprint!("{}", e.rendered());
            None
        }
    }
}

/// A terminal that rustyline reads plain lines from, without editing.
fn dumb_terminal() -> bool {
    use std::io::IsTerminal;
    let term = std::env::var("TERM").unwrap_or_default();
    std::io::stdin().is_terminal() && matches!(term.as_str(), "dumb" | "cons25" | "emacs")
}

/// Colours and hints only for a capable terminal, and never with NO_COLOR.
fn use_color() -> bool {
    use std::io::IsTerminal;
    let term = std::env::var("TERM").unwrap_or_default();
    std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && !matches!(term.as_str(), "" | "dumb" | "cons25" | "emacs")
}

/// SIGINT (Ctrl-C while code runs: the terminal is not in raw mode then)
/// sets the interpreter's interrupt flag instead of killing the process.
/// While a line is being edited, rustyline reads Ctrl-C as a key itself.
/// Installing it twice for the same interpreter (`-i`) is harmless: ctrlc
/// refuses the second handler and the first sets the same flag.
pub fn install_sigint_handler(flag: Arc<AtomicBool>) {
    let _ = ctrlc::set_handler(move || flag.store(true, Ordering::Relaxed));
}

/// The history file: `$DICTPY_HISTORY`, else `$XDG_DATA_HOME/dictpy/history`,
/// else `~/.local/share/dictpy/history`; none when HOME is unset (and no
/// override is given).
fn history_path(env: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    let set = |k: &str| env(k).filter(|v| !v.is_empty());
    if let Some(p) = set("DICTPY_HISTORY") {
        return Some(PathBuf::from(p));
    }
    let home = set("HOME")?;
    let data = match set("XDG_DATA_HOME").map(PathBuf::from) {
        Some(p) if p.is_absolute() => p,
        _ => PathBuf::from(home).join(".local").join("share"),
    };
    Some(data.join("dictpy").join("history"))
}

fn is_blank(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// What the parser says of the input so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parsed {
    /// It parses; `compound` when it holds a compound statement.
    Complete { compound: bool },
    /// It stopped short: `open` for an open bracket, triple-quoted string
    /// or backslash continuation, otherwise a block header without its body.
    Incomplete { open: bool },
    /// A syntax error that more input cannot fix.
    Invalid,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Run,
    More,
}

fn classify(py: &Interpreter, source: &str) -> Parsed {
    match py.parse(source, FILENAME) {
        Ok(module) => Parsed::Complete {
            compound: module.body.iter().any(|s| {
                matches!(
                    s.kind,
                    StmtKind::If { .. }
                        | StmtKind::While { .. }
                        | StmtKind::For { .. }
                        | StmtKind::FunctionDef(_)
                        | StmtKind::ClassDef(_)
                        | StmtKind::Try { .. }
                        | StmtKind::With { .. }
                )
            }),
        },
        Err(Error::Syntax { incomplete: true, message, .. }) => Parsed::Incomplete {
            open: message.ends_with("was never closed")
                || message.starts_with("unterminated triple-quoted")
                || message.starts_with("unexpected EOF"),
        },
        Err(_) => Parsed::Invalid,
    }
}

/// CPython's rule: a simple statement runs as soon as it is complete; a
/// compound one when an empty line ends it; an open bracket or string goes
/// on through empty lines; an empty line after a header with no body runs
/// (and reports the missing block); a syntax error is reported at once.
fn next_step(parsed: Parsed, last_line_blank: bool) -> Step {
    match parsed {
        Parsed::Complete { compound: false } | Parsed::Invalid => Step::Run,
        Parsed::Complete { compound: true } | Parsed::Incomplete { open: false } if last_line_blank => Step::Run,
        _ => Step::More,
    }
}

/// Completion, highlighting and hints for rustyline.
struct ReplHelper {
    py: Rc<RefCell<Interpreter>>,
    color: bool,
    /// The lines of the current input before the one being edited.
    pending: RefCell<String>,
    /// Light up the bracket matching the cursor's (not in the final
    /// refresh of an accepted line).
    show_bracket: std::cell::Cell<bool>,
}

impl ReplHelper {
    /// The lexer state at the start of the line being edited (inside a
    /// triple-quoted string opened on an earlier line, or in code), with the
    /// brackets the earlier lines left open pushed onto `stack`.
    fn start_state(&self, stack: &mut Vec<(u8, usize)>) -> State {
        let pending = self.pending.borrow();
        if pending.is_empty() {
            return State::Code;
        }
        scan(&format!("{}\n", pending), State::Code, stack).0
    }
}

impl Helper for ReplHelper {}
impl Validator for ReplHelper {}

impl Completer for ReplHelper {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            let width = before.chars().map(|c| if c == '\t' { 8 } else { 1 }).sum::<usize>();
            return Ok((pos, vec![" ".repeat(4 - width % 4)]));
        }
        match self.py.try_borrow() {
            Ok(py) => Ok(py.completions(line, pos)),
            Err(_) => Ok((pos, Vec::new())),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = String;

    /// The closing brackets the input still needs, dimmed after the cursor
    /// (Right arrow accepts them).
    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<String> {
        if !self.color || pos < line.len() || line.trim().is_empty() {
            return None;
        }
        let mut stack = Vec::new();
        let start = self.start_state(&mut stack);
        let (end, _) = scan(line, start, &mut stack);
        if end != State::Code || stack.is_empty() {
            return None;
        }
        Some(stack.iter().rev().map(|&(c, _)| closer(c)).collect())
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let start = self.start_state(&mut Vec::new());
        let pos = if self.show_bracket.get() { Some(pos) } else { None };
        Cow::Owned(highlight_line(line, pos, start))
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if !self.color {
            return Cow::Borrowed(hint);
        }
        Cow::Owned(format!("\x1b[2m{}\x1b[0m", hint))
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.show_bracket.set(kind != CmdKind::ForcedRefresh);
        self.color
    }
}

// ------------------------------------------------------------ highlighting

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const COMMENT: &str = "\x1b[90m";
const DEFINITION: &str = "\x1b[1;34m";
const BRACKET: &str = "\x1b[1;4m";
const RESET: &str = "\x1b[0m";

/// Where the lexer is at the end of some text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Code,
    /// In a string opened with `quote` (three of them when `triple`).
    Str { quote: u8, triple: bool },
}

/// A span of a line and what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Plain,
    Keyword,
    Definition,
    Str,
    Number,
    Comment,
    Bracket,
}

fn closer(c: u8) -> char {
    match c {
        b'(' => ')',
        b'[' => ']',
        _ => '}',
    }
}

/// Lexes `text` from `state` (lines joined with '\n'), pushing the open
/// brackets of code onto `stack` (with their byte offsets) and popping the
/// matched ones; returns the state at the end, and the classified spans.
fn scan(text: &str, state: State, stack: &mut Vec<(u8, usize)>) -> (State, Vec<(usize, usize, Class)>) {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    let mut state = state;
    let mut prev_word = "";
    while i < b.len() {
        if let State::Str { quote, triple } = state {
            let start = i;
            let mut closed = false;
            while i < b.len() {
                if b[i] == b'\\' {
                    // Skip the escaped character (whole, to stay on a char boundary).
                    i += 1;
                    if i < b.len() {
                        i += b[i].len_utf8_from_first_byte();
                    }
                    continue;
                }
                if !triple && b[i] == b'\n' {
                    break; // an unterminated one-line string ends at the line end
                }
                if b[i] == quote && (!triple || b[i..].starts_with(&[quote; 3])) {
                    i += if triple { 3 } else { 1 };
                    closed = true;
                    break;
                }
                i += 1;
            }
            spans.push((start, i, Class::Str));
            if closed || !triple {
                state = State::Code;
            }
            continue;
        }
        let c = b[i];
        let start = i;
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
                spans.push((start, i, Class::Comment));
            }
            b'\'' | b'"' => {
                let triple = b[i..].starts_with(&[c; 3]);
                i += if triple { 3 } else { 1 };
                state = State::Str { quote: c, triple };
                // The string's body is classified on the next turn; mark the quote.
                spans.push((start, i, Class::Str));
            }
            b'(' | b'[' | b'{' => {
                stack.push((c, i));
                i += 1;
            }
            b')' | b']' | b'}' => {
                if stack.last().is_some_and(|&(o, _)| closer(o) == c as char) {
                    stack.pop();
                }
                i += 1;
            }
            b'0'..=b'9' => {
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                    i += 1;
                }
                spans.push((start, i, Class::Number));
            }
            _ if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 => {
                while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80) {
                    i += 1;
                }
                let word = &text[start..i];
                // A string prefix (r'', b"", f'', rb'', ...) belongs to the string.
                if i < b.len()
                    && matches!(b[i], b'\'' | b'"')
                    && word.len() <= 2
                    && word.chars().all(|ch| "rRbBfFuU".contains(ch))
                {
                    spans.push((start, i, Class::Str));
                    continue;
                }
                let class = if prev_word == "def" || prev_word == "class" {
                    Class::Definition
                } else if dictpy::interactive::KEYWORDS.contains(&word) {
                    Class::Keyword
                } else {
                    Class::Plain
                };
                if class != Class::Plain {
                    spans.push((start, i, class));
                }
                prev_word = word;
                continue;
            }
            _ => {
                i += c.len_utf8_from_first_byte();
            }
        }
        if !c.is_ascii_whitespace() {
            prev_word = "";
        }
    }
    (state, spans)
}

trait Utf8Len {
    fn len_utf8_from_first_byte(self) -> usize;
}

impl Utf8Len for u8 {
    fn len_utf8_from_first_byte(self) -> usize {
        match self {
            0xF0..=0xFF => 4,
            0xE0..=0xEF => 3,
            0xC0..=0xDF => 2,
            _ => 1,
        }
    }
}

/// The byte offset of the bracket matching the one just before the cursor
/// (a closer just typed) or under it.
fn matching_bracket(line: &str, pos: usize, start: State) -> Option<usize> {
    let b = line.as_bytes();
    let (_, spans) = scan(line, start, &mut Vec::new());
    let in_code = |i: usize| !spans.iter().any(|&(s, e, cl)| matches!(cl, Class::Str | Class::Comment) && s <= i && i < e);
    // The pairs of brackets of the code, by a bracket stack.
    let mut stack = Vec::new();
    let mut pairs = Vec::new();
    for (i, &ch) in b.iter().enumerate() {
        match ch {
            b'(' | b'[' | b'{' if in_code(i) => stack.push((ch, i)),
            b')' | b']' | b'}' if in_code(i) => {
                if let Some((o, j)) = stack.pop() {
                    if closer(o) == ch as char {
                        pairs.push((j, i));
                    }
                }
            }
            _ => {}
        }
    }
    let just_closed = pos.checked_sub(1).filter(|&p| matches!(b.get(p), Some(b')' | b']' | b'}')));
    [just_closed, Some(pos)].into_iter().flatten().find_map(|at| {
        pairs.iter().find_map(|&(o, c)| if o == at { Some(c) } else if c == at { Some(o) } else { None })
    })
}

/// `line` with ANSI colours, and the bracket matching the one at the cursor
/// `pos` (when given) in bold underline.
fn highlight_line(line: &str, pos: Option<usize>, start: State) -> String {
    let (_, spans) = scan(line, start, &mut Vec::new());
    let bracket = pos.and_then(|pos| matching_bracket(line, pos, start));
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = 0;
    let emit = |out: &mut String, s: usize, e: usize, class: Class| {
        let code = match class {
            Class::Plain => "",
            Class::Keyword => KEYWORD,
            Class::Definition => DEFINITION,
            Class::Str => STRING,
            Class::Number => NUMBER,
            Class::Comment => COMMENT,
            Class::Bracket => BRACKET,
        };
        if let Some(text) = line.get(s..e) {
            if code.is_empty() || text.is_empty() {
                out.push_str(text);
            } else {
                out.push_str(code);
                out.push_str(text);
                out.push_str(RESET);
            }
        }
    };
    let mut all: Vec<(usize, usize, Class)> = spans;
    if let Some(bi) = bracket {
        all.push((bi, bi + 1, Class::Bracket));
        all.sort_by_key(|&(s, _, _)| s);
    }
    for (s, e, class) in all {
        if s < at {
            continue;
        }
        emit(&mut out, at, s, Class::Plain);
        emit(&mut out, s, e, class);
        at = e;
    }
    emit(&mut out, at, line.len(), Class::Plain);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(py: &Interpreter, lines: &[&str]) -> Step {
        let src = lines.join("\n");
        next_step(classify(py, &src), is_blank(lines.last().unwrap()))
    }

    #[test]
    fn continuation() {
        let py = Interpreter::capturing();
        assert_eq!(step(&py, &["x = 1"]), Step::Run);
        assert_eq!(step(&py, &["1 +"]), Step::Run); // a syntax error, reported at once
        assert_eq!(step(&py, &["d = {"]), Step::More);
        assert_eq!(step(&py, &["d = {", ""]), Step::More);
        assert_eq!(step(&py, &["d = {", "'a': 1}"]), Step::Run);
        assert_eq!(step(&py, &["s = '''abc"]), Step::More);
        assert_eq!(step(&py, &["s = '''abc", ""]), Step::More);
        assert_eq!(step(&py, &["s = '''abc", "'''"]), Step::Run);
        assert_eq!(step(&py, &["x = 1 + \\"]), Step::More);
        assert_eq!(step(&py, &["def f():"]), Step::More);
        assert_eq!(step(&py, &["def f():", "    return 1"]), Step::More);
        assert_eq!(step(&py, &["def f():", "    return 1", ""]), Step::Run);
        assert_eq!(step(&py, &["def f():", ""]), Step::Run); // reports the missing block
        assert_eq!(step(&py, &["for i in range(3): print(i)"]), Step::More);
        assert_eq!(step(&py, &["for i in range(3): print(i)", ""]), Step::Run);
        assert_eq!(step(&py, &["if x:", "    pass", "else:"]), Step::More);
        assert_eq!(step(&py, &["try:", "    pass"]), Step::More);
        assert_eq!(step(&py, &["@dec"]), Step::More);
        assert_eq!(step(&py, &["class A:", "    x = [", "", "    ]"]), Step::More);
        assert_eq!(step(&py, &["x = 1; y = 2"]), Step::Run);
    }

    #[test]
    fn history_file_location() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| OsString::from(v))
        };
        assert_eq!(history_path(env(&[("HOME", "/h")])), Some(PathBuf::from("/h/.local/share/dictpy/history")));
        assert_eq!(
            history_path(env(&[("HOME", "/h"), ("XDG_DATA_HOME", "/d")])),
            Some(PathBuf::from("/d/dictpy/history"))
        );
        assert_eq!(
            history_path(env(&[("HOME", "/h"), ("XDG_DATA_HOME", "rel")])),
            Some(PathBuf::from("/h/.local/share/dictpy/history"))
        );
        assert_eq!(history_path(env(&[("DICTPY_HISTORY", "/x/h")])), Some(PathBuf::from("/x/h")));
        assert_eq!(history_path(env(&[])), None);
    }

    #[test]
    fn highlighting_keeps_the_text() {
        let strip = |s: &str| {
            let mut out = String::new();
            let mut chars = s.chars();
            while let Some(c) = chars.next() {
                if c == '\x1b' {
                    for c in chars.by_ref() {
                        if c == 'm' {
                            break;
                        }
                    }
                } else {
                    out.push(c);
                }
            }
            out
        };
        for line in [
            "def f(x): return {'a': [1, 2.5e3]}  # done",
            "s = rb'\\x00' + f\"{x!r}\" + 'unterminated",
            "é = ('ü', [])",
            "'''",
            ")]}",
            "\\",
            "x = '\\é' + \"\\\u{1F600}\" # ü",
        ] {
            for pos in 0..=line.len() {
                if line.is_char_boundary(pos) {
                    assert_eq!(strip(&highlight_line(line, Some(pos), State::Code)), line);
                }
            }
        }
        let h = highlight_line("def f(x): pass", None, State::Code);
        assert!(h.contains(&format!("{}def{}", KEYWORD, RESET)));
        assert!(h.contains(&format!("{}f{}", DEFINITION, RESET)));
        // The closer just typed lights up its opener.
        assert_eq!(matching_bracket("f([1], 2)", 9, State::Code), Some(1));
        assert_eq!(matching_bracket("f('(', 2)", 9, State::Code), Some(1));
        // Inside a triple-quoted string carried over from earlier lines.
        let (st, _) = scan("s = '''abc", State::Code, &mut Vec::new());
        assert_eq!(st, State::Str { quote: b'\'', triple: true });
        assert!(highlight_line("def'''", None, st).starts_with(STRING));
    }

    #[test]
    fn bracket_hint() {
        let mut stack = Vec::new();
        let (end, _) = scan("print({'a': [1", State::Code, &mut stack);
        assert_eq!(end, State::Code);
        assert_eq!(stack.iter().rev().map(|&(c, _)| closer(c)).collect::<String>(), "]})");
    }
}
