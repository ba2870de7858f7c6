//! `typing`: TypedDict (a plain dict at runtime) and the subscriptable
//! names used in annotations (`list[int]`, `Optional[str]`, ...).

use std::rc::Rc;

use super::kwarg;
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::{Interp, PyResult};
use crate::value::*;

/// The `TypedDict` object of the typing module: a class-statement base and a
/// function (`TypedDict('Movie', {...}, total=False)`).
pub fn typeddict_function(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let (Some(Value::Str(name)), Some(fields)) = (args.first(), args.get(1)) else {
        return Err(interp.type_error("TypedDict() takes a name and a dict of fields"));
    };
    let ns = interp.new_dict_rc();
    let anns = interp.new_dict_rc();
    for (k, v) in interp.mapping_items(fields)? {
        dictops::set(interp, &anns, k, v)?;
    }
    dictops::set_str(&ns, interp.names.annotations.clone(), Value::Dict(anns));
    make_typeddict(interp, interp.intern(&name.s), &ns, &[], kwargs)
}

pub fn is_marker(v: &Value) -> bool {
    matches!(v, Value::Builtin(b) if b.name == "TypedDict")
}

impl Interp {
    pub fn is_typeddict_marker(&self, v: &Value) -> bool {
        is_marker(v)
    }

    pub fn class_is_typeddict(&self, c: &Rc<Class>) -> bool {
        c.base_kind == BaseKind::Dict && dictops::get_str(&c.dict, &self.intern("__total__")).is_some()
            || c.mro.iter().any(|m| dictops::get_str(&m.dict, &self.intern("__total__")).is_some())
    }
}

/// Builds a TypedDict class: a dict subclass whose instances are plain dicts.
pub fn make_typeddict(
    interp: &Interp,
    name: Rc<PyStr>,
    ns: &Rc<Dict>,
    bases: &[Rc<Class>],
    kwargs: Kwargs,
) -> PyResult<Value> {
    if bases.iter().any(|b| !interp.class_is_typeddict(b)) {
        return Err(interp.type_error("cannot inherit from both a TypedDict type and a non-TypedDict base class"));
    }
    let total = match kwarg(kwargs, "total") {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let all = interp.new_dict_rc();
    let required = interp.new_set(true);
    let optional = interp.new_set(true);
    for b in bases {
        if let Some(Value::Dict(a)) = dictops::get_str(&b.dict, &interp.names.annotations) {
            for (k, v) in dictops::items(&a) {
                dictops::set(interp, &all, k, v)?;
            }
        }
        for (attr, target) in [("__required_keys__", &required), ("__optional_keys__", &optional)] {
            if let Some(Value::Set(s)) = dictops::get_str(&b.dict, &interp.intern(attr)) {
                for k in crate::eval::iter::set_items(&s) {
                    interp.set_add(target, k)?;
                }
            }
        }
    }
    if let Some(Value::Dict(own)) = dictops::get_str(ns, &interp.names.annotations) {
        for (k, v) in dictops::items(&own) {
            let marker = alias_origin_name(interp, &v);
            let is_required = match marker.as_deref() {
                Some("Required") => true,
                Some("NotRequired") => false,
                _ => total,
            };
            interp.set_add(if is_required { &required } else { &optional }, k.clone())?;
            dictops::set(interp, &all, k, v)?;
        }
    }
    dictops::set_str(ns, interp.names.annotations.clone(), Value::Dict(all));
    dictops::set_str(ns, interp.intern("__total__"), Value::Bool(total));
    dictops::set_str(ns, interp.intern("__required_keys__"), Value::Set(required));
    dictops::set_str(ns, interp.intern("__optional_keys__"), Value::Set(optional));
    // Calling the class makes a plain dict.
    let new = Value::Builtin(Rc::new(Builtin { name: "__new__", func: typeddict_new, owner: None }));
    dictops::set_str(ns, interp.names.new.clone(), Value::Wrapper(Rc::new(Wrapper::StaticMethod(new))));
    let class = interp.make_user_class(name.clone(), name.s.to_string(), vec![interp.types.dict.clone()], ns.clone(), "__main__")?;
    Ok(Value::Class(class))
}

/// `Movie(title=...)`: `dict(title=...)` (the class is not instantiated).
fn typeddict_new(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let rest = if args.is_empty() { args } else { &args[1..] };
    interp.call(&Value::Class(interp.types.dict.clone()), rest, kwargs)
}

/// `Required[int]` → "Required".
fn alias_origin_name(interp: &Interp, v: &Value) -> Option<String> {
    if let Value::Instance(inst) = v {
        if &*inst.class.name.s == "_GenericAlias" {
            if let Some(Value::Str(s)) = dictops::get_str(&inst.attrs, &interp.intern("_name")) {
                return Some(s.s.to_string());
            }
        }
    }
    None
}

/// `list[int]`, `Optional[str]`, `Required[int]`: an alias object that
/// remembers its origin and arguments.
pub fn generic_alias(interp: &Interp, origin: &Value, args: &Value) -> Value {
    let class = alias_class(interp);
    let inst = match interp.new_instance(&class, &[]) {
        Ok(Value::Instance(i)) => i,
        _ => return Value::None,
    };
    let name = match origin {
        Value::Class(c) => Value::Str(c.name.clone()),
        Value::Builtin(b) => Value::str(b.name),
        Value::Instance(i) => dictops::get_str(&i.attrs, &interp.intern("_name")).unwrap_or(Value::None),
        _ => Value::None,
    };
    let args = match args {
        Value::Tuple(_) => args.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    dictops::set_str(&inst.attrs, interp.intern("_name"), name);
    dictops::set_str(&inst.attrs, interp.intern("__origin__"), origin.clone());
    dictops::set_str(&inst.attrs, interp.intern("__args__"), args);
    Value::Instance(inst)
}

fn alias_class(interp: &Interp) -> Rc<Class> {
    let key = "typing._GenericAlias".to_string();
    if let Some(Value::Class(c)) = interp.modules.borrow().get(&key) {
        return c.clone();
    }
    let ns = interp.new_dict_rc();
    // Static-method wrappers: instance dunder dispatch passes the instance
    // explicitly and skips plain builtins (those stand for a builtin base's slots).
    let method = |name: &'static str, func: BuiltinFn| {
        let b = Value::Builtin(Rc::new(Builtin { name, func, owner: Some("_GenericAlias") }));
        Value::Wrapper(Rc::new(Wrapper::StaticMethod(b)))
    };
    dictops::set_str(&ns, interp.names.getitem.clone(), method("__getitem__", alias_getitem));
    dictops::set_str(&ns, interp.names.repr.clone(), method("__repr__", alias_repr));
    dictops::set_str(&ns, interp.intern("__call__"), method("__call__", alias_call));
    let c = interp
        .make_user_class(interp.intern("_GenericAlias"), "_GenericAlias".into(), vec![], ns, "typing")
        .expect("alias class");
    interp.modules.borrow_mut().insert(key, Value::Class(c.clone()));
    c
}

fn alias_getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if let (Some(Value::Instance(inst)), Some(t @ Value::Tuple(_))) = (args.first(), args.get(1)) {
        let special = dictops::get_str(&inst.attrs, &interp.intern("__origin__")).is_none();
        if let (true, Some(Value::Str(n))) = (special, dictops::get_str(&inst.attrs, &interp.intern("_name"))) {
            if matches!(&*n.s, "Required" | "NotRequired") {
                let got: String = interp.repr(t)?.chars().take(100).collect();
                return Err(interp.type_error(&format!("{} accepts only a single type. Got {}.", n.s, got)));
            }
        }
    }
    Ok(generic_alias(interp, &args[0], args.get(1).unwrap_or(&Value::None)))
}

/// `list[int]()` calls the origin; a bare special form (`typing.NotRequired()`) refuses.
fn alias_call(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else { return Err(interp.type_error("bad alias call")) };
    match dictops::get_str(&inst.attrs, &interp.intern("__origin__")) {
        Some(origin @ Value::Class(_)) => interp.call(&origin, &args[1..], kwargs),
        _ => {
            let name = match dictops::get_str(&inst.attrs, &interp.intern("_name")) {
                Some(Value::Str(s)) => s.s.to_string(),
                _ => String::new(),
            };
            Err(interp.type_error(&format!("Cannot instantiate typing.{}", name)))
        }
    }
}

/// How typing prints a type in an alias: `int`, `collections.abc.Mapping`, `None`.
fn type_repr(interp: &Interp, v: &Value) -> PyResult<String> {
    match v {
        Value::Class(c) if c.builtin && c.module == "builtins" => Ok(c.name.s.to_string()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        Value::None => Ok("None".into()),
        Value::Ellipsis => Ok("...".into()),
        other => interp.repr(other),
    }
}

/// `typing.Required[str]`, `list[int]`, `typing.Optional`.
fn alias_repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else { return Ok(Value::str("typing.Any")) };
    let get = |n: &str| dictops::get_str(&inst.attrs, &interp.intern(n));
    let origin = get("__origin__");
    let name = match get("_name") {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    let head = match &origin {
        None => return Ok(Value::string(format!("typing.{}", name))),
        Some(o @ Value::Class(_)) => type_repr(interp, o)?,
        Some(_) => format!("typing.{}", name),
    };
    let mut parts = Vec::new();
    if let Some(Value::Tuple(t)) = get("__args__") {
        for a in t.items.iter() {
            parts.push(type_repr(interp, a)?);
        }
    }
    Ok(Value::string(format!("{}[{}]", head, parts.join(", "))))
}

/// A typing name like `Optional` or `Required`: subscripting gives an alias.
pub fn special_form(interp: &Interp, name: &str) -> Value {
    let class = alias_class(interp);
    match interp.new_instance(&class, &[]) {
        Ok(Value::Instance(inst)) => {
            dictops::set_str(&inst.attrs, interp.intern("_name"), Value::str(name));
            Value::Instance(inst)
        }
        _ => Value::None,
    }
}

/// isinstance/issubclass against something that is not a class: the typing
/// aliases (`typing.Mapping` checks like collections.abc.Mapping; a
/// subscripted alias refuses, as CPython). None: not handled.
pub fn abc_check(interp: &Interp, v: &Value, t: &Value, sub: bool) -> PyResult<Option<bool>> {
    let Value::Instance(inst) = t else { return Ok(None) };
    if &*inst.class.name.s != "_GenericAlias" || inst.class.module != "typing" {
        return Ok(None);
    }
    let fname = if sub { "issubclass" } else { "isinstance" };
    let get = |n: &str| dictops::get_str(&inst.attrs, &interp.intern(n));
    let name = match get("_name") {
        Some(Value::Str(s)) => s.s.to_string(),
        _ => String::new(),
    };
    let check = |c: &Rc<Class>| super::functions::check_one_class(interp, v, c, sub);
    if let Some(origin) = get("__origin__") {
        if let Value::Class(_) = origin {
            return Err(interp.type_error(format!("{}() argument 2 cannot be a parameterized generic", fname)));
        }
        if matches!(name.as_str(), "Optional" | "Union") {
            if let Some(Value::Tuple(args)) = get("__args__") {
                for a in args.items.iter() {
                    let hit = match a {
                        Value::Class(c) => check(c)?,
                        Value::None => {
                            let c = interp.types.none.clone();
                            check(&c)?
                        }
                        other => abc_check(interp, v, other, sub)?.unwrap_or(false),
                    };
                    if hit {
                        return Ok(Some(true));
                    }
                }
                if name == "Optional" && !sub {
                    return Ok(Some(v.is_none()));
                }
                return Ok(Some(false));
            }
        }
        return Err(interp.type_error("Subscripted generics cannot be used with class and instance checks"));
    }
    let t = &interp.types;
    let class = match name.as_str() {
        "Dict" => Some(t.dict.clone()),
        "List" => Some(t.list.clone()),
        "Tuple" => Some(t.tuple.clone()),
        "Set" => Some(t.set.clone()),
        "FrozenSet" => Some(t.frozenset.clone()),
        "Type" => Some(t.type_.clone()),
        "DefaultDict" => Some(t.defaultdict.clone()),
        "OrderedDict" => Some(t.ordered_dict.clone()),
        "Counter" => Some(t.counter.clone()),
        "ChainMap" => {
            let m = interp.import_module("collections")?;
            match m {
                Value::Module(m) => match dictops::get_str(&m.dict, &interp.intern("ChainMap")) {
                    Some(Value::Class(c)) => Some(c),
                    _ => None,
                },
                _ => None,
            }
        }
        "Mapping" | "MutableMapping" | "Iterable" | "Iterator" | "Sequence" | "Callable" | "Generator" => {
            interp.import_module("collections.abc")?;
            super::abc::abc_class(interp, &name)
        }
        _ => None,
    };
    match class {
        Some(c) => Ok(Some(check(&c)?)),
        None => Err(interp.type_error(format!("typing.{} cannot be used with {}()", name, fname))),
    }
}
