//! bytearray: a mutable sequence of bytes. It shares bytes' construction and
//! indexing rules; what it adds is mutation (item assignment, append,
//! extend, pop, clear) and being unhashable.

use std::cell::RefCell;
use std::rc::Rc;

use super::{arity, method_arity};
use crate::eval::call::Kwargs;
use crate::eval::ops::as_i64;
use crate::eval::{Interp, PyResult};
use crate::value::*;

pub fn install(interp: &Interp) {
    let c = interp.types.bytearray.clone();
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("append", append),
        ("extend", extend),
        ("pop", pop),
        ("clear", clear),
        ("copy", copy),
        ("decode", decode),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__len__", dunder_len),
    ];
    for (n, f) in methods {
        interp.add_method(&c, n, *f);
    }
}

pub fn new(b: Vec<u8>) -> Value {
    Value::ByteArray(Rc::new(ByteArray { b: RefCell::new(b) }))
}

/// `bytearray(...)`: the same arguments as `bytes(...)`.
pub fn construct(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.is_empty() && kwargs.is_empty() {
        return Ok(new(Vec::new()));
    }
    let args: Vec<Value> = args
        .iter()
        .map(|a| match a {
            // A bytearray argument is copied, like any iterable of ints.
            Value::ByteArray(b) => Value::Bytes(Rc::new(PyBytes { b: b.b.borrow().clone().into_boxed_slice() })),
            other => other.clone(),
        })
        .collect();
    match super::strings::bytes_new(interp, &args, kwargs)? {
        Value::Bytes(b) => Ok(new(b.b.to_vec())),
        other => Ok(other),
    }
}

fn this(interp: &Interp, args: &[Value], name: &str) -> PyResult<Rc<ByteArray>> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => Err(interp.type_error(format!("descriptor '{}' requires a 'bytearray' object", name))),
    }
}

fn byte_value(interp: &Interp, v: &Value) -> PyResult<u8> {
    match as_i64(v) {
        Some(i) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(interp.value_error("byte must be in range(0, 256)")),
        None => Err(interp.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            interp.type_name(v)
        ))),
    }
}

/// `ba[key]`: an int for an index, a bytearray for a slice.
pub fn getitem(interp: &Interp, ba: &ByteArray, key: &Value) -> PyResult<Value> {
    let snapshot = Value::Bytes(Rc::new(PyBytes { b: ba.b.borrow().clone().into_boxed_slice() }));
    match super::sequences::getitem(interp, &snapshot, key).map_err(|e| {
        if interp.err_is(&e, crate::eval::ExcKind::IndexError) {
            interp.index_error("bytearray index out of range")
        } else {
            e
        }
    })? {
        Value::Bytes(b) => Ok(new(b.b.to_vec())),
        other => Ok(other),
    }
}

/// `ba[i] = byte`.
pub fn setitem(interp: &Interp, ba: &ByteArray, key: &Value, v: Value) -> PyResult<()> {
    let Some(i) = as_i64(key) else {
        return Err(interp.type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            interp.type_name(key)
        )));
    };
    let byte = byte_value(interp, &v)?;
    let mut b = ba.b.borrow_mut();
    let n = b.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(interp.index_error("bytearray index out of range"));
    }
    b[j as usize] = byte;
    Ok(())
}

fn dunder_getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.__getitem__", args, 1, 1)?;
    getitem(interp, &*this(interp, args, "__getitem__")?, &args[1])
}

fn dunder_setitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.__setitem__", args, 2, 2)?;
    setitem(interp, &*this(interp, args, "__setitem__")?, &args[1], args[2].clone())?;
    Ok(Value::None)
}

fn dunder_len(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.__len__", args, 0, 0)?;
    Ok(Value::Int(this(interp, args, "__len__")?.b.borrow().len() as i64))
}

fn append(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.append", args, 1, 1)?;
    let ba = this(interp, args, "append")?;
    let byte = byte_value(interp, &args[1])?;
    ba.b.borrow_mut().push(byte);
    Ok(Value::None)
}

fn extend(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.extend", args, 1, 1)?;
    let ba = this(interp, args, "extend")?;
    let bytes: Vec<u8> = match &args[1] {
        Value::Bytes(b) => b.b.to_vec(),
        Value::ByteArray(b) => b.b.borrow().clone(),
        other => {
            let mut out = Vec::new();
            for item in interp.collect(other)? {
                out.push(byte_value(interp, &item)?);
            }
            out
        }
    };
    ba.b.borrow_mut().extend(bytes);
    Ok(Value::None)
}

fn pop(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.pop", args, 0, 1)?;
    let ba = this(interp, args, "pop")?;
    let mut b = ba.b.borrow_mut();
    let j = super::sequences::pop_index(interp, b.len(), args.get(1), "bytearray")?;
    Ok(Value::Int(b.remove(j) as i64))
}

fn clear(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.clear", args, 0, 0)?;
    this(interp, args, "clear")?.b.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "bytearray.copy", args, 0, 0)?;
    Ok(new(this(interp, args, "copy")?.b.borrow().clone()))
}

fn decode(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity(interp, "decode", args, 1, 3)?;
    let ba = this(interp, args, "decode")?;
    let mut all = vec![Value::Bytes(Rc::new(PyBytes { b: ba.b.borrow().clone().into_boxed_slice() }))];
    all.extend_from_slice(&args[1..]);
    let decode = interp.class_lookup(&interp.types.bytes, &interp.intern("decode"));
    match decode {
        Some(f) => interp.call(&f, &all, kwargs),
        None => Err(interp.type_error("bytes.decode is missing")),
    }
}
