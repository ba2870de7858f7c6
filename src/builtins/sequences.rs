//! Indexing and slicing of sequences, and the methods of list, tuple and range.

use std::rc::Rc;

use super::{arity, kwarg, method_arity, no_kwargs, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::ops::as_i64;
use crate::eval::{Interp, PyResult};
use crate::value::*;

pub fn install(interp: &Interp) {
    let l = interp.types.list.clone();
    let list_methods: &[(&'static str, BuiltinFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", seq_index),
        ("count", seq_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("__init__", list_init),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", list_setitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
    ];
    for (n, f) in list_methods {
        interp.add_method(&l, n, *f);
    }
    let t = interp.types.tuple.clone();
    for (n, f) in [
        ("index", seq_index as BuiltinFn),
        ("count", seq_count),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
    ] {
        interp.add_method(&t, n, f);
    }
    interp.add_method(&interp.types.slice.clone(), "indices", slice_indices_method);
    let r = interp.types.range.clone();
    for (n, f) in [("index", seq_index as BuiltinFn), ("count", seq_count), ("__len__", seq_len)] {
        interp.add_method(&r, n, f);
    }
}

/// The list a method was called on (a list, or an instance of a list subclass).
#[inline]
fn this_list<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        _ => this_list_slow(interp, args, name),
    }
}

#[cold]
fn this_list_slow<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<List>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l),
        Some(Value::Instance(inst)) => match &inst.payload {
            Payload::List(l) => Ok(l),
            _ => Err(interp.type_error(format!("descriptor '{}' requires a 'list' object", name))),
        },
        _ => Err(interp.type_error(format!("descriptor '{}' requires a 'list' object", name))),
    }
}

/// `slice.indices(length)`.
fn slice_indices_method(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "slice.indices", kw)?;
    method_arity(interp, "slice.indices", args, 1, 1)?;
    let Value::Slice(sl) = &args[0] else {
        return Err(interp.type_error("descriptor 'indices' for 'slice' objects doesn't apply to this object"));
    };
    let n = interp.index_value(&args[1])?;
    if n < 0 {
        return Err(interp.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = slice_indices(interp, sl, n)?;
    Ok(Value::tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

/// Python's slice.indices(): (start, stop, step, length) for a sequence of length n.
pub fn slice_indices(interp: &Interp, s: &Slice, n: i64) -> PyResult<(i64, i64, i64, i64)> {
    let step = match &s.step {
        Value::None => 1,
        v => slice_int(interp, v)?,
    };
    if step == 0 {
        return Err(interp.value_error("slice step cannot be zero"));
    }
    let (lo_default, hi_default) = if step > 0 { (0, n) } else { (n - 1, -1) };
    let clamp = |v: &Value, default: i64| -> PyResult<i64> {
        match v {
            Value::None => Ok(default),
            v => {
                let mut i = slice_int(interp, v)?;
                if i < 0 {
                    i += n;
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= n {
                    i = if step < 0 { n - 1 } else { n };
                }
                Ok(i)
            }
        }
    };
    let start = clamp(&s.start, lo_default)?;
    let stop = clamp(&s.stop, hi_default)?;
    let len = if step > 0 {
        if start < stop { (stop - start - 1) / step + 1 } else { 0 }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, len))
}

/// The optional `start, end` arguments of find/count/startswith (and their
/// bytes versions): adjusted like slice indices, except that a start past the
/// end stays there (CPython then finds nothing, not even '').
pub fn find_bounds(interp: &Interp, n: i64, args: &[Value]) -> PyResult<(i64, i64)> {
    let get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = slice_int(interp, v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i })
            }
        }
    };
    let start = get(args.first(), 0)?;
    let end = get(args.get(1), n)?.min(n);
    if start > end {
        return Ok((1, 0));
    }
    Ok((start, end))
}

fn slice_int(interp: &Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) { i64::MIN / 2 } else { i64::MAX / 2 }),
        Value::Instance(_) => interp.index_value(v),
        _ => Err(interp.type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

fn index_of(interp: &Interp, key: &Value, n: i64, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => return Err(interp.index_error(format!("cannot fit 'int' into an index-sized integer"))),
        Value::Instance(_) => interp.index_value(key)?,
        other => {
            return Err(interp.type_error(match what {
                "str" => format!("string indices must be integers, not '{}'", interp.type_name(other)),
                "bytes" => format!("byte indices must be integers or slices, not {}", interp.type_name(other)),
                w => format!("{} indices must be integers or slices, not {}", w, interp.type_name(other)),
            }))
        }
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        let msg = match what {
            "str" => "string index out of range".to_string(),
            "range" => "range object index out of range".to_string(),
            "bytes" => "index out of range".to_string(),
            w => format!("{} index out of range", w),
        };
        return Err(interp.index_error(msg));
    }
    Ok(j as usize)
}

/// `seq[key]` for the builtin sequences (and the error for anything else).
pub fn getitem(interp: &Interp, obj: &Value, key: &Value) -> PyResult<Value> {
    match obj {
        Value::List(l) => {
            let items = l.items.borrow();
            match key {
                Value::Slice(s) => {
                    let (start, _, step, len) = slice_indices(interp, s, items.len() as i64)?;
                    let v: Vec<Value> = (0..len).map(|k| items[(start + k * step) as usize].clone()).collect();
                    drop(items);
                    Ok(interp.new_list(v))
                }
                _ => Ok(items[index_of(interp, key, items.len() as i64, "list")?].clone()),
            }
        }
        Value::Tuple(t) => match key {
            Value::Slice(s) => {
                let (start, _, step, len) = slice_indices(interp, s, t.items.len() as i64)?;
                if step == 1 && start == 0 && len == t.items.len() as i64 {
                    return Ok(obj.clone());
                }
                Ok(Value::tuple((0..len).map(|k| t.items[(start + k * step) as usize].clone()).collect()))
            }
            _ => Ok(t.items[index_of(interp, key, t.items.len() as i64, "tuple")?].clone()),
        },
        Value::Str(s) => match key {
            Value::Slice(sl) => {
                let (start, _, step, len) = slice_indices(interp, sl, s.chars as i64)?;
                if s.is_ascii() {
                    let b = s.s.as_bytes();
                    if step == 1 {
                        return Ok(Value::str(&s.s[start as usize..(start + len) as usize]));
                    }
                    let out: String = (0..len).map(|k| b[(start + k * step) as usize] as char).collect();
                    return Ok(Value::string(out));
                }
                let chars: Vec<char> = s.s.chars().collect();
                let out: String = (0..len).map(|k| chars[(start + k * step) as usize]).collect();
                Ok(Value::string(out))
            }
            _ => {
                let i = index_of(interp, key, s.chars as i64, "str")?;
                if s.is_ascii() {
                    Ok(Value::str(&s.s[i..i + 1]))
                } else {
                    Ok(Value::string(s.s.chars().nth(i).unwrap().to_string()))
                }
            }
        },
        Value::ByteArray(b) => super::bytearray::getitem(interp, b, key),
        Value::Bytes(b) => match key {
            Value::Slice(sl) => {
                let (start, _, step, len) = slice_indices(interp, sl, b.b.len() as i64)?;
                let v: Vec<u8> = (0..len).map(|k| b.b[(start + k * step) as usize]).collect();
                Ok(Value::Bytes(Rc::new(PyBytes { b: v.into_boxed_slice() })))
            }
            _ => Ok(Value::Int(b.b[index_of(interp, key, b.b.len() as i64, "bytes")?] as i64)),
        },
        Value::Range(r) => match key {
            Value::Slice(sl) => {
                let (start, _, step, len) = slice_indices(interp, sl, r.len())?;
                let new_start = r.get(start);
                let new_step = r.step * step;
                Ok(Value::Range(Rc::new(Range { start: new_start, stop: new_start + len * new_step, step: new_step })))
            }
            _ => Ok(Value::Int(r.get(index_of(interp, key, r.len(), "range")? as i64))),
        },
        Value::View(_) => Err(interp.type_error(format!("'{}' object is not subscriptable", interp.type_name(obj)))),
        _ => Err(interp.type_error(format!("'{}' object is not subscriptable", interp.type_name(obj)))),
    }
}

pub fn setitem(interp: &Interp, l: &Rc<List>, key: &Value, v: Value) -> PyResult<()> {
    match key {
        Value::Slice(s) => {
            let new_items = if let Value::List(src) = &v {
                src.items.borrow().clone()
            } else {
                if !interp.is_iterable(&v) {
                    let extended = !matches!(s.step, Value::None | Value::Int(1));
                    return Err(interp.type_error(if extended {
                        "must assign iterable to extended slice"
                    } else {
                        "can only assign an iterable"
                    }));
                }
                interp.collect(&v)?
            };
            interp.heap.track_list_holding_any(l, &new_items);
            let mut items = l.items.borrow_mut();
            let n = items.len() as i64;
            let (start, stop, step, len) = slice_indices(interp, s, n)?;
            if step == 1 {
                let stop = stop.max(start);
                items.splice(start as usize..stop as usize, new_items);
                return Ok(());
            }
            if new_items.len() as i64 != len {
                return Err(interp.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    len
                )));
            }
            for (k, item) in new_items.into_iter().enumerate() {
                items[(start + k as i64 * step) as usize] = item;
            }
            Ok(())
        }
        _ => {
            let mut items = l.items.borrow_mut();
            let i = index_of(interp, key, items.len() as i64, "list").map_err(|e| {
                if interp.err_is(&e, crate::eval::ExcKind::IndexError) {
                    interp.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            interp.heap.track_list_holding(l, &v);
            items[i] = v;
            Ok(())
        }
    }
}

pub fn delitem(interp: &Interp, l: &Rc<List>, key: &Value) -> PyResult<()> {
    let mut items = l.items.borrow_mut();
    match key {
        Value::Slice(s) => {
            let (start, _, step, len) = slice_indices(interp, s, items.len() as i64)?;
            let mut idx: Vec<usize> = (0..len).map(|k| (start + k * step) as usize).collect();
            idx.sort_unstable();
            let removed: Vec<Value> = idx.iter().rev().map(|&i| items.remove(i)).collect();
            drop(items);
            drop(removed);
            Ok(())
        }
        _ => {
            let i = index_of(interp, key, items.len() as i64, "list").map_err(|e| {
                if interp.err_is(&e, crate::eval::ExcKind::IndexError) {
                    interp.index_error("list assignment index out of range")
                } else {
                    e
                }
            })?;
            let v = items.remove(i);
            drop(items);
            drop(v);
            Ok(())
        }
    }
}

fn list_append(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.append", kw)?;
    method_arity(interp, "list.append", args, 1, 1)?;
    let l = this_list(interp, args, "append")?;
    interp.heap.track_list_holding(l, &args[1]);
    l.items.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn list_extend(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.extend", kw)?;
    method_arity(interp, "list.extend", args, 1, 1)?;
    let l = this_list(interp, args, "extend")?;
    if !interp.is_iterable(&args[1]) {
        return Err(interp.type_error(format!("'{}' object is not iterable", interp.type_name(&args[1]))));
    }
    let items = interp.collect(&args[1])?;
    interp.heap.track_list_holding_any(l, &items);
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.insert", kw)?;
    method_arity(interp, "insert", args, 2, 2)?;
    let l = this_list(interp, args, "insert")?;
    let i = interp.index_value(&args[1])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    interp.heap.track_list_holding(l, &args[2]);
    items.insert(j as usize, args[2].clone());
    Ok(Value::None)
}

fn list_pop(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.pop", kw)?;
    method_arity(interp, "pop", args, 0, 1)?;
    let l = this_list(interp, args, "pop")?;
    let mut items = l.items.borrow_mut();
    let j = pop_index(interp, items.len(), args.get(1), "list")?;
    Ok(items.remove(j))
}

/// The position `seq.pop([i])` removes, for a sequence of `len` items
/// (`what` names the type in the empty-sequence error).
pub fn pop_index(interp: &Interp, len: usize, arg: Option<&Value>, what: &str) -> PyResult<usize> {
    if len == 0 {
        return Err(interp.index_error(format!("pop from empty {}", what)));
    }
    let n = len as i64;
    let i = match arg {
        Some(v) => interp.index_value(v)?,
        None => n - 1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(interp.index_error("pop index out of range"));
    }
    Ok(j as usize)
}

fn list_remove(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.remove", kw)?;
    method_arity(interp, "list.remove", args, 1, 1)?;
    let l = this_list(interp, args, "remove")?;
    let mut i = 0;
    loop {
        let item = match l.items.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Err(interp.value_error("list.remove(x): x not in list")),
        };
        if item.is(&args[1]) || interp.eq(&item, &args[1])? {
            let mut items = l.items.borrow_mut();
            if i < items.len() {
                items.remove(i);
            }
            return Ok(Value::None);
        }
        i += 1;
    }
}

fn seq_items(interp: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Instance(inst) => match &inst.payload {
            Payload::List(l) => Ok(l.items.borrow().clone()),
            _ => interp.collect(v),
        },
        _ => interp.collect(v),
    }
}

/// The builtin type a list/tuple/range method belongs to, for messages.
fn seq_owner(v: Option<&Value>) -> &'static str {
    match v {
        Some(Value::Tuple(_)) => "tuple",
        Some(Value::Range(_)) => "range",
        _ => "list",
    }
}

fn seq_index(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, &format!("{}.index", seq_owner(args.first())), kw)?;
    if matches!(args.first(), Some(Value::Range(_))) {
        method_arity(interp, "range.index", args, 1, 1)?;
    } else {
        method_arity(interp, "index", args, 1, 3)?;
    }
    let items = seq_items(interp, &args[0])?;
    let n = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| -> PyResult<i64> {
        Ok(match v {
            Some(v) => {
                let i = interp.index_value(v)?;
                if i < 0 { (i + n).max(0) } else { i.min(n) }
            }
            None => d,
        })
    };
    let start = norm(args.get(2), 0)?;
    let stop = norm(args.get(3), n)?;
    for i in start..stop {
        let it = &items[i as usize];
        if it.is(&args[1]) || interp.eq(it, &args[1])? {
            return Ok(Value::Int(i));
        }
    }
    Err(interp.value_error(match &args[0] {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        Value::Range(_) => format!("{} is not in range", interp.repr(&args[1])?),
        _ => format!("{} is not in list", interp.repr(&args[1])?),
    }))
}

fn seq_count(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let qual = format!("{}.count", seq_owner(args.first()));
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 1, 1)?;
    let mut n = 0;
    for it in seq_items(interp, &args[0])? {
        if it.is(&args[1]) || interp.eq(&it, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "sort", kwargs, &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(interp.type_error("sort() takes no positional arguments"));
    }
    let l = this_list(interp, args, "sort")?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    // Sort a copy while the list appears empty, as CPython does.
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = super::functions::sort_values(interp, &mut items, key, reverse);
    let modified = !l.items.borrow().is_empty();
    *l.items.borrow_mut() = items;
    r?;
    if modified {
        return Err(interp.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn list_reverse(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.reverse", kw)?;
    method_arity(interp, "list.reverse", args, 0, 0)?;
    this_list(interp, args, "reverse")?.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.clear", kw)?;
    method_arity(interp, "list.clear", args, 0, 0)?;
    let l = this_list(interp, args, "clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn list_copy(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "list.copy", kw)?;
    method_arity(interp, "list.copy", args, 0, 0)?;
    let items = this_list(interp, args, "copy")?.items.borrow().clone();
    Ok(interp.new_list(items))
}

fn list_init(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "list", args, 1, 2)?;
    let l = this_list(interp, args, "__init__")?;
    let items = match args.get(1) {
        Some(v) => interp.collect(v)?,
        None => vec![],
    };
    *l.items.borrow_mut() = items;
    Ok(Value::None)
}

fn list_setitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__setitem__", args, 3, 3)?;
    let l = this_list(interp, args, "__setitem__")?;
    interp.setitem(&Value::List(l.clone()), args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn seq_len(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__len__", args, 1, 1)?;
    let v = interp.payload_value(&args[0]);
    Ok(Value::Int(super::functions::len_of(interp, &v)? as i64))
}

fn seq_getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__getitem__", args, 2, 2)?;
    let v = interp.payload_value(&args[0]);
    getitem(interp, &v, &args[1])
}

fn seq_contains(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__contains__", args, 2, 2)?;
    let v = interp.payload_value(&args[0]);
    Ok(Value::Bool(interp.contains(&v, &args[1])?))
}

fn seq_iter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__iter__", args, 1, 1)?;
    let v = interp.payload_value(&args[0]);
    interp.iter(&v)
}

pub fn _unused(v: &Value) -> Option<i64> {
    as_i64(v)
}
