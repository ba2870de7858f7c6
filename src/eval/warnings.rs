//! Opt-in warnings about dict gotchas (`dictpy -W dict`).
//!
//! Two things CPython accepts without a word but that are rarely meant:
//!
//! * A `for` loop over a dict (or one of its views) whose keys changed
//!   during the loop while its size stayed the same (`del d[a]; d[b] = v`,
//!   `d.pop(k); d[k] = v`, `d.clear(); d.update(...)`). CPython raises
//!   "dictionary changed size during iteration" only when the size differs
//!   at the next step, and "dictionary keys changed during iteration" only
//!   when it finds more entries than the dict had; otherwise the loop runs
//!   on, skipping keys or visiting ones added meanwhile. The warning comes
//!   when such a loop ends normally (a loop left by `break` right after the
//!   change is the safe idiom and says nothing). Assigning to an existing
//!   key changes no key and is never reported.
//! * `==` or `!=` between an OrderedDict and a plain dict in an `assert`:
//!   that comparison ignores order (only OrderedDict against OrderedDict
//!   compares it), which a test asserting an order did not mean.
//!
//! Warnings use CPython's format (`file:line: UserWarning: message` and the
//! source line indented by two spaces), once per location and message. When
//! off, a `for` loop and an `assert` pay one flag check each.

use std::collections::HashSet;
use std::rc::Rc;

use super::{Frame, Interp, PyResult};
use crate::compile::ir::{Expr, ExprKind};
use crate::syntax::ast::{CmpOp, Span};
use crate::value::*;

const KEYS_CHANGED: &str = "dictionary keys changed during iteration without a RuntimeError (same size): \
keys may be skipped or seen twice; iterate over a copy such as list(d)";
const ORDERED_EQ: &str =
    "OrderedDict == dict ignores order (only OrderedDict == OrderedDict compares it); compare list(a.items()) to check the order";

#[derive(Default)]
pub struct DictWarnings {
    /// (file, line, message) already reported.
    seen: HashSet<(Rc<str>, usize, &'static str)>,
    /// Collected instead of printed (an interpreter capturing its output).
    captured: Option<Vec<String>>,
}

/// A dict being iterated by a `for` loop, and its structure when the loop began.
pub struct DictWatch {
    dict: Rc<Dict>,
    version: u64,
}

/// The dict a `for` loop over `v` iterates (a dict, a dict subclass
/// instance, a view, or an iterator over one of those).
fn iterated_dict(v: &Value) -> Option<Rc<Dict>> {
    let d = match v {
        Value::Dict(d) => d.clone(),
        Value::View(view) => view.dict.clone(),
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) => d.clone(),
            _ => return None,
        },
        Value::Iterator(it) => match &*it.state.borrow() {
            IterState::Dict { dict, .. } => dict.clone(),
            _ => return None,
        },
        _ => return None,
    };
    // An OrderedDict raises on any change of its keys: nothing is silent.
    (!matches!(d.kind, DictKind::Ordered)).then_some(d)
}

/// The native dict behind a value, with whether it is an OrderedDict.
fn dict_kind(v: &Value) -> Option<bool> {
    let d = match v {
        Value::Dict(d) => d,
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) => d,
            _ => return None,
        },
        _ => return None,
    };
    Some(matches!(d.kind, DictKind::Ordered))
}

impl Interp {
    /// Turns the dict warnings on; `capture` keeps them for
    /// [`Interp::take_warnings`] instead of printing them to stderr.
    pub fn enable_dict_warnings(&self, capture: bool) {
        let mut w = DictWarnings::default();
        if capture {
            w.captured = Some(Vec::new());
        }
        *self.dict_warnings.borrow_mut() = Some(Box::new(w));
        self.warn_dict.set(true);
    }

    /// The warnings collected so far (capturing interpreters), emptied.
    pub fn take_warnings(&self) -> Vec<String> {
        match self.dict_warnings.borrow_mut().as_mut().and_then(|w| w.captured.as_mut()) {
            Some(c) => std::mem::take(c),
            None => Vec::new(),
        }
    }

    /// Reports `message` at the line where `span` starts, once per place.
    #[cold]
    fn warn(&self, f: &Frame, span: Span, message: &'static str) {
        let source = &f.code.source;
        let line = source.line_of(span.start as usize);
        let mut guard = self.dict_warnings.borrow_mut();
        let Some(w) = guard.as_mut() else { return };
        if !w.seen.insert((source.name.clone(), line, message)) {
            return;
        }
        let mut text = format!("{}:{}: UserWarning: {}\n", source.name, line, message);
        let code = source.line_text(line).trim();
        if !code.is_empty() {
            text.push_str(&format!("  {}\n", code));
        }
        match &mut w.captured {
            Some(c) => c.push(text),
            None => crate::builtins::functions::write_fd(self, 2, &text),
        }
    }

    /// At the start of a `for` loop (warnings on): what to check at its end.
    #[cold]
    pub fn dict_watch(&self, iterable: &Value) -> Option<DictWatch> {
        let dict = iterated_dict(iterable)?;
        let version = dict.table.borrow().version();
        Some(DictWatch { dict, version })
    }

    /// A watched `for` loop ran to its end: warn if the keys changed.
    #[cold]
    pub fn dict_watch_end(&self, f: &Frame, w: DictWatch, span: Span) {
        if w.dict.table.borrow().version() != w.version {
            self.warn(f, span, KEYS_CHANGED);
        }
    }

    /// The test of an `assert` (warnings on): a comparison is evaluated
    /// here, as the evaluator does, noting `==`/`!=` between an OrderedDict
    /// and a plain dict; anything else is evaluated as usual.
    #[cold]
    pub fn eval_assert_test(&self, f: &mut Frame, test: &Expr, stmt: Span) -> PyResult<Value> {
        let ExprKind::Compare(first, rest) = &test.kind else {
            return self.eval_at(f, test);
        };
        let mut left = self.eval_at(f, first)?;
        let n = rest.len();
        for (i, (op, x)) in rest.iter().enumerate() {
            let right = self.eval_at(f, x)?;
            if matches!(op, CmpOp::Eq | CmpOp::NotEq) {
                if let (Some(a), Some(b)) = (dict_kind(&left), dict_kind(&right)) {
                    if a != b {
                        self.warn(f, stmt, ORDERED_EQ);
                    }
                }
            }
            let r = self.compare_op(*op, &left, &right).map_err(|err| self.locate(err, f, test.span))?;
            if i + 1 == n || !self.truthy(&r)? {
                return Ok(r);
            }
            left = right;
        }
        unreachable!("comparison has operators")
    }
}
