//! dict methods and the dict() constructor (shared by the dict kinds).

use std::rc::Rc;

use super::{arity, kwarg, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::value::*;

pub fn install(interp: &Interp) {
    let d = interp.types.dict.clone();
    let methods: &[(&'static str, BuiltinFn)] = &[
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("update", update),
        ("clear", clear),
        ("copy", copy),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("__init__", init),
        ("__len__", len),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
        ("__eq__", eq),
        ("__lt__", not_implemented),
        ("__le__", not_implemented),
        ("__gt__", not_implemented),
        ("__ge__", not_implemented),
        ("__repr__", repr),
    ];
    for (n, f) in methods {
        interp.add_method(&d, n, *f);
    }
    let fk = Value::Builtin(Rc::new(Builtin { name: "fromkeys", func: fromkeys, owner: Some("dict") }));
    dictops::set_str(&d.dict, interp.intern("fromkeys"), Value::Wrapper(Rc::new(Wrapper::ClassMethod(fk))));
    let t = &interp.types;
    for it in [
        &t.dict_keyiterator,
        &t.dict_valueiterator,
        &t.dict_itemiterator,
        &t.dict_reversekeyiterator,
        &t.dict_reversevalueiterator,
        &t.dict_reverseitemiterator,
    ] {
        interp.add_method(it, "__length_hint__", dict_iter_length_hint);
    }
    for view in [&interp.types.dict_keys, &interp.types.dict_items] {
        interp.add_method(view, "isdisjoint", view_isdisjoint);
    }
}

/// The dict a method was called on (a dict, or an instance of a dict subclass).
#[inline]
pub fn this<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        _ => this_slow(interp, args, name),
    }
}

#[cold]
fn this_slow<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Dict>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d),
        Some(Value::Instance(inst)) => match &inst.payload {
            Payload::Dict(d) => Ok(d),
            _ => Err(interp.type_error(format!(
                "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
                name, inst.class.name.s
            ))),
        },
        Some(v) => Err(interp.type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            name,
            interp.type_name(v)
        ))),
        None => Err(interp.type_error(format!("unbound method dict.{}() needs an argument", name))),
    }
}

fn get(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs(interp, "dict.get", kw)?;
    let d = this(interp, args, "get")?;
    super::method_arity(interp, "get", args, 1, 2)?;
    Ok(dictops::get(interp, &d, &args[1])?.unwrap_or_else(|| args.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs(interp, "dict.setdefault", kw)?;
    let d = this(interp, args, "setdefault")?;
    super::method_arity(interp, "setdefault", args, 1, 2)?;
    let hash = dictops::hash_key(interp, &args[1])?;
    if let Some(v) = dictops::get_hashed(interp, &d, &args[1], hash)? {
        return Ok(v);
    }
    let default = args.get(2).cloned().unwrap_or(Value::None);
    dictops::set_hashed(interp, &d, args[1].clone(), hash, default.clone())?;
    Ok(default)
}

fn pop(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    super::no_kwargs(interp, "dict.pop", kw)?;
    let d = this(interp, args, "pop")?;
    super::method_arity(interp, "pop", args, 1, 2)?;
    // An empty dict answers without hashing the key (CPython's _PyDict_Pop).
    let found = if d.len() == 0 { None } else { dictops::pop(interp, &d, &args[1])? };
    match found {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(interp.dict_key_error(&d, args[1].clone())),
        },
    }
}

fn popitem(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "popitem")?;
    if let DictKind::Ordered = d.kind {
        return super::collections::od_popitem(interp, &d, args, kwargs);
    }
    super::no_kwargs(interp, "dict.popitem", kwargs)?;
    super::method_arity(interp, "dict.popitem", args, 0, 0)?;
    let r = d.table.borrow_mut().pop_last();
    match r {
        Some((_, k, v)) => Ok(Value::pair(k, v)),
        None => Err(interp.new_error(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

/// `d.update(other, **kwargs)`.
pub fn update_impl(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs, name: &str) -> PyResult<()> {
    if args.len() > 1 {
        return Err(interp.type_error(format!("{} expected at most 1 argument, got {}", name, args.len())));
    }
    if let Some(other) = args.first() {
        dictops::update_from(interp, d, other, true)?;
    }
    for (k, v) in kwargs {
        dictops::set(interp, d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

fn update(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "update")?;
    if let DictKind::Counter = d.kind {
        return super::collections::counter_update(interp, &d, &args[1..], kwargs, 1);
    }
    update_impl(interp, &d, &args[1..], kwargs, "update")?;
    Ok(Value::None)
}

fn clear(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "clear")?;
    super::method_arity(interp, "dict.clear", args, 0, 0)?;
    let old = d.table.borrow_mut().take_all();
    drop(old);
    Ok(Value::None)
}

fn copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "copy")?;
    super::method_arity(interp, "dict.copy", args, 0, 0)?;
    Ok(Value::Dict(dictops::copy(interp, &d)))
}

fn view(interp: &Interp, args: &[Value], kind: ViewKind, name: &str) -> PyResult<Value> {
    let d = this(interp, args, name)?;
    super::method_arity(interp, &format!("dict.{}", name), args, 0, 0)?;
    Ok(Value::View(Rc::new(View { dict: d.clone(), kind })))
}

fn keys(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    view(interp, args, ViewKind::Keys, "keys")
}
fn values(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    view(interp, args, ViewKind::Values, "values")
}
fn items(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    view(interp, args, ViewKind::Items, "items")
}

fn init(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__init__")?;
    match &d.kind {
        DictKind::Default(f) => {
            let (factory, rest) = match args.get(1) {
                Some(f) => (f.clone(), &args[2..]),
                None => (Value::None, &args[1..]),
            };
            if !factory.is_none() && !super::functions::is_callable(interp, &factory) {
                return Err(interp.type_error("first argument must be callable or None"));
            }
            *f.borrow_mut() = factory;
            update_impl(interp, &d, rest, kwargs, "dict")?;
        }
        DictKind::Counter => {
            super::collections::counter_init(interp, &d, &args[1..], kwargs)?;
        }
        DictKind::Ordered => {
            super::collections::od_init(interp, args, kwargs)?;
        }
        _ => update_impl(interp, &d, &args[1..], kwargs, "dict")?,
    }
    Ok(Value::None)
}

fn len(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(this(interp, args, "__len__")?.len() as i64))
}

fn contains(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__contains__", args, 2, 2)?;
    let d = this(interp, args, "__contains__")?;
    Ok(Value::Bool(dictops::get(interp, &d, &args[1])?.is_some()))
}

fn getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__getitem__", args, 2, 2)?;
    let d = this(interp, args, "__getitem__")?;
    match dictops::get(interp, &d, &args[1])? {
        Some(v) => Ok(v),
        None => {
            // dict.__getitem__ dispatches __missing__ from the type.
            if let Value::Instance(inst) = &args[0] {
                if let Some(m) = interp.class_lookup(&inst.class, &interp.names.missing) {
                    if !matches!(m, Value::Builtin(_)) {
                        return interp.call(&m, &[args[0].clone(), args[1].clone()], &[]);
                    }
                }
            }
            interp.getitem(&Value::Dict(d.clone()), &args[1])
        }
    }
}

fn setitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__setitem__", args, 3, 3)?;
    let d = this(interp, args, "__setitem__")?;
    dictops::set(interp, &d, args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn delitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__delitem__", args, 2, 2)?;
    let d = this(interp, args, "__delitem__")?;
    if !dictops::del(interp, &d, &args[1])? {
        return Err(interp.dict_key_error(&d, args[1].clone()));
    }
    Ok(Value::None)
}

fn iter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__iter__")?;
    Ok(interp.dict_iter(&d, ViewKind::Keys))
}

fn reversed(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__reversed__")?;
    super::functions::reversed(interp, &Value::Dict(d.clone()))
}

fn or(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__or__", args, 2, 2)?;
    let d = this(interp, args, "__or__")?;
    match interp.payload_value(&args[1]) {
        Value::Dict(o) => dictops::merge(interp, &d, &o),
        _ => Ok(Value::NotImplemented),
    }
}

/// `dict.__ror__(self, other)`: `other | self` as dict's `|` computes it
/// (a plain dict: a copy of `other` updated with `self`).
fn ror(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__ror__", args, 2, 2)?;
    let d = this(interp, args, "__ror__")?;
    match interp.payload_value(&args[1]) {
        Value::Dict(o) => {
            let new = interp.new_dict_rc();
            dictops::update_from(interp, &new, &Value::Dict(o), false)?;
            dictops::update_from(interp, &new, &Value::Dict(d.clone()), false)?;
            Ok(Value::Dict(new))
        }
        _ => Ok(Value::NotImplemented),
    }
}

/// `dict.__ior__(self, other)`: `self.update(other)`, returning self.
fn ior(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__ior__", args, 2, 2)?;
    let d = this(interp, args, "__ior__")?;
    dictops::update_from(interp, &d, &args[1], true)?;
    Ok(args[0].clone())
}

/// dicts are not ordered: `dict.__lt__` and friends answer NotImplemented.
fn not_implemented(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "comparison", args, 2, 2)?;
    this(interp, args, "__lt__")?;
    Ok(Value::NotImplemented)
}

fn eq(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__eq__", args, 2, 2)?;
    let d = this(interp, args, "__eq__")?;
    match interp.payload_value(&args[1]) {
        Value::Dict(o) => Ok(Value::Bool(interp.dict_eq(&d, &o)?)),
        _ => Ok(Value::NotImplemented),
    }
}

fn repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__repr__", args, 1, 1)?;
    let d = this(interp, args, "__repr__")?;
    Ok(Value::string(super::collections::plain_dict_repr(interp, &args[0], &d)?))
}

fn fromkeys(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    super::method_arity(interp, "fromkeys", args, 1, 2)?;
    let value = args.get(2).cloned().unwrap_or(Value::None);
    let target = interp.call(&args[0], &[], &[])?;
    let keys = interp.collect(&args[1])?;
    match &target {
        Value::Dict(d) => {
            for k in keys {
                dictops::set(interp, d, k, value.clone())?;
            }
        }
        _ => {
            for k in keys {
                interp.setitem(&target, k, value.clone())?;
            }
        }
    }
    Ok(target)
}

/// `it.__length_hint__()` of a dict iterator: the items left, or 0 once
/// the dict changed size (CPython's `dictiter_len`).
fn dict_iter_length_hint(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    super::no_kwargs(interp, "__length_hint__", kwargs)?;
    super::method_arity(interp, "__length_hint__", args, 0, 0)?;
    let Some(Value::Iterator(it)) = args.first() else {
        return Err(interp.type_error("descriptor '__length_hint__' requires a dict iterator"));
    };
    let n = match &*it.state.borrow() {
        IterState::Dict { dict, len, remaining, .. } if dict.len() == *len => *remaining,
        IterState::DictReversed { dict, pos, len, .. } if dict.len() == *len => {
            let t = dict.table.borrow();
            let mut n = 0;
            let mut p = 0;
            while let Some((i, ..)) = t.next_entry(p) {
                if i >= *pos {
                    break;
                }
                n += 1;
                p = i + 1;
            }
            n
        }
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

/// `view.isdisjoint(other)` (CPython's `dictviews_isdisjoint`).
fn view_isdisjoint(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let name = match args.first() {
        Some(Value::View(v)) if v.kind == ViewKind::Items => "dict_items.isdisjoint",
        _ => "dict_keys.isdisjoint",
    };
    super::no_kwargs(interp, name, kwargs)?;
    if args.len() != 2 {
        return Err(interp.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.len().saturating_sub(1)
        )));
    }
    let (mut this, mut other) = (&args[0], &args[1]);
    if this.is(other) {
        return Ok(Value::Bool(super::functions::len_of(interp, this)? == 0));
    }
    // Iterate over the smaller one when both are sets or set-like views.
    let setlike = |v: &Value| matches!(v, Value::Set(_)) || matches!(v, Value::View(x) if x.kind != ViewKind::Values);
    if setlike(other) && super::functions::len_of(interp, other)? > super::functions::len_of(interp, this)? {
        std::mem::swap(&mut this, &mut other);
    }
    let it = interp.iter(other)?;
    while let Some(item) = interp.next(&it)? {
        if interp.contains(this, &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `dict(...)`, `OrderedDict(...)`, `Counter(...)`, `defaultdict(...)`.
pub fn construct(interp: &Interp, class: &Rc<Class>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let t = &interp.types;
    let kind = if Rc::ptr_eq(class, &t.ordered_dict) {
        DictKind::Ordered
    } else if Rc::ptr_eq(class, &t.counter) {
        DictKind::Counter
    } else if Rc::ptr_eq(class, &t.defaultdict) {
        DictKind::defaultdict(Value::None)
    } else {
        DictKind::Plain
    };
    let d = interp.new_dict_kind(kind);
    let mut all = Vec::with_capacity(args.len() + 1);
    all.push(Value::Dict(d.clone()));
    all.extend_from_slice(args);
    if Rc::ptr_eq(class, &t.dict) {
        only_kwargs(interp, "dict", &[], &[])?;
        let _ = kwarg;
    }
    init(interp, &all, kwargs)?;
    Ok(Value::Dict(d))
}
