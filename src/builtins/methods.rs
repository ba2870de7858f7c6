//! Registers the methods of the builtin types, and the few data attributes
//! builtin values have (`real`, `start`, `default_factory`, ...).

use std::rc::Rc;

use super::{arity, method_arity, no_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::value::*;

pub fn install(interp: &Interp) {
    super::strings::install(interp);
    super::numbers::install(interp);
    super::sequences::install(interp);
    super::sets::install(interp);
    super::dicts::install(interp);
    super::collections::install(interp);
    super::bytearray::install(interp);
    let t = &interp.types;
    let obj = t.object.clone();
    interp.add_method(&obj, "__init__", object_init);
    interp.add_method(&obj, "__eq__", object_eq);
    interp.add_method(&obj, "__ne__", object_ne);
    interp.add_method(&obj, "__hash__", object_hash);
    // The mutable builtin containers are unhashable: `list.__hash__ is None`.
    for c in [&t.list, &t.dict, &t.set, &t.dict_keys, &t.dict_items] {
        crate::eval::dictops::set_str(&c.dict, interp.intern("__hash__"), Value::None);
    }
    interp.add_method(&obj, "__repr__", object_repr);
    interp.add_method(&obj, "__str__", object_str);
    interp.add_method(&obj, "__setattr__", object_setattr);
    interp.add_method(&obj, "__getattribute__", object_getattribute);
    interp.add_method(&obj, "__init_subclass__", object_init_subclass);
    interp.add_method(&obj, "__format__", object_format);
    let base_exc = interp.exc_class(ExcKind::BaseException).clone();
    interp.add_method(&base_exc, "__init__", exception_init);
    interp.add_method(&base_exc, "__str__", exception_str);
    interp.add_method(&base_exc, "__repr__", exception_repr);
    interp.add_method(&base_exc, "with_traceback", exception_with_traceback);
    interp.add_method(&base_exc, "add_note", exception_add_note);
    let gen = t.generator.clone();
    interp.add_method(&gen, "send", generator_send);
    interp.add_method(&gen, "throw", generator_throw);
    interp.add_method(&gen, "close", generator_close);
    interp.add_method(&gen, "__next__", iterator_next);
    interp.add_method(&gen, "__iter__", iterator_iter);
    for c in [
        &t.list_iterator, &t.list_reverseiterator, &t.tuple_iterator, &t.str_iterator, &t.range_iterator, &t.dict_keyiterator,
        &t.dict_valueiterator, &t.dict_itemiterator, &t.set_iterator, &t.enumerate, &t.zip, &t.map, &t.filter,
        &t.reversed, &t.iterator, &t.dict_reversekeyiterator, &t.dict_reversevalueiterator, &t.dict_reverseitemiterator,
    ] {
        interp.add_method(c, "__next__", iterator_next);
        interp.add_method(c, "__iter__", iterator_iter);
    }
    let prop = t.property.clone();
    interp.add_method(&prop, "setter", property_setter);
    interp.add_method(&prop, "getter", property_getter);
    interp.add_method(&prop, "deleter", property_deleter);
    let ty = t.type_.clone();
    interp.add_method(&ty, "mro", type_mro);
    interp.add_method(&ty, "__subclasses__", type_subclasses);
}

fn object_init(_: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn object_eq(_: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(if args.len() == 2 && args[0].is(&args[1]) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__ne__", args, 2, 2)?;
    let r = interp.compare(&args[0], &args[1], crate::syntax::ast::CmpOp::Eq)?;
    Ok(Value::Bool(!interp.truthy(&r)?))
}

fn object_hash(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__hash__", args, 1, 1)?;
    Ok(Value::Int(crate::dict::hash::hash_pointer(args[0].ptr().unwrap_or(0))))
}

fn object_repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__repr__", args, 1, 1)?;
    let v = &args[0];
    let cls = interp.type_of(v);
    Ok(Value::string(format!("<{}.{} object at 0x{:x}>", cls.module, cls.qualname, v.ptr().unwrap_or(0))))
}

fn object_str(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__str__", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

fn object_format(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__format__", args, 2, 2)?;
    if let Value::Str(s) = &args[1] {
        if !s.s.is_empty() {
            return Err(interp.type_error(format!(
                "unsupported format string passed to {}.__format__",
                interp.type_name(&args[0])
            )));
        }
    }
    Ok(Value::string(interp.str_of(&args[0])?))
}

fn object_setattr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__setattr__", args, 3, 3)?;
    let Value::Str(name) = &args[1] else {
        return Err(interp.type_error("attribute name must be string"));
    };
    match &args[0] {
        Value::Instance(inst) => {
            crate::eval::dictops::set_str(&inst.attrs, interp.intern(&name.s), args[2].clone());
            Ok(Value::None)
        }
        other => {
            interp.setattr(other, &interp.intern(&name.s), args[2].clone())?;
            Ok(Value::None)
        }
    }
}

fn object_getattribute(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__getattribute__", args, 2, 2)?;
    let Value::Str(name) = &args[1] else {
        return Err(interp.type_error("attribute name must be string"));
    };
    interp.getattr(&args[0], name)
}

fn object_init_subclass(_: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::None)
}

fn exception_init(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.first() {
        if let Some(d) = inst.exc() {
            *d.args.borrow_mut() = Value::tuple(args[1..].to_vec());
        }
        if !kwargs.is_empty() {
            interp.exception_keywords(inst, kwargs)?;
        }
    } else {
        return Err(interp.type_error("descriptor '__init__' requires a 'BaseException' object"));
    }
    Ok(Value::None)
}

/// The exception instance a BaseException method was called on.
fn this_exc<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Instance>> {
    match args.first() {
        Some(Value::Instance(inst)) if inst.exc().is_some() => Ok(inst),
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{}' requires a 'BaseException' object but received a '{}'",
            name,
            interp.type_name(v)
        ))),
        None => Err(interp.type_error(format!("descriptor '{}' of 'BaseException' object needs an argument", name))),
    }
}

fn exception_str(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let inst = this_exc(interp, args, "__str__")?;
    method_arity(interp, "BaseException.__str__", args, 0, 0)?;
    Ok(Value::string(interp.exc_message(inst)?))
}

fn exception_repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let inst = this_exc(interp, args, "__repr__")?;
    method_arity(interp, "BaseException.__repr__", args, 0, 0)?;
    Ok(Value::string(interp.exc_repr(inst)?))
}

fn exception_with_traceback(_: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn exception_add_note(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "add_note", args, 2, 2)?;
    let Value::Instance(inst) = &args[0] else { return Ok(Value::None) };
    let key = interp.intern("__notes__");
    let notes = match crate::eval::dictops::get_str(&inst.attrs, &key) {
        Some(v @ Value::List(_)) => v,
        _ => {
            let l = interp.new_list(vec![]);
            crate::eval::dictops::set_str(&inst.attrs, key, l.clone());
            l
        }
    };
    if let Value::List(l) = notes {
        interp.heap.track_list_holding(&l, &args[1]);
        l.items.borrow_mut().push(args[1].clone());
    }
    Ok(Value::None)
}

fn generator_send(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "send", args, 2, 2)?;
    let Value::Generator(g) = &args[0] else { return Err(interp.type_error("send() requires a generator")) };
    match interp.generator_resume(g, crate::eval::generator::Resume::Send(args[1].clone()))? {
        crate::eval::generator::GenStep::Yielded(v) => Ok(v),
        crate::eval::generator::GenStep::Returned(r) => Err(interp.stop_iteration(r)),
    }
}

fn generator_throw(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() < 2 {
        return Err(interp.type_error("throw expected at least 1 argument, got 0"));
    }
    let Value::Generator(g) = &args[0] else { return Err(interp.type_error("throw() requires a generator")) };
    let mut exc = args[1].clone();
    if let (Value::Class(_), Some(v)) = (&exc, args.get(2)) {
        exc = interp.call(&exc, &[v.clone()], &[])?;
    }
    let inst = interp.make_raisable(exc)?;
    match interp.generator_resume(g, crate::eval::generator::Resume::Throw(crate::eval::PyErr { exc: inst }))? {
        crate::eval::generator::GenStep::Yielded(v) => Ok(v),
        crate::eval::generator::GenStep::Returned(r) => Err(interp.stop_iteration(r)),
    }
}

fn generator_close(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "close", args, 1, 1)?;
    if let Value::Generator(g) = &args[0] {
        interp.generator_close(g)?;
    }
    Ok(Value::None)
}

fn iterator_next(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__next__", args, 1, 1)?;
    if let Value::Generator(g) = &args[0] {
        return match interp.generator_resume(g, crate::eval::generator::Resume::Send(Value::None))? {
            crate::eval::generator::GenStep::Yielded(v) => Ok(v),
            crate::eval::generator::GenStep::Returned(r) => Err(interp.stop_iteration(r)),
        };
    }
    match interp.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(interp.stop_iteration(Value::None)),
    }
}

fn iterator_iter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__iter__", args, 1, 1)?;
    Ok(args[0].clone())
}

fn property_with(interp: &Interp, args: &[Value], which: usize) -> PyResult<Value> {
    arity(interp, "property", args, 2, 2)?;
    let Value::Wrapper(w) = &args[0] else { return Err(interp.type_error("expected a property")) };
    let Wrapper::Property { fget, fset, fdel, doc } = &**w else {
        return Err(interp.type_error("expected a property"));
    };
    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
    match which {
        0 => g = args[1].clone(),
        1 => s = args[1].clone(),
        _ => d = args[1].clone(),
    }
    Ok(Value::Wrapper(Rc::new(Wrapper::Property { fget: g, fset: s, fdel: d, doc: doc.clone() })))
}

fn property_getter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    property_with(interp, args, 0)
}
fn property_setter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    property_with(interp, args, 1)
}
fn property_deleter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    property_with(interp, args, 2)
}

fn type_mro(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "mro", args, 1, 1)?;
    let Value::Class(c) = &args[0] else { return Err(interp.type_error("mro() needs a type")) };
    let mut v = vec![Value::Class(c.clone())];
    v.extend(c.mro.iter().map(|m| Value::Class(m.clone())));
    Ok(interp.new_list(v))
}

fn type_subclasses(interp: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(interp.new_list(vec![]))
}

/// Data attributes of builtin values.
pub fn native_attr(interp: &Interp, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
    let n = &*name.s;
    Ok(match (obj, n) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(obj.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Range(r), "start") => Some(Value::Int(r.start)),
        (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Value::Range(r), "step") => Some(Value::Int(r.step)),
        (Value::Slice(s), "start") => Some(s.start.clone()),
        (Value::Slice(s), "stop") => Some(s.stop.clone()),
        (Value::Slice(s), "step") => Some(s.step.clone()),
        (Value::Dict(d), "default_factory") => match &d.kind {
            DictKind::Default(f) => Some(f.borrow().clone()),
            _ => None,
        },
        (Value::View(v), "mapping") => Some(Value::Dict(v.dict.clone())),
        (Value::Generator(g), "__name__") => Some(Value::Str(g.func.name.borrow().clone())),
        (Value::Generator(g), "__qualname__") => Some(Value::Str(g.func.qualname.borrow().clone())),
        (Value::Generator(g), "gi_running") => Some(Value::Bool(g.is_running())),
        (_, "__class__") => Some(Value::Class(interp.type_of(obj))),
        (_, "__doc__") => Some(Value::None),
        _ => {
            let _ = no_kwargs;
            None
        }
    })
}
