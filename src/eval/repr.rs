//! `repr()`, `str()` and `format()` of values.

use std::rc::Rc;

use super::{dictops, ExcKind, Interp, PyErr, PyResult};
use crate::value::format;
use crate::value::*;

impl Interp {
    pub fn format_err(&self, e: format::FormatError) -> PyErr {
        let kind = match e.kind {
            format::ExcKind::ValueError => ExcKind::ValueError,
            format::ExcKind::TypeError => ExcKind::TypeError,
            format::ExcKind::OverflowError => ExcKind::OverflowError,
            format::ExcKind::MemoryError => ExcKind::MemoryError,
        };
        self.new_error(kind, e.message)
    }

    /// Guards recursive containers: returns false when `v` is already being printed.
    fn enter_repr(&self, v: &Value) -> bool {
        let Some(p) = v.ptr() else { return true };
        let mut g = self.repr_guard.borrow_mut();
        if g.contains(&p) {
            return false;
        }
        g.push(p);
        true
    }

    fn leave_repr(&self, v: &Value) {
        if v.ptr().is_some() {
            self.repr_guard.borrow_mut().pop();
        }
    }

    pub fn repr(&self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => format::int_to_decimal_string(b).map_err(|e| self.format_err(e))?,
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => format::repr_str(&s.s),
            Value::Bytes(b) => format::repr_bytes(&b.b),
            Value::ByteArray(b) => format!("bytearray({})", format::repr_bytes(&b.b.borrow())),
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => format!("slice({}, {}, {})", self.repr(&s.start)?, self.repr(&s.stop)?, self.repr(&s.step)?),
            Value::Dict(d) if !matches!(d.kind, DictKind::Plain) => {
                return crate::builtins::collections::dict_kind_repr(self, v, d, None);
            }
            Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::View(_) => {
                if !self.enter_repr(v) {
                    return Ok(match v {
                        Value::Tuple(_) => "(...)",
                        Value::List(_) => "[...]",
                        Value::View(_) => "...",
                        _ => "{...}",
                    }
                    .into());
                }
                let r = self.nested("while getting the repr of an object", || self.container_repr(v));
                self.leave_repr(v);
                r?
            }
            Value::Function(f) => format!("<function {} at 0x{:x}>", f.qualname.borrow().s, v.ptr().unwrap_or(0)),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::Method(m) => match &m.func {
                Value::Builtin(b) => format!(
                    "<built-in method {} of {} object at 0x{:x}>",
                    b.name,
                    self.type_name(&m.self_),
                    m.self_.ptr().unwrap_or(0)
                ),
                f => {
                    let qn = match f {
                        Value::Function(func) => func.qualname.borrow().s.to_string(),
                        _ => "?".into(),
                    };
                    format!("<bound method {} of {}>", qn, self.repr(&m.self_)?)
                }
            },
            Value::Class(c) => {
                if c.builtin && c.module == "builtins" {
                    format!("<class '{}'>", c.name.s)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Instance(inst) => return self.instance_repr(v, inst),
            Value::Iterator(_) => format!("<{} object at 0x{:x}>", self.type_name(v), v.ptr().unwrap_or(0)),
            Value::Generator(g) => format!("<generator object {} at 0x{:x}>", g.qualname(), v.ptr().unwrap_or(0)),
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Wrapper(w) => match &**w {
                Wrapper::Property { .. } => format!("<property object at 0x{:x}>", v.ptr().unwrap_or(0)),
                Wrapper::StaticMethod(f) => format!("<staticmethod({})>", self.repr(f)?),
                Wrapper::ClassMethod(f) => format!("<classmethod({})>", self.repr(f)?),
                Wrapper::Super { class, obj } => {
                    format!("<super: <class '{}'>, <{} object>>", class.name.s, self.type_name(obj))
                }
            },
            Value::Cell(_) => format!("<cell at 0x{:x}>", v.ptr().unwrap_or(0)),
            Value::Unbound => "<unbound>".into(),
        })
    }

    /// `BaseException.__repr__`: `Name(arg, ...)`.
    pub fn exc_repr(&self, inst: &Instance) -> PyResult<String> {
        let args = inst.exc().map(|d| d.args.borrow().clone()).unwrap_or(Value::None);
        let inner = match &args {
            Value::Tuple(t) if t.items.len() == 1 => self.repr(&t.items[0])?,
            Value::Tuple(t) if t.items.is_empty() => String::new(),
            other => {
                let r = self.repr(other)?;
                r[1..r.len() - 1].to_string()
            }
        };
        Ok(format!("{}({})", inst.class.name.s, inner))
    }

    fn instance_repr(&self, v: &Value, inst: &Rc<Instance>) -> PyResult<String> {
        if let Some(f) = self.class_lookup(&inst.class, &self.names.repr) {
            // A builtin __repr__ is the base type's (done below), unless a
            // class made in Rust has its own (`exit`'s Quitter).
            let own = |b: &Builtin| !inst.class.builtin && b.owner == Some(&*inst.class.name.s);
            if !matches!(&f, Value::Builtin(b) if !own(b)) {
                let r = self.call(&f, &[v.clone()], &[])?;
                return match r {
                    Value::Str(s) => Ok(s.s.to_string()),
                    other => Err(self.type_error(format!(
                        "__repr__ returned non-string (type {})",
                        self.type_name(&other)
                    ))),
                };
            }
        }
        if inst.exc().is_some() {
            return self.exc_repr(inst);
        }
        match &inst.payload {
            Payload::Dict(d) => {
                return crate::builtins::collections::dict_kind_repr(self, v, d, Some(&inst.class.name.s));
            }
            Payload::List(l) => return self.repr(&Value::List(l.clone())),
            _ => {}
        }
        let module = &inst.class.module;
        Ok(format!("<{}.{} object at 0x{:x}>", module, inst.class.qualname, v.ptr().unwrap_or(0)))
    }

    fn container_repr(&self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Tuple(t) => {
                if t.items.len() == 1 {
                    format!("({},)", self.repr(&t.items[0])?)
                } else {
                    format!("({})", self.join_reprs(&t.items)?)
                }
            }
            Value::List(l) => {
                let items = l.items.borrow().clone();
                format!("[{}]", self.join_reprs(&items)?)
            }
            Value::Dict(_) => self.dict_repr_named(v, None)?,
            Value::Set(s) => {
                let items = super::iter::set_items(s);
                let name = if s.frozen { "frozenset" } else { "set" };
                if items.is_empty() {
                    format!("{}()", name)
                } else if s.frozen {
                    format!("frozenset({{{}}})", self.join_reprs(&items)?)
                } else {
                    format!("{{{}}}", self.join_reprs(&items)?)
                }
            }
            Value::View(view) => {
                let (name, items) = match view.kind {
                    ViewKind::Keys => ("dict_keys", dictops::keys(&view.dict)),
                    ViewKind::Values => ("dict_values", dictops::values(&view.dict)),
                    ViewKind::Items => (
                        "dict_items",
                        dictops::items(&view.dict).into_iter().map(|(k, v)| Value::pair(k, v)).collect(),
                    ),
                };
                let name = match (&view.dict.kind, view.kind) {
                    (DictKind::Ordered, ViewKind::Keys) => "odict_keys",
                    (DictKind::Ordered, ViewKind::Values) => "odict_values",
                    (DictKind::Ordered, ViewKind::Items) => "odict_items",
                    _ => name,
                };
                format!("{}([{}])", name, self.join_reprs(&items)?)
            }
            _ => unreachable!(),
        })
    }

    /// `{k: v, ...}` with the wrapper of its kind (`defaultdict(...)`,
    /// `OrderedDict(...)`, `Counter(...)`) or of a user subclass's name.
    fn dict_repr_named(&self, v: &Value, subclass: Option<&Rc<Class>>) -> PyResult<String> {
        let Value::Dict(d) = v else { unreachable!() };
        let items = dictops::items(d);
        let mut body = String::from("{");
        for (i, (k, val)) in items.iter().enumerate() {
            if i > 0 {
                body.push_str(", ");
            }
            body.push_str(&self.repr(k)?);
            body.push_str(": ");
            body.push_str(&self.repr(val)?);
        }
        body.push('}');
        let name = subclass.map(|c| c.name.s.to_string());
        Ok(match &d.kind {
            DictKind::Plain => body,
            DictKind::Default(f) => {
                let f = f.borrow().clone();
                let fr = self.repr(&f)?;
                format!("{}({}, {})", name.as_deref().unwrap_or("defaultdict"), fr, body)
            }
            DictKind::Ordered => {
                let n = name.as_deref().unwrap_or("OrderedDict");
                if items.is_empty() {
                    format!("{}()", n)
                } else {
                    format!("{}({})", n, body)
                }
            }
            DictKind::Counter => crate::builtins::collections::counter_repr(self, d, name.as_deref())?,
        })
    }

    fn join_reprs(&self, items: &[Value]) -> PyResult<String> {
        let mut s = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        Ok(s)
    }

    /// `str(v)`.
    pub fn str_of(&self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.s.to_string()),
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.str) {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call(&f, &[v.clone()], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if inst.exc().is_some() {
                    return self.exc_message(inst);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Int(i) => format::format_i64_spec(*i, spec, "int"),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True".into() } else { "False".into() });
                }
                format::format_i64_spec(*b as i64, spec, "bool")
            }
            Value::BigInt(b) => format::format_int_spec(b, spec, "int"),
            Value::Float(f) => format::format_float_spec(*f, spec, "float"),
            Value::Str(s) => format::format_str_spec(&s.s, spec, "str"),
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.format) {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call(&f, &[v.clone(), Value::str(spec)], &[])?;
                        return match r {
                            Value::Str(s) => Ok(s.s.to_string()),
                            other => Err(self.type_error(format!(
                                "__format__ must return a str, not {}",
                                self.type_name(&other)
                            ))),
                        };
                    }
                }
                if spec.is_empty() {
                    return self.str_of(v);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    inst.class.name.s
                )));
            }
            _ => {
                if spec.is_empty() {
                    return self.str_of(v);
                }
                return Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )));
            }
        };
        r.map_err(|e| self.format_err(e))
    }
}
