//! set and frozenset: methods and operators, driven in CPython's insertion
//! order so iteration order matches (see `dict::set_table`).

use std::rc::Rc;

use super::{arity, method_arity};
use crate::eval::call::Kwargs;
use crate::eval::iter::set_items;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::syntax::ast::BinOp;
use crate::value::*;

pub fn install(interp: &Interp) {
    let both: &[(&'static str, BuiltinFn)] = &[
        ("copy", copy),
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    let mutating: &[(&'static str, BuiltinFn)] = &[
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    let set = interp.types.set.clone();
    let fset = interp.types.frozenset.clone();
    for (n, f) in both {
        interp.add_method(&set, n, *f);
        interp.add_method(&fset, n, *f);
    }
    for (n, f) in mutating {
        interp.add_method(&set, n, *f);
    }
}

#[inline]
fn this<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Set>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s),
        _ => Err(not_a_set(interp, name)),
    }
}

#[cold]
fn not_a_set(interp: &Interp, name: &str) -> crate::eval::PyErr {
    interp.type_error(format!("descriptor '{}' requires a 'set' object", name))
}

/// A copy of `s` with CPython's layout (set(s), s.copy()).
pub fn copy_of(interp: &Interp, s: &Set, frozen: bool) -> Rc<Set> {
    let r = interp.new_set(frozen);
    *r.table.borrow_mut() = s.table.borrow().copy();
    r
}

/// Adds every element of `other` (a set in slot order, else iteration order).
fn update_with(interp: &Interp, s: &Rc<Set>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => {
            if Rc::ptr_eq(o, s) {
                return Ok(());
            }
            // CPython's set_merge: presize (or copy into an empty set), then
            // add the other set's keys in its slot order.
            let done = s.table.borrow_mut().merge_begin(&o.table.borrow());
            if !done {
                for item in set_items(o) {
                    interp.set_add(s, item)?;
                }
            }
        }
        Value::Dict(d) => {
            s.table.borrow_mut().presize_for(d.len());
            for k in crate::eval::dictops::keys(d) {
                interp.set_add(s, k)?;
            }
        }
        _ => {
            let it = interp.iter(other)?;
            while let Some(item) = interp.next(&it)? {
                interp.set_add(s, item)?;
            }
        }
    }
    Ok(())
}

fn as_set(interp: &Interp, v: &Value) -> PyResult<Rc<Set>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        _ => interp.set_from_iterable(v),
    }
}

fn intersect(interp: &Interp, a: &Rc<Set>, b: &Value, frozen: bool) -> PyResult<Rc<Set>> {
    if let Value::Set(bs) = b {
        if Rc::ptr_eq(a, bs) {
            return Ok(copy_of(interp, a, frozen));
        }
        let r = interp.new_set(frozen);
        let (big, small) = if bs.table.borrow().len() > a.table.borrow().len() { (bs, a) } else { (a, bs) };
        for item in set_items(small) {
            if interp.set_contains(big, &item)? {
                interp.set_add(&r, item)?;
            }
        }
        return Ok(r);
    }
    let r = interp.new_set(frozen);
    let it = interp.iter(b)?;
    while let Some(item) = interp.next(&it)? {
        if interp.set_contains(a, &item)? {
            interp.set_add(&r, item)?;
        }
    }
    Ok(r)
}

fn diff(interp: &Interp, a: &Rc<Set>, b: &Value, frozen: bool) -> PyResult<Rc<Set>> {
    let r = interp.new_set(frozen);
    let other = as_set(interp, b)?;
    for item in set_items(a) {
        if !interp.set_contains(&other, &item)? {
            interp.set_add(&r, item)?;
        }
    }
    Ok(r)
}

fn sym_update(interp: &Interp, s: &Rc<Set>, other: &Value) -> PyResult<()> {
    let o = match other {
        Value::Set(o) => {
            if Rc::ptr_eq(o, s) {
                s.table.borrow_mut().clear();
                return Ok(());
            }
            o.clone()
        }
        _ => interp.set_from_iterable(other)?,
    };
    for item in set_items(&o) {
        if !interp.set_discard(s, &item)? {
            interp.set_add(s, item)?;
        }
    }
    Ok(())
}

/// `a op b` for two sets (the result has the left operand's type).
pub fn binary(interp: &Interp, a: &Rc<Set>, op: BinOp, b: &Rc<Set>, frozen: bool) -> PyResult<Value> {
    let bv = Value::Set(b.clone());
    Ok(Value::Set(match op {
        BinOp::BitOr => {
            let r = copy_of(interp, a, frozen);
            update_with(interp, &r, &bv)?;
            r
        }
        BinOp::BitAnd => intersect(interp, a, &bv, frozen)?,
        BinOp::Sub => diff(interp, a, &bv, frozen)?,
        _ => {
            let r = copy_of(interp, b, frozen);
            sym_update(interp, &r, &Value::Set(a.clone()))?;
            r
        }
    }))
}

/// `a op= b` for a mutable set.
pub fn inplace(interp: &Interp, a: &Rc<Set>, op: BinOp, b: &Rc<Set>) -> PyResult<()> {
    let bv = Value::Set(b.clone());
    match op {
        BinOp::BitOr => update_with(interp, a, &bv),
        BinOp::BitAnd => {
            let r = intersect(interp, a, &bv, false)?;
            a.table.borrow_mut().swap_bodies(&mut r.table.borrow_mut());
            Ok(())
        }
        BinOp::Sub => {
            if Rc::ptr_eq(a, b) {
                a.table.borrow_mut().clear();
                return Ok(());
            }
            for item in set_items(b) {
                interp.set_discard(a, &item)?;
            }
            Ok(())
        }
        _ => sym_update(interp, a, &bv),
    }
}

fn add(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "set.add", args, 1, 1)?;
    interp.set_add(&*this(interp, args, "add")?, args[1].clone())?;
    Ok(Value::None)
}

fn discard(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "set.discard", args, 1, 1)?;
    interp.set_discard(&*this(interp, args, "discard")?, &args[1])?;
    Ok(Value::None)
}

fn remove(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "set.remove", args, 1, 1)?;
    if !interp.set_discard(&*this(interp, args, "remove")?, &args[1])? {
        return Err(interp.key_error(args[1].clone()));
    }
    Ok(Value::None)
}

fn pop(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "set.pop", args, 0, 0)?;
    let s = this(interp, args, "pop")?;
    let r = s.table.borrow_mut().pop();
    match r {
        Some((_, k)) => Ok(k),
        None => Err(interp.new_error(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "set.clear", args, 0, 0)?;
    let s = this(interp, args, "clear")?;
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "copy")?;
    method_arity(interp, if s.frozen { "frozenset.copy" } else { "set.copy" }, args, 0, 0)?;
    if s.frozen {
        return Ok(args[0].clone());
    }
    Ok(Value::Set(copy_of(interp, &s, false)))
}

fn update(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "update")?;
    for o in &args[1..] {
        update_with(interp, &s, o)?;
    }
    Ok(Value::None)
}

fn union(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "union")?;
    let r = copy_of(interp, &s, s.frozen);
    for o in &args[1..] {
        if let Value::Set(os) = o {
            if Rc::ptr_eq(os, &s) {
                continue;
            }
        }
        update_with(interp, &r, o)?;
    }
    Ok(Value::Set(r))
}

fn intersection(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "intersection")?;
    let mut r = copy_of(interp, &s, s.frozen);
    for o in &args[1..] {
        r = intersect(interp, &r, o, s.frozen)?;
    }
    Ok(Value::Set(r))
}

fn difference(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "difference")?;
    let mut r = copy_of(interp, &s, s.frozen);
    for o in &args[1..] {
        r = diff(interp, &r, o, s.frozen)?;
    }
    Ok(Value::Set(r))
}

fn symmetric_difference(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "symmetric_difference", args, 2, 2)?;
    let s = this(interp, args, "symmetric_difference")?;
    let r = match &args[1] {
        Value::Set(o) => copy_of(interp, o, s.frozen),
        other => {
            let r = interp.new_set(s.frozen);
            update_with(interp, &r, other)?;
            r
        }
    };
    sym_update(interp, &r, &Value::Set(s.clone()))?;
    Ok(Value::Set(r))
}

fn intersection_update(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "intersection_update")?;
    for o in &args[1..] {
        let r = intersect(interp, &s, o, false)?;
        s.table.borrow_mut().swap_bodies(&mut r.table.borrow_mut());
    }
    Ok(Value::None)
}

fn difference_update(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let s = this(interp, args, "difference_update")?;
    for o in &args[1..] {
        for item in interp.collect(o)? {
            interp.set_discard(&s, &item)?;
        }
    }
    Ok(Value::None)
}

fn symmetric_difference_update(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "symmetric_difference_update", args, 2, 2)?;
    let s = this(interp, args, "symmetric_difference_update")?;
    sym_update(interp, &s, &args[1])?;
    Ok(Value::None)
}

fn issubset(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "issubset", args, 2, 2)?;
    let s = this(interp, args, "issubset")?;
    let o = as_set(interp, &args[1])?;
    for item in set_items(&s) {
        if !interp.set_contains(&o, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "issuperset", args, 2, 2)?;
    let s = this(interp, args, "issuperset")?;
    for item in interp.collect(&args[1])? {
        if !interp.set_contains(&s, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isdisjoint", args, 2, 2)?;
    let s = this(interp, args, "isdisjoint")?;
    for item in interp.collect(&args[1])? {
        if interp.set_contains(&s, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn len(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "__len__")?.table.borrow().len() as i64))
}

fn contains(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__contains__", args, 2, 2)?;
    Ok(Value::Bool(interp.set_contains(&*this(interp, args, "__contains__")?, &args[1])?))
}

fn iter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__iter__", args, 1, 1)?;
    interp.iter(&args[0])
}
