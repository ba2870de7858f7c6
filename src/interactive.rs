//! Support for interactive hosts (the REPL): the display hook of CPython's
//! `'single'` mode, and tab completion over the interpreter's namespace.
//!
//! Completion never runs Python code: names are read from the globals and
//! builtins dicts, attributes from instance, class and module dicts (a
//! property or any other descriptor stops the walk rather than being
//! called), and dict keys are listed only when their repr is that of a
//! builtin type (str, bytes, numbers, None, tuples of those).

use std::rc::Rc;

use crate::eval::call::Kwargs;
use crate::eval::{dictops, Interp, PyResult};
use crate::value::{Dict, Payload, PyStr, Value};

/// `sys.displayhook` as CPython defines it: `None` shows nothing; any other
/// value sets `builtins._` to None, prints its repr, then sets `builtins._`
/// to it (so a failing repr leaves `_` None rather than stale).
pub(crate) fn displayhook(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let v = args.first().cloned().unwrap_or(Value::None);
    if v.is_none() {
        return Ok(Value::None);
    }
    let underscore = interp.intern("_");
    dictops::set_str(&interp.builtins, underscore.clone(), Value::None);
    let mut text = interp.repr(&v)?;
    text.push('\n');
    crate::builtins::functions::write_fd(interp, 1, &text);
    dictops::set_str(&interp.builtins, underscore, v);
    Ok(Value::None)
}

/// Python 3.12's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// What the text before the cursor asks to complete.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompletionKind {
    /// A name: keywords, globals, builtins starting with `prefix`.
    Name { prefix: String },
    /// `a.b.pre`: attributes of the object at `path` starting with `prefix`.
    Attr { path: Vec<String>, prefix: String },
    /// `a.b['pre` or `a[pre`: keys of the dict at `path`; `quote` is the
    /// opening quote the user typed (then `prefix` is the raw text after it).
    Key { path: Vec<String>, quote: Option<char>, prefix: String },
}

/// The completion context of `before` (the line up to the cursor): the byte
/// offset where the replaced text starts, and what to complete. None inside
/// a comment, inside a string that is not a dict key, or after anything
/// that would need evaluating (a call, a literal).
pub fn completion_context(before: &str) -> Option<(usize, CompletionKind)> {
    match scan_line(before) {
        LineEnd::Comment => None,
        LineEnd::String { quote_at, quote, triple, prefixed } => {
            if triple || prefixed {
                return None;
            }
            let path = subscript_path(&before[..quote_at])?;
            let prefix = before[quote_at + quote.len_utf8()..].to_string();
            Some((quote_at, CompletionKind::Key { path, quote: Some(quote), prefix }))
        }
        LineEnd::Code => {
            let start = before.char_indices().rev().take_while(|&(_, c)| is_ident_char(c) || c == '.').last();
            let start = start.map_or(before.len(), |(i, _)| i);
            let word = &before[start..];
            if word.is_empty() {
                let path = subscript_path(before)?;
                return Some((before.len(), CompletionKind::Key { path, quote: None, prefix: String::new() }));
            }
            if word.starts_with(|c: char| c.is_ascii_digit()) {
                // A number: only a key of a subscript (`d[1<TAB>`).
                if !word.chars().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                let path = subscript_path(&before[..start])?;
                return Some((start, CompletionKind::Key { path, quote: None, prefix: word.to_string() }));
            }
            let preceded_by_value =
                before[..start].chars().next_back().is_some_and(|c| matches!(c, ')' | ']' | '}' | '\'' | '"'));
            match word.rfind('.') {
                Some(dot) => {
                    if preceded_by_value {
                        return None;
                    }
                    let path = dotted_path(&word[..dot])?;
                    let prefix = word[dot + 1..].to_string();
                    Some((start + dot + 1, CompletionKind::Attr { path, prefix }))
                }
                None => Some((start, CompletionKind::Name { prefix: word.to_string() })),
            }
        }
    }
}

/// Completions for `line` with the cursor at byte `pos`: the byte offset the
/// candidates replace from, and the candidates (each a full replacement of
/// `line[start..pos]`).
pub fn complete(interp: &Interp, globals: &Dict, line: &str, pos: usize) -> (usize, Vec<String>) {
    let mut pos = pos.min(line.len());
    while !line.is_char_boundary(pos) {
        pos -= 1;
    }
    let Some((start, kind)) = completion_context(&line[..pos]) else {
        return (pos, Vec::new());
    };
    let candidates = match kind {
        CompletionKind::Name { prefix } => name_candidates(interp, globals, &prefix),
        CompletionKind::Attr { path, prefix } => match resolve(interp, globals, &path) {
            Some(obj) => attr_candidates(interp, &obj, &prefix),
            None => Vec::new(),
        },
        CompletionKind::Key { path, quote, prefix } => match resolve(interp, globals, &path) {
            Some(obj) => key_candidates(interp, &obj, quote, &prefix),
            None => Vec::new(),
        },
    };
    (start, candidates)
}

fn is_ident_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

/// `a.b.c` as its parts, when every part is an identifier.
fn dotted_path(s: &str) -> Option<Vec<String>> {
    let parts: Vec<String> = s.split('.').map(str::to_string).collect();
    let ok = parts.iter().all(|p| {
        !p.is_empty() && !p.starts_with(|c: char| c.is_ascii_digit()) && p.chars().all(is_ident_char)
    });
    (ok && !KEYWORDS.contains(&parts[0].as_str())).then_some(parts)
}

/// For text ending in `a.b[` (spaces allowed around the bracket), the path
/// `a.b`; None when the subscripted thing is not a plain dotted name.
fn subscript_path(s: &str) -> Option<Vec<String>> {
    let s = s.trim_end().strip_suffix('[')?.trim_end();
    let start = s.char_indices().rev().take_while(|&(_, c)| is_ident_char(c) || c == '.').last()?.0;
    if s[..start].chars().next_back().is_some_and(|c| matches!(c, ')' | ']' | '}' | '\'' | '"' | '.')) {
        return None;
    }
    dotted_path(&s[start..])
}

/// Where a line's text ends up: in code, a comment, or an open string.
#[derive(Debug, PartialEq, Eq)]
enum LineEnd {
    Code,
    Comment,
    String { quote_at: usize, quote: char, triple: bool, prefixed: bool },
}

fn scan_line(s: &str) -> LineEnd {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'#' => return LineEnd::Comment,
            q @ (b'\'' | b'"') => {
                let quote_at = i;
                let prefixed = i > 0 && (b[i - 1] as char).is_ascii_alphabetic();
                let triple = b[i..].starts_with(&[q, q, q]);
                i += if triple { 3 } else { 1 };
                let mut closed = false;
                while i < b.len() {
                    if b[i] == b'\\' {
                        i += 2;
                        continue;
                    }
                    if b[i] == q && (!triple || b[i..].starts_with(&[q, q, q])) {
                        i += if triple { 3 } else { 1 };
                        closed = true;
                        break;
                    }
                    i += 1;
                }
                if !closed {
                    return LineEnd::String { quote_at, quote: q as char, triple, prefixed };
                }
            }
            _ => i += 1,
        }
    }
    LineEnd::Code
}

/// A global, then a builtin.
fn lookup_name(interp: &Interp, globals: &Dict, name: &str) -> Option<Value> {
    let key = PyStr::new(name);
    dictops::get_str(globals, &key).or_else(|| dictops::get_str(&interp.builtins, &key))
}

/// The object at `path`, reading attributes from dicts only (no descriptor
/// runs: a property or other wrapper ends the walk with None).
fn resolve(interp: &Interp, globals: &Dict, path: &[String]) -> Option<Value> {
    let mut v = lookup_name(interp, globals, path.first()?)?;
    for name in &path[1..] {
        v = raw_attr(interp, &v, name)?;
        if matches!(v, Value::Wrapper(_)) {
            return None;
        }
    }
    Some(v)
}

/// The dicts an attribute of `v` is found in, in lookup order.
fn attr_dicts(interp: &Interp, v: &Value) -> Vec<Rc<Dict>> {
    let mut dicts = Vec::new();
    let class = match v {
        Value::Instance(inst) => {
            dicts.push(inst.attrs.clone());
            inst.class.clone()
        }
        Value::Module(m) => return vec![m.dict.clone()],
        Value::Class(c) => c.clone(),
        other => interp.type_of(other),
    };
    dicts.push(class.dict.clone());
    dicts.extend(class.mro.iter().map(|c| c.dict.clone()));
    dicts
}

fn raw_attr(interp: &Interp, v: &Value, name: &str) -> Option<Value> {
    let key = PyStr::new(name);
    attr_dicts(interp, v).iter().find_map(|d| dictops::get_str(d, &key))
}

fn is_callable(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Instance(inst) => interp.class_lookup(&inst.class, &interp.names.call).is_some(),
        Value::Wrapper(w) => !matches!(**w, crate::value::Wrapper::Property { .. }),
        other => crate::builtins::functions::is_callable(interp, other),
    }
}

/// The str keys of `d`, with their values.
fn str_items(d: &Dict) -> Vec<(String, Value)> {
    dictops::items(d).into_iter().filter_map(|(k, v)| k.as_str().map(|s| (s.to_string(), v))).collect()
}

fn name_candidates(interp: &Interp, globals: &Dict, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &kw in KEYWORDS {
        if kw.starts_with(prefix) {
            // As rlcompleter does: a space after keywords that take something.
            out.push(match kw {
                "finally" | "try" => format!("{}:", kw),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => kw.to_string(),
                _ => format!("{} ", kw),
            });
        }
    }
    let mut seen: Vec<String> = KEYWORDS.iter().map(|s| s.to_string()).collect();
    for d in [globals, &*interp.builtins] {
        for (name, v) in str_items(d) {
            if name.starts_with(prefix) && !seen.contains(&name) {
                out.push(if is_callable(interp, &v) { format!("{}(", name) } else { name.clone() });
                seen.push(name);
            }
        }
    }
    out.sort();
    out
}

fn attr_candidates(interp: &Interp, obj: &Value, prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for d in attr_dicts(interp, obj) {
        for (name, v) in str_items(&d) {
            if !name.starts_with(prefix) || seen.contains(&name) {
                continue;
            }
            // rlcompleter's rule: `_` names only after `_`, dunders after `__`.
            if (prefix.is_empty() && name.starts_with('_')) || (prefix == "_" && name.starts_with("__")) {
                continue;
            }
            out.push(if is_callable(interp, &v) { format!("{}(", name) } else { name.clone() });
            seen.push(name);
        }
    }
    out.sort();
    out
}

/// The dict behind `obj`: a dict, or an instance of a dict subclass.
fn dict_of(obj: &Value) -> Option<Rc<Dict>> {
    match obj {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// True when repr of `v` runs no Python code (builtin scalar types, and
/// tuples of them, not too deeply nested).
fn plain_repr(v: &Value, depth: u32) -> bool {
    match v {
        Value::None | Value::Bool(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_) => true,
        Value::Str(_) | Value::Bytes(_) => true,
        Value::Tuple(t) => depth < 8 && t.items.iter().all(|x| plain_repr(x, depth + 1)),
        _ => false,
    }
}

/// A str literal of `s` opened and closed with `quote`.
fn quote_str(s: &str, quote: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn key_candidates(interp: &Interp, obj: &Value, quote: Option<char>, prefix: &str) -> Vec<String> {
    let Some(d) = dict_of(obj) else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for k in dictops::keys(&d) {
        let text = match (quote, &k) {
            (Some(q), Value::Str(s)) => {
                let lit = quote_str(&s.s, q);
                if !lit[q.len_utf8()..].starts_with(prefix) {
                    continue;
                }
                lit
            }
            (Some(_), _) => continue,
            (None, k) if plain_repr(k, 0) => match interp.repr(k) {
                Ok(r) if r.starts_with(prefix) => r,
                _ => continue,
            },
            (None, _) => continue,
        };
        let candidate = text + "]";
        if !out.contains(&candidate) {
            out.push(candidate);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::CompletionKind::*;
    use super::*;

    fn ctx(s: &str) -> Option<(usize, CompletionKind)> {
        completion_context(s)
    }
    fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn names_and_attributes() {
        assert_eq!(ctx("pri"), Some((0, Name { prefix: "pri".into() })));
        assert_eq!(ctx("x = le"), Some((4, Name { prefix: "le".into() })));
        assert_eq!(ctx("d.ke"), Some((2, Attr { path: path(&["d"]), prefix: "ke".into() })));
        assert_eq!(ctx("print(a.b."), Some((10, Attr { path: path(&["a", "b"]), prefix: "".into() })));
        assert_eq!(ctx("f().x"), None);
        assert_eq!(ctx("'abc'.up"), None);
        assert_eq!(ctx("1.re"), None);
        assert_eq!(ctx("a..b"), None);
        assert_eq!(ctx("x = 1  # pri"), None);
        assert_eq!(ctx("print('pri"), None);
        assert_eq!(ctx(""), None);
        assert_eq!(ctx("print("), None);
    }

    #[test]
    fn dict_keys() {
        assert_eq!(
            ctx("config['co"),
            Some((7, Key { path: path(&["config"]), quote: Some('\''), prefix: "co".into() }))
        );
        assert_eq!(ctx("x = a.b[\""), Some((8, Key { path: path(&["a", "b"]), quote: Some('"'), prefix: "".into() })));
        assert_eq!(ctx("d["), Some((2, Key { path: path(&["d"]), quote: None, prefix: "".into() })));
        assert_eq!(ctx("d[1"), Some((2, Key { path: path(&["d"]), quote: None, prefix: "1".into() })));
        assert_eq!(ctx("d[k"), Some((2, Name { prefix: "k".into() })));
        assert_eq!(ctx("d['a'] + e['b"), Some((11, Key { path: path(&["e"]), quote: Some('\''), prefix: "b".into() })));
        assert_eq!(ctx("f()['a"), None);
        assert_eq!(ctx("d[b'a"), None);
        assert_eq!(ctx("d['''a"), None);
    }

    #[test]
    fn quoting() {
        assert_eq!(quote_str("it's", '\''), "'it\\'s'");
        assert_eq!(quote_str("it's", '"'), "\"it's\"");
        assert_eq!(quote_str("a\nb", '\''), "'a\\nb'");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["é.", "[", "'", "\\", "d['\\", "é['x", ".", "..[", "#", "a[[", "d[\u{0}"] {
            let _ = completion_context(s);
        }
    }
}
