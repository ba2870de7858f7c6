//! Statement execution.

use std::rc::Rc;

use super::{ExcKind, Flow, Frame, Interp, PyErr, PyResult};
use crate::compile::ir::*;
use crate::syntax::ast::BinOp;
use crate::value::*;

impl Interp {
    pub fn exec_block(&self, f: &mut Frame, stmts: &[Stmt]) -> PyResult<Flow> {
        for s in stmts {
            match self.exec(f, s)? {
                Flow::Normal => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec(&self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        f.span = s.span;
        if self.has_pending_close.get() {
            self.run_pending_closes();
        }
        // The statements of hot loops are run here; the rest out of line,
        // so that this function's frame and register saves stay small.
        match &s.kind {
            StmtKind::Expr(e) => {
                self.eval_at(f, e)?.release();
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval_at(f, value)?;
                if targets.len() == 1 {
                    self.assign(f, &targets[0], v)?;
                } else {
                    for t in targets {
                        self.assign(f, t, v.clone())?;
                    }
                }
            }
            StmtKind::AugAssign(target, op, value) => self.aug_assign(f, target, *op, value)?,
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.eval_at(f, e)?,
                    None => Value::None,
                };
                return Ok(Flow::Return(v));
            }
            StmtKind::If(test, body, orelse) => {
                return if self.eval_cond(f, test)? { self.exec_block(f, body) } else { self.exec_block(f, orelse) };
            }
            StmtKind::While(test, body, orelse) => {
                loop {
                    if !self.eval_cond(f, test)? {
                        break;
                    }
                    if let Some(exit) = self.loop_body(f, body)? {
                        return Ok(exit);
                    }
                }
                return self.exec_block(f, orelse);
            }
            StmtKind::For(target, iter, body, orelse) => return self.exec_for(f, target, iter, body, orelse),
            _ => return self.exec_other(f, s),
        }
        Ok(Flow::Normal)
    }

    #[inline(never)]
    fn exec_other(&self, f: &mut Frame, s: &Stmt) -> PyResult<Flow> {
        match &s.kind {
            StmtKind::Annotate(name, ann) => {
                let v = self.eval_at(f, ann)?;
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                let anns = match super::dictops::get_str(&ns, &self.names.annotations) {
                    Some(Value::Dict(d)) => d,
                    _ => {
                        let d = self.new_dict_rc();
                        super::dictops::set_str(&ns, self.names.annotations.clone(), Value::Dict(d.clone()));
                        d
                    }
                };
                super::dictops::set_str(&anns, name.clone(), v);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                let err = self.raise(f, exc.as_ref(), cause.as_ref())?;
                // A bare `raise` keeps the location the exception had.
                return Err(if exc.is_some() { self.locate(err, f, s.span) } else { err });
            }
            StmtKind::Assert(test, msg) => {
                let ok = if self.warn_dict.get() {
                    let t = self.eval_assert_test(f, test, s.span)?;
                    self.truthy(&t)?
                } else {
                    self.eval_cond(f, test)?
                };
                if !ok {
                    let args = match msg {
                        Some(m) => vec![self.eval_at(f, m)?],
                        None => vec![],
                    };
                    return Err(self.locate(self.error_with_args(ExcKind::AssertionError, args), f, s.span));
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                return self.exec_try(f, body, handlers, orelse, finalbody)
            }
            StmtKind::With(ctx, target, body) => return self.exec_with(f, ctx, target.as_ref(), body),
            StmtKind::FunctionDef(target, def) => {
                // Decorators are evaluated top to bottom before the function
                // is made, and applied bottom to top.
                let mut decs = Vec::with_capacity(def.decorators.len());
                for d in &def.decorators {
                    decs.push(self.eval_at(f, d)?);
                }
                let mut func = self.make_function(f, def)?;
                for (dec, expr) in decs.iter().zip(&def.decorators).rev() {
                    func = self.call(dec, &[func], &[]).map_err(|err| self.locate(err, f, expr.span))?;
                }
                self.assign(f, target, func)?;
            }
            StmtKind::ClassDef(target, def) => {
                let class = self.exec_class(f, def)?;
                self.assign(f, target, class)?;
            }
            StmtKind::Import { module, target, bind_top } => {
                let m = self.import_module(module)?;
                let v = if *bind_top {
                    let top = module.split('.').next().unwrap_or(module);
                    self.import_module(top)?
                } else {
                    m
                };
                self.assign(f, target, v)?;
            }
            StmtKind::ImportFrom { module, names } => {
                let m = self.import_module(module)?;
                for (name, target) in names {
                    let v = match self.getattr(&m, name) {
                        Ok(v) => v,
                        Err(e) if self.err_is(&e, ExcKind::AttributeError) => {
                            return Err(self.new_error(
                                ExcKind::ImportError,
                                format!("cannot import name '{}' from '{}' (unknown location)", name.s, module),
                            ))
                        }
                        Err(e) => return Err(e),
                    };
                    self.assign(f, target, v)?;
                }
            }
            StmtKind::ImportStar { module } => {
                let m = self.import_module(module)?;
                if let Value::Module(m) = m {
                    for (k, v) in super::dictops::items(&m.dict) {
                        if let Value::Str(s) = &k {
                            if !s.s.starts_with('_') {
                                super::dictops::set_str(&f.globals, s.clone(), v);
                            }
                        }
                    }
                }
            }
            StmtKind::CompPush(kind, a, b) => {
                let x = self.eval_at(f, a)?;
                match kind {
                    CompKind::List => {
                        if let Value::List(l) = &f.locals[1] {
                            self.heap.track_list_holding(l, &x);
                            l.items.borrow_mut().push(x);
                        }
                    }
                    CompKind::Set => {
                        if let Value::Set(s) = f.locals[1].clone() {
                            self.set_add(&s, x)?;
                        }
                    }
                    CompKind::Dict => {
                        let y = self.eval_at(f, b.as_ref().expect("dict comprehension value"))?;
                        if let Value::Dict(d) = f.locals[1].clone() {
                            super::dictops::set(self, &d, x, y)?;
                        }
                    }
                }
            }
            _ => unreachable!("run by exec"),
        }
        Ok(Flow::Normal)
    }

    /// One pass through a loop's body, then the back edge's work. Some(flow)
    /// when the loop statement ends here: Normal after `break`, or a return.
    #[inline(always)]
    fn loop_body(&self, f: &mut Frame, body: &[Stmt]) -> PyResult<Option<Flow>> {
        match self.exec_block(f, body)? {
            Flow::Break => return Ok(Some(Flow::Normal)),
            Flow::Return(v) => return Ok(Some(Flow::Return(v))),
            Flow::Normal | Flow::Continue => {}
        }
        self.loop_tick()?;
        Ok(None)
    }

    fn exec_for(&self, f: &mut Frame, target: &Target, iter: &Expr, body: &[Stmt], orelse: &[Stmt]) -> PyResult<Flow> {
        // The `for` statement: CPython's location for errors of the iteration.
        let for_span = f.span;
        let iterable = self.eval_at(f, iter)?;
        // Fast path: ranges need no iterator object.
        if let Value::Range(r) = &iterable {
            let (mut i, stop, step) = (r.start, r.stop, r.step);
            while (step > 0 && i < stop) || (step < 0 && i > stop) {
                self.assign(f, target, Value::Int(i))?;
                if let Some(exit) = self.loop_body(f, body)? {
                    return Ok(exit);
                }
                i = match i.checked_add(step) {
                    Some(n) => n,
                    None => break,
                };
            }
            return self.exec_block(f, orelse);
        }
        // Lists and tuples are walked by index, as their iterators do (a
        // list that grows during the loop is seen growing).
        if let Value::List(_) | Value::Tuple(_) = &iterable {
            let mut i = 0;
            loop {
                let v = match &iterable {
                    Value::List(l) => match l.items.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => break,
                    },
                    Value::Tuple(t) => match t.items.get(i) {
                        Some(v) => v.clone(),
                        None => break,
                    },
                    _ => unreachable!("checked above"),
                };
                i += 1;
                self.assign_loop_item(f, target, v)?;
                if let Some(exit) = self.loop_body(f, body)? {
                    return Ok(exit);
                }
            }
            return self.exec_block(f, orelse);
        }
        let it = self.iter(&iterable).map_err(|err| self.locate(err, f, for_span))?;
        let watch = if self.warn_dict.get() { self.dict_watch(&iterable) } else { None };
        // `for k, v in d.items()`: key and value go straight to the two
        // targets, without a pair tuple per item.
        if let Target::Unpack(pair, None, _) = target {
            if pair.len() == 2 {
                while let Some(step) = self.next_dict_item(&it) {
                    let Some((k, v)) = step.map_err(|err| self.locate(err, f, for_span))? else {
                        break;
                    };
                    self.assign(f, &pair[0], k)?;
                    self.assign(f, &pair[1], v)?;
                    if let Some(exit) = self.loop_body(f, body)? {
                        return Ok(exit);
                    }
                }
            }
        }
        while let Some(v) = self.next(&it).map_err(|err| self.locate(err, f, for_span))? {
            self.assign_loop_item(f, target, v)?;
            if let Some(exit) = self.loop_body(f, body)? {
                return Ok(exit);
            }
        }
        if let Some(w) = watch {
            self.dict_watch_end(f, w, for_span);
        }
        self.exec_block(f, orelse)
    }

    fn raise(&self, f: &mut Frame, exc: Option<&Expr>, cause: Option<&Expr>) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            return match self.handling.borrow().last() {
                Some(e) => Ok(PyErr { exc: e.clone() }),
                None => Ok(self.runtime_error("No active exception to reraise")),
            };
        };
        let v = self.eval_at(f, exc)?;
        let inst = self.make_raisable(v)?;
        if let Some(c) = cause {
            let c = self.eval_at(f, c)?;
            let cause = match c {
                Value::None => Value::None,
                other => Value::Instance(self.make_raisable(other).map_err(|_| {
                    self.type_error("exception causes must derive from BaseException")
                })?),
            };
            if let Some(d) = inst.exc() {
                *d.cause.borrow_mut() = cause;
                d.suppress_context.set(true);
            }
        }
        Ok(PyErr { exc: inst })
    }

    fn exec_try(
        &self,
        f: &mut Frame,
        body: &[Stmt],
        handlers: &[Handler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
    ) -> PyResult<Flow> {
        let result = match self.exec_block(f, body) {
            Ok(Flow::Normal) => self.exec_block(f, orelse),
            Ok(flow) => Ok(flow),
            Err(err) => {
                self.add_traceback(&err, f);
                self.handle(f, err, handlers)
            }
        };
        if finalbody.is_empty() {
            return result;
        }
        // The finally block runs with the pending exception as context.
        let pending = match &result {
            Err(e) => Some(e.exc.clone()),
            _ => None,
        };
        if let Some(p) = &pending {
            self.handling.borrow_mut().push(p.clone());
        }
        let fin = self.exec_block(f, finalbody);
        if pending.is_some() {
            self.handling.borrow_mut().pop();
        }
        match fin {
            Ok(Flow::Normal) => result,
            // break/continue/return in finally discard the exception.
            Ok(flow) => Ok(flow),
            Err(e) => {
                if let (Some(p), Some(d)) = (pending, e.exc.exc()) {
                    if d.context.borrow().is_none() && !Rc::ptr_eq(&p, &e.exc) {
                        *d.context.borrow_mut() = Value::Instance(p);
                    }
                }
                Err(e)
            }
        }
    }

    fn handle(&self, f: &mut Frame, err: PyErr, handlers: &[Handler]) -> PyResult<Flow> {
        for h in handlers {
            let matches = match &h.typ {
                None => true,
                Some(t) => {
                    let t = self.eval_at(f, t)?;
                    self.exception_matches(&err, &t)?
                }
            };
            if !matches {
                continue;
            }
            if let Some(name) = &h.name {
                self.assign(f, name, Value::Instance(err.exc.clone()))?;
            }
            self.handling.borrow_mut().push(err.exc.clone());
            let r = self.exec_block(f, &h.body);
            self.handling.borrow_mut().pop();
            if let Some(name) = &h.name {
                let _ = self.delete(f, name);
            }
            return match r {
                Err(e) => {
                    // An exception raised while handling gets this one as context.
                    if let Some(d) = e.exc.exc() {
                        if d.context.borrow().is_none() && !Rc::ptr_eq(&e.exc, &err.exc) {
                            *d.context.borrow_mut() = Value::Instance(err.exc.clone());
                        }
                    }
                    Err(e)
                }
                ok => ok,
            };
        }
        Err(err)
    }

    /// `except T:` matching, with T a class or a tuple of classes.
    pub fn exception_matches(&self, err: &PyErr, t: &Value) -> PyResult<bool> {
        match t {
            Value::Class(c) => {
                if !self.is_subclass(c, self.exc_class(ExcKind::BaseException)) {
                    return Err(self.type_error("catching classes that do not inherit from BaseException is not allowed"));
                }
                Ok(self.is_subclass(&err.exc.class, c))
            }
            Value::Tuple(items) => {
                for it in items.items.iter() {
                    if self.exception_matches(err, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error("catching classes that do not inherit from BaseException is not allowed")),
        }
    }

    fn exec_with(&self, f: &mut Frame, ctx: &Expr, target: Option<&Target>, body: &[Stmt]) -> PyResult<Flow> {
        let mgr = self.eval_at(f, ctx)?;
        let cls = self.type_of(&mgr);
        let enter = self.class_lookup(&cls, &self.names.enter);
        let exit = self.class_lookup(&cls, &self.names.exit);
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let missing = if self.class_lookup(&cls, &self.names.enter).is_none() { "" } else { " (missed __exit__ method)" };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{}",
                cls.name.s, missing
            )));
        };
        let v = self.call(&enter, &[mgr.clone()], &[])?;
        if let Some(t) = target {
            self.assign(f, t, v)?;
        }
        match self.exec_block(f, body) {
            Ok(flow) => {
                self.call(&exit, &[mgr, Value::None, Value::None, Value::None], &[])?;
                Ok(flow)
            }
            Err(err) => {
                self.add_traceback(&err, f);
                let exc = Value::Instance(err.exc.clone());
                let typ = Value::Class(err.exc.class.clone());
                self.handling.borrow_mut().push(err.exc.clone());
                let r = self.call(&exit, &[mgr, typ, exc, Value::None], &[]);
                self.handling.borrow_mut().pop();
                if self.truthy(&r?)? {
                    Ok(Flow::Normal)
                } else {
                    Err(err)
                }
            }
        }
    }

    fn exec_class(&self, f: &mut Frame, def: &ClassDef) -> PyResult<Value> {
        let mut decs = Vec::with_capacity(def.decorators.len());
        for d in &def.decorators {
            decs.push(self.eval_at(f, d)?);
        }
        let (bases_v, kw) = self.eval_args(f, &def.bases, None, None)?;
        let mut bases = Vec::new();
        for b in &bases_v {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                Value::Builtin(_) | Value::Function(_) if self.is_typeddict_marker(b) => {}
                _ => return Err(self.type_error("bases must be types")),
            }
        }
        // `class M(TypedDict)`: the class is a plain-dict factory at runtime.
        let typed_dict = bases_v.iter().any(|b| self.is_typeddict_marker(b))
            || bases.iter().any(|c| self.class_is_typeddict(c));
        let ns = self.new_dict_rc();
        let module_name = match super::dictops::get_str(&f.globals, &self.names.name) {
            Some(Value::Str(s)) => s.s.to_string(),
            _ => "__main__".to_string(),
        };
        super::dictops::set_str(&ns, self.names.module.clone(), Value::string(module_name.clone()));
        super::dictops::set_str(&ns, self.names.qualname.clone(), Value::Str(def.qualname.clone()));
        if let Some(d) = &def.body.doc {
            super::dictops::set_str(&ns, self.names.doc.clone(), Value::Str(d.clone()));
        }
        let class_cell = Rc::new(CellObj { value: std::cell::RefCell::new(Value::Unbound) });
        self.heap.track_cell(&class_cell);
        let code = &def.body;
        let mut cells: Vec<Rc<CellObj>> = Vec::with_capacity(code.cellvars.len() + def.closure.len());
        for (i, _) in code.cellvars.iter().enumerate() {
            if Some(i as u32) == def.class_cell {
                cells.push(class_cell.clone());
            } else {
                let c = Rc::new(CellObj { value: std::cell::RefCell::new(Value::Unbound) });
                self.heap.track_cell(&c);
                cells.push(c);
            }
        }
        for &i in &def.closure {
            cells.push(f.cells[i as usize].clone());
        }
        let mut frame = Frame {
            code,
            locals: super::Locals::new(),
            cells,
            globals: f.globals.clone(),
            namespace: Some(ns.clone()),
            span: code.span,
            yielder: f.yielder,
        };
        if let Err(e) = self.exec_block(&mut frame, &code.body) {
            self.add_traceback(&e, &frame);
            return Err(e);
        }
        if typed_dict {
            return crate::builtins::typing::make_typeddict(self, def.name.clone(), &ns, &bases, &kw);
        }
        let class = self.make_user_class(def.name.clone(), def.qualname.s.to_string(), bases, ns, &module_name)?;
        *class_cell.value.borrow_mut() = Value::Class(class.clone());
        let mut v = Value::Class(class.clone());
        // __set_name__ on descriptors, then __init_subclass__ of the parent.
        for (k, attr) in super::dictops::items(&class.dict) {
            if let Value::Instance(inst) = &attr {
                if let Some(sn) = self.class_lookup(&inst.class, &self.names.set_name) {
                    self.call(&sn, &[attr.clone(), v.clone(), k], &[])?;
                }
            }
        }
        if !class.mro.is_empty() {
            // super().__init_subclass__: the first definition along the MRO after the class.
            let found = class.mro.iter().find_map(|c| super::dictops::get_str(&c.dict, &self.names.init_subclass));
            if let Some(init_sub) = found {
                if !matches!(init_sub, Value::Builtin(_)) {
                    let func = match init_sub {
                        Value::Wrapper(w) => match &*w {
                            Wrapper::ClassMethod(func) => func.clone(),
                            _ => Value::Wrapper(w.clone()),
                        },
                        other => other,
                    };
                    self.call(&func, &[v.clone()], &kw)?;
                }
            }
        }
        for (dec, expr) in decs.iter().zip(&def.decorators).rev() {
            v = self.call(dec, &[v], &[]).map_err(|err| self.locate(err, f, expr.span))?;
        }
        Ok(v)
    }

    /// Binds `v` to `target`; a local slot is stored inline in the caller.
    #[inline(always)]
    pub fn assign(&self, f: &mut Frame, target: &Target, v: Value) -> PyResult<()> {
        if let Target::Local(i) = target {
            if let Some(slot) = f.locals.get_mut(*i as usize) {
                std::mem::replace(slot, v).release();
                return Ok(());
            }
        }
        self.assign_slow(f, target, v)
    }

    /// Binds a `for` loop's item to its target. `for k, v in pairs` is the
    /// common unpacking: a tuple of the right length gives its items to the
    /// targets here, inline, instead of through [`Interp::assign_slow`].
    #[inline(always)]
    fn assign_loop_item(&self, f: &mut Frame, target: &Target, v: Value) -> PyResult<()> {
        match (target, &v) {
            (Target::Unpack(targets, None, _), Value::Tuple(t)) if t.items.len() == targets.len() => {
                self.assign_items(f, targets, &t.items)?;
                v.release();
                Ok(())
            }
            _ => self.assign(f, target, v),
        }
    }

    /// `a, b = items` for items already counted to match the targets.
    #[inline(always)]
    fn assign_items(&self, f: &mut Frame, targets: &[Target], items: &[Value]) -> PyResult<()> {
        for (target, item) in targets.iter().zip(items) {
            self.assign(f, target, item.clone())?;
        }
        Ok(())
    }

    #[inline(never)]
    fn assign_slow(&self, f: &mut Frame, target: &Target, v: Value) -> PyResult<()> {
        match target {
            Target::Local(i) => f.locals[*i as usize] = v,
            Target::Deref(i) => *f.cells[*i as usize].value.borrow_mut() = v,
            Target::Global(name) => super::dictops::set_str(&f.globals, name.clone(), v),
            Target::ClassName(name) => {
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                super::dictops::set_str(&ns, name.clone(), v)
            }
            Target::Attr(obj, name) => {
                let o = self.eval_at(f, obj)?;
                let r = self.setattr(&o, name, v).map_err(|err| self.locate_attr(err, f, obj.span));
                o.release();
                r?;
            }
            Target::Subscript(obj, index) => {
                if let (Some(o), Some(k)) = (Self::operand_ref(f, obj), Self::operand_ref(f, index)) {
                    // `d[k] = v` with a local `d` and a local or constant
                    // `k`: the container is read in place (the store
                    // cannot rebind this frame's locals).
                    return self.setitem(o, k.clone(), v).map_err(|err| self.locate_subscript(err, f, obj.span, index.span));
                }
                let o = self.eval_at(f, obj)?;
                let k = self.eval_at(f, index)?;
                let r = self.setitem(&o, k, v).map_err(|err| self.locate_subscript(err, f, obj.span, index.span));
                o.release();
                r?;
            }
            Target::Unpack(targets, None, _) if matches!(&v, Value::Tuple(t) if t.items.len() == targets.len()) => {
                // `k, v = pair`: straight from the tuple, no list of items.
                let Value::Tuple(t) = &v else { unreachable!("checked by the guard") };
                self.assign_items(f, targets, &t.items)?;
            }
            Target::Unpack(targets, star, span) => {
                let items = self.unpack(&v, targets.len(), *star).map_err(|err| self.locate(err, f, *span))?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(f, t, item)?;
                }
            }
        }
        Ok(())
    }

    /// Splits an iterable for `a, *b, c = v`.
    fn unpack(&self, v: &Value, n: usize, star: Option<usize>) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.borrow().clone(),
            _ => {
                if !self.is_iterable(v) {
                    return Err(self.type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    )));
                }
                self.collect(v)?
            }
        };
        match star {
            None => {
                if items.len() != n {
                    return Err(if items.len() > n {
                        self.value_error(format!("too many values to unpack (expected {})", n))
                    } else {
                        self.value_error(format!("not enough values to unpack (expected {}, got {})", n, items.len()))
                    });
                }
                Ok(items)
            }
            Some(s) => {
                let after = n - s - 1;
                if items.len() < n - 1 {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        n - 1,
                        items.len()
                    )));
                }
                let mut out = Vec::with_capacity(n);
                out.extend(items[..s].iter().cloned());
                let mid = items[s..items.len() - after].to_vec();
                out.push(self.new_list(mid));
                out.extend(items[items.len() - after..].iter().cloned());
                Ok(out)
            }
        }
    }

    fn aug_assign(&self, f: &mut Frame, target: &Target, op: BinOp, value: &Expr) -> PyResult<()> {
        match target {
            Target::Attr(obj, name) => {
                let o = self.eval_at(f, obj)?;
                let cur = self.getattr(&o, name).map_err(|err| self.locate_attr(err, f, obj.span))?;
                let rhs = self.eval_at(f, value)?;
                let new = self.inplace(op, &cur, &rhs).map_err(|err| self.locate(err, f, f.span))?;
                cur.release();
                rhs.release();
                let r = self.setattr(&o, name, new).map_err(|err| self.locate_attr(err, f, obj.span));
                o.release();
                r
            }
            Target::Subscript(obj, index) => {
                let o = self.eval_at(f, obj)?;
                let k = self.eval_at(f, index)?;
                // A dict remembers where the key was, so that `d[k] += x`
                // stores without probing again.
                let mut token = None;
                let cur = match &o {
                    Value::Dict(d) => match super::dictops::get_for_update(self, d, &k) {
                        Ok(Some((v, found))) => {
                            token = Some(found);
                            Ok(v)
                        }
                        Ok(None) => self.dict_missing(&o, d, &k),
                        Err(err) => Err(err),
                    },
                    _ => self.getitem(&o, &k),
                };
                let cur = cur.map_err(|err| self.locate_subscript(err, f, obj.span, index.span))?;
                let rhs = self.eval_at(f, value)?;
                let new = self.inplace(op, &cur, &rhs).map_err(|err| self.locate(err, f, f.span))?;
                cur.release();
                rhs.release();
                let new = match (&o, token) {
                    (Value::Dict(d), Some(token)) => match super::dictops::update_at(d, &k, token, new) {
                        Ok(()) => {
                            k.release();
                            o.release();
                            return Ok(());
                        }
                        Err(new) => new,
                    },
                    _ => new,
                };
                let r = self.setitem(&o, k, new).map_err(|err| self.locate_subscript(err, f, obj.span, index.span));
                o.release();
                r
            }
            Target::Local(i) => {
                if let Value::Unbound = f.locals[*i as usize] {
                    return Err(self.unbound_local(f, *i));
                }
                let rhs = self.eval_at(f, value)?;
                if let (Value::Int(x), Value::Int(y)) = (&f.locals[*i as usize], &rhs) {
                    if let Some(r) = super::ops::int_fast(op, *x, *y) {
                        // Ints own nothing: neither the old value nor the
                        // right-hand side needs its drop glue called.
                        std::mem::forget(std::mem::replace(&mut f.locals[*i as usize], r));
                        std::mem::forget(rhs);
                        return Ok(());
                    }
                }
                // Drop the slot's reference first so `s += x` can extend in place.
                let cur = std::mem::replace(&mut f.locals[*i as usize], Value::None);
                let new = match self.inplace(op, &cur, &rhs) {
                    Ok(v) => v,
                    Err(e) => {
                        f.locals[*i as usize] = cur;
                        return Err(self.locate(e, f, f.span));
                    }
                };
                std::mem::forget(std::mem::replace(&mut f.locals[*i as usize], new));
                cur.release();
                rhs.release();
                Ok(())
            }
            _ => {
                let cur = match self.eval(f, &target_as_expr(target)) {
                    Ok(v) => v,
                    Err(err) => return Err(self.locate_target_name(err, f, target)),
                };
                let rhs = self.eval_at(f, value)?;
                let new = self.inplace(op, &cur, &rhs).map_err(|err| self.locate(err, f, f.span))?;
                self.assign(f, target, new)
            }
        }
    }

    fn delete(&self, f: &mut Frame, target: &Target) -> PyResult<()> {
        match target {
            Target::Local(i) => {
                if let Value::Unbound = f.locals[*i as usize] {
                    return Err(self.unbound_local(f, *i));
                }
                f.locals[*i as usize] = Value::Unbound;
            }
            Target::Deref(i) => *f.cells[*i as usize].value.borrow_mut() = Value::Unbound,
            Target::Global(name) => {
                if !super::dictops::del_str(&f.globals, name) {
                    return Err(self.locate_name(self.name_error(name), f, f.span, &name.s));
                }
            }
            Target::ClassName(name) => {
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if !super::dictops::del_str(&ns, name) {
                    return Err(self.locate_name(self.name_error(name), f, f.span, &name.s));
                }
            }
            Target::Attr(obj, name) => {
                let o = self.eval_at(f, obj)?;
                self.delattr(&o, name).map_err(|err| self.locate_attr(err, f, obj.span))?;
            }
            Target::Subscript(obj, index) => {
                let o = self.eval_at(f, obj)?;
                let k = self.eval_at(f, index)?;
                self.delitem(&o, &k).map_err(|err| self.locate_subscript(err, f, obj.span, index.span))?;
            }
            Target::Unpack(targets, _, _) => {
                for t in targets {
                    self.delete(f, t)?;
                }
            }
        }
        Ok(())
    }
}

impl Interp {
    /// Locates the failed read of the name target of `x += 1`.
    #[cold]
    fn locate_target_name(&self, err: PyErr, f: &Frame, target: &Target) -> PyErr {
        let name = match target {
            Target::Global(n) | Target::ClassName(n) => n.s.to_string(),
            Target::Deref(i) => self.cell_name(f, *i),
            _ => return err,
        };
        self.locate_name(err, f, f.span, &name)
    }
}

/// A name target read back as an expression (for `x += 1` on globals/cells).
fn target_as_expr(t: &Target) -> Expr {
    let kind = match t {
        Target::Local(i) => ExprKind::Local(*i),
        Target::Deref(i) => ExprKind::Deref(*i),
        Target::Global(n) => ExprKind::Global(n.clone(), Box::default()),
        Target::ClassName(n) => ExprKind::ClassName(n.clone()),
        _ => ExprKind::Const(Value::None),
    };
    Expr { kind, span: Default::default() }
}
