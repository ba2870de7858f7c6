//! Calling things: Python functions (binding arguments to slots), builtins,
//! bound methods, classes (instantiation) and callable instances.

use std::cell::RefCell;
use std::rc::Rc;

use super::{ExcKind, Flow, Frame, Interp, PyResult};
use crate::compile::ir::CodeKind;
use crate::value::*;

pub type Kwargs<'a> = &'a [(Rc<PyStr>, Value)];

impl Interp {
    pub fn call(&self, callee: &Value, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        match callee {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Builtin(b) => (b.func)(self, args, kwargs),
            Value::Method(m) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(m.self_.clone());
                all.extend_from_slice(args);
                self.call(&m.func, &all, kwargs)
            }
            Value::Class(c) => self.instantiate(c, args, kwargs),
            Value::Instance(inst) => match self.class_lookup(&inst.class, &self.names.call) {
                Some(f) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(callee.clone());
                    all.extend_from_slice(args);
                    self.call(&f, &all, kwargs)
                }
                None => Err(self.not_callable(callee)),
            },
            Value::Wrapper(w) => match &**w {
                Wrapper::StaticMethod(f) | Wrapper::ClassMethod(f) if matches!(&**w, Wrapper::StaticMethod(_)) => {
                    self.call(f, args, kwargs)
                }
                _ => Err(self.not_callable(callee)),
            },
            _ => Err(self.not_callable(callee)),
        }
    }

    /// How CPython names a callable in argument errors (`_PyObject_FunctionStr`):
    /// `__main__.f()`, `C.m()` qualified by its module, `print()`, `dict.get()`.
    pub fn function_str(&self, v: &Value) -> String {
        let qualified = |module: &str, qualname: &str| {
            if module.is_empty() || module == "builtins" {
                format!("{}()", qualname)
            } else {
                format!("{}.{}()", module, qualname)
            }
        };
        match v {
            Value::Function(func) => {
                let module = match super::dictops::get_str(&func.globals, &self.names.name) {
                    Some(Value::Str(s)) => s.s.to_string(),
                    _ => String::new(),
                };
                qualified(&module, &func.qualname.borrow().s)
            }
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{}.{}()", owner, b.name),
                None => format!("{}()", b.name),
            },
            Value::Method(m) => self.function_str(&m.func),
            Value::Class(c) => qualified(if c.builtin { "" } else { &c.module }, &c.qualname),
            other => format!("{} object", self.type_name(other)),
        }
    }

    /// `f(a=1, **{'a': 2})`.
    pub fn multiple_values(&self, callee: Option<&Value>, name: &PyStr) -> super::PyErr {
        let prefix = match callee {
            Some(c) => format!("{} ", self.function_str(c)),
            None => String::new(),
        };
        self.type_error(format!("{}got multiple values for keyword argument '{}'", prefix, name.s))
    }

    fn not_callable(&self, v: &Value) -> super::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// Calls a method found on the type of `recv` (for dunders and internal use).
    pub fn call_method(&self, recv: &Value, name: &Rc<PyStr>, args: &[Value]) -> PyResult<Value> {
        let f = self.getattr(recv, name)?;
        self.call(&f, args, &[])
    }

    /// A plain function or builtin found on the type of `recv`, to be called
    /// with `recv` prepended; None when the attribute needs full lookup
    /// (instance attributes, descriptors, class methods...).
    pub fn lookup_method(&self, recv: &Value, name: &Rc<PyStr>) -> Option<Value> {
        match recv {
            Value::Instance(inst) => {
                if inst.attrs.len() > 0 && super::dictops::get_str(&inst.attrs, name).is_some() {
                    return None;
                }
                match self.class_lookup(&inst.class, name)? {
                    f @ (Value::Function(_) | Value::Builtin(_)) => Some(f),
                    _ => None,
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Wrapper(_) => None,
            _ => {
                let cls = self.type_of(recv);
                match self.class_lookup(&cls, name)? {
                    f @ Value::Builtin(_) => Some(f),
                    _ => None,
                }
            }
        }
    }

    pub fn call_function(&self, func: &Rc<Function>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        let code = &func.code;
        // The frame is built in place and the arguments bound into it (no
        // moves of the inline local slots).
        let mut frame = Self::bare_frame(func, super::Locals::new());
        frame.locals.resize_with(code.nlocals.max(code.params.count()), || Value::Unbound);
        self.bind_args(func, &mut frame.locals, args, kwargs)?;
        if code.is_generator {
            return self.new_generator(func.clone(), std::mem::take(&mut frame.locals));
        }
        let depth = self.depth.get();
        // The module level counts as one frame, as in CPython.
        if depth + 1 >= self.recursion_limit.get() {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.check_stack()?;
        self.check_interrupt()?;
        self.depth.set(depth + 1);
        self.make_cells(func, &mut frame);
        let r = self.exec_block(&mut frame, &code.body);
        self.depth.set(depth);
        match r {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                self.add_traceback(&e, &frame);
                Err(e)
            }
        }
    }

    /// A frame for `func` with bound arguments: creates its cells.
    pub fn new_frame<'c>(&self, func: &'c Rc<Function>, locals: super::Locals) -> Frame<'c> {
        let mut frame = Self::bare_frame(func, locals);
        self.make_cells(func, &mut frame);
        frame
    }

    /// A frame for `func` with `locals` and no cells yet.
    #[inline(always)]
    fn bare_frame<'c>(func: &'c Rc<Function>, locals: super::Locals) -> Frame<'c> {
        let code = &func.code;
        Frame { code, locals, cells: Vec::new(), globals: func.globals.clone(), namespace: None, span: code.span, yielder: None }
    }

    /// The frame's cells: its own (a parameter's moves from its local slot)
    /// and the closure's.
    #[inline]
    fn make_cells(&self, func: &Rc<Function>, frame: &mut Frame) {
        let code = &func.code;
        if code.cellvars.is_empty() && func.closure.is_empty() {
            return;
        }
        let mut cells = Vec::with_capacity(code.cellvars.len() + func.closure.len());
        for (_, param) in &code.cellvars {
            let v = match param {
                Some(p) => std::mem::replace(&mut frame.locals[*p as usize], Value::Unbound),
                None => Value::Unbound,
            };
            let c = Rc::new(CellObj { value: RefCell::new(v) });
            self.heap.track_cell(&c);
            cells.push(c);
        }
        cells.extend(func.closure.iter().cloned());
        frame.cells = cells;
    }

    #[inline]
    fn bind_args(&self, func: &Function, locals: &mut [Value], args: &[Value], kwargs: Kwargs) -> PyResult<()> {
        let p = &func.code.params;
        // The common case: exactly the positional parameters, no keywords.
        if kwargs.is_empty() && args.len() == p.positional && !p.vararg && p.kwonly == 0 && !p.kwarg {
            for (slot, a) in locals.iter_mut().zip(args) {
                std::mem::replace(slot, a.clone()).release();
            }
            return Ok(());
        }
        self.bind_args_general(func, locals, args, kwargs)
    }

    /// Defaults, keywords, `*args`, `**kwargs`, and the errors.
    #[inline(never)]
    fn bind_args_general(&self, func: &Function, locals: &mut [Value], args: &[Value], kwargs: Kwargs) -> PyResult<()> {
        let p = &func.code.params;
        let fname = || func.qualname.borrow().s.to_string();
        let npos = args.len().min(p.positional);
        locals[..npos].clone_from_slice(&args[..npos]);
        if args.len() > p.positional {
            if p.vararg {
                locals[p.vararg_slot()] = Value::tuple(args[p.positional..].to_vec());
            } else {
                let defaults = func.defaults.borrow().len();
                let given_kw = kwargs.iter().filter(|(n, _)| p.names[p.positional..p.positional + p.kwonly].iter().any(|m| m.s == n.s)).count();
                let takes = if defaults > 0 {
                    format!("from {} to {} positional arguments", p.positional - defaults, p.positional)
                } else {
                    format!("{} positional argument{}", p.positional, if p.positional == 1 { "" } else { "s" })
                };
                let extra = if given_kw > 0 {
                    format!(" positional argument{} (and {} keyword-only argument{})", if args.len() == 1 { "" } else { "s" }, given_kw, if given_kw == 1 { "" } else { "s" })
                } else {
                    String::new()
                };
                return Err(self.type_error(format!(
                    "{}() takes {} but {} {} given",
                    fname(),
                    takes,
                    args.len(),
                    if extra.is_empty() { if args.len() == 1 { "was".to_string() } else { "were".to_string() } } else { format!("{} were", extra.trim_start()) }
                )));
            }
        } else if p.vararg {
            locals[p.vararg_slot()] = Value::tuple(vec![]);
        }
        let kwdict = if p.kwarg { Some(self.new_dict_rc()) } else { None };
        for (name, v) in kwargs {
            let idx = p.names[..p.positional + p.kwonly].iter().position(|n| Rc::ptr_eq(n, name) || n.s == name.s);
            match idx {
                Some(i) if i >= p.posonly => {
                    if !matches!(locals[i], Value::Unbound) {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            fname(),
                            name.s
                        )));
                    }
                    locals[i] = v.clone();
                }
                _ => match &kwdict {
                    Some(d) => super::dictops::set(self, d, Value::Str(name.clone()), v.clone())?,
                    None => {
                        if idx.is_some() {
                            // Name every positional-only parameter passed by keyword.
                            let posonly = &p.names[..p.posonly];
                            let names: Vec<&str> = kwargs
                                .iter()
                                .filter(|(k, _)| posonly.iter().any(|n| n.s == k.s))
                                .map(|(k, _)| &*k.s)
                                .collect();
                            return Err(self.type_error(format!(
                                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                                fname(),
                                names.join(", ")
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            fname(),
                            name.s
                        )));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            locals[p.kwarg_slot()] = Value::Dict(d);
        }
        // Defaults and missing arguments.
        let defaults = func.defaults.borrow();
        let first_default = p.positional - defaults.len();
        let mut missing = Vec::new();
        for i in 0..p.positional {
            if matches!(locals[i], Value::Unbound) {
                if i >= first_default {
                    locals[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(p.names[i].s.to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), &missing, "positional"));
        }
        let mut missing = Vec::new();
        for k in 0..p.kwonly {
            let i = p.positional + k;
            if matches!(locals[i], Value::Unbound) {
                match &func.kwdefaults[k] {
                    Value::Unbound => missing.push(p.names[i].s.to_string()),
                    d => locals[i] = d.clone(),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&fname(), &missing, "keyword-only"));
        }
        Ok(())
    }

    fn missing_args(&self, fname: &str, missing: &[String], kind: &str) -> super::PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{}'", m)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            fname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// `Class(args)`: builtin constructors, or `__new__`/`__init__` for user classes.
    pub fn instantiate(&self, class: &Rc<Class>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
        if class.builtin {
            return crate::builtins::construct(self, class, args, kwargs);
        }
        // A user-defined __new__ (rare): call it, then __init__ if it returned an instance.
        let inst = match self.class_lookup(class, &self.names.new) {
            Some(new) if !matches!(new, Value::Builtin(_)) => {
                let newf = match &new {
                    Value::Wrapper(w) => match &**w {
                        Wrapper::StaticMethod(f) => f.clone(),
                        _ => new.clone(),
                    },
                    _ => new.clone(),
                };
                let mut all = vec![Value::Class(class.clone())];
                all.extend_from_slice(args);
                let obj = self.call(&newf, &all, kwargs)?;
                if !self.isinstance(&obj, class) {
                    return Ok(obj);
                }
                obj
            }
            _ => self.new_instance(class, args)?,
        };
        match self.class_lookup(class, &self.names.init) {
            Some(init) if !matches!(init, Value::Builtin(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(inst.clone());
                all.extend_from_slice(args);
                let r = self.call(&init, &all, kwargs)?;
                if !r.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&r)
                    )));
                }
            }
            Some(Value::Builtin(b)) if class.base_kind != BaseKind::Object => {
                // The builtin base's __init__ (dict(...), list(...), Exception(...)).
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(inst.clone());
                all.extend_from_slice(args);
                (b.func)(self, &all, kwargs)?;
            }
            _ => {
                if !args.is_empty() || !kwargs.is_empty() {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name.s)));
                }
            }
        }
        Ok(inst)
    }

    /// A bare instance of a user class (what `object.__new__` makes).
    pub fn new_instance(&self, class: &Rc<Class>, args: &[Value]) -> PyResult<Value> {
        let payload = match class.base_kind {
            BaseKind::Exception => Payload::Exception(Box::new(super::exceptions::new_exc_data(Value::tuple(args.to_vec())))),
            BaseKind::Dict => {
                let kind = if self.is_subclass(class, &self.types.defaultdict) {
                    DictKind::defaultdict(Value::None)
                } else if self.is_subclass(class, &self.types.ordered_dict) {
                    DictKind::Ordered
                } else if self.is_subclass(class, &self.types.counter) {
                    DictKind::Counter
                } else {
                    DictKind::Plain
                };
                let d = Rc::new(Dict::with_kind(kind));
                self.heap.track_dict(&d);
                Payload::Dict(d)
            }
            BaseKind::List => {
                // An instance's list payload is registered with the instance.
                let l = Rc::new(List::new(Vec::new()));
                self.heap.track_list(&l);
                Payload::List(l)
            }
            _ => Payload::None,
        };
        let inst = Rc::new(Instance { class: class.clone(), attrs: self.new_dict_rc(), payload });
        self.heap.track_instance(&inst);
        Ok(Value::Instance(inst))
    }

    /// Runs a comprehension or class-free code object (used by generators).
    pub fn run_frame(&self, frame: &mut Frame) -> PyResult<Value> {
        match self.exec_block(frame, &frame.code.body) {
            Ok(Flow::Return(v)) => Ok(v),
            Ok(_) => Ok(Value::None),
            Err(e) => {
                self.add_traceback(&e, frame);
                Err(e)
            }
        }
    }

    pub fn code_is_comprehension(&self, func: &Function) -> bool {
        func.code.kind == CodeKind::Comprehension
    }
}
