//! Attribute access (`obj.name`) and subscription (`obj[key]`).

use std::rc::Rc;

use super::dictops;
use super::{ExcKind, Interp, PyResult};
use crate::value::*;

impl Interp {
    pub fn getattr(&self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Value> {
        match self.getattr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Err(self.attribute_error_context(self.no_attribute(obj, name), obj, name)),
            Err(e) => Err(self.attribute_error_context(e, obj, name)),
        }
    }

    pub fn no_attribute(&self, obj: &Value, name: &PyStr) -> super::PyErr {
        match obj {
            Value::Class(c) => self.attribute_error(format!("type object '{}' has no attribute '{}'", c.name.s, name.s)),
            Value::Module(m) => self.attribute_error(format!("module '{}' has no attribute '{}'", m.name, name.s)),
            _ => self.attribute_error(format!("'{}' object has no attribute '{}'", self.type_name(obj), name.s)),
        }
    }

    /// Binds what a class attribute lookup found to the instance it was found through.
    fn bind(&self, found: Value, obj: &Value, class: &Rc<Class>) -> PyResult<Value> {
        Ok(match found {
            Value::Function(_) | Value::Builtin(_) => Value::Method(Rc::new(Method { func: found, self_: obj.clone() })),
            Value::Wrapper(w) => match &*w {
                Wrapper::StaticMethod(f) => f.clone(),
                Wrapper::ClassMethod(f) => {
                    Value::Method(Rc::new(Method { func: f.clone(), self_: Value::Class(class.clone()) }))
                }
                Wrapper::Property { fget, .. } => {
                    if fget.is_none() {
                        return Err(self.attribute_error("property has no getter"));
                    }
                    self.call(fget, &[obj.clone()], &[])?
                }
                Wrapper::Super { .. } => Value::Wrapper(w.clone()),
            },
            other => other,
        })
    }

    pub fn getattr_opt(&self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                if self.plain_instance_attrs(&inst.class) {
                    if let Some(v) = dictops::get_str(&inst.attrs, name) {
                        return Ok(Some(v));
                    }
                }
                let class_attr = self.class_lookup(&inst.class, name);
                // Data descriptors (properties) win over the instance dict.
                if let Some(Value::Wrapper(w)) = &class_attr {
                    if let Wrapper::Property { .. } = &**w {
                        return self.bind(class_attr.unwrap(), obj, &inst.class).map(Some);
                    }
                }
                if let Some(v) = dictops::get_str(&inst.attrs, name) {
                    return Ok(Some(v));
                }
                if let Some(v) = class_attr {
                    return self.bind(v, obj, &inst.class).map(Some);
                }
                if let Some(v) = self.special_instance_attr(inst, obj, name)? {
                    return Ok(Some(v));
                }
                if let Some(ga) = self.class_lookup(&inst.class, &self.names.getattr) {
                    let r = self.call(&ga, &[obj.clone(), Value::Str(Rc::new(PyStr::new(name.s.clone())))], &[]);
                    return match r {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_is(&e, ExcKind::AttributeError) => Err(e),
                        Err(e) => Err(e),
                    };
                }
                Ok(None)
            }
            Value::Class(c) => {
                if let Some(v) = self.class_lookup(c, name) {
                    return Ok(Some(match v {
                        Value::Wrapper(w) => match &*w {
                            Wrapper::StaticMethod(f) => f.clone(),
                            Wrapper::ClassMethod(f) => {
                                Value::Method(Rc::new(Method { func: f.clone(), self_: obj.clone() }))
                            }
                            _ => Value::Wrapper(w.clone()),
                        },
                        other => other,
                    }));
                }
                self.special_class_attr(c, name)
            }
            Value::Module(m) => Ok(dictops::get_str(&m.dict, name)),
            Value::Wrapper(w) => {
                if let Wrapper::Super { class, obj: inner } = &**w {
                    let start_class = match inner {
                        Value::Class(c) => c.clone(),
                        _ => self.type_of(inner),
                    };
                    // Search the MRO of the object's type after `class`.
                    let mut mro = vec![start_class.clone()];
                    mro.extend(start_class.mro.iter().cloned());
                    let pos = mro.iter().position(|c| Rc::ptr_eq(c, class)).map(|p| p + 1).unwrap_or(mro.len());
                    for c in &mro[pos..] {
                        if let Some(v) = dictops::get_str(&c.dict, name) {
                            return Ok(Some(match (&v, inner) {
                                (Value::Function(_) | Value::Builtin(_), Value::Class(_)) => v,
                                (Value::Wrapper(w2), _) => match &**w2 {
                                    Wrapper::ClassMethod(f) => {
                                        let cls = match inner {
                                            Value::Class(c) => c.clone(),
                                            _ => self.type_of(inner),
                                        };
                                        Value::Method(Rc::new(Method { func: f.clone(), self_: Value::Class(cls) }))
                                    }
                                    _ => self.bind(v.clone(), inner, &start_class)?,
                                },
                                _ => self.bind(v.clone(), inner, &start_class)?,
                            }));
                        }
                    }
                    return Ok(None);
                }
                if let Wrapper::Property { fget, fset, fdel, doc } = &**w {
                    let n = &*name.s;
                    let prop_method = |which: &str| -> Value {
                        let (f, set, del) = (fget.clone(), fset.clone(), fdel.clone());
                        let _ = (f, set, del);
                        let _ = which;
                        Value::None
                    };
                    let _ = prop_method;
                    return Ok(match n {
                        "fget" => Some(fget.clone()),
                        "fset" => Some(fset.clone()),
                        "fdel" => Some(fdel.clone()),
                        "__doc__" => Some(doc.clone()),
                        "setter" | "getter" | "deleter" => {
                            let f = self.getattr(&Value::Class(self.types.property.clone()), name)?;
                            Some(Value::Method(Rc::new(Method { func: f, self_: obj.clone() })))
                        }
                        _ => None,
                    });
                }
                if let Wrapper::StaticMethod(f) | Wrapper::ClassMethod(f) = &**w {
                    if &*name.s == "__func__" {
                        return Ok(Some(f.clone()));
                    }
                }
                self.generic_type_attr(obj, name)
            }
            Value::Function(func) => {
                match &*name.s {
                    "__name__" => return Ok(Some(Value::Str(func.name.borrow().clone()))),
                    "__qualname__" => return Ok(Some(Value::Str(func.qualname.borrow().clone()))),
                    "__doc__" => return Ok(Some(func.doc.clone())),
                    "__module__" => return Ok(Some(dictops::get_str(&func.globals, &self.names.name).unwrap_or(Value::None))),
                    "__defaults__" => {
                        let d = func.defaults.borrow();
                        return Ok(Some(if d.is_empty() { Value::None } else { Value::tuple(d.clone()) }));
                    }
                    "__dict__" => return Ok(Some(Value::Dict(self.function_dict(func)))),
                    "__globals__" => return Ok(Some(Value::Dict(func.globals.clone()))),
                    _ => {}
                }
                if let Some(d) = &*func.attrs.borrow() {
                    if let Some(v) = dictops::get_str(d, name) {
                        return Ok(Some(v));
                    }
                }
                self.generic_type_attr(obj, name)
            }
            Value::Method(m) => match &*name.s {
                "__self__" => Ok(Some(m.self_.clone())),
                "__func__" => Ok(Some(m.func.clone())),
                "__name__" | "__qualname__" | "__doc__" => self.getattr_opt(&m.func, name),
                _ => self.generic_type_attr(obj, name),
            },
            Value::Builtin(b) => match &*name.s {
                "__name__" | "__qualname__" => Ok(Some(Value::str(b.name))),
                "__doc__" => Ok(Some(Value::None)),
                _ => self.generic_type_attr(obj, name),
            },
            _ => {
                if let Some(v) = crate::builtins::methods::native_attr(self, obj, name)? {
                    return Ok(Some(v));
                }
                self.generic_type_attr(obj, name)
            }
        }
    }

    fn function_dict(&self, func: &Function) -> Rc<Dict> {
        let mut a = func.attrs.borrow_mut();
        a.get_or_insert_with(|| self.new_dict_rc()).clone()
    }

    /// An attribute found on the type of a builtin value (its methods).
    fn generic_type_attr(&self, obj: &Value, name: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        match self.class_lookup(&cls, name) {
            Some(v) => self.bind(v, obj, &cls).map(Some),
            None => match &*name.s {
                "__class__" => Ok(Some(Value::Class(cls))),
                _ => Ok(None),
            },
        }
    }

    fn special_instance_attr(&self, inst: &Rc<Instance>, obj: &Value, name: &PyStr) -> PyResult<Option<Value>> {
        Ok(match &*name.s {
            "__class__" => Some(Value::Class(inst.class.clone())),
            "__dict__" => Some(Value::Dict(inst.attrs.clone())),
            "args" => inst.exc().map(|d| d.args.borrow().clone()),
            "__cause__" => inst.exc().map(|d| d.cause.borrow().clone()),
            "__context__" => inst.exc().map(|d| d.context.borrow().clone()),
            "__suppress_context__" => inst.exc().map(|d| Value::Bool(d.suppress_context.get())),
            "__traceback__" => inst.exc().map(|_| Value::None),
            "name" if self.has_name_attr(inst) => inst.exc().map(|d| d.name.borrow().clone()),
            "obj" if self.is_subclass(&inst.class, self.exc_class(ExcKind::AttributeError)) => {
                inst.exc().map(|d| d.origin.borrow().clone())
            }
            "default_factory" => match &inst.payload {
                Payload::Dict(d) => match &d.kind {
                    DictKind::Default(f) => Some(f.borrow().clone()),
                    _ => None,
                },
                _ => None,
            },
            _ => {
                let _ = obj;
                match inst.exc() {
                    Some(d) => self.exc_field(inst, d, name),
                    None => None,
                }
            }
        })
    }

    /// Whether `inst` is a NameError or AttributeError (which have `.name`).
    fn has_name_attr(&self, inst: &Instance) -> bool {
        inst.exc().is_some()
            && (self.is_subclass(&inst.class, self.exc_class(ExcKind::NameError))
                || self.is_subclass(&inst.class, self.exc_class(ExcKind::AttributeError)))
    }

    /// The fields some builtin exceptions derive from their args:
    /// `StopIteration.value`, `SystemExit.code`, and the `encoding`,
    /// `object`, `start`, `end` and `reason` of the Unicode errors.
    fn exc_field(&self, inst: &Instance, d: &ExcData, name: &PyStr) -> Option<Value> {
        let args = match &*d.args.borrow() {
            Value::Tuple(t) => t.items.to_vec(),
            _ => vec![],
        };
        let is = |k: ExcKind| self.is_subclass(&inst.class, self.exc_class(k));
        match &*name.s {
            "value" if is(ExcKind::StopIteration) => Some(args.first().cloned().unwrap_or(Value::None)),
            "code" if is(ExcKind::SystemExit) => Some(match args.len() {
                0 => Value::None,
                1 => args[0].clone(),
                _ => Value::tuple(args),
            }),
            "encoding" | "object" | "start" | "end" | "reason"
                if args.len() == 5 && (is(ExcKind::UnicodeEncodeError) || is(ExcKind::UnicodeDecodeError)) =>
            {
                let i = ["encoding", "object", "start", "end", "reason"].iter().position(|n| *n == &*name.s)?;
                Some(args[i].clone())
            }
            _ => None,
        }
    }

    fn special_class_attr(&self, c: &Rc<Class>, name: &PyStr) -> PyResult<Option<Value>> {
        Ok(match &*name.s {
            "__name__" => Some(Value::Str(c.name.clone())),
            "__qualname__" => Some(Value::string(c.qualname.clone())),
            "__module__" => Some(Value::string(c.module.clone())),
            "__dict__" => Some(Value::Dict(c.dict.clone())),
            "__bases__" => Some(Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect())),
            "__base__" => Some(c.bases.first().map(|b| Value::Class(b.clone())).unwrap_or(Value::None)),
            "__mro__" => {
                let mut v = vec![Value::Class(c.clone())];
                v.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                Some(Value::tuple(v))
            }
            "__class__" => Some(Value::Class(self.types.type_.clone())),
            "__doc__" => Some(Value::None),
            "__annotations__" => Some(Value::Dict(self.new_dict_rc())),
            _ => {
                // Methods of `type` itself (mro(), __subclasses__ ...).
                let tcls = self.types.type_.clone();
                match dictops::get_str(&tcls.dict, name) {
                    Some(f) => Some(Value::Method(Rc::new(Method { func: f, self_: Value::Class(c.clone()) }))),
                    None => None,
                }
            }
        })
    }

    pub fn setattr(&self, obj: &Value, name: &Rc<PyStr>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) if matches!(inst.payload, Payload::None) && self.plain_instance_attrs(&inst.class) => {
                dictops::set_str(&inst.attrs, name.clone(), v);
                Ok(())
            }
            Value::Instance(inst) => {
                if let Some(Value::Wrapper(w)) = self.class_lookup(&inst.class, name) {
                    if let Wrapper::Property { fset, .. } = &*w {
                        if fset.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no setter",
                                name.s, inst.class.name.s
                            )));
                        }
                        self.call(fset, &[obj.clone(), v], &[])?;
                        return Ok(());
                    }
                }
                if let Some(sa) = self.class_lookup(&inst.class, &self.names.setattr) {
                    if !matches!(sa, Value::Builtin(_)) {
                        self.call(&sa, &[obj.clone(), Value::Str(name.clone()), v], &[])?;
                        return Ok(());
                    }
                }
                if Rc::ptr_eq(&inst.class, &self.types.object) {
                    // A bare object() has no __dict__.
                    return Err(self.no_attribute(obj, name));
                }
                if &*name.s == "default_factory" {
                    if let Payload::Dict(d) = &inst.payload {
                        if let DictKind::Default(f) = &d.kind {
                            *f.borrow_mut() = v;
                            return Ok(());
                        }
                    }
                }
                if let Some(d) = inst.exc() {
                    match &*name.s {
                        "__cause__" => {
                            *d.cause.borrow_mut() = v;
                            d.suppress_context.set(true);
                            return Ok(());
                        }
                        "__context__" => {
                            *d.context.borrow_mut() = v;
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.suppress_context.set(self.truthy(&v)?);
                            return Ok(());
                        }
                        "args" => {
                            *d.args.borrow_mut() = Value::tuple(self.collect(&v)?);
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                dictops::set_str(&inst.attrs, name.clone(), v);
                Ok(())
            }
            Value::Class(c) => {
                if c.builtin {
                    return Err(self.type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.s, c.name.s
                    )));
                }
                dictops::set_str(&c.dict, name.clone(), v);
                Ok(())
            }
            Value::Function(func) => {
                dictops::set_str(&self.function_dict(func), name.clone(), v);
                Ok(())
            }
            Value::Module(m) => {
                dictops::set_str(&m.dict, name.clone(), v);
                Ok(())
            }
            Value::Dict(d) if &*name.s == "default_factory" => {
                if let DictKind::Default(f) = &d.kind {
                    *f.borrow_mut() = v;
                    return Ok(());
                }
                Err(self.no_attribute(obj, name))
            }
            _ => {
                if self.getattr_opt(obj, name)?.is_some() {
                    Err(self.attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        self.type_name(obj),
                        name.s
                    )))
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
        }
    }

    pub fn delattr(&self, obj: &Value, name: &Rc<PyStr>) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Wrapper(w)) = self.class_lookup(&inst.class, name) {
                    if let Wrapper::Property { fdel, .. } = &*w {
                        if fdel.is_none() {
                            return Err(self.attribute_error(format!(
                                "property '{}' of '{}' object has no deleter",
                                name.s, inst.class.name.s
                            )));
                        }
                        self.call(fdel, &[obj.clone()], &[])?;
                        return Ok(());
                    }
                }
                if dictops::del_str(&inst.attrs, name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            Value::Class(c) if !c.builtin => {
                if dictops::del_str(&c.dict, name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            Value::Module(m) => {
                if dictops::del_str(&m.dict, name) {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// `obj[key]`. Exact dicts and lists indexed by an int in range are
    /// answered here, inlined at the call sites; everything else (and the
    /// errors) goes through [`Interp::getitem_any`].
    #[inline]
    pub fn getitem(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::Dict(d) => match dictops::get(self, d, key)? {
                Some(v) => Ok(v),
                None => self.dict_missing(obj, d, key),
            },
            Value::List(l) => {
                if let Value::Int(i) = key {
                    let items = l.items.borrow();
                    let j = if *i < 0 { i.wrapping_add(items.len() as i64) } else { *i };
                    if let Some(v) = usize::try_from(j).ok().and_then(|j| items.get(j)) {
                        return Ok(v.clone());
                    }
                }
                self.getitem_any(obj, key)
            }
            _ => self.getitem_any(obj, key),
        }
    }

    #[inline(never)]
    fn getitem_any(&self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Some(i) = super::ops::as_i64(key) {
                    let items = l.items.borrow();
                    let n = items.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j < 0 || j >= n {
                        return Err(self.index_error("list index out of range"));
                    }
                    return Ok(items[j as usize].clone());
                }
                crate::builtins::sequences::getitem(self, obj, key)
            }
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.getitem) {
                    if !matches!(f, Value::Builtin(_)) {
                        return self.call(&f, &[obj.clone(), key.clone()], &[]);
                    }
                }
                match &inst.payload {
                    Payload::Dict(d) => match dictops::get(self, d, key)? {
                        Some(v) => Ok(v),
                        None => self.dict_missing(obj, d, key),
                    },
                    Payload::List(l) => self.getitem(&Value::List(l.clone()), key),
                    _ => Err(self.type_error(format!("'{}' object is not subscriptable", inst.class.name.s))),
                }
            }
            Value::Class(c) => {
                if let Some(f) = self.class_lookup(c, &self.names.class_getitem) {
                    let f = match f {
                        Value::Wrapper(w) => match &*w {
                            Wrapper::ClassMethod(f) | Wrapper::StaticMethod(f) => f.clone(),
                            _ => Value::Wrapper(w.clone()),
                        },
                        other => other,
                    };
                    return self.call(&f, &[obj.clone(), key.clone()], &[]);
                }
                if c.builtin {
                    // `list[int]`, `dict[str, int]` in annotations.
                    return Ok(crate::builtins::typing::generic_alias(self, obj, key));
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name.s)))
            }
            _ => crate::builtins::sequences::getitem(self, obj, key),
        }
    }

    /// A dict lookup missed: `__missing__` on the type, or KeyError.
    pub(super) fn dict_missing(&self, obj: &Value, d: &Rc<Dict>, key: &Value) -> PyResult<Value> {
        if let Value::Instance(inst) = obj {
            if let Some(m) = self.class_lookup(&inst.class, &self.names.missing) {
                if !matches!(m, Value::Builtin(_)) {
                    return self.call(&m, &[obj.clone(), key.clone()], &[]);
                }
            }
        }
        match &d.kind {
            DictKind::Default(_) => crate::builtins::collections::defaultdict_missing(self, obj, d, key),
            DictKind::Counter => Ok(Value::Int(0)),
            _ => Err(self.dict_key_error(d, key.clone())),
        }
    }

    /// `obj[key] = v`. Exact dicts are handled here, inlined at the call
    /// sites; everything else goes through [`Interp::setitem_any`].
    #[inline]
    pub fn setitem(&self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::Dict(d) => dictops::set(self, d, key, v),
            _ => self.setitem_any(obj, key, v),
        }
    }

    #[inline(never)]
    fn setitem_any(&self, obj: &Value, key: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::ByteArray(b) => crate::builtins::bytearray::setitem(self, b, &key, v),
            Value::List(l) => {
                if let Some(i) = super::ops::as_i64(&key) {
                    let mut items = l.items.borrow_mut();
                    let n = items.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j < 0 || j >= n {
                        return Err(self.index_error("list assignment index out of range"));
                    }
                    self.heap.track_list_holding(l, &v);
                    items[j as usize] = v;
                    return Ok(());
                }
                crate::builtins::sequences::setitem(self, l, &key, v)
            }
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.setitem) {
                    if !matches!(f, Value::Builtin(_)) {
                        self.call(&f, &[obj.clone(), key, v], &[])?;
                        return Ok(());
                    }
                }
                match &inst.payload {
                    Payload::Dict(d) => dictops::set(self, d, key, v),
                    Payload::List(l) => self.setitem(&Value::List(l.clone()), key, v),
                    _ => Err(self.type_error(format!(
                        "'{}' object does not support item assignment",
                        inst.class.name.s
                    ))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object does not support item assignment", self.type_name(obj)))),
        }
    }

    /// `del obj[key]`.
    pub fn delitem(&self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj {
            Value::Dict(d) => {
                // Counter.__delitem__ ignores a missing key.
                if dictops::del(self, d, key)? || matches!(d.kind, DictKind::Counter) {
                    Ok(())
                } else {
                    Err(self.dict_key_error(d, key.clone()))
                }
            }
            Value::List(l) => crate::builtins::sequences::delitem(self, l, key),
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.delitem) {
                    if !matches!(f, Value::Builtin(_)) {
                        self.call(&f, &[obj.clone(), key.clone()], &[])?;
                        return Ok(());
                    }
                }
                match &inst.payload {
                    Payload::Dict(_) | Payload::List(_) => self.delitem(&self.payload_value(obj), key),
                    _ => Err(self.type_error(format!(
                        "'{}' object doesn't support item deletion",
                        inst.class.name.s
                    ))),
                }
            }
            _ => Err(self.type_error(format!("'{}' object doesn't support item deletion", self.type_name(obj)))),
        }
    }
}
