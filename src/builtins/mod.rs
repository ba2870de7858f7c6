//! The builtin functions, the constructors of the builtin types, and the
//! builtin modules (sys, math, collections, typing).

pub mod abc;
pub mod bytearray;
pub mod collections;
pub mod dicts;
pub mod functions;
pub mod methods;
pub mod modules;
pub mod numbers;
pub mod sequences;
pub mod sets;
pub mod strings;
pub mod typing;

use std::rc::Rc;

use crate::eval::call::Kwargs;
use crate::eval::{ExcKind, Interp, PyErr, PyResult};
use crate::value::*;

/// Registers the builtin functions and types in the builtins namespace.
pub fn install(interp: &Interp) {
    functions::install(interp);
    let t = &interp.types;
    let types: Vec<&Rc<Class>> = vec![
        &t.object, &t.type_, &t.bool_, &t.int, &t.float, &t.str_, &t.bytes, &t.bytearray, &t.tuple, &t.list, &t.dict, &t.set,
        &t.frozenset, &t.range, &t.slice, &t.property, &t.staticmethod, &t.classmethod, &t.super_, &t.enumerate,
        &t.zip, &t.map, &t.filter, &t.reversed,
    ];
    for c in types {
        crate::eval::dictops::set_str(&interp.builtins, c.name.clone(), Value::Class(c.clone()));
    }
    for c in &t.exceptions {
        crate::eval::dictops::set_str(&interp.builtins, c.name.clone(), Value::Class(c.clone()));
    }
    let b = &interp.builtins;
    for alias in ["IOError", "EnvironmentError"] {
        let os_error = Value::Class(interp.exc_class(ExcKind::OSError).clone());
        crate::eval::dictops::set_str(b, interp.intern(alias), os_error);
    }
    crate::eval::dictops::set_str(b, interp.intern("None"), Value::None);
    crate::eval::dictops::set_str(b, interp.intern("Ellipsis"), Value::Ellipsis);
    crate::eval::dictops::set_str(b, interp.intern("NotImplemented"), Value::NotImplemented);
    crate::eval::dictops::set_str(b, interp.intern("__name__"), Value::str("builtins"));
}

/// Checks the number of positional arguments of a builtin.
#[inline]
pub fn arity(interp: &Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    if args.len() < min || args.len() > max {
        return Err(arity_error(interp, name, args, min, max));
    }
    Ok(())
}

#[cold]
fn arity_error(interp: &Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyErr {
    let msg = if min == max {
        match min {
            0 => format!("{}() takes no arguments ({} given)", name, args.len()),
            1 => format!("{}() takes exactly one argument ({} given)", name, args.len()),
            _ => format!("{}() takes exactly {} arguments ({} given)", name, min, args.len()),
        }
    } else if args.len() < min {
        format!("{} expected at least {} argument{}, got {}", name, min, if min == 1 { "" } else { "s" }, args.len())
    } else {
        format!("{} expected at most {} argument{}, got {}", name, max, if max == 1 { "" } else { "s" }, args.len())
    };
    interp.type_error(msg)
}

/// Checks the number of arguments of a builtin method; `args[0]` is self and
/// `min`/`max` do not count it. The messages are CPython's: a method taking
/// no argument or exactly one names itself qualified (`"str.upper"`:
/// `str.upper() takes no arguments (1 given)`), one with optional arguments
/// uses the bare name (`"replace"`: `replace expected at least 2 arguments, got 1`).
#[inline]
pub fn method_arity(interp: &Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        return Err(method_arity_error(interp, name, n, min, max));
    }
    Ok(())
}

#[cold]
fn method_arity_error(interp: &Interp, name: &str, n: usize, min: usize, max: usize) -> PyErr {
    let msg = match (min, max) {
        (0, 0) => format!("{}() takes no arguments ({} given)", name, n),
        (1, 1) => format!("{}() takes exactly one argument ({} given)", name, n),
        _ => {
            let (how, k) = if min == max {
                ("", min)
            } else if n < min {
                ("at least ", min)
            } else {
                ("at most ", max)
            };
            format!("{} expected {}{} argument{}, got {}", name, how, k, if k == 1 { "" } else { "s" }, n)
        }
    };
    interp.type_error(msg)
}

/// Like [`method_arity`], for the methods CPython parses with
/// `PyArg_ParseTuple` (`count() takes at least 1 argument (0 given)`).
pub fn getargs_arity(interp: &Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n < min || n > max {
        let (how, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(interp.type_error(format!(
            "{}() takes {} {} argument{} ({} given)",
            name,
            how,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(())
}

#[inline]
pub fn no_kwargs(interp: &Interp, name: &str, kwargs: Kwargs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(no_kwargs_error(interp, name));
    }
    Ok(())
}

#[cold]
fn no_kwargs_error(interp: &Interp, name: &str) -> PyErr {
    interp.type_error(format!("{}() takes no keyword arguments", name))
}

/// The value of keyword `name`, if given.
pub fn kwarg<'a>(kwargs: &'a [(Rc<PyStr>, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &*k.s == name).map(|(_, v)| v)
}

/// Rejects keywords other than `allowed`.
pub fn only_kwargs(interp: &Interp, fname: &str, kwargs: Kwargs, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in kwargs {
        if !allowed.contains(&&*k.s) {
            return Err(interp.type_error(format!("'{}' is an invalid keyword argument for {}()", k.s, fname)));
        }
    }
    Ok(())
}

/// `Class(args)` for the builtin classes.
pub fn construct(interp: &Interp, class: &Rc<Class>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let t = &interp.types;
    let is = |c: &Rc<Class>| Rc::ptr_eq(class, c);
    if class.base_kind == BaseKind::Exception {
        let inst = interp.new_exc_instance(class, args.to_vec());
        if !kwargs.is_empty() {
            interp.exception_keywords(&inst, kwargs)?;
        }
        return Ok(Value::Instance(inst));
    }
    if is(&t.int) {
        return functions::int_new(interp, args, kwargs);
    }
    if is(&t.float) {
        no_kwargs(interp, "float", kwargs)?;
        arity(interp, "float", args, 0, 1)?;
        return functions::to_float(interp, args.first().unwrap_or(&Value::Int(0)));
    }
    if is(&t.str_) {
        only_kwargs(interp, "str", kwargs, &["object", "encoding", "errors"])?;
        if args.is_empty() {
            return Ok(match kwarg(kwargs, "object") {
                Some(v) => Value::string(interp.str_of(v)?),
                None => Value::str(""),
            });
        }
        if let (Value::Bytes(b), true) = (&args[0], args.len() > 1 || !kwargs.is_empty()) {
            return strings::decode_bytes(
                interp,
                b,
                args.get(1).or_else(|| kwarg(kwargs, "encoding")),
                args.get(2).or_else(|| kwarg(kwargs, "errors")),
            );
        }
        arity(interp, "str", args, 0, 1)?;
        return Ok(match &args[0] {
            s @ Value::Str(_) => s.clone(),
            v => Value::string(interp.str_of(v)?),
        });
    }
    if is(&t.bool_) {
        no_kwargs(interp, "bool", kwargs)?;
        arity(interp, "bool", args, 0, 1)?;
        return Ok(Value::Bool(match args.first() {
            Some(v) => interp.truthy(v)?,
            None => false,
        }));
    }
    if is(&t.list) {
        no_kwargs(interp, "list", kwargs)?;
        arity(interp, "list", args, 0, 1)?;
        let items = match args.first() {
            Some(v) => interp.collect(v)?,
            None => Vec::new(),
        };
        return Ok(interp.new_list(items));
    }
    if is(&t.tuple) {
        no_kwargs(interp, "tuple", kwargs)?;
        arity(interp, "tuple", args, 0, 1)?;
        return Ok(match args.first() {
            Some(v @ Value::Tuple(_)) => v.clone(),
            Some(v) => Value::tuple(interp.collect(v)?),
            None => Value::tuple(vec![]),
        });
    }
    if is(&t.dict) || is(&t.ordered_dict) || is(&t.counter) || is(&t.defaultdict) {
        return dicts::construct(interp, class, args, kwargs);
    }
    if is(&t.set) || is(&t.frozenset) {
        let frozen = is(&t.frozenset);
        let name = if frozen { "frozenset" } else { "set" };
        no_kwargs(interp, name, kwargs)?;
        arity(interp, name, args, 0, 1)?;
        if let (true, Some(v @ Value::Set(s))) = (frozen, args.first()) {
            if s.frozen {
                return Ok(v.clone());
            }
        }
        let s = match args.first() {
            Some(v) => {
                let s = interp.set_from_iterable(v)?;
                if frozen {
                    let f = interp.new_set(true);
                    std::mem::swap(&mut *f.table.borrow_mut(), &mut *s.table.borrow_mut());
                    f
                } else {
                    s
                }
            }
            None => interp.new_set(frozen),
        };
        return Ok(Value::Set(s));
    }
    if is(&t.range) {
        return functions::range_new(interp, args, kwargs);
    }
    if is(&t.slice) {
        arity(interp, "slice", args, 1, 3)?;
        let (start, stop, step) = match args.len() {
            1 => (Value::None, args[0].clone(), Value::None),
            2 => (args[0].clone(), args[1].clone(), Value::None),
            _ => (args[0].clone(), args[1].clone(), args[2].clone()),
        };
        return Ok(Value::Slice(Rc::new(Slice { start, stop, step })));
    }
    if is(&t.object) {
        arity(interp, "object", args, 0, 0)?;
        return interp.new_instance(&t.object, &[]);
    }
    if is(&t.type_) {
        return functions::type_new(interp, args, kwargs);
    }
    if is(&t.property) {
        only_kwargs(interp, "property", kwargs, &["fget", "fset", "fdel", "doc"])?;
        let get = |i: usize, n: &str| args.get(i).cloned().or_else(|| kwarg(kwargs, n).cloned()).unwrap_or(Value::None);
        let fget = get(0, "fget");
        let mut doc = get(3, "doc");
        if doc.is_none() && !fget.is_none() {
            doc = interp.getattr_opt(&fget, &interp.names.doc)?.unwrap_or(Value::None);
        }
        return Ok(Value::Wrapper(Rc::new(Wrapper::Property { fget, fset: get(1, "fset"), fdel: get(2, "fdel"), doc })));
    }
    if is(&t.staticmethod) || is(&t.classmethod) {
        arity(interp, &class.name.s, args, 1, 1)?;
        let f = args[0].clone();
        return Ok(Value::Wrapper(Rc::new(if is(&t.staticmethod) {
            Wrapper::StaticMethod(f)
        } else {
            Wrapper::ClassMethod(f)
        })));
    }
    if is(&t.super_) {
        arity(interp, "super", args, 2, 2)?;
        let Value::Class(c) = &args[0] else {
            return Err(interp.type_error("super() argument 1 must be a type"));
        };
        return Ok(Value::Wrapper(Rc::new(Wrapper::Super { class: c.clone(), obj: args[1].clone() })));
    }
    if is(&t.enumerate) {
        only_kwargs(interp, "enumerate", kwargs, &["iterable", "start"])?;
        let iterable = args.first().or_else(|| kwarg(kwargs, "iterable")).cloned();
        let Some(iterable) = iterable else {
            return Err(interp.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
        };
        let start = args.get(1).or_else(|| kwarg(kwargs, "start")).cloned().unwrap_or(Value::Int(0));
        if !crate::eval::ops::is_int(&start) {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(&start)
            )));
        }
        let inner = interp.iter(&iterable)?;
        return Ok(iter_obj(IterState::Enumerate { inner, count: start }));
    }
    if is(&t.zip) {
        only_kwargs(interp, "zip", kwargs, &["strict"])?;
        let strict = match kwarg(kwargs, "strict") {
            Some(v) => interp.truthy(v)?,
            None => false,
        };
        let mut iters = Vec::with_capacity(args.len());
        for a in args {
            iters.push(interp.iter(a)?);
        }
        return Ok(iter_obj(IterState::Zip { iters, strict }));
    }
    if is(&t.map) {
        no_kwargs(interp, "map", kwargs)?;
        if args.len() < 2 {
            return Err(interp.type_error("map() must have at least two arguments."));
        }
        let mut iters = Vec::with_capacity(args.len() - 1);
        for a in &args[1..] {
            iters.push(interp.iter(a)?);
        }
        return Ok(iter_obj(IterState::Map { func: args[0].clone(), iters }));
    }
    if is(&t.filter) {
        no_kwargs(interp, "filter", kwargs)?;
        arity(interp, "filter", args, 2, 2)?;
        let it = interp.iter(&args[1])?;
        return Ok(iter_obj(IterState::Filter { func: args[0].clone(), iter: it }));
    }
    if is(&t.reversed) {
        no_kwargs(interp, "reversed", kwargs)?;
        arity(interp, "reversed", args, 1, 1)?;
        return functions::reversed(interp, &args[0]);
    }
    if is(&t.bytes) {
        return strings::bytes_new(interp, args, kwargs);
    }
    if is(&t.bytearray) {
        return bytearray::construct(interp, args, kwargs);
    }
    for (c, v) in [(&t.none, Value::None), (&t.not_implemented, Value::NotImplemented), (&t.ellipsis, Value::Ellipsis)] {
        if is(c) {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(interp.type_error(format!("{} takes no arguments", class.name.s)));
            }
            return Ok(v);
        }
    }
    Err(interp.type_error(format!("cannot create '{}' instances", class.name.s)))
}

pub fn iter_obj(state: IterState) -> Value {
    Value::Iterator(Rc::new(IterObj { state: std::cell::RefCell::new(state) }))
}

/// A raised error's type check helper for builtins that need it.
pub fn is_exc(interp: &Interp, e: &crate::eval::PyErr, k: ExcKind) -> bool {
    interp.err_is(e, k)
}
