//! Dict operations on Python values, over the compact table of `crate::dict`.
//!
//! Key comparison first tries what needs no Python code (identity, ints,
//! strs, floats, tuples of those). Anything else makes the table lookup stop
//! with `Probe::Deferred`; the table borrow is released, the full `==` runs
//! (it may run a user `__eq__` that mutates this very dict), and the lookup
//! resumes — or restarts if the table changed, as CPython does.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::{Interp, PyResult};
use crate::dict::{KeyEq, Probe};
use crate::value::*;

/// Equality of a stored key and a looked-up key when no Python code is needed.
pub fn key_eq_fast(stored: &Value, key: &Value) -> KeyEq {
    if let Some(r) = super::ops::fast_eq(stored, key) {
        return if r { KeyEq::Yes } else { KeyEq::No };
    }
    match (stored, key) {
        (Value::BigInt(a), Value::BigInt(b)) => bool_eq(a == b),
        (Value::BigInt(_), Value::Int(_) | Value::Bool(_)) | (Value::Int(_) | Value::Bool(_), Value::BigInt(_)) => {
            KeyEq::No
        }
        (Value::BigInt(a), Value::Float(f)) | (Value::Float(f), Value::BigInt(a)) => {
            bool_eq(f.fract() == 0.0 && a.to_f64() == Some(*f) && num_traits::FromPrimitive::from_f64(*f) == Some((**a).clone()))
        }
        (Value::Float(a), Value::Bool(b)) | (Value::Bool(b), Value::Float(a)) => bool_eq(*a == *b as i64 as f64),
        (Value::Bytes(a), Value::Bytes(b)) => bool_eq(a.b == b.b),
        (Value::Tuple(a), Value::Tuple(b)) => {
            if Rc::ptr_eq(a, b) {
                return KeyEq::Yes;
            }
            if a.items.len() != b.items.len() {
                return KeyEq::No;
            }
            for (x, y) in a.items.iter().zip(b.items.iter()) {
                match key_eq_fast(x, y) {
                    KeyEq::Yes => {}
                    other => return other,
                }
            }
            KeyEq::Yes
        }
        (Value::Instance(_), _) | (_, Value::Instance(_)) => {
            if stored.is(key) {
                KeyEq::Yes
            } else {
                KeyEq::Unknown
            }
        }
        (Value::Set(_), Value::Set(_)) => KeyEq::Unknown,
        _ => {
            if stored.is(key) {
                KeyEq::Yes
            } else if std::mem::discriminant(stored) != std::mem::discriminant(key) {
                // Different builtin types that are not numbers never compare equal.
                KeyEq::No
            } else {
                KeyEq::Unknown
            }
        }
    }
}

fn bool_eq(b: bool) -> KeyEq {
    if b {
        KeyEq::Yes
    } else {
        KeyEq::No
    }
}

/// Finds `key` (with its hash): the (slot, entry) position or None.
pub fn find(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Option<(usize, usize)>> {
    let mut probe = d.table.borrow().lookup(hash, |k| key_eq_fast(k, key));
    loop {
        match probe {
            Probe::Found { slot, entry } => return Ok(Some((slot, entry))),
            Probe::Missing(_) => return Ok(None),
            Probe::Deferred { state, entry } => {
                let stored = match d.table.borrow().key_at(entry) {
                    Some(k) => k.clone(),
                    None => {
                        probe = d.table.borrow().lookup(hash, |k| key_eq_fast(k, key));
                        continue;
                    }
                };
                let equal = interp.eq(&stored, key)?;
                let t = d.table.borrow();
                probe = t.resume(state, equal, |k| k.is(&stored), |k| key_eq_fast(k, key));
            }
        }
    }
}

#[inline]
pub fn hash_key(interp: &Interp, key: &Value) -> PyResult<i64> {
    match key {
        Value::Str(s) => Ok(s.hash()),
        Value::Int(i) => Ok(crate::dict::hash::hash_i64(*i)),
        _ => interp.hash(key),
    }
}

pub fn get(interp: &Interp, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
    let hash = hash_key(interp, key)?;
    get_hashed(interp, d, key, hash)
}

pub fn get_hashed(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(match find(interp, d, key, hash)? {
        Some((_, entry)) => d.table.borrow().value_at(entry).cloned(),
        None => None,
    })
}

/// `d[key] = value`: an existing key keeps its key object and position.
pub fn set(interp: &Interp, d: &Dict, key: Value, value: Value) -> PyResult<()> {
    let hash = hash_key(interp, &key)?;
    set_hashed(interp, d, key, hash, value)
}

pub fn set_hashed(interp: &Interp, d: &Dict, key: Value, hash: i64, value: Value) -> PyResult<()> {
    match find(interp, d, &key, hash)? {
        Some((_, entry)) => {
            // Drop the old value after releasing the borrow (its destructor
            // may free a dict that... is not this one, but stay safe).
            let old = d.table.borrow_mut().replace_value(entry, value);
            drop(old);
        }
        None => {
            d.table.borrow_mut().insert_new(hash, key, value);
        }
    }
    Ok(())
}

/// `del d[key]`: false when the key is absent.
pub fn del(interp: &Interp, d: &Dict, key: &Value) -> PyResult<bool> {
    Ok(pop(interp, d, key)?.is_some())
}

pub fn pop(interp: &Interp, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
    let hash = hash_key(interp, key)?;
    match find(interp, d, key, hash)? {
        Some((slot, entry)) => {
            let (k, v) = d.table.borrow_mut().remove_entry(slot, entry);
            drop(k);
            Ok(Some(v))
        }
        None => Ok(None),
    }
}

/// Lookup by str key without running Python code (namespaces, attributes).
#[inline]
pub fn get_str(d: &Dict, key: &PyStr) -> Option<Value> {
    let t = d.table.borrow();
    let e = t.find(key.hash(), |k| match k {
        Value::Str(s) => std::ptr::eq(&**s, key) || s.s == key.s,
        _ => false,
    })?;
    t.value_at(e).cloned()
}

pub fn set_str(d: &Dict, key: Rc<PyStr>, value: Value) {
    let hash = key.hash();
    let entry = d.table.borrow().find(hash, |k| match k {
        Value::Str(s) => Rc::ptr_eq(s, &key) || s.s == key.s,
        _ => false,
    });
    let old = match entry {
        Some(e) => d.table.borrow_mut().replace_value(e, value),
        None => {
            d.table.borrow_mut().insert_new(hash, Value::Str(key), value);
            None
        }
    };
    drop(old);
}

pub fn del_str(d: &Dict, key: &PyStr) -> bool {
    let hash = key.hash();
    let entry = d.table.borrow().find(hash, |k| match k {
        Value::Str(s) => s.s == key.s,
        _ => false,
    });
    match entry {
        Some(e) => {
            let removed = d.table.borrow_mut().remove_at(e);
            drop(removed);
            true
        }
        None => false,
    }
}

/// A snapshot of the items, in order.
pub fn items(d: &Dict) -> Vec<(Value, Value)> {
    d.table.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

pub fn keys(d: &Dict) -> Vec<Value> {
    d.table.borrow().keys().cloned().collect()
}

pub fn values(d: &Dict) -> Vec<Value> {
    d.table.borrow().values().cloned().collect()
}

/// A new dict of the same kind (defaultdict keeps its factory) with the same items.
pub fn copy(interp: &Interp, d: &Dict) -> Rc<Dict> {
    let kind = match &d.kind {
        DictKind::Plain => DictKind::Plain,
        DictKind::Default(f) => DictKind::Default(std::cell::RefCell::new(f.borrow().clone())),
        DictKind::Ordered => DictKind::Ordered,
        DictKind::Counter => DictKind::Counter,
    };
    let new = Rc::new(Dict { table: std::cell::RefCell::new(d.table.borrow().clone()), kind });
    interp.heap.track_dict(&new);
    new
}

/// `a | b` for dicts: a copy of `a` (same kind) updated with `b`.
pub fn merge(interp: &Interp, a: &Rc<Dict>, b: &Rc<Dict>) -> PyResult<Value> {
    let new = copy(interp, a);
    for (k, v) in items(b) {
        set(interp, &new, k, v)?;
    }
    Ok(Value::Dict(new))
}

/// `d.update(other)` / `d |= other` / `{**other}`: a mapping (a dict, or
/// anything with `keys()`), or, when `pairs_ok`, an iterable of pairs.
pub fn update_from(interp: &Interp, d: &Rc<Dict>, other: &Value, pairs_ok: bool) -> PyResult<()> {
    if let Value::Dict(o) = other {
        if Rc::ptr_eq(o, d) {
            return Ok(());
        }
        // Hashes are known: no need to hash again.
        let entries: Vec<(i64, Value, Value)> =
            o.table.borrow().iter_hashed().map(|(h, k, v)| (h, k.clone(), v.clone())).collect();
        for (h, k, v) in entries {
            set_hashed(interp, d, k, h, v)?;
        }
        return Ok(());
    }
    if let Value::Instance(inst) = other {
        if let Payload::Dict(o) = &inst.payload {
            // A dict subclass that doesn't override keys/__getitem__ iterates natively.
            let keys_overridden = matches!(interp.class_lookup(&inst.class, &interp.intern("keys")), Some(Value::Function(_)));
            let getitem_overridden = matches!(interp.class_lookup(&inst.class, &interp.names.getitem), Some(Value::Function(_)));
            if !keys_overridden && !getitem_overridden {
                return update_from(interp, d, &Value::Dict(o.clone()), pairs_ok);
            }
        }
    }
    let keys_name = interp.intern("keys");
    if let Some(keys) = interp.getattr_opt(other, &keys_name)? {
        let ks = interp.call(&keys, &[], &[])?;
        let it = interp.iter(&ks)?;
        while let Some(k) = interp.next(&it)? {
            let v = interp.getitem(other, &k)?;
            set(interp, d, k, v)?;
        }
        return Ok(());
    }
    if !pairs_ok {
        return Err(interp.type_error(format!("'{}' object is not a mapping", interp.type_name(other))));
    }
    if !interp.is_iterable(other) {
        return Err(interp.type_error(format!("'{}' object is not iterable", interp.type_name(other))));
    }
    let it = interp.iter(other)?;
    let mut n = 0usize;
    while let Some(item) = interp.next(&it)? {
        let pair = match &item {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ if interp.is_iterable(&item) => interp.collect(&item)?,
            _ => {
                return Err(interp.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    n
                )))
            }
        };
        if pair.len() != 2 {
            return Err(interp.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                n,
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let k = pair.next().unwrap();
        let v = pair.next().unwrap();
        set(interp, d, k, v)?;
        n += 1;
    }
    Ok(())
}
