//! The phantom-key report (`dictpy --warn-phantom-keys`).
//!
//! Reading `dd[k]` on a defaultdict creates the entry. Code that reads to
//! check (`if dd[k]:`) fills a defaultdict with empty entries nobody uses;
//! seed 000's incident grew one to 3M keys. When enabled, every entry a
//! subscript creates is recorded with its source location; at exit an entry
//! counts as a phantom if it is still there, still holds the very default
//! object it got (containers still empty), and no later `d[k]` read it other
//! than as a truth test. When disabled the evaluator pays one flag check per
//! subscript.

use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::{dictops, Frame, Interp, PyResult, SourceFile};
use crate::syntax::ast::Span;
use crate::value::*;

struct Created {
    dict: Weak<Dict>,
    key: Value,
    default: Value,
    site: usize,
    read: bool,
}

#[derive(Default)]
pub struct PhantomTracker {
    sites: Vec<(Rc<SourceFile>, Span)>,
    site_index: HashMap<(usize, Span), usize>,
    created: Vec<Created>,
    /// (dict address, key hash) -> indexes into `created`.
    by_key: HashMap<(usize, i64), Vec<usize>>,
}

/// The native defaultdict behind a value, if it is one.
fn defaultdict_of(v: &Value) -> Option<Rc<Dict>> {
    let d = match v {
        Value::Dict(d) => d.clone(),
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) => d.clone(),
            _ => return None,
        },
        _ => return None,
    };
    matches!(d.kind, DictKind::Default(_)).then_some(d)
}

/// Still the untouched default: the same object, and empty if a container.
fn untouched(current: &Value, default: &Value) -> bool {
    if !current.is(default) {
        return false;
    }
    match current {
        Value::List(l) => l.items.borrow().is_empty(),
        Value::Dict(d) => d.len() == 0,
        Value::Set(s) => s.table.borrow().len() == 0,
        _ => true,
    }
}

impl Interp {
    pub fn enable_phantom_keys(&self) {
        *self.phantom.borrow_mut() = Some(Box::default());
    }

    /// `obj[key]` with phantom tracking (only called while tracking is on).
    pub fn phantom_getitem(&self, f: &Frame, obj: &Value, key: &Value, span: Span, truth_test: bool) -> PyResult<Value> {
        let Some(d) = defaultdict_of(obj) else {
            return self.getitem(obj, key);
        };
        let hash = dictops::hash_key(self, key)?;
        let existed = dictops::get_hashed(self, &d, key, hash)?.is_some();
        let v = self.getitem(obj, key)?;
        let mut guard = self.phantom.borrow_mut();
        let Some(t) = guard.as_mut() else { return Ok(v) };
        let addr = Rc::as_ptr(&d) as usize;
        if existed {
            if !truth_test {
                if let Some(list) = t.by_key.get(&(addr, hash)) {
                    for &i in list {
                        if matches!(super::ops::fast_eq(&t.created[i].key, key), Some(true)) || t.created[i].key.is(key) {
                            t.created[i].read = true;
                        }
                    }
                }
            }
            return Ok(v);
        }
        let source = f.code.source.clone();
        let site_key = (Rc::as_ptr(&source) as usize, span);
        let site = match t.site_index.get(&site_key) {
            Some(&s) => s,
            None => {
                t.sites.push((source, span));
                t.site_index.insert(site_key, t.sites.len() - 1);
                t.sites.len() - 1
            }
        };
        t.by_key.entry((addr, hash)).or_default().push(t.created.len());
        t.created.push(Created { dict: Rc::downgrade(&d), key: key.clone(), default: v.clone(), site, read: false });
        Ok(v)
    }

    /// The report, or None when tracking is off or nothing is a phantom.
    pub fn phantom_report(&self) -> Option<String> {
        let guard = self.phantom.borrow();
        let t = guard.as_ref()?;
        let mut per_site: Vec<(usize, Option<Value>)> = vec![(0, None); t.sites.len()];
        for c in &t.created {
            if c.read {
                continue;
            }
            let Some(d) = c.dict.upgrade() else { continue };
            let current = match dictops::get(self, &d, &c.key) {
                Ok(Some(v)) => v,
                _ => continue,
            };
            if untouched(&current, &c.default) {
                let entry = &mut per_site[c.site];
                entry.0 += 1;
                entry.1.get_or_insert_with(|| c.key.clone());
            }
        }
        let total: usize = per_site.iter().map(|(n, _)| n).sum();
        if total == 0 {
            return None;
        }
        let mut out = format!(
            "dictpy: {} phantom key{}: entries a defaultdict created on d[k] that were never filled or read again\n",
            total,
            if total == 1 { "" } else { "s" }
        );
        let mut sites: Vec<usize> = (0..t.sites.len()).filter(|&i| per_site[i].0 > 0).collect();
        sites.sort_by_key(|&i| std::cmp::Reverse(per_site[i].0));
        for i in sites {
            let (source, span) = &t.sites[i];
            let line = source.line_of(span.start as usize);
            let col = span.start as usize - source.line_start(line) + 1;
            let example = per_site[i].1.as_ref().and_then(|k| self.repr(k).ok()).unwrap_or_default();
            out.push_str(&format!(
                "  {}:{}:{}: {} key{} (e.g. {}) created by `{}`\n",
                source.name,
                line,
                col,
                per_site[i].0,
                if per_site[i].0 == 1 { "" } else { "s" },
                example,
                &source.text[span.range()]
            ));
        }
        out.push_str("  help: use d.get(k) or `k in d` to test without creating the entry\n");
        Some(out)
    }
}
