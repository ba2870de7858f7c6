//! The native collections mappings over the shared compact table:
//! defaultdict's `__missing__`, OrderedDict's ordering methods, Counter's
//! multiset arithmetic and comparisons, and the reprs and `|` of the kinds.
//! Each follows CPython 3.12 (Modules/_collectionsmodule.c,
//! Objects/odictobject.c, and Counter in Lib/collections/__init__.py).

use std::rc::Rc;

use super::{arity, kwarg, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::value::*;

pub fn install(interp: &Interp) {
    let od = interp.types.ordered_dict.clone();
    interp.add_method(&od, "move_to_end", od_move_to_end);
    interp.add_method(&od, "pop", od_pop);
    interp.add_method(&od, "setdefault", od_setdefault);
    let c = interp.types.counter.clone();
    interp.add_method(&c, "most_common", counter_most_common);
    interp.add_method(&c, "elements", counter_elements);
    interp.add_method(&c, "total", counter_total);
    interp.add_method(&c, "subtract", counter_subtract);
    interp.add_method(&c, "update", counter_update_method);
    interp.add_method(&c, "__init__", counter_init_method);
    interp.add_method(&c, "__pos__", counter_pos);
    interp.add_method(&c, "__neg__", counter_neg);
    interp.add_method(&c, "__repr__", kind_repr_method);
    interp.add_method(&od, "__repr__", kind_repr_method);
    interp.add_method(&od, "update", od_update);
    interp.add_method(&od, "__init__", od_init);
    interp.add_method(&c, "__missing__", counter_missing);
    interp.add_method(&c, "__delitem__", counter_delitem);
    interp.add_method(&c, "copy", counter_copy);
    interp.add_method(&c, "__copy__", counter_copy);
    let fk = Value::Builtin(Rc::new(Builtin { name: "fromkeys", func: counter_fromkeys, owner: Some("Counter") }));
    dictops::set_str(&c.dict, interp.intern("fromkeys"), Value::Wrapper(Rc::new(Wrapper::ClassMethod(fk))));
    let dd = interp.types.defaultdict.clone();
    interp.add_method(&dd, "__copy__", defaultdict_copy);
    interp.add_method(&dd, "copy", defaultdict_copy);
    interp.add_method(&dd, "__missing__", defaultdict_missing_method);
    interp.add_method(&dd, "__repr__", kind_repr_method);
    install_odict_views(interp);
}

const ODICT_VIEWS: [(&str, &str); 3] =
    [("\0odict_keys", "odict_keys"), ("\0odict_values", "odict_values"), ("\0odict_items", "odict_items")];

/// The view types of OrderedDict (odict_keys, a subclass of dict_keys, ...),
/// created with the interpreter and kept in its module table under hidden names.
fn install_odict_views(interp: &Interp) {
    let t = &interp.types;
    for ((key, name), base) in ODICT_VIEWS.iter().zip([&t.dict_keys, &t.dict_values, &t.dict_items]) {
        if let Ok(c) = crate::eval::types::new_class(interp.intern(name), name.to_string(), "builtins", vec![base.clone()], BaseKind::Native, true) {
            interp.modules.borrow_mut().insert(key.to_string(), Value::Class(c));
        }
    }
}

pub fn odict_view_class(interp: &Interp, kind: ViewKind) -> Rc<Class> {
    let i = match kind {
        ViewKind::Keys => 0,
        ViewKind::Values => 1,
        ViewKind::Items => 2,
    };
    if let Some(Value::Class(c)) = interp.modules.borrow().get(ODICT_VIEWS[i].0) {
        return c.clone();
    }
    let t = &interp.types;
    [&t.dict_keys, &t.dict_values, &t.dict_items][i].clone()
}

fn this<'a>(interp: &Interp, args: &'a [Value], name: &str) -> PyResult<&'a Rc<Dict>> {
    super::dicts::this(interp, args, name)
}

fn is_kind(v: &Value, f: impl Fn(&DictKind) -> bool) -> bool {
    matches!(v, Value::Dict(d) if f(&d.kind))
}

fn is_counter(d: &Dict) -> bool {
    matches!(d.kind, DictKind::Counter)
}

/// The tp_name CPython prints in messages for a native mapping kind
/// (`collections.OrderedDict`; Counter is a Python class: `Counter`).
pub fn kind_type_name(d: &Dict) -> Option<&'static str> {
    match d.kind {
        DictKind::Default(_) => Some("collections.defaultdict"),
        DictKind::Ordered => Some("collections.OrderedDict"),
        _ => None,
    }
}

// ---- defaultdict ------------------------------------------------------------

/// `KeyError(key)` as C code raises it with `PyErr_SetObject`: a tuple key
/// becomes the exception's args, None gives no args.
fn key_error_setobject(interp: &Interp, key: &Value) -> crate::eval::PyErr {
    match key {
        Value::Tuple(t) => interp.error_with_args(ExcKind::KeyError, t.items.to_vec()),
        Value::None => interp.error_with_args(ExcKind::KeyError, vec![]),
        k => interp.error_with_args(ExcKind::KeyError, vec![k.clone()]),
    }
}

/// `defaultdict.__missing__(key)`: the factory's value, stored with
/// `self[key] = value` (a subclass's `__setitem__` runs); KeyError without a factory.
pub fn defaultdict_missing(interp: &Interp, obj: &Value, d: &Rc<Dict>, key: &Value) -> PyResult<Value> {
    let DictKind::Default(factory) = &d.kind else {
        return Err(interp.dict_key_error(d, key.clone()));
    };
    let factory = factory.borrow().clone();
    if factory.is_none() {
        return Err(interp.dict_key_error(d, key.clone()));
    }
    let v = interp.call(&factory, &[], &[])?;
    match obj {
        Value::Instance(_) => interp.setitem(obj, key.clone(), v.clone())?,
        _ => dictops::set(interp, d, key.clone(), v.clone())?,
    }
    Ok(v)
}

fn defaultdict_missing_method(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(interp.type_error(format!(
            "defaultdict.__missing__() takes exactly one argument ({} given)",
            args.len().saturating_sub(1)
        )));
    }
    let d = this(interp, args, "__missing__")?;
    defaultdict_missing(interp, &args[0], &d, &args[1])
}

fn defaultdict_copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "copy", args, 1, 1)?;
    let d = this(interp, args, "copy")?;
    // A subclass: type(self)(self.default_factory, self), as CPython.
    if let Value::Instance(inst) = &args[0] {
        let factory = match &d.kind {
            DictKind::Default(f) => f.borrow().clone(),
            _ => Value::None,
        };
        return interp.call(&Value::Class(inst.class.clone()), &[factory, args[0].clone()], &[]);
    }
    Ok(Value::Dict(dictops::copy(interp, &d)))
}

// ---- OrderedDict --------------------------------------------------------------

fn od_move_to_end(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "move_to_end", kwargs, &["key", "last"])?;
    let with_key;
    let args = match (kwarg(kwargs, "key"), args.len()) {
        (Some(k), 1) => {
            with_key = [args[0].clone(), k.clone()];
            &with_key[..]
        }
        _ => args,
    };
    if args.len() == 1 {
        return Err(interp.type_error("move_to_end() missing required argument 'key' (pos 1)"));
    }
    if args.len() < 2 || args.len() > 3 {
        return Err(interp.type_error(format!(
            "move_to_end() takes at most 2 arguments ({} given)",
            args.len().saturating_sub(1) + kwargs.len()
        )));
    }
    let d = this(interp, args, "move_to_end")?;
    let last = match args.get(2).or_else(|| kwarg(kwargs, "last")) {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let hash = dictops::hash_key(interp, &args[1])?;
    match dictops::find(interp, &d, &args[1], hash)? {
        Some((slot, entry)) => {
            let mut t = d.table.borrow_mut();
            if last {
                t.move_to_back(slot, entry);
            } else {
                t.move_to_front(slot, entry);
            }
            Ok(Value::None)
        }
        None => Err(key_error_setobject(interp, &args[1])),
    }
}

/// `key` and `default` of OrderedDict.pop/setdefault (positional or keyword).
fn key_default<'a>(interp: &Interp, name: &str, args: &'a [Value], kwargs: &'a [(Rc<PyStr>, Value)]) -> PyResult<(Value, Option<Value>)> {
    only_kwargs(interp, name, kwargs, &["key", "default"])?;
    if args.len() + kwargs.len() > 3 {
        return Err(interp.type_error(format!(
            "{}() takes at most 2 arguments ({} given)",
            name,
            args.len() - 1 + kwargs.len()
        )));
    }
    let key = match (args.get(1), kwarg(kwargs, "key")) {
        (Some(_), Some(_)) => {
            return Err(interp.type_error(format!("argument for {}() given by name ('key') and position (1)", name)))
        }
        (Some(k), None) | (None, Some(k)) => k.clone(),
        (None, None) => return Err(interp.type_error(format!("{}() missing required argument 'key' (pos 1)", name))),
    };
    let default = match (args.get(2), kwarg(kwargs, "default")) {
        (Some(_), Some(_)) => {
            return Err(interp.type_error(format!(
                "argument for {}() given by name ('default') and position (2)",
                name
            )))
        }
        (Some(d), None) | (None, Some(d)) => Some(d.clone()),
        (None, None) => None,
    };
    Ok((key, default))
}

fn od_pop(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "pop")?;
    let (key, default) = key_default(interp, "pop", args, kwargs)?;
    if let Value::Instance(_) = &args[0] {
        // A subclass: `key in self`, `self[key]`, `del self[key]`.
        let obj = &args[0];
        if interp.contains(obj, &key)? {
            let v = interp.getitem(obj, &key)?;
            interp.delitem(obj, &key)?;
            return Ok(v);
        }
        return match default {
            Some(v) => Ok(v),
            None => Err(key_error_setobject(interp, &key)),
        };
    }
    match dictops::pop(interp, &d, &key)? {
        Some(v) => Ok(v),
        None => match default {
            Some(v) => Ok(v),
            None => Err(key_error_setobject(interp, &key)),
        },
    }
}

fn od_setdefault(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "setdefault")?;
    let (key, default) = key_default(interp, "setdefault", args, kwargs)?;
    if let Value::Instance(_) = &args[0] {
        // A subclass: `key in self`, then `self[key]` or `self[key] = default`.
        let obj = &args[0];
        if interp.contains(obj, &key)? {
            return interp.getitem(obj, &key);
        }
        let default = default.unwrap_or(Value::None);
        interp.setitem(obj, key, default.clone())?;
        return Ok(default);
    }
    let hash = dictops::hash_key(interp, &key)?;
    if let Some(v) = dictops::get_hashed(interp, &d, &key, hash)? {
        return Ok(v);
    }
    let default = default.unwrap_or(Value::None);
    dictops::set_hashed(interp, &d, key, hash, default.clone())?;
    Ok(default)
}

/// `OrderedDict(...)`: dict.__init__ checks the count, then the update.
pub fn od_init(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__init__")?;
    if args.len() > 2 {
        return Err(interp.type_error(format!("expected at most 1 arguments, got {}", args.len() - 1)));
    }
    od_update_impl(interp, &args[0], &d, args.get(1), kwargs)?;
    Ok(Value::None)
}

/// OrderedDict.update is CPython's mutablemapping_update: `self[key] =
/// value` (a subclass's `__setitem__` runs) from a dict, something with
/// keys(), something with items(), or an iterable of pairs.
fn od_update(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "update")?;
    if args.len() > 2 {
        return Err(interp.type_error(format!(
            "update() takes at most 1 positional argument ({} given)",
            args.len() - 1
        )));
    }
    od_update_impl(interp, &args[0], &d, args.get(1), kwargs)?;
    Ok(Value::None)
}

fn od_update_impl(interp: &Interp, obj: &Value, d: &Rc<Dict>, arg: Option<&Value>, kwargs: Kwargs) -> PyResult<()> {
    let generic = overrides(interp, obj, "__setitem__");
    let set = |k: Value, v: Value| -> PyResult<()> {
        if generic {
            interp.setitem(obj, k, v)
        } else {
            dictops::set(interp, d, k, v)
        }
    };
    if let Some(arg) = arg {
        if let Value::Dict(src) = arg {
            for (k, v) in dictops::items(src) {
                set(k, v)?;
            }
        } else if let Some(keys) = interp.getattr_opt(arg, &interp.intern("keys"))? {
            let ks = interp.call(&keys, &[], &[])?;
            for k in interp.collect(&ks)? {
                let v = interp.getitem(arg, &k)?;
                set(k, v)?;
            }
        } else if let Some(items) = interp.getattr_opt(arg, &interp.intern("items"))? {
            let its = interp.call(&items, &[], &[])?;
            for pair in interp.collect(&its)? {
                let (k, v) = unpack_pair(interp, &pair)?;
                set(k, v)?;
            }
        } else {
            let it = interp.iter(arg)?;
            while let Some(pair) = interp.next(&it)? {
                let (k, v) = unpack_pair(interp, &pair)?;
                set(k, v)?;
            }
        }
    }
    for (k, v) in kwargs {
        set(Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

/// `key, value = pair` with mutablemapping_update's messages.
fn unpack_pair(interp: &Interp, pair: &Value) -> PyResult<(Value, Value)> {
    let it = interp.iter(pair)?;
    let Some(k) = interp.next(&it)? else {
        return Err(interp.value_error("need more than 0 values to unpack"));
    };
    let Some(v) = interp.next(&it)? else {
        return Err(interp.value_error("need more than 1 value to unpack"));
    };
    if interp.next(&it)?.is_some() {
        return Err(interp.value_error("too many values to unpack (expected 2)"));
    }
    Ok((k, v))
}

pub fn od_popitem(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "popitem", kwargs, &["last"])?;
    if args.len() > 2 {
        return Err(interp.type_error(format!(
            "popitem() takes at most 1 argument ({} given)",
            args.len() - 1 + kwargs.len()
        )));
    }
    let last = match args.get(1).or_else(|| kwarg(kwargs, "last")) {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let r = if last { d.table.borrow_mut().pop_last() } else { d.table.borrow_mut().pop_first() };
    match r {
        Some((_, k, v)) => Ok(Value::pair(k, v)),
        None => Err(interp.new_error(ExcKind::KeyError, "dictionary is empty")),
    }
}

/// What a dict iterator remembers of its table: the layout version, or for
/// an OrderedDict the structural version (CPython's od_state), so that any
/// insertion, deletion or move_to_end is "OrderedDict mutated during iteration".
pub fn iter_stamp(d: &Dict, t: &crate::dict::DictTable<Value, Value>) -> u64 {
    match d.kind {
        DictKind::Ordered => t.version(),
        _ => t.layout_version(),
    }
}

/// Whether an iterator over an OrderedDict sees a structural change.
pub fn od_mutated(d: &Dict, t: &crate::dict::DictTable<Value, Value>, stamp: u64) -> bool {
    matches!(d.kind, DictKind::Ordered) && t.version() != stamp
}

/// The message of a size change seen by an iterator over `d`.
pub fn changed_during_iteration(d: &Dict) -> &'static str {
    match d.kind {
        DictKind::Ordered => "OrderedDict mutated during iteration",
        _ => "dictionary changed size during iteration",
    }
}

// ---- `|` between mappings of the native kinds ------------------------------

/// `a | b` for two native dicts of any kind, as CPython dispatches it: a
/// Counter pair is a multiset union; otherwise the result has the kind of
/// the operand whose `__or__`/`__ror__` runs (defaultdict and OrderedDict
/// define both, so they win over dict and Counter), holding a's items then b's.
pub fn dict_or(interp: &Interp, a: &Rc<Dict>, b: &Rc<Dict>) -> PyResult<Value> {
    if is_counter(a) && is_counter(b) {
        if let Some(r) = counter_binary(interp, a, BinOp::BitOr, &Value::Dict(b.clone()))? {
            return Ok(r);
        }
    }
    let kind = match (&a.kind, &b.kind) {
        (DictKind::Default(f), _) => DictKind::defaultdict(f.borrow().clone()),
        (DictKind::Ordered, _) => DictKind::Ordered,
        (_, DictKind::Default(f)) => DictKind::defaultdict(f.borrow().clone()),
        (_, DictKind::Ordered) => DictKind::Ordered,
        _ => DictKind::Plain,
    };
    let new = interp.new_dict_kind(kind);
    dictops::update_from(interp, &new, &Value::Dict(a.clone()), false)?;
    dictops::update_from(interp, &new, &Value::Dict(b.clone()), false)?;
    Ok(Value::Dict(new))
}

/// The native dict of a dict or of an instance of a dict subclass.
fn dict_of(v: &Value) -> Option<Rc<Dict>> {
    match v {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) => Some(d.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// `a | b` where an operand is an instance of a subclass of OrderedDict or
/// defaultdict: `type(self)(a)` (defaultdict: `type(self)(factory, a)`)
/// updated with `b`, as odict_or/defdict_or do. None: not this case.
pub fn subclass_or(interp: &Interp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(da), Some(db)) = (dict_of(a), dict_of(b)) else { return Ok(None) };
    let special = |d: &Dict| matches!(d.kind, DictKind::Ordered | DictKind::Default(_));
    let (slf, sd) = if special(&da) {
        (a, &da)
    } else if special(&db) {
        (b, &db)
    } else {
        return Ok(None);
    };
    let Value::Instance(inst) = slf else { return Ok(None) };
    let cls = Value::Class(inst.class.clone());
    let new = match &sd.kind {
        DictKind::Default(f) => {
            let f = f.borrow().clone();
            interp.call(&cls, &[f, a.clone()], &[])?
        }
        _ => interp.call(&cls, &[a.clone()], &[])?,
    };
    match dict_of(&new) {
        Some(nd) => dictops::update_from(interp, &nd, &Value::Dict(db), false)?,
        None => {
            let upd = interp.getattr(&new, &interp.intern("update"))?;
            interp.call(&upd, &[b.clone()], &[])?;
        }
    }
    Ok(Some(new))
}

// ---- reprs ------------------------------------------------------------------

fn enter_repr(interp: &Interp, p: usize) -> bool {
    let mut g = interp.repr_guard.borrow_mut();
    if g.contains(&p) {
        return false;
    }
    g.push(p);
    true
}

fn leave_repr(interp: &Interp) {
    interp.repr_guard.borrow_mut().pop();
}

/// `{k: v, ...}` of a dict's table (entered in the repr guard by the caller).
fn dict_body(interp: &Interp, d: &Dict) -> PyResult<String> {
    let items = dictops::items(d);
    let mut body = String::from("{");
    for (i, (k, val)) in items.iter().enumerate() {
        if i > 0 {
            body.push_str(", ");
        }
        body.push_str(&interp.repr(k)?);
        body.push_str(": ");
        body.push_str(&interp.repr(val)?);
    }
    body.push('}');
    Ok(body)
}

/// The body `{...}` of a dict, guarded against recursion like dict_repr.
fn guarded_body(interp: &Interp, p: usize, d: &Dict) -> PyResult<String> {
    if !enter_repr(interp, p) {
        return Ok("{...}".into());
    }
    let r = interp.nested("while getting the repr of an object", || dict_body(interp, d));
    leave_repr(interp);
    r
}

/// repr of a native dict of any kind, or of an instance of a dict subclass
/// (`class_name` is then the subclass's name): `{...}` for dict,
/// `defaultdict(factory, {...})`, `OrderedDict({...})` (`...` when recursive),
/// `Counter({...})` in most_common order.
pub fn dict_kind_repr(interp: &Interp, obj: &Value, d: &Rc<Dict>, class_name: Option<&str>) -> PyResult<String> {
    let p = obj.ptr().unwrap_or(0);
    match &d.kind {
        DictKind::Plain => guarded_body(interp, p, d),
        DictKind::Default(f) => {
            let f = f.borrow().clone();
            // The guard is on the factory (a factory that refers back to
            // the defaultdict prints `...`).
            let fr = match f.ptr() {
                None => interp.repr(&f)?,
                Some(fp) if !enter_repr(interp, fp) => "...".to_string(),
                Some(_) => {
                    let r = interp.repr(&f);
                    leave_repr(interp);
                    r?
                }
            };
            let body = guarded_body(interp, p, d)?;
            Ok(format!("{}({}, {})", class_name.unwrap_or("defaultdict"), fr, body))
        }
        DictKind::Ordered => {
            let n = class_name.unwrap_or("OrderedDict");
            if d.len() == 0 {
                return Ok(format!("{}()", n));
            }
            if !enter_repr(interp, p) {
                return Ok("...".into());
            }
            // CPython prints a dict copy: a fresh object, so a recursive
            // reference inside shows as `...` from the guard above. The copy
            // reads a subclass through its `__getitem__`.
            let r = interp.nested("while getting the repr of an object", || {
                if overrides(interp, obj, "__getitem__") {
                    let copy = interp.new_dict_rc();
                    for k in dictops::keys(d) {
                        let v = interp.getitem(obj, &k)?;
                        dictops::set(interp, &copy, k, v)?;
                    }
                    return dict_body(interp, &copy);
                }
                dict_body(interp, d)
            });
            leave_repr(interp);
            Ok(format!("{}({})", n, r?))
        }
        DictKind::Counter => counter_repr(interp, d, class_name),
    }
}

/// `__repr__` of defaultdict, OrderedDict and Counter (named after the
/// type of self, so `super().__repr__()` in a subclass shows the subclass).
fn kind_repr_method(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__repr__", args, 1, 1)?;
    let d = this(interp, args, "__repr__")?;
    let name = match &args[0] {
        Value::Instance(inst) => Some(inst.class.name.s.to_string()),
        _ => None,
    };
    Ok(Value::string(dict_kind_repr(interp, &args[0], &d, name.as_deref())?))
}

/// `dict.__repr__(d)`: the `{...}` form whatever the kind.
pub fn plain_dict_repr(interp: &Interp, obj: &Value, d: &Dict) -> PyResult<String> {
    guarded_body(interp, obj.ptr().unwrap_or(0), d)
}

// ---- Counter ----------------------------------------------------------------

/// `counter[key]`: the count, 0 when missing (never inserted).
fn count_of(interp: &Interp, d: &Dict, key: &Value) -> PyResult<Value> {
    Ok(dictops::get(interp, d, key)?.unwrap_or(Value::Int(0)))
}

fn cmp(interp: &Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let r = interp.compare(a, b, op)?;
    interp.truthy(&r)
}

/// `Counter(iterable=None, /, **kwds)`.
pub fn counter_init(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    counter_init_obj(interp, &Value::Dict(d.clone()), d, args, kwargs)
}

fn counter_init_obj(interp: &Interp, obj: &Value, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(interp.type_error(format!(
            "Counter.__init__() takes from 1 to 2 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    counter_update_obj(interp, obj, d, args, kwargs, 1)
}

fn counter_init_method(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__init__")?;
    counter_init_obj(interp, &args[0], &d, &args[1..], kwargs)
}

fn counter_update_method(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "update")?;
    counter_update_obj(interp, &args[0], &d, &args[1..], kwargs, 1)
}

/// Whether an instance's class overrides a method with Python code.
fn overrides(interp: &Interp, obj: &Value, name: &str) -> bool {
    match obj {
        Value::Instance(inst) => {
            matches!(interp.class_lookup(&inst.class, &interp.intern(name)), Some(f) if !matches!(f, Value::Builtin(_)))
        }
        _ => false,
    }
}

/// Counter.update (sign 1) and Counter.subtract (sign -1).
pub fn counter_update(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs, sign: i64) -> PyResult<Value> {
    counter_update_obj(interp, &Value::Dict(d.clone()), d, args, kwargs, sign)
}

/// Counter.update/subtract on `obj` (whose table is `d`): `self[elem] =
/// ...` and `self.get(elem, 0)` go through a subclass's overrides.
fn counter_update_obj(interp: &Interp, obj: &Value, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs, sign: i64) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(interp.type_error(format!(
            "Counter.{}() takes from 1 to 2 positional arguments but {} were given",
            if sign > 0 { "update" } else { "subtract" },
            args.len() + 1
        )));
    }
    let generic = overrides(interp, obj, "__setitem__") || overrides(interp, obj, "get");
    let get = |k: &Value| -> PyResult<Value> {
        if generic {
            let f = interp.getattr(obj, &interp.intern("get"))?;
            interp.call(&f, &[k.clone(), Value::Int(0)], &[])
        } else {
            count_of(interp, d, k)
        }
    };
    let set = |k: Value, v: Value| -> PyResult<()> {
        if generic {
            interp.setitem(obj, k, v)
        } else {
            dictops::set(interp, d, k, v)
        }
    };
    let src = args.first().filter(|v| !v.is_none());
    if let Some(src) = src {
        if super::abc::is_mapping(interp, src)? {
            if sign > 0 && d.len() == 0 {
                // Fast path of an empty counter: dict.update.
                dictops::update_from(interp, d, src, false)?;
            } else {
                for (k, n) in interp.mapping_items(src)? {
                    let cur = get(&k)?;
                    let new = if sign > 0 { interp.binary(BinOp::Add, &n, &cur)? } else { interp.binary(BinOp::Sub, &cur, &n)? };
                    set(k, new)?;
                }
            }
        } else {
            let it = interp.iter(src)?;
            let one = Value::Int(1);
            while let Some(k) = interp.next(&it)? {
                if generic {
                    let cur = get(&k)?;
                    let new = interp.binary(if sign > 0 { BinOp::Add } else { BinOp::Sub }, &cur, &one)?;
                    set(k, new)?;
                    continue;
                }
                let hash = dictops::hash_key(interp, &k)?;
                let cur = dictops::get_hashed(interp, d, &k, hash)?.unwrap_or(Value::Int(0));
                let new = match (sign > 0, &cur) {
                    (true, Value::Int(c)) if *c < i64::MAX => Value::Int(c + 1),
                    (true, _) => interp.binary(BinOp::Add, &cur, &one)?,
                    (false, _) => interp.binary(BinOp::Sub, &cur, &one)?,
                };
                dictops::set_hashed(interp, d, k, hash, new)?;
            }
        }
    }
    if !kwargs.is_empty() {
        let kw = interp.new_dict_rc();
        for (k, v) in kwargs {
            dictops::set(interp, &kw, Value::Str(k.clone()), v.clone())?;
        }
        counter_update_obj(interp, obj, d, &[Value::Dict(kw)], &[], sign)?;
    }
    Ok(Value::None)
}

fn counter_subtract(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "subtract")?;
    counter_update_obj(interp, &args[0], &d, &args[1..], kwargs, -1)
}

fn counter_missing(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(interp.type_error(format!(
            "Counter.__missing__() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    Ok(Value::Int(0))
}

fn counter_delitem(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(interp.type_error(format!(
            "Counter.__delitem__() takes 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let d = this(interp, args, "__delitem__")?;
    dictops::del(interp, &d, &args[1])?;
    Ok(Value::None)
}

fn counter_copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "copy", args, 1, 1)?;
    let d = this(interp, args, "copy")?;
    if let Value::Instance(inst) = &args[0] {
        return interp.call(&Value::Class(inst.class.clone()), &[args[0].clone()], &[]);
    }
    Ok(Value::Dict(dictops::copy(interp, &d)))
}

fn counter_fromkeys(interp: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Err(interp.new_error(
        ExcKind::NotImplementedError,
        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.",
    ))
}

/// Items sorted by count, highest first; ties keep insertion order
/// (`sorted(items, key=itemgetter(1), reverse=True)`).
fn sorted_by_count(interp: &Interp, d: &Dict) -> PyResult<Vec<(Value, Value)>> {
    let mut items = dictops::items(d);
    // reverse=True keeps stability: reverse, sort ascending stably, reverse.
    items.reverse();
    let mut err = None;
    items.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        if let (Value::Int(x), Value::Int(y)) = (&a.1, &b.1) {
            return x.cmp(y);
        }
        match cmp(interp, &a.1, &b.1, CmpOp::Lt) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match cmp(interp, &b.1, &a.1, CmpOp::Lt) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    items.reverse();
    match err {
        Some(e) => Err(e),
        None => Ok(items),
    }
}

fn counter_most_common(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "most_common", kwargs, &["n"])?;
    if args.len() > 2 {
        return Err(interp.type_error(format!(
            "Counter.most_common() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let d = this(interp, args, "most_common")?;
    let mut items = sorted_by_count(interp, &d)?;
    if let Some(n) = args.get(1).or_else(|| kwarg(kwargs, "n")).filter(|n| !n.is_none()) {
        // heapq.nlargest(n, ...): compares n with the size, then slices or counts.
        let n = match n {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => interp.index_value(n).unwrap_or(i64::MAX),
            Value::Float(f) if *f >= items.len() as f64 => {
                return Err(interp.type_error("slice indices must be integers or None or have an __index__ method"))
            }
            Value::Float(_) => return Err(interp.type_error("'float' object cannot be interpreted as an integer")),
            other => {
                return Err(interp.type_error(format!(
                    "'>=' not supported between instances of '{}' and 'int'",
                    interp.type_name(other)
                )))
            }
        };
        items.truncate(n.max(0) as usize);
    }
    Ok(interp.new_list(items.into_iter().map(|(k, v)| Value::pair(k, v)).collect()))
}

fn counter_elements(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "elements", args, 1, 1)?;
    let d = this(interp, args, "elements")?;
    let mut out = Vec::new();
    for (k, v) in dictops::items(&d) {
        let n = match v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => interp.index_value(&other)?,
        };
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    interp.iter(&interp.new_list(out))
}

fn counter_total(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "total", args, 1, 1)?;
    let d = this(interp, args, "total")?;
    let mut acc = Value::Int(0);
    for v in dictops::values(&d) {
        acc = interp.binary(BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

pub fn counter_repr(interp: &Interp, d: &Dict, name: Option<&str>) -> PyResult<String> {
    let name = name.unwrap_or("Counter");
    if d.len() == 0 {
        return Ok(format!("{}()", name));
    }
    let items = match sorted_by_count(interp, d) {
        Ok(i) => i,
        Err(e) if interp.err_is(&e, ExcKind::TypeError) => dictops::items(d),
        Err(e) => return Err(e),
    };
    // `dict(self.most_common())`: a fresh dict, repr'd with its own guard.
    let tmp = interp.new_dict_rc();
    for (k, v) in items {
        dictops::set(interp, &tmp, k, v)?;
    }
    Ok(format!("{}({})", name, interp.repr(&Value::Dict(tmp))?))
}

fn positive(interp: &Interp, v: &Value) -> PyResult<bool> {
    match v {
        Value::Int(i) => Ok(*i > 0),
        _ => cmp(interp, v, &Value::Int(0), CmpOp::Gt),
    }
}

fn counter_pos(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__pos__", args, 1, 1)?;
    let d = this(interp, args, "__pos__")?;
    counter_unary(interp, &d, false)
}

fn counter_neg(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "__neg__", args, 1, 1)?;
    let d = this(interp, args, "__neg__")?;
    counter_unary(interp, &d, true)
}

/// `+c` and `-c`.
pub fn counter_unary(interp: &Interp, d: &Dict, negate: bool) -> PyResult<Value> {
    let out = interp.new_dict_kind(DictKind::Counter);
    let zero = Value::Int(0);
    for (k, v) in dictops::items(d) {
        if negate {
            if cmp(interp, &v, &zero, CmpOp::Lt)? {
                dictops::set(interp, &out, k, interp.binary(BinOp::Sub, &zero, &v)?)?;
            }
        } else if positive(interp, &v)? {
            dictops::set(interp, &out, k, v)?;
        }
    }
    Ok(Value::Dict(out))
}

/// `a + b`, `a - b`, `a | b`, `a & b` for Counters; None for other operands.
pub fn counter_binary(interp: &Interp, a: &Dict, op: BinOp, b: &Value) -> PyResult<Option<Value>> {
    let Value::Dict(bd) = b else { return Ok(None) };
    if !is_counter(bd) || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
        return Ok(None);
    }
    let out = interp.new_dict_kind(DictKind::Counter);
    let zero = Value::Int(0);
    for (k, count) in dictops::items(a) {
        let other = count_of(interp, bd, &k)?;
        let r = match op {
            BinOp::Add => interp.binary(BinOp::Add, &count, &other)?,
            BinOp::Sub => interp.binary(BinOp::Sub, &count, &other)?,
            BinOp::BitOr => {
                if cmp(interp, &count, &other, CmpOp::Lt)? {
                    other
                } else {
                    count
                }
            }
            _ => {
                if cmp(interp, &count, &other, CmpOp::Lt)? {
                    count
                } else {
                    other
                }
            }
        };
        if positive(interp, &r)? {
            dictops::set(interp, &out, k, r)?;
        }
    }
    if op != BinOp::BitAnd {
        for (k, count) in dictops::items(bd) {
            if dictops::get(interp, a, &k)?.is_some() {
                continue;
            }
            if op == BinOp::Sub {
                if cmp(interp, &count, &zero, CmpOp::Lt)? {
                    dictops::set(interp, &out, k, interp.binary(BinOp::Sub, &zero, &count)?)?;
                }
            } else if positive(interp, &count)? {
                dictops::set(interp, &out, k, count)?;
            }
        }
    }
    Ok(Some(Value::Dict(out)))
}

/// `other.items()` for the in-place operators (any object with `items()`).
fn items_of(interp: &Interp, other: &Value) -> PyResult<Vec<(Value, Value)>> {
    if let Value::Dict(o) = other {
        return Ok(dictops::items(o));
    }
    let f = interp.getattr(other, &interp.intern("items"))?;
    let items = interp.call(&f, &[], &[])?;
    let mut out = Vec::new();
    for pair in interp.collect(&items)? {
        let kv = interp.collect(&pair)?;
        if kv.len() != 2 {
            return Err(interp.value_error(format!(
                "{} values to unpack (expected 2)",
                if kv.len() < 2 { "not enough" } else { "too many" }
            )));
        }
        out.push((kv[0].clone(), kv[1].clone()));
    }
    Ok(out)
}

/// `a += b`, `a -= b`, `a |= b`, `a &= b` for Counters: in place (entries keep
/// their positions), then the non-positive counts are dropped.
pub fn counter_inplace(interp: &Interp, a: &Rc<Dict>, op: BinOp, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add | BinOp::Sub | BinOp::BitOr => {
            for (k, count) in items_of(interp, b)? {
                let cur = count_of(interp, a, &k)?;
                match op {
                    BinOp::Add => dictops::set(interp, a, k, interp.binary(BinOp::Add, &cur, &count)?)?,
                    BinOp::Sub => dictops::set(interp, a, k, interp.binary(BinOp::Sub, &cur, &count)?)?,
                    _ => {
                        if cmp(interp, &count, &cur, CmpOp::Gt)? {
                            dictops::set(interp, a, k, count)?;
                        }
                    }
                }
            }
        }
        BinOp::BitAnd => {
            for (k, count) in dictops::items(a) {
                let other = match b {
                    Value::Dict(bd) if is_counter(bd) => count_of(interp, bd, &k)?,
                    _ => interp.getitem(b, &k)?,
                };
                if cmp(interp, &other, &count, CmpOp::Lt)? {
                    dictops::set(interp, a, k, other)?;
                }
            }
        }
        _ => return Ok(None),
    }
    // _keep_positive
    for (k, count) in dictops::items(a) {
        if !positive(interp, &count)? {
            dictops::del(interp, a, &k)?;
        }
    }
    Ok(Some(Value::Dict(a.clone())))
}

/// Comparisons where an operand is a Counter (values as builtin_compare sees
/// them). Two Counters compare as multisets (missing counts are zero, 3.10+);
/// a Counter and another mapping fall back on dict equality (None).
pub fn counter_compare(interp: &Interp, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else { return Ok(None) };
    if !is_counter(x) || !is_counter(y) {
        return Ok(None);
    }
    let all = |op: CmpOp| -> PyResult<bool> {
        for (c, _) in [(x, 0), (y, 1)] {
            for e in dictops::keys(c) {
                let (l, r) = (count_of(interp, x, &e)?, count_of(interp, y, &e)?);
                if !cmp(interp, &l, &r, op)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        CmpOp::Eq => all(CmpOp::Eq)?,
        CmpOp::NotEq => !all(CmpOp::Eq)?,
        CmpOp::LtE => all(CmpOp::LtE)?,
        CmpOp::GtE => all(CmpOp::GtE)?,
        CmpOp::Lt => all(CmpOp::LtE)? && !all(CmpOp::Eq)?,
        CmpOp::Gt => all(CmpOp::GtE)? && !all(CmpOp::Eq)?,
        _ => return Ok(None),
    }))
}

/// Whether `v` is a native Counter (for the operator hooks).
pub fn is_native_counter(v: &Value) -> bool {
    is_kind(v, |k| matches!(k, DictKind::Counter))
}
