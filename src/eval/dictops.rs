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
use crate::dict::table::Vacant;
use crate::dict::{KeyEq, Probe};
use crate::value::*;

type Table = crate::dict::DictTable<Value, Value>;

/// Equality of a stored key and a looked-up key when no Python code is needed.
pub fn key_eq_fast(stored: &Value, key: &Value) -> KeyEq {
    // Identity first, as CPython does (a NaN key finds itself).
    if let (Value::Float(a), Value::Float(b)) = (stored, key) {
        if a.to_bits() == b.to_bits() {
            return KeyEq::Yes;
        }
    }
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
#[inline]
pub fn find(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Option<(usize, usize)>> {
    Ok(locate(interp, d, key, hash)?.ok())
}

/// Finds `key` (with its hash): `Ok((slot, entry))`, or `Err(vacant)`, where
/// an insertion can go without probing again.
#[inline]
pub fn locate(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Result<(usize, usize), Vacant>> {
    if let Some(found) = locate_fast(&d.table.borrow(), key, hash) {
        return Ok(found);
    }
    locate_general(interp, d, key, hash)
}

/// [`locate`] for the keys that compare without Python code: a str key in
/// a table of str keys, or a small int. None when the general path must run.
#[inline(always)]
fn locate_fast(t: &Table, key: &Value, hash: i64) -> Option<Result<(usize, usize), Vacant>> {
    locate_str(t, key, hash).or_else(|| locate_int(t, key, hash))
}

/// A small-int key: stored ints compare inline, other stored keys by
/// [`key_eq_fast`]. None for other keys, or when a stored key needs Python
/// code to compare (then the general path runs).
#[inline(always)]
fn locate_int(t: &Table, key: &Value, hash: i64) -> Option<Result<(usize, usize), Vacant>> {
    let Value::Int(i) = key else { return None };
    match t.lookup(hash, |k| match k {
        Value::Int(j) if j == i => KeyEq::Yes,
        Value::Int(_) | Value::Str(_) => KeyEq::No,
        _ => key_eq_fast(k, key),
    }) {
        Probe::Found { slot, entry } => Some(Ok((slot, entry))),
        Probe::Missing(vacant) => Some(Err(vacant)),
        Probe::Deferred { .. } => None,
    }
}

/// A str key in a table of str keys: identity or text decides, and no
/// Python code can run. None for any other key or table kind.
#[inline(always)]
fn locate_str(t: &Table, key: &Value, hash: i64) -> Option<Result<(usize, usize), Vacant>> {
    let Value::Str(ks) = key else { return None };
    if !t.is_unicode_kind() {
        return None;
    }
    match t.lookup(hash, |k| match k {
        Value::Str(s) if Rc::ptr_eq(s, ks) || s.s == ks.s => KeyEq::Yes,
        _ => KeyEq::No,
    }) {
        Probe::Found { slot, entry } => Some(Ok((slot, entry))),
        Probe::Missing(vacant) => Some(Err(vacant)),
        Probe::Deferred { .. } => unreachable!("str keys compare without Python code"),
    }
}

/// [`locate`] for any key: comparisons that need Python code run with the
/// table unborrowed.
#[inline(never)]
fn locate_general(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Result<(usize, usize), Vacant>> {
    let mut probe = d.table.borrow().lookup(hash, |k| key_eq_fast(k, key));
    loop {
        match probe {
            Probe::Found { slot, entry } => return Ok(Ok((slot, entry))),
            Probe::Missing(vacant) => return Ok(Err(vacant)),
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

#[inline]
pub fn get(interp: &Interp, d: &Dict, key: &Value) -> PyResult<Option<Value>> {
    let hash = hash_key(interp, key)?;
    get_hashed(interp, d, key, hash)
}

pub fn get_hashed(interp: &Interp, d: &Dict, key: &Value, hash: i64) -> PyResult<Option<Value>> {
    read_entry(interp, d, key, hash, |t, entry| t.value_at(entry).cloned())
}

/// `key in d`: the read path of [`get_hashed`], without the value.
pub fn contains(interp: &Interp, d: &Dict, key: &Value) -> PyResult<bool> {
    let hash = hash_key(interp, key)?;
    Ok(read_entry(interp, d, key, hash, |_, _| Some(()))?.is_some())
}

/// Finds `key` (with its hash) for reading and hands its entry position to
/// `read` in the same borrow of the table (None: absent). The fast key
/// kinds need one borrow, and a str key in a str table only the entry (the
/// lighter `find`); other keys take the general path, which may run Python
/// code.
#[inline(always)]
fn read_entry<R>(
    interp: &Interp,
    d: &Dict,
    key: &Value,
    hash: i64,
    read: impl Fn(&Table, usize) -> Option<R>,
) -> PyResult<Option<R>> {
    {
        let t = d.table.borrow();
        if let Value::Str(ks) = key {
            if t.is_unicode_kind() {
                return Ok(str_entry_hashed(&t, ks, hash).and_then(|entry| read(&t, entry)));
            }
        } else if let Some(found) = locate_int(&t, key, hash) {
            return Ok(found.ok().and_then(|(_, entry)| read(&t, entry)));
        }
    }
    Ok(find(interp, d, key, hash)?.and_then(|(_, entry)| read(&d.table.borrow(), entry)))
}

/// Where a read of `d[key]` found its value, for writing the result of
/// `d[key] += x` back without a second lookup: valid while the table's
/// version (bumped by every insertion, removal and rebuild) is unchanged.
pub struct EntryToken {
    entry: usize,
    version: u64,
}

/// `d[key]` for a read-modify-write: the value and where it was found.
pub fn get_for_update(interp: &Interp, d: &Dict, key: &Value) -> PyResult<Option<(Value, EntryToken)>> {
    let hash = hash_key(interp, key)?;
    read_entry(interp, d, key, hash, |t, entry| {
        t.value_at(entry).map(|v| (v.clone(), EntryToken { entry, version: t.version() }))
    })
}

/// Stores `value` at the entry `token` names, as `d[key] = value` would,
/// if the table has not changed shape since; otherwise gives `value` back
/// for a full [`set`]. (A non-str key in a str-only table goes the full
/// way too: CPython converts the table to the general kind first.)
pub fn update_at(d: &Dict, key: &Value, token: EntryToken, value: Value) -> Result<(), Value> {
    let mut t = d.table.borrow_mut();
    if t.version() != token.version || (t.is_unicode_kind() && !matches!(key, Value::Str(_))) {
        return Err(value);
    }
    let old = t.replace_value(token.entry, value);
    drop(t);
    if let Some(old) = old {
        old.release();
    }
    Ok(())
}

/// `d[key] = value`: an existing key keeps its key object and position.
#[inline]
pub fn set(interp: &Interp, d: &Dict, key: Value, value: Value) -> PyResult<()> {
    let hash = hash_key(interp, &key)?;
    set_hashed(interp, d, key, hash, value)
}

pub fn set_hashed(interp: &Interp, d: &Dict, key: Value, hash: i64, value: Value) -> PyResult<()> {
    if let Value::Str(ks) = &key {
        // The common case in one borrow of the table: the light probe for
        // the key, and only for a new key a second one for its free slot
        // (as CPython's insertdict does).
        let mut t = d.table.borrow_mut();
        t.prepare_insert(true);
        if t.is_unicode_kind() {
            match str_entry_hashed(&t, ks, hash) {
                Some(entry) => {
                    let old = t.replace_value(entry, value);
                    drop(t);
                    if let Some(old) = old {
                        old.release();
                    }
                    key.release();
                }
                None => {
                    t.insert_new(hash, key, value);
                }
            }
            return Ok(());
        }
    }
    // The table follows CPython's str-only/general keys kinds (this decides
    // its size, which sys.getsizeof reports, and when it rebuilds).
    d.table.borrow_mut().prepare_insert(matches!(key, Value::Str(_)));
    match locate(interp, d, &key, hash)? {
        Ok((_, entry)) => {
            // Drop the old value after releasing the borrow: its destructor
            // may run arbitrary cleanup. The table keeps its own key object.
            let old = d.table.borrow_mut().replace_value(entry, value);
            if let Some(old) = old {
                old.release();
            }
            key.release();
        }
        Err(vacant) => {
            d.table.borrow_mut().insert_new_at(vacant, hash, key, value);
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

/// The entry position of str `key` (namespaces, attributes: no Python
/// code runs; only str keys can match).
#[inline]
pub fn str_entry(t: &Table, key: &PyStr) -> Option<usize> {
    str_entry_hashed(t, key, key.hash())
}

/// [`str_entry`] with the key's hash already at hand.
#[inline(always)]
fn str_entry_hashed(t: &Table, key: &PyStr, hash: i64) -> Option<usize> {
    t.find(hash, |k| match k {
        Value::Str(s) => std::ptr::eq(&**s, key) || s.s == key.s,
        _ => false,
    })
}

/// Lookup by str key without running Python code (namespaces, attributes).
#[inline]
pub fn get_str(d: &Dict, key: &PyStr) -> Option<Value> {
    let t = d.table.borrow();
    let e = str_entry(&t, key)?;
    t.value_at(e).cloned()
}

pub fn set_str(d: &Dict, key: Rc<PyStr>, value: Value) {
    let hash = key.hash();
    let entry = str_entry(&d.table.borrow(), &key);
    let old = match entry {
        Some(e) => d.table.borrow_mut().replace_value(e, value),
        None => {
            d.table.borrow_mut().insert_new(hash, Value::Str(key), value);
            None
        }
    };
    if let Some(old) = old {
        old.release();
    }
}

pub fn del_str(d: &Dict, key: &PyStr) -> bool {
    let entry = str_entry(&d.table.borrow(), key);
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
        DictKind::Default(f) => DictKind::defaultdict(f.borrow().clone()),
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
    update_from(interp, &new, &Value::Dict(b.clone()), false)?;
    Ok(Value::Dict(new))
}

/// `d.update(other)` / `d |= other` / `{**other}`: a mapping (a dict, or
/// anything with `keys()`), or, when `pairs_ok`, an iterable of pairs.
pub fn update_from(interp: &Interp, d: &Rc<Dict>, other: &Value, pairs_ok: bool) -> PyResult<()> {
    if let Value::Dict(o) = other {
        if Rc::ptr_eq(o, d) {
            return Ok(());
        }
        // CPython's dict_merge: a copy of the table into an empty dict, or
        // one resize up front.
        if d.table.borrow_mut().merge_begin(&o.table.borrow()) {
            return Ok(());
        }
        // Hashes are known: no need to hash again. When both tables hold
        // only str keys no comparison can run Python code, so the source
        // is read in place; otherwise a user __eq__ could change it under
        // the loop, and a snapshot is taken first.
        if o.table.borrow().is_unicode_kind() && d.table.borrow().is_unicode_kind() {
            let src = o.table.borrow();
            for (h, k, v) in src.iter_hashed() {
                set_hashed(interp, d, k.clone(), h, v.clone())?;
            }
            return Ok(());
        }
        let entries: Vec<(i64, Value, Value)> =
            o.table.borrow().iter_hashed().map(|(h, k, v)| (h, k.clone(), v.clone())).collect();
        for (h, k, v) in entries {
            set_hashed(interp, d, k, h, v)?;
        }
        return Ok(());
    }
    if let Value::Instance(inst) = other {
        if let Payload::Dict(o) = &inst.payload {
            // As CPython's dict_merge: a dict subclass whose type keeps
            // dict's __iter__ is read natively (an overridden keys() or
            // __getitem__ is not called); otherwise, and for OrderedDicts
            // (their own iterator), through keys() and __getitem__.
            let iter_overridden = matches!(interp.class_lookup(&inst.class, &interp.names.iter), Some(Value::Function(_)));
            if !iter_overridden && !matches!(o.kind, DictKind::Ordered) {
                return update_from(interp, d, &Value::Dict(o.clone()), pairs_ok);
            }
        }
    }
    let keys_name = interp.intern("keys");
    if let Some(keys) = interp.getattr_opt(other, &keys_name)? {
        let ks = interp.call(&keys, &[], &[])?;
        if !interp.is_iterable(&ks) {
            return Err(interp.type_error(format!(
                "{}.keys() returned a non-iterable (type {})",
                interp.type_name(other),
                interp.type_name(&ks)
            )));
        }
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

// ---------------------------------------------------------------------------
// Set operations and comparisons of dict views (CPython's dictviews_* and
// dictview_richcompare). Keys and items views behave like sets; values
// views do not.

use crate::syntax::ast::{BinOp, CmpOp};

/// A keys or items view (the views that act like sets).
fn set_like_view(v: &Value) -> Option<&View> {
    match v {
        Value::View(x) if x.kind != ViewKind::Values => Some(x),
        _ => None,
    }
}

/// `dictviews_to_set`: a new set from an operand (a view, or any iterable).
fn operand_to_set(interp: &Interp, v: &Value) -> PyResult<Rc<Set>> {
    match v {
        Value::View(x) if x.kind != ViewKind::Values => interp.view_to_set(x),
        _ => interp.set_from_iterable(v),
    }
}

/// `len(view)` or `len(set)`.
fn setlike_len(v: &Value) -> usize {
    match v {
        Value::View(x) => x.dict.len(),
        Value::Set(s) => s.table.borrow().len(),
        _ => 0,
    }
}

/// The elements of a view or set, as a snapshot.
fn setlike_items(v: &Value) -> Vec<Value> {
    match v {
        Value::View(x) => match x.kind {
            ViewKind::Keys => keys(&x.dict),
            ViewKind::Values => values(&x.dict),
            ViewKind::Items => items(&x.dict).into_iter().map(|(k, v)| Value::pair(k, v)).collect(),
        },
        Value::Set(s) => super::iter::set_items(s),
        _ => Vec::new(),
    }
}

/// `item in view` for a keys or items view (no hashing of item values).
pub fn view_contains(interp: &Interp, view: &View, x: &Value) -> PyResult<bool> {
    match view.kind {
        ViewKind::Keys => Ok(get(interp, &view.dict, x)?.is_some()),
        ViewKind::Items => {
            let Value::Tuple(t) = x else { return Ok(false) };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match get(interp, &view.dict, &t.items[0])? {
                Some(val) => Ok(val.is(&t.items[1]) || interp.eq(&val, &t.items[1])?),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for val in values(&view.dict) {
                if val.is(x) || interp.eq(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// Every element of `a` is in `b` (`all_contained_in`).
fn all_contained_in(interp: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    for item in setlike_items(a) {
        if !interp.contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` where `a` or `b` is a keys/items view and the other is a
/// view or a set: None when neither operand is such a view, or the other
/// operand is not a set or a keys/items view (NotImplemented).
pub fn view_compare(interp: &Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if set_like_view(a).is_none() {
        if matches!(a, Value::Set(_)) && set_like_view(b).is_some() {
            let swapped = match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::LtE => CmpOp::GtE,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::GtE => CmpOp::LtE,
                other => other,
            };
            return view_compare(interp, b, a, swapped);
        }
        return Ok(None);
    }
    if !matches!(b, Value::Set(_)) && set_like_view(b).is_none() {
        return Ok(None);
    }
    let (la, lb) = (setlike_len(a), setlike_len(b));
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_contained_in(interp, a, b)?,
        CmpOp::NotEq => !(la == lb && all_contained_in(interp, a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(interp, a, b)?,
        CmpOp::LtE => la <= lb && all_contained_in(interp, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(interp, b, a)?,
        CmpOp::GtE => la >= lb && all_contained_in(interp, b, a)?,
        _ => return Ok(None),
    }))
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` when either operand is a keys or
/// items view (the view's number slots run whichever side it is on).
/// None when neither operand is such a view.
pub fn view_binary(interp: &Interp, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) {
        return Ok(None);
    }
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    let result = match op {
        BinOp::BitAnd => view_intersect(interp, a, b)?,
        BinOp::BitOr => {
            let r = operand_to_set(interp, a)?;
            let it = interp.iter(b)?;
            while let Some(x) = interp.next(&it)? {
                interp.set_add(&r, x)?;
            }
            r
        }
        BinOp::Sub => {
            let r = operand_to_set(interp, a)?;
            let it = interp.iter(b)?;
            while let Some(x) = interp.next(&it)? {
                interp.set_discard(&r, &x)?;
            }
            r
        }
        _ => {
            if let (Value::View(x), Value::View(y)) = (a, b) {
                if x.kind == ViewKind::Items && y.kind == ViewKind::Items {
                    return Ok(Some(Value::Set(items_xor(interp, &x.dict, &y.dict)?)));
                }
            }
            let r = operand_to_set(interp, a)?;
            let other: Vec<Value> = match b {
                Value::Dict(d) => keys(d),
                Value::Set(s) => super::iter::set_items(s),
                _ => super::iter::set_items(&*interp.set_from_iterable(b)?),
            };
            for x in other {
                if !interp.set_discard(&r, &x)? {
                    interp.set_add(&r, x)?;
                }
            }
            r
        }
    };
    Ok(Some(Value::Set(result)))
}

/// `_PyDictView_Intersect`.
fn view_intersect(interp: &Interp, a: &Value, b: &Value) -> PyResult<Rc<Set>> {
    // The view goes first.
    let (mut this, mut other) = if set_like_view(a).is_some() { (a, b) } else { (b, a) };
    let len_this = setlike_len(this);
    if let Value::Set(s) = other {
        if !s.frozen && len_this <= s.table.borrow().len() {
            // set.intersection(view): iterate the view, keep what the set holds.
            let r = interp.new_set(false);
            for item in setlike_items(this) {
                if interp.set_contains(s, &item)? {
                    interp.set_add(&r, item)?;
                }
            }
            return Ok(r);
        }
    }
    if set_like_view(other).is_some() && setlike_len(other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let view = set_like_view(this).expect("a view operand");
    let r = interp.new_set(false);
    let it = interp.iter(other)?;
    while let Some(x) = interp.next(&it)? {
        if view_contains(interp, view, &x)? {
            interp.set_add(&r, x)?;
        }
    }
    Ok(r)
}

/// `dictitems_xor`: the symmetric difference of two items views, without
/// hashing the values of pairs that cancel out.
fn items_xor(interp: &Interp, d1: &Rc<Dict>, d2: &Rc<Dict>) -> PyResult<Rc<Set>> {
    let temp = copy(interp, d1);
    let r = interp.new_set(false);
    let entries: Vec<(i64, Value, Value)> =
        d2.table.borrow().iter_hashed().map(|(h, k, v)| (h, k.clone(), v.clone())).collect();
    for (h, k, v2) in entries {
        let to_delete = match get_hashed(interp, &temp, &k, h)? {
            Some(v1) => v1.is(&v2) || interp.eq(&v1, &v2)?,
            None => false,
        };
        if to_delete {
            if let Some((slot, entry)) = find(interp, &temp, &k, h)? {
                let removed = temp.table.borrow_mut().remove_entry(slot, entry);
                drop(removed);
            }
        } else {
            interp.set_add(&r, Value::pair(k, v2))?;
        }
    }
    for (k, v) in items(&temp) {
        interp.set_add(&r, Value::pair(k, v))?;
    }
    Ok(r)
}
