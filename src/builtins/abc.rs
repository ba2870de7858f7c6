//! `collections.abc`, `collections.ChainMap` and `collections.UserDict`: Python source
//! (`collections_abc.py`) compiled once per interpreter at the first import,
//! plus the native pieces it needs: isinstance/issubclass against an ABC
//! (registered classes, including the builtin types, and the one-trick ABCs
//! that look for a method), and the abstract-method check at instantiation.

use std::rc::Rc;

use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::value::*;

const SOURCE: &str = include_str!("collections_abc.py");
const FILENAME: &str = "<frozen collections.abc>";

/// The part of the source that defines ChainMap (module `collections`).
const CHAINMAP_MARK: &str = "# ---- collections.ChainMap";

fn globals(interp: &Interp, name: &str) -> Rc<Dict> {
    let d = interp.new_dict_rc();
    dictops::set_str(&d, interp.names.name.clone(), Value::str(name));
    dictops::set_str(&d, interp.names.builtins.clone(), Value::Dict(interp.builtins.clone()));
    dictops::set_str(&d, interp.names.doc.clone(), Value::None);
    d
}

/// Compiles and runs `text` (lines `first_line`.. of the embedded file) in `globals`.
fn run_part(interp: &Interp, text: &str, first_line: usize, globals: &Rc<Dict>) -> PyResult<()> {
    // Padding keeps the line numbers of tracebacks those of the whole file.
    let padded = format!("{}{}", "\n".repeat(first_line - 1), text);
    let internal = |msg: String| interp.new_error(ExcKind::SystemError, format!("collections.abc: {}", msg));
    let module = crate::syntax::parse_module(&padded).map_err(|e| internal(e.message.clone()))?;
    let file = Rc::new(crate::eval::SourceFile::new(FILENAME, padded.clone()));
    let code = {
        let mut interner = interp.interner.borrow_mut();
        crate::compile::compile_module(&module, file, &mut interner)
    }
    .map_err(|e| internal(e.message.clone()))?;
    interp.run_module_code(&code, globals)
}

/// Runs the embedded source into a new `collections.abc` module; ChainMap
/// and UserDict, defined by its second part, are left in the module for
/// `collections` to take.
pub fn make_module(interp: &Interp) -> PyResult<Value> {
    let name = "collections.abc";
    let d = globals(interp, name);
    let new = Value::Builtin(Rc::new(Builtin { name: "__new__", func: abc_new, owner: None }));
    dictops::set_str(&d, interp.intern("_abc_new"), Value::Wrapper(Rc::new(Wrapper::StaticMethod(new))));
    let ga = Value::Builtin(Rc::new(Builtin { name: "__class_getitem__", func: class_getitem, owner: None }));
    dictops::set_str(&d, interp.intern("_generic_alias"), ga);
    let split = SOURCE.find(CHAINMAP_MARK).unwrap_or(SOURCE.len());
    run_part(interp, &SOURCE[..split], 1, &d)?;
    for helper in ["_abc_new", "_generic_alias"] {
        dictops::del_str(&d, &interp.intern(helper));
    }
    // ChainMap's own namespace, with the ABCs it uses.
    let cg = globals(interp, "collections");
    for n in ["Mapping", "MutableMapping"] {
        let key = interp.intern(n);
        if let Some(v) = dictops::get_str(&d, &key) {
            dictops::set_str(&cg, key, v);
        }
    }
    let first_line = SOURCE[..split].matches('\n').count() + 1;
    run_part(interp, &SOURCE[split..], first_line, &cg)?;
    for n in ["ChainMap", "UserDict"] {
        let key = interp.intern(n);
        if let Some(cm) = dictops::get_str(&cg, &key) {
            dictops::set_str(&d, key, cm);
        }
    }
    Ok(Value::Module(Rc::new(Module { name: name.into(), dict: d })))
}

/// A class of the loaded `collections.abc` module (None before its import).
pub fn abc_class(interp: &Interp, name: &str) -> Option<Rc<Class>> {
    let modules = interp.modules.borrow();
    let Some(Value::Module(m)) = modules.get("collections.abc") else { return None };
    match dictops::get_str(&m.dict, &interp.intern(name)) {
        Some(Value::Class(c)) => Some(c),
        _ => None,
    }
}

/// `isinstance(v, Mapping)`.
pub fn is_mapping(interp: &Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::Dict(_) => Ok(true),
        Value::Instance(inst) => {
            if matches!(inst.payload, Payload::Dict(_)) {
                return Ok(true);
            }
            match abc_class(interp, "Mapping") {
                Some(m) => Ok(interp.is_subclass(&inst.class, &m) || fallback(interp, v, &m, false)?),
                None => Ok(false),
            }
        }
        _ => Ok(false),
    }
}

/// `cls.__new__` of the ABCs: refuses classes with abstract methods left.
fn abc_new(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(interp.type_error("__new__(X): X is not a type object"));
    };
    if let Some(Value::Set(s)) = interp.class_lookup(cls, &interp.intern("__abstractmethods__")) {
        let mut names: Vec<String> =
            crate::eval::iter::set_items(&s).iter().filter_map(|v| v.as_str().map(|s| s.to_string())).collect();
        if !names.is_empty() {
            names.sort();
            let quoted: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
            return Err(interp.type_error(format!(
                "Can't instantiate abstract class {} without an implementation for abstract method{} {}",
                cls.name.s,
                if names.len() == 1 { "" } else { "s" },
                quoted.join(", ")
            )));
        }
    }
    interp.new_instance(cls, &[])
}

fn class_getitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    crate::builtins::arity(interp, "__class_getitem__", args, 2, 2)?;
    Ok(super::typing::generic_alias(interp, &args[0], &args[1]))
}

/// The builtin types that have the method(s) a one-trick ABC looks for.
fn builtin_has(interp: &Interp, t: &Rc<Class>, abc: &str) -> bool {
    let ty = &interp.types;
    let is = |cs: &[&Rc<Class>]| cs.iter().any(|c| interp.is_subclass(t, c));
    let containers = [&ty.str_, &ty.bytes, &ty.tuple, &ty.list, &ty.dict, &ty.set, &ty.frozenset, &ty.range];
    let views = [&ty.dict_keys, &ty.dict_values, &ty.dict_items];
    let iterators = [
        &ty.list_iterator, &ty.tuple_iterator, &ty.str_iterator, &ty.range_iterator, &ty.dict_keyiterator,
        &ty.dict_valueiterator, &ty.dict_itemiterator, &ty.set_iterator, &ty.enumerate, &ty.zip, &ty.map,
        &ty.filter, &ty.reversed, &ty.iterator, &ty.generator, &ty.dict_reversekeyiterator,
        &ty.dict_reversevalueiterator, &ty.dict_reverseitemiterator,
    ];
    match abc {
        "Hashable" => !is(&[&ty.list, &ty.dict, &ty.set, &ty.dict_keys, &ty.dict_items]),
        "Iterable" => is(&containers) || is(&views) || is(&iterators),
        "Iterator" => is(&iterators),
        "Generator" => is(&[&ty.generator]),
        "Reversible" => is(&[&ty.str_, &ty.bytes, &ty.tuple, &ty.list, &ty.dict, &ty.range]) || is(&views),
        "Sized" => is(&containers) || is(&views),
        "Container" => is(&containers) || is(&[&ty.dict_keys, &ty.dict_items]),
        "Collection" => is(&containers) || is(&[&ty.dict_keys, &ty.dict_items]),
        "Callable" => is(&[&ty.function, &ty.builtin_function, &ty.method, &ty.type_]),
        _ => false,
    }
}

/// isinstance/issubclass against a user class after the MRO check failed:
/// TypedDicts refuse; ABCs answer from their registry and their methods.
pub fn fallback(interp: &Interp, v: &Value, c: &Rc<Class>, sub: bool) -> PyResult<bool> {
    if dictops::get_str(&c.dict, &interp.intern("__total__")).is_some() && interp.class_is_typeddict(c) {
        return Err(interp.type_error("TypedDict does not support instance and class checks"));
    }
    let Some(Value::List(registry)) = dictops::get_str(&c.dict, &interp.intern("_abc_registry")) else {
        return Ok(false);
    };
    let t = if sub {
        match v {
            Value::Class(vc) => vc.clone(),
            _ => return Err(interp.type_error("issubclass() arg 1 must be a class")),
        }
    } else {
        interp.type_of(v)
    };
    let registered: Vec<Value> = registry.items.borrow().clone();
    for r in registered {
        if let Value::Class(r) = r {
            if interp.is_subclass(&t, &r) {
                return Ok(true);
            }
        }
    }
    let Some(Value::Tuple(methods)) = dictops::get_str(&c.dict, &interp.intern("_abc_methods")) else {
        return Ok(false);
    };
    let mut found = true;
    for m in methods.items.iter() {
        let Value::Str(name) = m else { continue };
        match interp.class_lookup(&t, name) {
            // `__hash__ = None` and the like switch the method off.
            Some(Value::None) => return Ok(false),
            None => found = false,
            Some(_) => {}
        }
    }
    if found {
        return Ok(true);
    }
    // The nearest builtin type decides (a dict subclass is not Hashable).
    let mut chain = std::iter::once(&t).chain(t.mro.iter());
    Ok(chain.find(|b| b.builtin).is_some_and(|b| builtin_has(interp, b, &c.name.s)))
}
