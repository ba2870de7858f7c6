//! "Did you mean" suggestions, as CPython 3.12 computes them when it prints
//! a traceback (`Python/suggestions.c`): a Levenshtein distance over UTF-8
//! bytes where a case change costs half a move, candidates taken in order,
//! the first closest one winning, and nothing offered from 750 candidates
//! on or for names longer than 40 bytes.

use std::rc::Rc;

use crate::eval::{ExcKind, Interp};
use crate::value::{Instance, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b`, or anything above `max_cost` when it
/// is known to exceed it (CPython's `levenshtein_distance`).
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (mut a, mut b) = (&a[pre..], &b[pre..]);
    let post = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    a = &a[..a.len() - post];
    b = &b[..b.len() - post];
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bc, ac);
            distance = row[ai];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[ai] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name` (CPython's `calculate_suggestions`).
pub fn closest<'a, I>(candidates: I, name: &str) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
    I::IntoIter: ExactSizeIterator,
{
    let candidates = candidates.into_iter();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    closest_unbounded(candidates, name)
}

/// [`closest`] without the limit on the number of candidates.
pub fn closest_unbounded<'a>(candidates: impl IntoIterator<Item = &'a str>, name: &str) -> Option<&'a str> {
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        // No more than 1/3 of the involved characters should need changing.
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, b)| d < b) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

/// What CPython appends to the last line of a NameError or AttributeError
/// traceback (`. Did you mean: 'x'?`, `. Did you forget to import 'sys'?`),
/// or None. Only the exact classes get one, as in CPython.
pub fn suffix(interp: &Interp, exc: &Rc<Instance>) -> Option<String> {
    let data = exc.exc()?;
    let is = |k: ExcKind| Rc::ptr_eq(&exc.class, interp.exc_class(k));
    let inst = Value::Instance(exc.clone());
    let name = match interp.getattr(&inst, &interp.intern("name")) {
        Ok(Value::Str(s)) => s,
        _ => return None,
    };
    if is(ExcKind::AttributeError) {
        let obj = interp.getattr(&inst, &interp.intern("obj")).ok()?;
        if obj.is_none() && data.origin.borrow().is_none() {
            return None;
        }
        let dir = crate::builtins::functions::dir_names(interp, &obj);
        let found = closest(dir.iter().map(String::as_str), &name.s)?;
        return Some(format!(". Did you mean: {}?", py_repr(found)));
    }
    if !is(ExcKind::NameError) {
        return None;
    }
    let scope = data.scope.borrow();
    let scope = scope.as_ref()?;
    let suggestion = name_suggestion(interp, scope, &name.s);
    let stdlib = STDLIB_MODULE_NAMES.binary_search(&&*name.s).is_ok();
    match (suggestion, stdlib) {
        (None, false) => None,
        (Some(s), false) => Some(format!(". Did you mean: {}?", py_repr(&s))),
        (None, true) => Some(format!(". Did you forget to import {}?", py_repr(&name.s))),
        (Some(s), true) => Some(format!(". Did you mean: {}? Or did you forget to import {}?", py_repr(&s), py_repr(&name.s))),
    }
}

/// CPython's `get_suggestions_for_name_error`: `self.name` when the frame's
/// `self` has the attribute, else the closest local, global or builtin name
/// (each group searched on its own, in that order).
fn name_suggestion(interp: &Interp, scope: &crate::value::NameScope, name: &str) -> Option<String> {
    if let Some(self_value) = &scope.self_value {
        if let Value::Unbound = self_value {
            return None;
        }
        if interp.getattr(self_value, &interp.intern(name)).is_ok() {
            return Some(format!("self.{}", name));
        }
    }
    if let Some(s) = closest(scope.varnames.iter().map(|n| &*n.s), name) {
        return Some(s.to_string());
    }
    let globals: Vec<String> =
        crate::eval::dictops::keys(&scope.globals).iter().filter_map(|k| k.as_str().map(str::to_string)).collect();
    if let Some(s) = closest(globals.iter().map(String::as_str), name) {
        return Some(s.to_string());
    }
    // Builtins in CPython's order (it decides between equally close names),
    // then any dictpy has that CPython's builtins module does not.
    let mut builtins: Vec<String> = Vec::new();
    let ours: Vec<String> =
        crate::eval::dictops::keys(&interp.builtins).iter().filter_map(|k| k.as_str().map(str::to_string)).collect();
    for n in BUILTINS_ORDER {
        if ours.iter().any(|o| o == n) || matches!(*n, "True" | "False" | "None") {
            builtins.push(n.to_string());
        }
    }
    for n in ours {
        if !BUILTINS_ORDER.contains(&n.as_str()) {
            builtins.push(n);
        }
    }
    closest(builtins.iter().map(String::as_str), name).map(str::to_string)
}

/// The help line for a KeyError raised by a dict lookup: the closest str
/// key to a missing str key (`did you mean 'color'?`), or None.
pub fn key_error_help(interp: &Interp, exc: &Rc<Instance>) -> Option<String> {
    let data = exc.exc()?;
    if !interp.is_subclass(&exc.class, interp.exc_class(ExcKind::KeyError)) {
        return None;
    }
    let Value::Dict(d) = &*data.origin.borrow() else { return None };
    let key = match &*data.args.borrow() {
        Value::Tuple(t) if t.items.len() == 1 => t.items[0].clone(),
        _ => return None,
    };
    let Value::Str(key) = key else { return None };
    let keys: Vec<Value> = crate::eval::dictops::keys(d);
    let found = closest_unbounded(keys.iter().filter_map(Value::as_str), &key.s)?;
    Some(format!("did you mean {}?", interp.repr(&Value::str(found)).ok()?))
}

/// `repr()` of a str as CPython writes it in suggestions.
fn py_repr(s: &str) -> String {
    crate::value::format::repr_str(s)
}

include!("suggest_tables.rs");
