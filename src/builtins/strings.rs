//! str and bytes methods, `str.format`, and `%` formatting.

use std::rc::Rc;

use num_bigint::BigInt;

use super::{arity, getargs_arity, kwarg, method_arity, no_kwargs, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::ops::as_i64;
use crate::eval::{ExcKind, Interp, PyErr, PyResult};
use crate::value::format::{self, ArgRef, Conversion, PercentArgs, PercentValue};
use crate::value::*;

pub fn install(interp: &Interp) {
    let s = interp.types.str_.clone();
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("format", format_method),
        ("format_map", format_map),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("__len__", str_len),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__mod__", str_mod),
        ("__eq__", str_eq),
        ("__hash__", str_hash),
        ("__lt__", str_lt),
        ("__iter__", str_iter),
    ];
    for (name, f) in methods {
        interp.add_method(&s, name, *f);
    }
    install_bytes(interp);
    let sc = interp.types.str_.clone();
    let _ = sc;
    let maketrans: BuiltinFn = str_maketrans_unsupported;
    interp.add_method(&interp.types.str_.clone(), "maketrans", maketrans);
}

fn this<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyStr>> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            interp.type_name(v)
        ))),
        None => Err(interp.type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

fn str_arg<'a>(interp: &Interp, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(&s.s),
        other => Err(interp.type_error(format!("{}, not {}", what, interp.type_name(other)))),
    }
}

/// Like [`str_arg`] for an argument CPython's argument clinic checks: its
/// message calls None "None" rather than "NoneType".
fn clinic_str_arg<'a>(interp: &Interp, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match v {
        Value::Str(s) => Ok(&s.s),
        Value::None => Err(interp.type_error(format!("{}, not None", what))),
        other => Err(interp.type_error(format!("{}, not {}", what, interp.type_name(other)))),
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::string(v))
}

fn join(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "str.join", args, 1, 1)?;
    let sep = this(interp, args, "join")?;
    if !interp.is_iterable(&args[1]) {
        return Err(interp.type_error("can only join an iterable"));
    }
    let items = interp.collect(&args[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep.s);
        }
        match it {
            Value::Str(x) => out.push_str(&x.s),
            other => {
                return Err(interp.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    interp.type_name(other)
                )))
            }
        }
    }
    s(out)
}

fn sep_and_max(interp: &Interp, args: &[Value], kwargs: Kwargs, name: &str) -> PyResult<(Option<String>, i64)> {
    only_kwargs(interp, name, kwargs, &["sep", "maxsplit"])?;
    getargs_arity(interp, name, args, 0, 2)?;
    let sep = args.get(1).or_else(|| kwarg(kwargs, "sep")).cloned().unwrap_or(Value::None);
    let maxsplit = args.get(2).or_else(|| kwarg(kwargs, "maxsplit")).cloned().unwrap_or(Value::Int(-1));
    let sep = match sep {
        Value::None => None,
        Value::Str(x) => {
            if x.s.is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            Some(x.s.to_string())
        }
        other => return Err(interp.type_error(format!("must be str or None, not {}", interp.type_name(&other)))),
    };
    Ok((sep, interp.index_value(&maxsplit)?))
}

fn split(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let st = this(interp, args, "split")?;
    let (sep, max) = sep_and_max(interp, args, kwargs, "split")?;
    let parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                st.s.split(&*sep).map(String::from).collect()
            } else {
                st.s.splitn(max as usize + 1, &*sep).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = st.s.trim_start();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                out.push(rest[..end].to_string());
                rest = rest[end..].trim_start();
            }
            out
        }
    };
    Ok(interp.new_list(parts.into_iter().map(Value::string).collect()))
}

fn rsplit(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let st = this(interp, args, "rsplit")?;
    let (sep, max) = sep_and_max(interp, args, kwargs, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) => {
            if max < 0 {
                st.s.rsplit(&*sep).map(String::from).collect()
            } else {
                st.s.rsplitn(max as usize + 1, &*sep).map(String::from).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = st.s.trim_end();
            while !rest.is_empty() {
                if max >= 0 && out.len() as i64 == max {
                    out.push(rest.to_string());
                    break;
                }
                let start = rest.rfind(char::is_whitespace).map(|i| i + rest[i..].chars().next().unwrap().len_utf8()).unwrap_or(0);
                out.push(rest[start..].to_string());
                rest = rest[..start].trim_end();
            }
            out
        }
    };
    parts.reverse();
    Ok(interp.new_list(parts.into_iter().map(Value::string).collect()))
}

fn strip_impl(interp: &Interp, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    method_arity(interp, name, args, 0, 1)?;
    let st = this(interp, args, name)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.s.chars().collect()),
        Some(_) => return Err(interp.type_error(format!("{} arg must be None or str", name))),
    };
    let pred = |c: char| match &chars {
        None => c.is_whitespace(),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &st.s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Value::str(r))
}

fn strip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    strip_impl(interp, args, "strip", true, true)
}
fn lstrip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    strip_impl(interp, args, "lstrip", true, false)
}
fn rstrip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    strip_impl(interp, args, "rstrip", false, true)
}

fn replace(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "replace", args, 2, 3)?;
    let st = this(interp, args, "replace")?;
    let old = clinic_str_arg(interp, &args[1], "replace() argument 1 must be str")?;
    let new = clinic_str_arg(interp, &args[2], "replace() argument 2 must be str")?;
    let count = match args.get(3) {
        Some(c) => interp.index_value(c)?,
        None => -1,
    };
    if count < 0 {
        return s(st.s.replace(old, new));
    }
    s(st.s.replacen(old, new, count as usize))
}

/// Resolves optional start/end arguments (char indices) to byte offsets.
fn char_range(st: &PyStr, args: &[Value], interp: &Interp) -> PyResult<(usize, usize)> {
    let n = st.chars as i64;
    let (start, end) = super::sequences::find_bounds(interp, n, args)?;
    let to_byte = |ci: i64| -> usize {
        if st.is_ascii() {
            ci as usize
        } else {
            st.s.char_indices().nth(ci as usize).map(|(b, _)| b).unwrap_or(st.s.len())
        }
    };
    if start > end {
        return Ok((1, 0));
    }
    Ok((to_byte(start), to_byte(end)))
}

fn byte_to_char(st: &PyStr, b: usize) -> i64 {
    if st.is_ascii() {
        b as i64
    } else {
        st.s[..b].chars().count() as i64
    }
}

fn find_impl(interp: &Interp, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    getargs_arity(interp, name, args, 1, 3)?;
    let st = this(interp, args, name)?;
    let sub = str_arg(interp, &args[1], "must be str")?;
    let (a, b) = char_range(st, &args[2..], interp)?;
    if a > b {
        return Ok(-1);
    }
    let hay = &st.s[a..b];
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(match found {
        Some(i) => byte_to_char(st, a + i),
        None => -1,
    })
}

fn find(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(interp, args, "find", false)?))
}
fn rfind(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(find_impl(interp, args, "rfind", true)?))
}
fn index(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match find_impl(interp, args, "index", false)? {
        -1 => Err(interp.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match find_impl(interp, args, "rindex", true)? {
        -1 => Err(interp.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    getargs_arity(interp, "count", args, 1, 3)?;
    let st = this(interp, args, "count")?;
    let sub = str_arg(interp, &args[1], "must be str")?;
    let (a, b) = char_range(st, &args[2..], interp)?;
    if a > b {
        return Ok(Value::Int(0));
    }
    let hay = &st.s[a..b];
    let n = if sub.is_empty() { hay.chars().count() + 1 } else { hay.matches(sub).count() };
    Ok(Value::Int(n as i64))
}

fn affix(interp: &Interp, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    getargs_arity(interp, name, args, 1, 3)?;
    let st = this(interp, args, name)?;
    let (a, b) = char_range(st, &args[2..], interp)?;
    if a > b {
        return Ok(Value::Bool(false));
    }
    let hay = &st.s[a..b];
    let test = |p: &str| if ends { hay.ends_with(p) } else { hay.starts_with(p) };
    match &args[1] {
        Value::Str(p) => Ok(Value::Bool(test(&p.s))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                if test(str_arg(interp, p, &format!("tuple for {} must only contain str", name))?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(interp.type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            interp.type_name(other)
        ))),
    }
}

fn startswith(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(interp, args, "startswith", false)
}
fn endswith(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    affix(interp, args, "endswith", true)
}

fn map_str(interp: &Interp, args: &[Value], kw: Kwargs, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let qual = format!("str.{}", name);
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 0, 0)?;
    s(f(&this(interp, args, name)?.s))
}

fn upper(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "upper", |x| x.to_uppercase())
}
fn lower(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "lower", |x| x.to_lowercase())
}
fn swapcase(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "swapcase", |x| {
        x.chars()
            .flat_map(|c| -> Vec<char> {
                if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else if c.is_lowercase() {
                    c.to_uppercase().collect()
                } else {
                    vec![c]
                }
            })
            .collect()
    })
}
fn title(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "title", |x| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in x.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                push_titlecase(&mut out, c);
            }
            prev_cased = c.is_alphabetic() && (c.is_uppercase() || c.is_lowercase());
        }
        out
    })
}
fn capitalize(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "capitalize", |x| {
        let mut cs = x.chars();
        match cs.next() {
            Some(c) => {
                let mut out = String::new();
                push_titlecase(&mut out, c);
                out.extend(cs.flat_map(|c| c.to_lowercase()));
                out
            }
            None => String::new(),
        }
    })
}

/// Appends the titlecase mapping of `c` (Unicode's, which differs from the
/// uppercase one for ligatures, digraphs, ß and Greek iota subscripts).
fn push_titlecase(out: &mut String, c: char) {
    let special: Option<&str> = match c {
        '\u{df}' => Some("Ss"),
        '\u{149}' => Some("\u{2bc}N"),
        '\u{1c4}' | '\u{1c5}' | '\u{1c6}' => Some("\u{1c5}"),
        '\u{1c7}' | '\u{1c8}' | '\u{1c9}' => Some("\u{1c8}"),
        '\u{1ca}' | '\u{1cb}' | '\u{1cc}' => Some("\u{1cb}"),
        '\u{1f1}' | '\u{1f2}' | '\u{1f3}' => Some("\u{1f2}"),
        '\u{587}' => Some("\u{535}\u{582}"),
        '\u{fb00}' => Some("Ff"),
        '\u{fb01}' => Some("Fi"),
        '\u{fb02}' => Some("Fl"),
        '\u{fb03}' => Some("Ffi"),
        '\u{fb04}' => Some("Ffl"),
        '\u{fb05}' | '\u{fb06}' => Some("St"),
        '\u{fb13}' => Some("\u{544}\u{576}"),
        '\u{fb14}' => Some("\u{544}\u{565}"),
        '\u{fb15}' => Some("\u{544}\u{56b}"),
        '\u{fb16}' => Some("\u{54e}\u{576}"),
        '\u{fb17}' => Some("\u{544}\u{56d}"),
        _ => None,
    };
    if let Some(t) = special {
        out.push_str(t);
        return;
    }
    let n = c as u32;
    // Greek with ypogegrammeni: the titlecase form keeps one letter (prosgegrammeni).
    let greek = match n {
        0x1f80..=0x1f87 | 0x1f90..=0x1f97 | 0x1fa0..=0x1fa7 => Some(n + 8),
        0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf => Some(n),
        0x1fb3 | 0x1fbc => Some(0x1fbc),
        0x1fc3 | 0x1fcc => Some(0x1fcc),
        0x1ff3 | 0x1ffc => Some(0x1ffc),
        _ => None,
    };
    match greek.and_then(char::from_u32) {
        Some(t) => out.push(t),
        None => out.extend(c.to_uppercase()),
    }
}

/// `str.casefold()`: full case folding, i.e. lowercase plus the mappings
/// where folding differs from lowercasing.
fn casefold_str(x: &str) -> String {
    let mut out = String::with_capacity(x.len());
    for c in x.chars() {
        match c {
            '\u{df}' | '\u{1e9e}' => out.push_str("ss"),
            '\u{149}' => out.push_str("\u{2bc}n"),
            '\u{17f}' => out.push('s'),
            '\u{b5}' => out.push('\u{3bc}'),
            '\u{3c2}' => out.push('\u{3c3}'),
            '\u{3d0}' => out.push('\u{3b2}'),
            '\u{3d1}' => out.push('\u{3b8}'),
            '\u{3d5}' => out.push('\u{3c6}'),
            '\u{3d6}' => out.push('\u{3c0}'),
            '\u{3f0}' => out.push('\u{3ba}'),
            '\u{3f1}' => out.push('\u{3c1}'),
            '\u{3f5}' => out.push('\u{3b5}'),
            '\u{1e9b}' => out.push('\u{1e61}'),
            '\u{587}' => out.push_str("\u{565}\u{582}"),
            '\u{fb00}' => out.push_str("ff"),
            '\u{fb01}' => out.push_str("fi"),
            '\u{fb02}' => out.push_str("fl"),
            '\u{fb03}' => out.push_str("ffi"),
            '\u{fb04}' => out.push_str("ffl"),
            '\u{fb05}' | '\u{fb06}' => out.push_str("st"),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn casefold(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    map_str(interp, args, kw, "casefold", casefold_str)
}

fn pad(interp: &Interp, args: &[Value], name: &str, align: char) -> PyResult<Value> {
    method_arity(interp, name, args, 1, 2)?;
    let st = this(interp, args, name)?;
    let width = interp.index_value(&args[1])?;
    let fill = match args.get(2) {
        Some(Value::Str(f)) if f.chars == 1 => f.s.chars().next().unwrap(),
        Some(Value::Str(_)) => return Err(interp.type_error("The fill character must be exactly one character long")),
        Some(v) => {
            return Err(interp.type_error(format!(
                "The fill character must be a unicode character, not {}",
                interp.type_name(v)
            )))
        }
        None => ' ',
    };
    let n = st.chars as i64;
    if width <= n {
        return Ok(Value::Str(st.clone()));
    }
    let total = (width - n) as usize;
    let (l, r) = match align {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's centering puts the extra char on the left when width is odd.
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = String::new();
    out.extend(std::iter::repeat(fill).take(l));
    out.push_str(&st.s);
    out.extend(std::iter::repeat(fill).take(r));
    s(out)
}

fn center(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pad(interp, args, "center", '^')
}
fn ljust(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pad(interp, args, "ljust", '<')
}
fn rjust(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    pad(interp, args, "rjust", '>')
}

fn zfill(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "str.zfill", args, 1, 1)?;
    let st = this(interp, args, "zfill")?;
    let width = interp.index_value(&args[1])?;
    let n = st.chars as i64;
    if width <= n {
        return Ok(Value::Str(st.clone()));
    }
    let zeros = "0".repeat((width - n) as usize);
    let (sign, rest) = match st.s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &st.s[1..]),
        _ => (String::new(), &st.s[..]),
    };
    s(format!("{}{}{}", sign, zeros, rest))
}

fn partition_impl(interp: &Interp, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    method_arity(interp, &format!("str.{}", name), args, 1, 1)?;
    let st = this(interp, args, name)?;
    let sep = str_arg(interp, &args[1], "must be str")?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let found = if rev { st.s.rfind(sep) } else { st.s.find(sep) };
    Ok(match found {
        Some(i) => Value::tuple(vec![Value::str(&st.s[..i]), Value::str(sep), Value::str(&st.s[i + sep.len()..])]),
        None if rev => Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(st.clone())]),
        None => Value::tuple(vec![Value::Str(st.clone()), Value::str(""), Value::str("")]),
    })
}

fn partition(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    partition_impl(interp, args, "partition", false)
}
fn rpartition(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    partition_impl(interp, args, "rpartition", true)
}

fn splitlines(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "splitlines", kwargs, &["keepends"])?;
    getargs_arity(interp, "splitlines", args, 0, 1)?;
    let st = this(interp, args, "splitlines")?;
    let keep = match args.get(1).or_else(|| kwarg(kwargs, "keepends")) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let mut out = Vec::new();
    let text: &str = &st.s;
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            out.push(Value::str(if keep { &text[start..end] } else { &text[start..i] }));
            start = end;
        }
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(interp.new_list(out))
}

fn pred(interp: &Interp, args: &[Value], kw: Kwargs, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let qual = format!("str.{}", name);
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 0, 0)?;
    Ok(Value::Bool(f(&this(interp, args, name)?.s)))
}

fn isdecimal(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isdecimal", |x| !x.is_empty() && x.chars().all(|c| format::decimal_value(c).is_some()))
}

/// Unicode Numeric_Type=Digit: the digits that are not decimal digits
/// (superscripts, subscripts, circled and parenthesized digits, ...).
fn is_digit_char(c: char) -> bool {
    format::decimal_value(c).is_some()
        || matches!(c as u32,
            0xb2 | 0xb3 | 0xb9 | 0x1369..=0x1371 | 0x19da | 0x2070 | 0x2074..=0x2079 | 0x2080..=0x2089
            | 0x2460..=0x2468 | 0x2474..=0x247c | 0x2488..=0x2490 | 0x24ea | 0x24f5..=0x24fd | 0x24ff
            | 0x2776..=0x277e | 0x2780..=0x2788 | 0x278a..=0x2792 | 0x10a40..=0x10a43 | 0x10e60..=0x10e68
            | 0x11052..=0x1105a | 0x1f100..=0x1f10a)
}

fn isdigit(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isdigit", |x| !x.is_empty() && x.chars().all(is_digit_char))
}
fn isnumeric(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isnumeric", |x| !x.is_empty() && x.chars().all(|c| c.is_numeric()))
}
fn isalpha(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isalpha", |x| !x.is_empty() && x.chars().all(char::is_alphabetic))
}
fn isalnum(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isalnum", |x| !x.is_empty() && x.chars().all(|c| c.is_alphanumeric()))
}
fn isspace(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isspace", |x| !x.is_empty() && x.chars().all(format::is_space))
}
fn isupper(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isupper", |x| x.chars().any(char::is_uppercase) && !x.chars().any(char::is_lowercase))
}
fn islower(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "islower", |x| x.chars().any(char::is_lowercase) && !x.chars().any(char::is_uppercase))
}
fn istitle(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "istitle", |x| {
        let mut prev_cased = false;
        let mut any = false;
        for c in x.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}
fn isidentifier(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isidentifier", |x| {
        let mut cs = x.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}
fn isascii(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isascii", |x| x.is_ascii())
}
fn isprintable(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    pred(interp, args, kw, "isprintable", |x| x.chars().all(format::is_printable))
}

fn removeprefix(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "str.removeprefix", args, 1, 1)?;
    let st = this(interp, args, "removeprefix")?;
    let p = clinic_str_arg(interp, &args[1], "removeprefix() argument must be str")?;
    Ok(Value::str(st.s.strip_prefix(p).unwrap_or(&st.s)))
}
fn removesuffix(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "str.removesuffix", args, 1, 1)?;
    let st = this(interp, args, "removesuffix")?;
    let p = clinic_str_arg(interp, &args[1], "removesuffix() argument must be str")?;
    Ok(Value::str(if p.is_empty() { &st.s } else { st.s.strip_suffix(p).unwrap_or(&st.s) }))
}

fn expandtabs(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "expandtabs", kwargs, &["tabsize"])?;
    getargs_arity(interp, "expandtabs", args, 0, 1)?;
    let st = this(interp, args, "expandtabs")?;
    let size = match args.get(1).or_else(|| kwarg(kwargs, "tabsize")) {
        Some(v) => interp.index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in st.s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

/// The codecs dictpy knows, by CPython's normalized name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn lookup_codec(interp: &Interp, enc: Option<&Value>) -> PyResult<Codec> {
    let name = match enc {
        None => return Ok(Codec::Utf8),
        Some(Value::Str(e)) => e.s.to_string(),
        Some(Value::None) => return Err(interp.type_error("encode() argument 'encoding' must be str, not None")),
        Some(v) => {
            return Err(interp.type_error(format!(
                "encode() argument 'encoding' must be str, not {}",
                interp.type_name(v)
            )))
        }
    };
    let norm = name.to_lowercase().replace(['_', ' '], "-");
    Ok(match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Codec::Utf8,
        "ascii" | "us-ascii" | "646" => Codec::Ascii,
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "8859" | "l1" | "cp819" => Codec::Latin1,
        _ => return Err(interp.new_error(ExcKind::LookupError, format!("unknown encoding: {}", name))),
    })
}

fn errors_arg(interp: &Interp, v: Option<&Value>) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(Value::Str(e)) => Ok(e.s.to_string()),
        Some(v) => Err(interp.type_error(format!("argument 'errors' must be str, not {}", interp.type_name(v)))),
    }
}

/// `str.encode(encoding, errors)`.
pub fn encode_str(interp: &Interp, st: &Rc<PyStr>, enc: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let codec = lookup_codec(interp, enc)?;
    let errors = errors_arg(interp, errors)?;
    let bytes = match codec {
        Codec::Utf8 => st.s.as_bytes().to_vec(),
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 128 } else { 256 };
            let chars: Vec<char> = st.s.chars().collect();
            let mut v = Vec::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if (c as u32) < limit {
                    v.push(c as u32 as u8);
                    i += 1;
                    continue;
                }
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                match errors.as_str() {
                    "strict" => {
                        let exc = interp.error_with_args(
                            ExcKind::UnicodeEncodeError,
                            vec![
                                Value::str(codec.name()),
                                Value::Str(st.clone()),
                                Value::Int(i as i64),
                                Value::Int(end as i64),
                                Value::string(format!("ordinal not in range({})", limit)),
                            ],
                        );
                        return Err(exc);
                    }
                    "ignore" => {}
                    "replace" => v.extend(std::iter::repeat(b'?').take(end - i)),
                    "backslashreplace" => {
                        for &c in &chars[i..end] {
                            v.extend(char_escape(c).bytes());
                        }
                    }
                    "xmlcharrefreplace" => {
                        for &c in &chars[i..end] {
                            v.extend(format!("&#{};", c as u32).bytes());
                        }
                    }
                    other => {
                        return Err(interp.new_error(
                            ExcKind::LookupError,
                            format!("unknown error handler name '{}'", other),
                        ))
                    }
                }
                i = end;
            }
            v
        }
    };
    Ok(Value::Bytes(Rc::new(PyBytes { b: bytes.into_boxed_slice() })))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as the Unicode error messages show a character.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// The message of a UnicodeEncodeError/UnicodeDecodeError made from its
/// five args (encoding, object, start, end, reason), as CPython formats it.
pub fn unicode_error_message(interp: &Interp, encode: bool, args: &[Value]) -> PyResult<Option<String>> {
    let (Value::Str(enc), Value::Int(start), Value::Int(end), Value::Str(reason)) = (&args[0], &args[2], &args[3], &args[4])
    else {
        return Ok(None);
    };
    let (start, end) = (*start, *end);
    if encode {
        let Value::Str(obj) = &args[1] else { return Ok(None) };
        if end == start + 1 {
            if let Some(c) = obj.s.chars().nth(start as usize) {
                return Ok(Some(format!(
                    "'{}' codec can't encode character '{}' in position {}: {}",
                    enc.s,
                    char_escape(c),
                    start,
                    reason.s
                )));
            }
        }
        return Ok(Some(format!(
            "'{}' codec can't encode characters in position {}-{}: {}",
            enc.s,
            start,
            end - 1,
            reason.s
        )));
    }
    let Value::Bytes(obj) = &args[1] else { return Ok(None) };
    let _ = interp;
    if end == start + 1 {
        if let Some(b) = obj.b.get(start as usize) {
            return Ok(Some(format!(
                "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                enc.s, b, start, reason.s
            )));
        }
    }
    Ok(Some(format!("'{}' codec can't decode bytes in position {}-{}: {}", enc.s, start, end - 1, reason.s)))
}

fn encode(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "encode", kwargs, &["encoding", "errors"])?;
    getargs_arity(interp, "encode", args, 0, 2)?;
    let st = this(interp, args, "encode")?;
    encode_str(interp, st, args.get(1).or_else(|| kwarg(kwargs, "encoding")), args.get(2).or_else(|| kwarg(kwargs, "errors")))
}

/// `bytes.decode(encoding, errors)` and `str(b, encoding, errors)`.
pub fn decode_bytes(interp: &Interp, b: &Rc<PyBytes>, enc: Option<&Value>, errors: Option<&Value>) -> PyResult<Value> {
    let codec = lookup_codec(interp, enc)?;
    let errors = errors_arg(interp, errors)?;
    let raw: &[u8] = &b.b;
    let fail = |start: usize, end: usize, reason: &str| -> PyErr {
        interp.error_with_args(
            ExcKind::UnicodeDecodeError,
            vec![
                Value::str(codec.name()),
                Value::Bytes(b.clone()),
                Value::Int(start as i64),
                Value::Int(end as i64),
                Value::str(reason),
            ],
        )
    };
    let mut out = String::with_capacity(raw.len());
    match codec {
        Codec::Latin1 => out.extend(raw.iter().map(|&x| x as char)),
        Codec::Ascii => {
            for (i, &x) in raw.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                    continue;
                }
                match errors.as_str() {
                    "strict" => return Err(fail(i, i + 1, "ordinal not in range(128)")),
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{:02x}", x)),
                    other => {
                        return Err(interp.new_error(ExcKind::LookupError, format!("unknown error handler name '{}'", other)))
                    }
                }
            }
        }
        Codec::Utf8 => {
            let mut rest = raw;
            let mut pos = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(t) => {
                        out.push_str(t);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let bad = match e.error_len() {
                            Some(n) => n,
                            None => rest.len() - good,
                        };
                        let start = pos + good;
                        if errors == "strict" {
                            let lead = rest[good];
                            let reason = if e.error_len().is_none() {
                                "unexpected end of data"
                            } else if (0xc2..=0xf4).contains(&lead) {
                                "invalid continuation byte"
                            } else {
                                "invalid start byte"
                            };
                            return Err(fail(start, start + bad, reason));
                        }
                        match errors.as_str() {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for x in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{:02x}", x));
                                }
                            }
                            other => {
                                return Err(interp.new_error(
                                    ExcKind::LookupError,
                                    format!("unknown error handler name '{}'", other),
                                ))
                            }
                        }
                        rest = &rest[good + bad..];
                        pos = start + bad;
                    }
                }
            }
        }
    }
    Ok(Value::string(out))
}

fn bytes_decode(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "decode", kwargs, &["encoding", "errors"])?;
    getargs_arity(interp, "decode", args, 0, 2)?;
    match args.first() {
        Some(Value::Bytes(b)) => decode_bytes(
            interp,
            b,
            args.get(1).or_else(|| kwarg(kwargs, "encoding")),
            args.get(2).or_else(|| kwarg(kwargs, "errors")),
        ),
        _ => Err(interp.type_error("descriptor 'decode' requires a 'bytes' object")),
    }
}

fn bytes_hex(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "hex", kwargs, &["sep", "bytes_per_sep"])?;
    getargs_arity(interp, "hex", args, 0, 2)?;
    let sep: Option<char> = match args.get(1).or_else(|| kwarg(kwargs, "sep")) {
        None => None,
        Some(Value::Str(t)) if t.chars == 1 && t.is_ascii() => t.s.chars().next(),
        Some(Value::Bytes(t)) if t.b.len() == 1 && t.b[0].is_ascii() => Some(t.b[0] as char),
        Some(Value::Str(_) | Value::Bytes(_)) => return Err(interp.value_error("sep must be length 1.")),
        Some(v) => {
            return Err(interp.type_error(format!("sep must be str or bytes, not {}", interp.type_name(v))))
        }
    };
    let per = match args.get(2).or_else(|| kwarg(kwargs, "bytes_per_sep")) {
        Some(v) => interp.index_value(v)?,
        None => 1,
    };
    match args.first() {
        Some(Value::Bytes(b)) => {
            let hex: Vec<String> = b.b.iter().map(|x| format!("{:02x}", x)).collect();
            let (Some(sep), true) = (sep, per != 0) else { return s(hex.concat()) };
            // Groups of |per| bytes, counted from the right (from the left when negative).
            let n = per.unsigned_abs() as usize;
            let len = hex.len();
            let mut out = String::new();
            for (i, h) in hex.iter().enumerate() {
                let boundary = if per > 0 { (len - i) % n == 0 } else { i % n == 0 };
                if i > 0 && boundary {
                    out.push(sep);
                }
                out.push_str(h);
            }
            s(out)
        }
        _ => Err(interp.type_error("descriptor 'hex' requires a 'bytes' object")),
    }
}

pub fn bytes_new(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "bytes", kwargs)?;
    let b: Vec<u8> = match args.first() {
        None => vec![],
        Some(Value::Str(st)) => {
            if args.len() < 2 {
                return Err(interp.type_error("string argument without an encoding"));
            }
            st.s.as_bytes().to_vec()
        }
        Some(Value::Int(n)) => {
            if *n < 0 {
                return Err(interp.value_error("negative count"));
            }
            vec![0; *n as usize]
        }
        Some(v) => {
            let mut out = Vec::new();
            for x in interp.collect(v)? {
                match as_i64(&x) {
                    Some(i) if (0..256).contains(&i) => out.push(i as u8),
                    Some(_) => return Err(interp.value_error("bytes must be in range(0, 256)")),
                    None => {
                        return Err(interp.type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            interp.type_name(&x)
                        )))
                    }
                }
            }
            out
        }
    };
    Ok(Value::Bytes(Rc::new(PyBytes { b: b.into_boxed_slice() })))
}

fn str_maketrans_unsupported(interp: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Err(interp.new_error(ExcKind::NotImplementedError, "str.maketrans is not supported by dictpy"))
}

fn str_len(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "__len__")?.chars as i64))
}
fn str_contains(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}
fn str_getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__getitem__", args, 2, 2)?;
    interp.getitem(&args[0], &args[1])
}
fn str_add(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__add__", args, 2, 2)?;
    if !matches!(args[1], Value::Str(_)) {
        return Ok(Value::NotImplemented);
    }
    interp.binary(crate::syntax::ast::BinOp::Add, &args[0], &args[1])
}
fn str_mul(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__mul__", args, 2, 2)?;
    interp.binary(crate::syntax::ast::BinOp::Mult, &args[0], &args[1])
}
fn str_mod(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__mod__", args, 2, 2)?;
    let st = this(interp, args, "__mod__")?;
    percent_format(interp, &st.s, &args[1])
}
fn str_eq(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__eq__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Str(a), Value::Str(b)) => Ok(Value::Bool(a.s == b.s)),
        _ => Ok(Value::NotImplemented),
    }
}
fn str_hash(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "__hash__")?.hash()))
}
fn str_lt(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__lt__", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Str(a), Value::Str(b)) => Ok(Value::Bool(*a.s < *b.s)),
        _ => Ok(Value::NotImplemented),
    }
}
fn str_iter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__iter__", args, 1, 1)?;
    interp.iter(&args[0])
}

// ---- str.format ----------------------------------------------------------

fn format_method(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let st = this(interp, args, "format")?;
    let kw = interp.new_dict_rc();
    for (k, v) in kwargs {
        crate::eval::dictops::set(interp, &kw, Value::Str(k.clone()), v.clone())?;
    }
    s(str_format(interp, &st.s, &args[1..], &Value::Dict(kw))?)
}

fn format_map(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "str.format_map", args, 1, 1)?;
    let st = this(interp, args, "format_map")?;
    let mut state = FormatState { pos: None, mapping: &args[1], auto: 0, manual: false };
    s(format_fields(interp, &st.s, &mut state, 2)?)
}

/// `fmt.format(*pos, **mapping)`.
pub fn str_format(interp: &Interp, fmt: &str, pos: &[Value], mapping: &Value) -> PyResult<String> {
    let mut state = FormatState { pos: Some(pos), mapping, auto: 0, manual: false };
    format_fields(interp, fmt, &mut state, 2)
}

/// The arguments of one `str.format` call and its field numbering.
struct FormatState<'a> {
    /// The positional arguments; None for `format_map`.
    pos: Option<&'a [Value]>,
    mapping: &'a Value,
    auto: usize,
    manual: bool,
}

/// Expands the replacement fields of `fmt` (CPython's MarkupIterator).
fn format_fields(interp: &Interp, fmt: &str, st: &mut FormatState, depth: u32) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(interp.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        match chars.get(i + 1) {
            None => return Err(interp.value_error("Single '{' encountered in format string")),
            Some('{') => {
                out.push('{');
                i += 2;
                continue;
            }
            _ => {}
        }
        let (field, next) = parse_field(interp, &chars, i + 1)?;
        out.push_str(&format_one(interp, field, st, depth)?);
        i = next;
    }
    Ok(out)
}

/// A replacement field split into its parts.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
}

/// Parses the replacement field starting at `chars[start]` (just after its
/// '{'), as CPython's parse_field does; returns it and the index after its '}'.
fn parse_field(interp: &Interp, chars: &[char], start: usize) -> PyResult<(Field, usize)> {
    let mut k = start;
    let mut c = '\0';
    // The field name ends at '}', ':' or '!'; a '[' skips to its ']'.
    while k < chars.len() {
        c = chars[k];
        k += 1;
        match c {
            '{' => return Err(interp.value_error("unexpected '{' in field name")),
            '[' => {
                while k < chars.len() && chars[k] != ']' {
                    k += 1;
                }
                c = '\0';
            }
            '}' | ':' | '!' => break,
            _ => c = '\0',
        }
    }
    let name_end = if matches!(c, '}' | ':' | '!') { k - 1 } else { k };
    let name: String = chars[start..name_end].iter().collect();
    let mut field = Field { name, conversion: None, spec: String::new() };
    if c == '}' {
        return Ok((field, k));
    }
    if c != '!' && c != ':' {
        return Err(interp.value_error("expected '}' before end of string"));
    }
    if c == '!' {
        let Some(&cv) = chars.get(k) else {
            return Err(interp.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(cv);
        k += 1;
        if k < chars.len() {
            let c2 = chars[k];
            k += 1;
            if c2 == '}' {
                return Ok((field, k));
            }
            if c2 != ':' {
                return Err(interp.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    // The format spec runs to the matching '}' (it may hold nested fields).
    let spec_start = k;
    let mut level = 1;
    while k < chars.len() {
        let c3 = chars[k];
        k += 1;
        match c3 {
            '{' => level += 1,
            '}' => {
                level -= 1;
                if level == 0 {
                    field.spec = chars[spec_start..k - 1].iter().collect();
                    return Ok((field, k));
                }
            }
            _ => {}
        }
    }
    Err(interp.value_error("unmatched '{' in format spec"))
}

/// CPython's get_integer: a run of ASCII digits is an index, anything else a key.
fn field_index(interp: &Interp, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| interp.value_error("Too many decimal digits in format string"))
}

fn format_one(interp: &Interp, field: Field, st: &mut FormatState, depth: u32) -> PyResult<String> {
    let Field { name, conversion: conv, spec } = field;
    // The first part of the name: an index or a keyword.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let positional = |st: &FormatState, i: usize| -> PyResult<Value> {
        match st.pos {
            None => Err(interp.value_error("Format string contains positional fields")),
            Some(pos) => pos.get(i).cloned().ok_or_else(|| {
                interp.index_error(format!("Replacement index {} out of range for positional args tuple", i))
            }),
        }
    };
    let mut v = if first.is_empty() {
        if st.manual {
            return Err(interp.value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        let i = st.auto;
        st.auto += 1;
        positional(st, i)?
    } else if let Some(i) = field_index(interp, first)? {
        if st.auto > 0 {
            return Err(interp.value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        st.manual = true;
        positional(st, i)?
    } else {
        interp.getitem(st.mapping, &Value::str(first))?
    };
    // Then .attr and [key] parts.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(interp.value_error("Empty attribute in format string"));
            }
            v = interp.getattr(&v, &interp.intern(&r[..end]))?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| interp.value_error("Missing ']' in format string"))?;
            let k = &r[..end];
            if k.is_empty() {
                return Err(interp.value_error("Empty attribute in format string"));
            }
            let key = match field_index(interp, k)? {
                Some(i) => Value::Int(i as i64),
                None => Value::str(k),
            };
            v = interp.getitem(&v, &key)?;
            rest = &r[end + 1..];
        } else {
            return Err(interp.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let v = match conv {
        None => v,
        Some('r') => Value::string(interp.repr(&v)?),
        Some('s') => Value::string(interp.str_of(&v)?),
        Some('a') => Value::string(format::ascii_escape(&interp.repr(&v)?)),
        Some(c) => return Err(interp.value_error(format!("Unknown conversion specifier {}", c))),
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(interp.value_error("Max string recursion exceeded"));
        }
        format_fields(interp, &spec, st, depth - 1)?
    } else {
        spec
    };
    interp.format_value(&v, &spec)
}

// ---- % formatting ---------------------------------------------------------

struct PercentOperand<'a> {
    interp: &'a Interp,
    operand: &'a Value,
    keyed: Value,
    /// `bytes % args`: the format and result are bytes, carried as latin-1 text.
    bytes: bool,
}

/// An error of `%` formatting: the formatter's own, or one raised by Python code.
enum PercentErr {
    Py(PyErr),
    Fmt(format::FormatError),
}

impl From<format::FormatError> for PercentErr {
    fn from(e: format::FormatError) -> PercentErr {
        PercentErr::Fmt(e)
    }
}

impl From<PyErr> for PercentErr {
    fn from(e: PyErr) -> PercentErr {
        PercentErr::Py(e)
    }
}

impl<'a> PercentOperand<'a> {
    fn get(&self, arg: ArgRef) -> Value {
        match arg {
            ArgRef::Item(i) => match self.operand {
                Value::Tuple(t) => t.items[i].clone(),
                _ => Value::None,
            },
            ArgRef::Whole => self.operand.clone(),
            ArgRef::Keyed => self.keyed.clone(),
        }
    }
}

impl<'a> PercentArgs for PercentOperand<'a> {
    type Error = PercentErr;
    fn tuple_len(&self) -> Option<usize> {
        match self.operand {
            Value::Tuple(t) => Some(t.items.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        match self.operand {
            Value::Tuple(_) | Value::Str(_) => false,
            Value::Dict(_) | Value::List(_) | Value::Bytes(_) => true,
            Value::Instance(inst) => {
                self.interp.class_lookup(&inst.class, &self.interp.names.getitem).is_some()
                    || !matches!(inst.payload, Payload::None | Payload::Exception(_))
            }
            _ => false,
        }
    }
    fn select_key(&mut self, key: &str) -> Result<(), PercentErr> {
        self.keyed = self.interp.getitem(self.operand, &Value::str(key))?;
        Ok(())
    }
    fn convert(&mut self, arg: ArgRef, conv: Conversion) -> Result<PercentValue, PercentErr> {
        let interp = self.interp;
        let v = self.get(arg);
        let int_of = |v: &Value| -> Option<PercentValue> {
            match v {
                Value::Int(i) => Some(PercentValue::SmallInt(*i)),
                Value::Bool(b) => Some(PercentValue::SmallInt(*b as i64)),
                Value::BigInt(b) => Some(PercentValue::Int((**b).clone())),
                _ => None,
            }
        };
        if self.bytes {
            match conv {
                Conversion::Str => {
                    return match &v {
                        Value::Bytes(b) => Ok(PercentValue::Str(b.b.iter().map(|&x| x as char).collect())),
                        _ => Err(PercentErr::Py(interp.type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            interp.type_name(&v)
                        )))),
                    }
                }
                Conversion::Repr | Conversion::Ascii => {
                    return Ok(PercentValue::Str(format::ascii_escape(&interp.repr(&v)?)))
                }
                Conversion::Char => {
                    return match &v {
                        Value::Bytes(b) if b.b.len() == 1 => Ok(PercentValue::Str((b.b[0] as char).to_string())),
                        Value::Int(i) if (0..256).contains(i) => Ok(PercentValue::Str((*i as u8 as char).to_string())),
                        Value::Int(_) => Err(PercentErr::Py(interp.overflow_error("%c arg not in range(256)"))),
                        _ => Err(PercentErr::Py(
                            interp.type_error("%c requires an integer in range(256) or a single byte"),
                        )),
                    }
                }
                _ => {}
            }
        }
        Ok(match conv {
            Conversion::Str => PercentValue::Str(interp.str_of(&v)?),
            Conversion::Repr => PercentValue::Str(interp.repr(&v)?),
            Conversion::Ascii => PercentValue::Str(format::ascii_escape(&interp.repr(&v)?)),
            Conversion::Int => match (&v, int_of(&v)) {
                (_, Some(p)) => p,
                (Value::Float(f), _) => PercentValue::Float(*f),
                (Value::Instance(_), _) => match super::functions::int_new(interp, &[v.clone()], &[]) {
                    Ok(r) => int_of(&r).unwrap_or(PercentValue::Other(interp.type_name(&v))),
                    Err(e) if interp.err_is(&e, ExcKind::TypeError) => PercentValue::Other(interp.type_name(&v)),
                    Err(e) => return Err(e.into()),
                },
                _ => PercentValue::Other(interp.type_name(&v)),
            },
            Conversion::Index => match int_of(&v) {
                Some(p) => p,
                None => match &v {
                    Value::Instance(inst) if interp.class_lookup(&inst.class, &interp.names.index).is_some() => {
                        PercentValue::Int(BigInt::from(interp.index_value(&v)?))
                    }
                    _ => PercentValue::Other(interp.type_name(&v)),
                },
            },
            Conversion::Float => match &v {
                Value::Float(f) => PercentValue::Float(*f),
                _ => match int_of(&v) {
                    Some(p) => p,
                    None => match super::functions::to_float(interp, &v) {
                        Ok(Value::Float(f)) if matches!(v, Value::Instance(_)) => PercentValue::Float(f),
                        _ => PercentValue::Other(interp.type_name(&v)),
                    },
                },
            },
            Conversion::Char => match &v {
                Value::Str(st) => PercentValue::Str(st.s.to_string()),
                _ => int_of(&v).unwrap_or(PercentValue::Other(interp.type_name(&v))),
            },
            Conversion::Star => match &v {
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => int_of(&v).unwrap(),
                _ => PercentValue::Other(interp.type_name(&v)),
            },
        })
    }
}

/// `fmt % operand`.
pub fn percent_format(interp: &Interp, fmt: &str, operand: &Value) -> PyResult<Value> {
    let mut args = PercentOperand { interp, operand, keyed: Value::None, bytes: false };
    match format::percent_format(fmt, &mut args) {
        Ok(s) => Ok(Value::string(s)),
        Err(PercentErr::Py(e)) => Err(e),
        Err(PercentErr::Fmt(e)) => Err(interp.format_err(e)),
    }
}

/// `bytes % operand`: formats through the str formatter on latin-1 text.
pub fn bytes_percent_format(interp: &Interp, fmt: &[u8], operand: &Value) -> PyResult<Value> {
    let text: String = fmt.iter().map(|&x| x as char).collect();
    let mut args = PercentOperand { interp, operand, keyed: Value::None, bytes: true };
    match format::percent_format(&text, &mut args) {
        Ok(s) => {
            let b: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
            Ok(Value::Bytes(Rc::new(PyBytes { b: b.into_boxed_slice() })))
        }
        Err(PercentErr::Py(e)) => Err(e),
        Err(PercentErr::Fmt(e)) => Err(interp.format_err(e)),
    }
}

// ---- bytes methods ----

fn install_bytes(interp: &Interp) {
    let b = interp.types.bytes.clone();
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("isalpha", b_isalpha),
        ("isdigit", b_isdigit),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("isascii", b_isascii),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("replace", b_replace),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("join", b_join),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
    ];
    for (name, f) in methods {
        interp.add_method(&b, name, *f);
    }
    let fh = Value::Builtin(Rc::new(Builtin { name: "fromhex", func: b_fromhex, owner: Some("bytes") }));
    crate::eval::dictops::set_str(&b.dict, interp.intern("fromhex"), Value::Wrapper(Rc::new(Wrapper::ClassMethod(fh))));
}

fn new_bytes(b: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes { b: b.into_boxed_slice() }))
}

fn bthis<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<PyBytes>> {
    match args.first() {
        Some(Value::Bytes(b)) => Ok(b),
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
            name,
            interp.type_name(v)
        ))),
        None => Err(interp.type_error(format!("unbound method bytes.{}() needs an argument", name))),
    }
}

/// A bytes-like argument.
fn bytes_like<'a>(interp: &Interp, v: &'a Value) -> PyResult<&'a [u8]> {
    match v {
        Value::Bytes(b) => Ok(&b.b),
        other => Err(interp.type_error(format!("a bytes-like object is required, not '{}'", interp.type_name(other)))),
    }
}

fn b_map(interp: &Interp, args: &[Value], kw: Kwargs, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let qual = format!("bytes.{}", name);
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 0, 0)?;
    Ok(new_bytes(f(&bthis(interp, args, name)?.b)))
}

fn b_upper(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_map(interp, args, kw, "upper", |b| b.to_ascii_uppercase())
}
fn b_lower(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_map(interp, args, kw, "lower", |b| b.to_ascii_lowercase())
}
fn b_swapcase(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_map(interp, args, kw, "swapcase", |b| {
        b.iter()
            .map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() })
            .collect()
    })
}
fn b_capitalize(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_map(interp, args, kw, "capitalize", |b| {
        b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}

fn b_pred(interp: &Interp, args: &[Value], kw: Kwargs, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let qual = format!("bytes.{}", name);
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 0, 0)?;
    Ok(Value::Bool(f(&bthis(interp, args, name)?.b)))
}

fn b_isalpha(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isalpha", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphabetic))
}
fn b_isdigit(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isdigit", |b| !b.is_empty() && b.iter().all(u8::is_ascii_digit))
}
fn b_isalnum(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isalnum", |b| !b.is_empty() && b.iter().all(u8::is_ascii_alphanumeric))
}
fn b_isspace(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isspace", |b| !b.is_empty() && b.iter().all(|c| b" \t\n\r\x0b\x0c".contains(c)))
}
fn b_isupper(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}
fn b_islower(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}
fn b_isascii(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    b_pred(interp, args, kw, "isascii", |b| b.is_ascii())
}

fn b_find_sub(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    let mut positions = 0..=hay.len() - needle.len();
    if rev {
        positions.rev().find(|&i| &hay[i..i + needle.len()] == needle)
    } else {
        positions.find(|&i| &hay[i..i + needle.len()] == needle)
    }
}

/// The needle of find/count/index: bytes, or an int in range(256).
fn b_needle(interp: &Interp, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) => Ok(b.b.to_vec()),
        Value::Int(i) if (0..256).contains(i) => Ok(vec![*i as u8]),
        Value::Int(_) => Err(interp.value_error("byte must be in range(0, 256)")),
        other => Err(interp.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            interp.type_name(other)
        ))),
    }
}

/// Optional start/end arguments, clamped like slice indices.
fn b_range(interp: &Interp, len: usize, args: &[Value]) -> PyResult<(usize, usize)> {
    let (start, end) = super::sequences::find_bounds(interp, len as i64, args)?;
    if start > end {
        return Ok((1, 0));
    }
    Ok((start as usize, end as usize))
}

fn b_find_impl(interp: &Interp, args: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    getargs_arity(interp, name, args, 1, 3)?;
    let b = bthis(interp, args, name)?;
    let needle = b_needle(interp, &args[1])?;
    let (a, e) = b_range(interp, b.b.len(), &args[2..])?;
    if a > e {
        return Ok(-1);
    }
    Ok(b_find_sub(&b.b[a..e], &needle, rev).map(|i| (i + a) as i64).unwrap_or(-1))
}

fn b_find(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(b_find_impl(interp, args, "find", false)?))
}
fn b_rfind(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(b_find_impl(interp, args, "rfind", true)?))
}
fn b_index(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match b_find_impl(interp, args, "index", false)? {
        -1 => Err(interp.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}
fn b_rindex(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    match b_find_impl(interp, args, "rindex", true)? {
        -1 => Err(interp.value_error("subsection not found")),
        i => Ok(Value::Int(i)),
    }
}

fn b_count(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    getargs_arity(interp, "count", args, 1, 3)?;
    let b = bthis(interp, args, "count")?;
    let needle = b_needle(interp, &args[1])?;
    let (a, e) = b_range(interp, b.b.len(), &args[2..])?;
    if a > e {
        return Ok(Value::Int(0));
    }
    let hay = &b.b[a..e];
    if needle.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(j) = b_find_sub(&hay[i..], &needle, false) {
        n += 1;
        i += j + needle.len();
    }
    Ok(Value::Int(n))
}

fn b_affix(interp: &Interp, args: &[Value], name: &str, ends: bool) -> PyResult<Value> {
    getargs_arity(interp, name, args, 1, 3)?;
    let b = bthis(interp, args, name)?;
    let (a, e) = b_range(interp, b.b.len(), &args[2..])?;
    if a > e {
        return Ok(Value::Bool(false));
    }
    let hay = &b.b[a..e];
    let test = |p: &[u8]| if ends { hay.ends_with(p) } else { hay.starts_with(p) };
    match &args[1] {
        Value::Bytes(p) => Ok(Value::Bool(test(&p.b))),
        Value::Tuple(t) => {
            for p in t.items.iter() {
                if test(bytes_like(interp, p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(interp.type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            interp.type_name(other)
        ))),
    }
}
fn b_startswith(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_affix(interp, args, "startswith", false)
}
fn b_endswith(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_affix(interp, args, "endswith", true)
}

fn b_replace(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "replace", args, 2, 3)?;
    let b = bthis(interp, args, "replace")?;
    let old = bytes_like(interp, &args[1])?;
    let new = bytes_like(interp, &args[2])?;
    let mut count = match args.get(3) {
        Some(c) => interp.index_value(c)?,
        None => -1,
    };
    let mut out = Vec::new();
    let hay: &[u8] = &b.b;
    if old.is_empty() {
        // Insert `new` before every byte and at the end, up to `count` times.
        for (i, &c) in hay.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(new);
                count -= 1;
            } else {
                out.extend_from_slice(&hay[i..]);
                return Ok(new_bytes(out));
            }
            out.push(c);
        }
        if count != 0 {
            out.extend_from_slice(new);
        }
        return Ok(new_bytes(out));
    }
    let mut i = 0;
    while count != 0 {
        match b_find_sub(&hay[i..], old, false) {
            Some(j) => {
                out.extend_from_slice(&hay[i..i + j]);
                out.extend_from_slice(new);
                i += j + old.len();
                count -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[i..]);
    Ok(new_bytes(out))
}

fn b_split_impl(interp: &Interp, args: &[Value], kwargs: Kwargs, name: &str, rev: bool) -> PyResult<Value> {
    only_kwargs(interp, name, kwargs, &["sep", "maxsplit"])?;
    getargs_arity(interp, name, args, 0, 2)?;
    let b = bthis(interp, args, name)?;
    let sep = args.get(1).or_else(|| kwarg(kwargs, "sep")).cloned().unwrap_or(Value::None);
    let max = match args.get(2).or_else(|| kwarg(kwargs, "maxsplit")) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let hay: &[u8] = &b.b;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match &sep {
        Value::None => {
            let ws = |c: &u8| b" \t\n\r\x0b\x0c".contains(c);
            let mut words: Vec<(usize, usize)> = Vec::new();
            let mut i = 0;
            while i < hay.len() {
                while i < hay.len() && ws(&hay[i]) {
                    i += 1;
                }
                let s0 = i;
                while i < hay.len() && !ws(&hay[i]) {
                    i += 1;
                }
                if i > s0 {
                    words.push((s0, i));
                }
            }
            if max < 0 || words.len() as i64 <= max + 1 {
                parts = words.iter().map(|&(a, e)| hay[a..e].to_vec()).collect();
            } else if !rev {
                let m = max as usize;
                parts = words[..m].iter().map(|&(a, e)| hay[a..e].to_vec()).collect();
                let rest = &hay[words[m].0..];
                let end = rest.iter().rposition(|c| !ws(c)).map(|p| p + 1).unwrap_or(0);
                parts.push(rest[..end].to_vec());
            } else {
                let m = max as usize;
                let k = words.len() - m;
                let head = &hay[..words[k - 1].1];
                let start = head.iter().position(|c| !ws(c)).unwrap_or(0);
                parts.push(head[start..].to_vec());
                parts.extend(words[k..].iter().map(|&(a, e)| hay[a..e].to_vec()));
            }
        }
        v => {
            let sep = bytes_like(interp, v)?;
            if sep.is_empty() {
                return Err(interp.value_error("empty separator"));
            }
            let mut pieces = Vec::new();
            let mut i = 0;
            while let Some(j) = b_find_sub(&hay[i..], sep, false) {
                pieces.push((i, i + j));
                i += j + sep.len();
            }
            pieces.push((i, hay.len()));
            if max >= 0 && pieces.len() as i64 > max + 1 {
                let m = max as usize;
                if !rev {
                    let mut p: Vec<(usize, usize)> = pieces[..m].to_vec();
                    p.push((pieces[m].0, hay.len()));
                    pieces = p;
                } else {
                    let k = pieces.len() - m;
                    let mut p = vec![(0, pieces[k - 1].1)];
                    p.extend_from_slice(&pieces[k..]);
                    pieces = p;
                }
            }
            parts = pieces.iter().map(|&(a, e)| hay[a..e].to_vec()).collect();
        }
    }
    Ok(interp.new_list(parts.into_iter().map(new_bytes).collect()))
}
fn b_split(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    b_split_impl(interp, args, kwargs, "split", false)
}
fn b_rsplit(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    b_split_impl(interp, args, kwargs, "rsplit", true)
}

fn b_strip_impl(interp: &Interp, args: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    method_arity(interp, name, args, 0, 1)?;
    let b = bthis(interp, args, name)?;
    let chars: Vec<u8> = match args.get(1) {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => bytes_like(interp, v)?.to_vec(),
    };
    let mut s0 = 0;
    let mut e = b.b.len();
    if left {
        while s0 < e && chars.contains(&b.b[s0]) {
            s0 += 1;
        }
    }
    if right {
        while e > s0 && chars.contains(&b.b[e - 1]) {
            e -= 1;
        }
    }
    Ok(new_bytes(b.b[s0..e].to_vec()))
}
fn b_strip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_strip_impl(interp, args, "strip", true, true)
}
fn b_lstrip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_strip_impl(interp, args, "lstrip", true, false)
}
fn b_rstrip(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_strip_impl(interp, args, "rstrip", false, true)
}

fn b_join(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytes.join", args, 1, 1)?;
    let sep = bthis(interp, args, "join")?;
    let mut out = Vec::new();
    for (i, it) in interp.collect(&args[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep.b);
        }
        match it {
            Value::Bytes(x) => out.extend_from_slice(&x.b),
            other => {
                return Err(interp.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    interp.type_name(other)
                )))
            }
        }
    }
    Ok(new_bytes(out))
}

fn b_partition_impl(interp: &Interp, args: &[Value], name: &str, rev: bool) -> PyResult<Value> {
    method_arity(interp, &format!("bytes.{}", name), args, 1, 1)?;
    let b = bthis(interp, args, name)?;
    let sep = bytes_like(interp, &args[1])?;
    if sep.is_empty() {
        return Err(interp.value_error("empty separator"));
    }
    let empty = || new_bytes(vec![]);
    Ok(match b_find_sub(&b.b, sep, rev) {
        Some(i) => Value::tuple(vec![
            new_bytes(b.b[..i].to_vec()),
            new_bytes(sep.to_vec()),
            new_bytes(b.b[i + sep.len()..].to_vec()),
        ]),
        None if rev => Value::tuple(vec![empty(), empty(), args[0].clone()]),
        None => Value::tuple(vec![args[0].clone(), empty(), empty()]),
    })
}
fn b_partition(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_partition_impl(interp, args, "partition", false)
}
fn b_rpartition(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    b_partition_impl(interp, args, "rpartition", true)
}

fn b_removeprefix(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytes.removeprefix", args, 1, 1)?;
    let b = bthis(interp, args, "removeprefix")?;
    let p = bytes_like(interp, &args[1])?;
    Ok(new_bytes(b.b.strip_prefix(p).unwrap_or(&b.b).to_vec()))
}
fn b_removesuffix(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytes.removesuffix", args, 1, 1)?;
    let b = bthis(interp, args, "removesuffix")?;
    let p = bytes_like(interp, &args[1])?;
    Ok(new_bytes(b.b.strip_suffix(p).unwrap_or(&b.b).to_vec()))
}

fn b_fromhex(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytes.fromhex", args, 1, 1)?;
    let Value::Str(st) = &args[1] else {
        return Err(interp.type_error(format!(
            "fromhex() argument must be str, not {}",
            interp.type_name(&args[1])
        )));
    };
    let chars: Vec<char> = st.s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                return Err(interp.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
            _ => {
                return Err(interp.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                )))
            }
        }
        i += 2;
    }
    Ok(new_bytes(out))
}
