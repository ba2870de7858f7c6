//! Expression evaluation.

use std::rc::Rc;

use smallvec::SmallVec;

use super::{ExcKind, Frame, Interp, PyResult};
use crate::compile::ir::*;
use crate::syntax::ast::{BinOp, CmpOp};
use crate::value::*;

/// Positional call arguments, gathered without a heap allocation for the
/// usual handful.
pub type Args = smallvec::SmallVec<[Value; 4]>;

impl Interp {
    /// The namespace `eval()` sees from frame `f`: the module globals, or
    /// for a function or class body a snapshot of the globals with its
    /// local names (and cells) over them.
    fn eval_namespace(&self, f: &Frame) -> Rc<Dict> {
        if f.code.kind == crate::compile::ir::CodeKind::Module {
            return f.globals.clone();
        }
        let ns = super::dictops::copy(self, &f.globals);
        if let Some(class_ns) = &f.namespace {
            for (k, v) in super::dictops::items(class_ns) {
                if let Value::Str(k) = k {
                    super::dictops::set_str(&ns, k, v);
                }
            }
        }
        for (name, v) in f.code.local_names.iter().zip(f.locals.iter()) {
            if !matches!(v, Value::Unbound) {
                super::dictops::set_str(&ns, name.clone(), v.clone());
            }
        }
        let cell_names = f.code.cellvars.iter().map(|(n, _)| n).chain(f.code.freevars.iter());
        for (name, cell) in cell_names.zip(f.cells.iter()) {
            let v = cell.value.borrow().clone();
            if !matches!(v, Value::Unbound) {
                super::dictops::set_str(&ns, name.clone(), v);
            }
        }
        ns
    }

    /// Evaluates `e` for an expression or statement that `e` is part of:
    /// an error that `e` itself raised (not one of its parts: they were
    /// located first) is located at `e` for the traceback. The check rides
    /// on the caller's own `?`, so the evaluator pays nothing for it.
    #[inline(always)]
    pub fn eval_at(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match self.eval(f, e) {
            Ok(v) => Ok(v),
            Err(err) => Err(self.locate_expr(err, f, e)),
        }
    }

    /// Evaluates `e`. Local variables and constants, the most common
    /// operands, are read here, inlined into the caller; everything else
    /// goes through [`Interp::eval_node`].
    #[inline(always)]
    pub fn eval(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Local(i) => match f.locals.get(*i as usize) {
                Some(v) if !matches!(v, Value::Unbound) => Ok(v.clone()),
                _ => self.eval_node(f, e),
            },
            ExprKind::Const(v) => Ok(v.clone()),
            _ => self.eval_node(f, e),
        }
    }

    /// A bound local variable or a constant, borrowed where it lives (the
    /// frame, the code) instead of cloned: an operator whose operands are
    /// both such reads needs no count traffic for them. Python code run by
    /// the operator cannot rebind this frame's locals, so the borrow holds.
    /// `None` for every other expression, and for an unbound local (the
    /// general path raises its error).
    #[inline(always)]
    pub(super) fn operand_ref<'a>(f: &'a Frame, e: &'a Expr) -> Option<&'a Value> {
        match &e.kind {
            ExprKind::Local(i) => match f.locals.get(*i as usize) {
                Some(v) if !matches!(v, Value::Unbound) => Some(v),
                _ => None,
            },
            ExprKind::Const(v) => Some(v),
            _ => None,
        }
    }

    /// Dispatches on the node kind. Every arm hands the node on to a
    /// function of its own with the same signature, so this is a jump table
    /// of calls with no frame of its own: each kind pays only for the
    /// registers and stack its own evaluation needs.
    #[inline(never)]
    fn eval_node(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Const(v) => Ok(v.clone()),
            ExprKind::Local(_) | ExprKind::Deref(_) => self.eval_variable(f, e),
            ExprKind::Global(..) => self.eval_global(f, e),
            ExprKind::And(..) | ExprKind::Or(..) | ExprKind::IfExp(..) => self.eval_branching(f, e),
            ExprKind::Not(..) | ExprKind::Unary(..) => self.eval_unary(f, e),
            ExprKind::Bin(..) => self.eval_bin(f, e),
            ExprKind::Compare(..) => self.eval_compare(f, e),
            ExprKind::Call(..) => self.eval_call(f, e),
            ExprKind::MethodCall(..) => self.eval_method_call(f, e),
            ExprKind::Attribute(..) => self.eval_attribute(f, e),
            ExprKind::Subscript(..) | ExprKind::TestSubscript(..) => self.eval_subscript(f, e),
            ExprKind::Tuple(..) | ExprKind::List(..) => self.eval_display(f, e),
            _ => self.eval_other(f, e),
        }
    }

    #[inline(never)]
    fn eval_variable(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Local(i) => {
                let v = &f.locals[*i as usize];
                if let Value::Unbound = v {
                    return Err(self.unbound_local(f, *i));
                }
                Ok(v.clone())
            }
            ExprKind::Deref(i) => {
                let v = f.cells[*i as usize].value.borrow().clone();
                if let Value::Unbound = v {
                    return Err(self.free_variable_error(f, *i));
                }
                Ok(v)
            }
            _ => unreachable!("dispatched by eval_node"),
        }
    }

    #[inline(never)]
    fn eval_global(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Global(name, cache) = &e.kind else { unreachable!("dispatched by eval_node") };
        self.load_global_cached(f, name, cache)
    }

    #[inline(never)]
    fn eval_branching(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::And(a, b) => {
                let v = self.eval_at(f, a)?;
                if !self.truthy(&v)? {
                    return Ok(v);
                }
                self.eval_at(f, b)
            }
            ExprKind::Or(a, b) => {
                let v = self.eval_at(f, a)?;
                if self.truthy(&v)? {
                    return Ok(v);
                }
                self.eval_at(f, b)
            }
            ExprKind::IfExp(test, body, orelse) => {
                if self.eval_cond(f, test)? {
                    self.eval_at(f, body)
                } else {
                    self.eval_at(f, orelse)
                }
            }
            _ => unreachable!("dispatched by eval_node"),
        }
    }

    #[inline(never)]
    fn eval_unary(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Not(a) => {
                let v = self.eval_at(f, a)?;
                let r = self.truthy(&v);
                v.release();
                Ok(Value::Bool(!r?))
            }
            ExprKind::Unary(op, a) => {
                let v = self.eval_at(f, a)?;
                let r = self.unary(*op, &v);
                v.release();
                r
            }
            _ => unreachable!("dispatched by eval_node"),
        }
    }

    #[inline(never)]
    fn eval_bin(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Bin(op, a, b) = &e.kind else { unreachable!("dispatched by eval_node") };
        if let Some(x) = Self::operand_ref(f, a) {
            if let Some(y) = Self::operand_ref(f, b) {
                return self.binary_values(*op, x, y);
            }
        }
        let x = self.eval_at(f, a)?;
        let y = self.eval_at(f, b)?;
        if let (Value::Int(i), Value::Int(j)) = (&x, &y) {
            if let Some(r) = super::ops::int_fast(*op, *i, *j) {
                // Ints own nothing: no drop glue to call.
                std::mem::forget(x);
                std::mem::forget(y);
                return Ok(r);
            }
        }
        let r = self.binary(*op, &x, &y);
        x.release();
        y.release();
        r
    }

    /// `x op y` on evaluated operands: small ints inline, the rest through
    /// [`Interp::binary`].
    #[inline(always)]
    fn binary_values(&self, op: BinOp, x: &Value, y: &Value) -> PyResult<Value> {
        if let (Value::Int(i), Value::Int(j)) = (x, y) {
            if let Some(r) = super::ops::int_fast(op, *i, *j) {
                return Ok(r);
            }
        }
        self.binary(op, x, y)
    }

    #[inline(never)]
    fn eval_compare(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Compare(first, rest) = &e.kind else { unreachable!("dispatched by eval_node") };
        if let [(op, second)] = &rest[..] {
            return Ok(match self.compare_pair(f, first, *op, second)? {
                Ok(b) => Value::Bool(b),
                Err(v) => v,
            });
        }
        let mut left = self.eval_at(f, first)?;
        let n = rest.len();
        for (i, (op, e)) in rest.iter().enumerate() {
            let right = self.eval_at(f, e)?;
            let r = self.compare_op(*op, &left, &right)?;
            if i + 1 == n {
                return Ok(r);
            }
            if !self.truthy(&r)? {
                return Ok(r);
            }
            left = right;
        }
        unreachable!("comparison has operators")
    }

    #[inline(never)]
    fn eval_call(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Call(func, args) = &e.kind else { unreachable!("dispatched by eval_node") };
        let callee = self.eval_at(f, func)?;
        let is_eval = matches!(&callee, Value::Builtin(b)
            if b.func as *const () == crate::builtins::functions::eval as *const ());
        if let (CallArgs::Positional(exprs), false) = (args, is_eval) {
            let r = self.with_positional(f, None, exprs, |interp, args| interp.call(&callee, args, &[]));
            callee.release();
            return r;
        }
        let (pos, kw) = self.eval_call_args(f, args, None, Some(&callee))?;
        if is_eval {
            // eval() sees the caller's namespace.
            let ns = self.eval_namespace(f);
            return crate::builtins::functions::eval_in(self, Some(ns), &pos, &kw);
        }
        self.call(&callee, &pos, &kw)
    }

    #[inline(never)]
    fn eval_method_call(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::MethodCall(obj, name, args, cache) = &e.kind else { unreachable!("dispatched by eval_node") };
        if let CallArgs::Positional(exprs) = args {
            if let Some((func, operands)) = self.builtin_operands_in_place(f, obj, exprs, cache) {
                // The call is the function's result as it stands: the
                // builtin writes it straight to this function's return
                // slot, not to a temporary that is then copied.
                return func(self, operands.as_slice(), &[]);
            }
        }
        let recv = self.eval_at(f, obj)?;
        // A builtin type's builtin method (`d.get(k)`, `l.append(x)`): its
        // function pointer is called straight from the call site's cache,
        // here, without the frame of the general path.
        if let CallArgs::Positional(exprs) = args {
            if let Some(func) = self.cached_builtin(&recv, cache) {
                return self.with_positional(f, Some(recv), exprs, |interp, args| func(interp, args, &[]));
            }
        }
        self.call_method_expr(f, recv, name, args, cache)
    }

    /// `x.m()`, `x.m(a)`, `x.m(a, b)` where `m` is the call site's cached
    /// builtin method and the receiver and arguments are all locals or
    /// constants (`counts.get(w, 0)`): the builtin and its operands, which
    /// it gets in place, without a count taken and given back for each.
    /// `None` when the call is not of that shape (nothing has been
    /// evaluated then).
    #[inline(always)]
    fn builtin_operands_in_place(
        &self,
        f: &Frame,
        obj: &Expr,
        exprs: &[Expr],
        cache: &MethodCache,
    ) -> Option<(crate::value::BuiltinFn, InPlace)> {
        // The shape, as the compiler found it: a call of another shape
        // (`d.setdefault(k, [])`) gives up at once.
        if !cache.operands_in_place {
            return None;
        }
        let recv = Self::operand_ref(f, obj)?;
        let func = self.cached_builtin(recv, cache)?;
        let operands = match exprs {
            [] => InPlace::new([recv, recv, recv], 1),
            [a] => InPlace::new([recv, Self::operand_ref(f, a)?, recv], 2),
            [a, b] => InPlace::new([recv, Self::operand_ref(f, a)?, Self::operand_ref(f, b)?], 3),
            _ => return None,
        };
        Some((func, operands))
    }

    #[inline(never)]
    fn eval_attribute(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let ExprKind::Attribute(obj, name) = &e.kind else { unreachable!("dispatched by eval_node") };
        let v = self.eval_at(f, obj)?;
        let r = self.getattr(&v, name);
        v.release();
        r
    }

    #[inline(never)]
    fn eval_subscript(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        let (ExprKind::Subscript(obj, index) | ExprKind::TestSubscript(obj, index)) = &e.kind else {
            unreachable!("dispatched by eval_node")
        };
        if let Some(o) = Self::operand_ref(f, obj) {
            if let Some(k) = Self::operand_ref(f, index) {
                if self.phantom.borrow().is_none() {
                    return self.getitem(o, k);
                }
            }
        }
        let o = self.eval_at(f, obj)?;
        let k = self.eval_at(f, index)?;
        if self.phantom.borrow().is_some() {
            let truth_test = matches!(e.kind, ExprKind::TestSubscript(..));
            return self.phantom_getitem(f, &o, &k, e.span, truth_test);
        }
        let r = self.getitem(&o, &k);
        o.release();
        k.release();
        r
    }

    #[inline(never)]
    fn eval_display(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::Tuple(elts) => {
                if let [Elt::One(a), Elt::One(b)] = &elts[..] {
                    // `(k, v)`: a pair is built without a vector.
                    let a = self.eval_at(f, a)?;
                    let b = self.eval_at(f, b)?;
                    return Ok(Value::pair(a, b));
                }
                Ok(Value::tuple(self.eval_elts(f, elts)?))
            }
            ExprKind::List(elts) => {
                // `[]` (as in `d.setdefault(k, [])`) skips the element loop.
                let items = if elts.is_empty() { Vec::new() } else { self.eval_elts(f, elts)? };
                Ok(self.new_list(items))
            }
            _ => unreachable!("dispatched by eval_node"),
        }
    }

    #[inline(never)]
    fn eval_other(&self, f: &mut Frame, e: &Expr) -> PyResult<Value> {
        match &e.kind {
            ExprKind::FString(parts) => {
                let s = self.fstring(f, parts)?;
                Ok(Value::string(s))
            }
            ExprKind::ClassName(name) => {
                if let Some(ns) = &f.namespace {
                    if let Some(v) = super::dictops::get_str(ns, name) {
                        return Ok(v);
                    }
                }
                self.load_global(f, name)
            }
            ExprKind::ClassDeref(name, i) => {
                if let Some(ns) = &f.namespace {
                    if let Some(v) = super::dictops::get_str(ns, name) {
                        return Ok(v);
                    }
                }
                Ok(f.cells[*i as usize].value.borrow().clone())
            }
            ExprKind::NamedExpr(target, value) => {
                let v = self.eval_at(f, value)?;
                self.assign(f, target, v.clone())?;
                Ok(v)
            }
            ExprKind::SuperZero { class_cell, self_slot } => {
                let class = f.cells[*class_cell as usize].value.borrow().clone();
                let Value::Class(class) = class else {
                    return Err(self.runtime_error("super(): __class__ cell not found"));
                };
                let obj = match self_slot {
                    Some(s) => {
                        let v = f.locals[*s as usize].clone();
                        if let Value::Unbound = v {
                            // The first argument may live in a cell.
                            f.cells.iter().find_map(|c| {
                                let v = c.value.borrow().clone();
                                (!matches!(v, Value::Unbound)).then_some(v)
                            }).unwrap_or(Value::Unbound)
                        } else {
                            v
                        }
                    }
                    None => return Err(self.runtime_error("super(): no arguments")),
                };
                Ok(Value::Wrapper(Rc::new(Wrapper::Super { class, obj })))
            }
            ExprKind::Slice(a, b, c) => {
                let start = match a { Some(x) => self.eval_at(f, x)?, None => Value::None };
                let stop = match b { Some(x) => self.eval_at(f, x)?, None => Value::None };
                let step = match c { Some(x) => self.eval_at(f, x)?, None => Value::None };
                Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
            }
            ExprKind::Set(elts) => {
                let items = self.eval_elts(f, elts)?;
                let s = self.new_set(false);
                for it in items {
                    self.set_add(&s, it)?;
                }
                // CPython compiles a display of 3+ constants to a frozenset
                // constant, which its constant merging rebuilds from the
                // first one's slot order; the set is then a copy of that.
                // The element order it prints depends on those two passes.
                if elts.len() >= 3 && elts.iter().all(|e| matches!(e, Elt::One(Expr { kind: ExprKind::Const(_), .. }))) {
                    let rebuilt = self.new_set(false);
                    for it in super::iter::set_items(&s) {
                        self.set_add(&rebuilt, it)?;
                    }
                    *s.table.borrow_mut() = rebuilt.table.borrow().copy();
                }
                Ok(Value::Set(s))
            }
            ExprKind::Dict(items) => self.eval_dict_display(f, items),
            ExprKind::Function(def) => self.make_function(f, def),
            ExprKind::Comprehension(def, first, kind) => {
                let it = self.eval_at(f, first)?;
                let it = self.iter(&it)?;
                self.run_comprehension(f, def, it, *kind)
            }
            ExprKind::GeneratorExp(def, first) => {
                let it = self.eval_at(f, first)?;
                let it = self.iter(&it)?;
                let func = self.make_function(f, def)?;
                self.call(&func, &[it], &[])
            }
            ExprKind::Yield(v) => {
                let v = match v {
                    Some(v) => self.eval_at(f, v)?,
                    None => Value::None,
                };
                self.yield_value(f, v)
            }
            ExprKind::YieldFrom(v) => {
                let v = self.eval_at(f, v)?;
                self.yield_from(f, v)
            }
            _ => unreachable!("dispatched by eval_node"),
        }
    }

    /// `bool(e)` for a condition (if, while, ternary, assert): a single
    /// comparison or `not` gives its truth without making a bool value.
    pub fn eval_cond(&self, f: &mut Frame, e: &Expr) -> PyResult<bool> {
        match &e.kind {
            ExprKind::Compare(first, rest) if rest.len() == 1 => {
                let (op, second) = &rest[0];
                match self.compare_pair(f, first, *op, second) {
                    Ok(Ok(b)) => Ok(b),
                    Ok(Err(v)) => self.truthy(&v),
                    Err(err) => Err(self.locate_expr(err, f, e)),
                }
            }
            ExprKind::Not(a) => Ok(!self.eval_cond(f, a)?),
            _ => {
                let v = self.eval_at(f, e)?;
                self.truthy(&v)
            }
        }
    }

    /// `first op second`, one comparison: `Ok(bool)` when two small ints
    /// decide it without making a value, else the rich result.
    #[inline(always)]
    fn compare_pair(&self, f: &mut Frame, first: &Expr, op: CmpOp, second: &Expr) -> PyResult<Result<bool, Value>> {
        if let Some(a) = Self::operand_ref(f, first) {
            if let Some(b) = Self::operand_ref(f, second) {
                return self.compare_values(op, a, b);
            }
        }
        let a = self.eval_at(f, first)?;
        let b = self.eval_at(f, second)?;
        let r = self.compare_values(op, &a, &b);
        a.release();
        b.release();
        r
    }

    /// [`Interp::compare_pair`] on evaluated operands.
    #[inline(always)]
    fn compare_values(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Result<bool, Value>> {
        match op {
            // `in` always gives a bool: no result object to make.
            CmpOp::In => self.contains(b, a).map(Ok),
            CmpOp::NotIn => self.contains(b, a).map(|found| Ok(!found)),
            _ => match super::ops::int_compare(op, a, b) {
                Some(r) => Ok(Ok(r)),
                None => self.compare_op(op, a, b).map(Err),
            },
        }
    }

    /// Evaluates the arguments of a [`CallArgs::Positional`] call, left
    /// to right, into an array on the stack after `first` (the receiver of
    /// a method call), and calls `call` with them. One arm per count, so
    /// that each array has its exact size and no per-item checks.
    #[inline(always)]
    fn with_positional(
        &self,
        f: &mut Frame,
        first: Option<Value>,
        args: &[Expr],
        call: impl FnOnce(&Interp, &[Value]) -> PyResult<Value>,
    ) -> PyResult<Value> {
        // Calls with the values in an array, then releases them one by one
        // (an array's own drop would loop through an iterator).
        macro_rules! call_with {
            ($($v:ident),*) => {{
                let values = [$($v),*];
                let r = call(self, &values);
                let [$($v),*] = values;
                $(self.release_temporary($v);)*
                r
            }};
        }
        match (first, args) {
            (None, []) => call(self, &[]),
            (None, [a]) => {
                let a = self.eval_at(f, a)?;
                call_with!(a)
            }
            (None, [a, b]) => {
                let a = self.eval_at(f, a)?;
                let b = self.eval_at(f, b)?;
                call_with!(a, b)
            }
            (None, [a, b, c]) => {
                let a = self.eval_at(f, a)?;
                let b = self.eval_at(f, b)?;
                let c = self.eval_at(f, c)?;
                call_with!(a, b, c)
            }
            (Some(recv), []) => call_with!(recv),
            (Some(recv), [a]) => {
                let a = self.eval_at(f, a)?;
                call_with!(recv, a)
            }
            (Some(recv), [a, b]) => {
                let a = self.eval_at(f, a)?;
                let b = self.eval_at(f, b)?;
                call_with!(recv, a, b)
            }
            (Some(recv), [a, b, c]) => {
                let a = self.eval_at(f, a)?;
                let b = self.eval_at(f, b)?;
                let c = self.eval_at(f, c)?;
                call_with!(recv, a, b, c)
            }
            _ => unreachable!("at most CallArgs::POSITIONAL_MAX"),
        }
    }

    /// Runs a list/set/dict comprehension's code in a new frame (no function
    /// object is made): slot 0 is the iterator, slot 1 the result.
    fn run_comprehension(&self, f: &mut Frame, def: &FuncDef, it: Value, kind: CompKind) -> PyResult<Value> {
        let acc = match kind {
            CompKind::List => self.new_list(Vec::new()),
            CompKind::Set => Value::Set(self.new_set(false)),
            CompKind::Dict => Value::Dict(self.new_dict_rc()),
        };
        let code = &def.code;
        let mut locals = vec![Value::Unbound; code.nlocals];
        locals[0] = it;
        locals[1] = acc.clone();
        let mut cells = Vec::with_capacity(code.cellvars.len() + def.closure.len());
        for _ in &code.cellvars {
            let c = Rc::new(CellObj { value: std::cell::RefCell::new(Value::Unbound) });
            self.heap.track_cell(&c);
            cells.push(c);
        }
        for &i in &def.closure {
            cells.push(f.cells[i as usize].clone());
        }
        self.check_stack()?;
        let mut frame = Frame { code, locals, cells, globals: f.globals.clone(), namespace: None, span: code.span, yielder: None };
        // CPython 3.12 inlines comprehensions (PEP 709): an error's traceback
        // entry and location belong to the enclosing frame.
        self.exec_block(&mut frame, &code.body)?;
        Ok(acc)
    }

    pub(super) fn compare_op(&self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            CmpOp::Is => Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => Ok(Value::Bool(!a.is(b))),
            CmpOp::In => Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => Ok(Value::Bool(!self.contains(b, a)?)),
            CmpOp::Eq => {
                if let Some(r) = super::ops::fast_eq(a, b) {
                    return Ok(Value::Bool(r));
                }
                self.compare(a, b, op)
            }
            _ => self.compare(a, b, op),
        }
    }

    pub(super) fn unbound_local(&self, f: &Frame, slot: u32) -> super::PyErr {
        let name = f.code.local_names.get(slot as usize).map(|n| n.s.to_string()).unwrap_or_default();
        self.new_error(
            ExcKind::UnboundLocalError,
            format!("cannot access local variable '{}' where it is not associated with a value", name),
        )
    }

    pub(super) fn cell_name(&self, f: &Frame, i: u32) -> String {
        let i = i as usize;
        let n = f.code.cellvars.len();
        if i < n {
            f.code.cellvars[i].0.s.to_string()
        } else {
            f.code.freevars.get(i - n).map(|s| s.s.to_string()).unwrap_or_default()
        }
    }

    /// A global name read through its site's cache (see [`GlobalCache`]).
    #[inline(always)]
    fn load_global_cached(&self, f: &Frame, name: &Rc<PyStr>, cache: &GlobalCache) -> PyResult<Value> {
        match Self::global_cache_hit(f, name, cache) {
            Some(v) => Ok(v),
            None => self.load_global_refill(f, name, cache),
        }
    }

    /// The value the call site's cache holds for a global name read, if
    /// the cache is still valid. Inlined, with the refill kept out of line,
    /// so that a hit needs no frame of its own.
    #[inline(always)]
    fn global_cache_hit(f: &Frame, name: &Rc<PyStr>, cache: &GlobalCache) -> Option<Value> {
        let globals_id = Rc::as_ptr(&f.globals) as usize;
        match &*cache.hit.borrow() {
            GlobalHit::InGlobals { globals, layout, entry } if *globals == globals_id => {
                let t = f.globals.table.borrow();
                if t.layout_version() == *layout {
                    if let Some((Value::Str(k), v)) = t.entry(*entry) {
                        if Rc::ptr_eq(k, name) || k.s == name.s {
                            return Some(v.clone());
                        }
                    }
                }
            }
            GlobalHit::InBuiltins { globals, keys_version, epoch, value } if *globals == globals_id => {
                if f.globals.table.borrow().version() == *keys_version
                    && crate::dict::table::watched_epoch() == *epoch
                {
                    return Some(value.clone());
                }
            }
            _ => {}
        }
        None
    }

    /// Looks a global name up (globals, then builtins) and refills the call
    /// site's cache.
    #[inline(never)]
    fn load_global_refill(&self, f: &Frame, name: &Rc<PyStr>, cache: &GlobalCache) -> PyResult<Value> {
        let globals_id = Rc::as_ptr(&f.globals) as usize;
        let t = f.globals.table.borrow();
        let (value, hit) = match super::dictops::str_entry(&t, name) {
            Some(entry) => {
                let value = t.value_at(entry).cloned().expect("a live entry");
                (value, GlobalHit::InGlobals { globals: globals_id, layout: t.layout_version(), entry })
            }
            None => match super::dictops::get_str(&self.builtins, name) {
                Some(value) => {
                    let hit = GlobalHit::InBuiltins {
                        globals: globals_id,
                        keys_version: t.version(),
                        epoch: crate::dict::table::watched_epoch(),
                        value: value.clone(),
                    };
                    (value, hit)
                }
                None => return Err(self.name_error(name)),
            },
        };
        *cache.hit.borrow_mut() = hit;
        Ok(value)
    }

    pub fn load_global(&self, f: &Frame, name: &Rc<PyStr>) -> PyResult<Value> {
        if let Some(v) = super::dictops::get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = super::dictops::get_str(&self.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    pub fn name_error(&self, name: &PyStr) -> super::PyErr {
        let err = self.new_error(ExcKind::NameError, format!("name '{}' is not defined", name.s));
        if let Some(d) = err.exc.exc() {
            *d.name.borrow_mut() = Value::Str(Rc::new(PyStr::new(name.s.clone())));
        }
        err
    }

    #[cold]
    fn free_variable_error(&self, f: &Frame, i: u32) -> super::PyErr {
        let name = self.cell_name(f, i);
        let err = self.new_error(
            ExcKind::NameError,
            format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
        );
        if let Some(d) = err.exc.exc() {
            *d.name.borrow_mut() = Value::string(name);
        }
        err
    }

    pub fn eval_elts(&self, f: &mut Frame, elts: &[Elt]) -> PyResult<Vec<Value>> {
        let mut out = Vec::with_capacity(elts.len());
        for e in elts {
            match e {
                Elt::One(x) => out.push(self.eval_at(f, x)?),
                Elt::Star(x) => {
                    let v = self.eval_at(f, x)?;
                    if !self.is_iterable(&v) {
                        return Err(self.type_error(format!(
                            "Value after * must be an iterable, not {}",
                            self.type_name(&v)
                        )));
                    }
                    out.extend(self.collect(&v)?);
                }
            }
        }
        Ok(out)
    }

    /// [`Interp::eval_args`] for a call expression's arguments.
    fn eval_call_args(
        &self,
        f: &mut Frame,
        args: &CallArgs,
        first: Option<Value>,
        callee: Option<&Value>,
    ) -> PyResult<(Args, Vec<(Rc<PyStr>, Value)>)> {
        match args {
            CallArgs::Positional(exprs) => {
                let mut pos = Args::new();
                pos.extend(first);
                for e in exprs {
                    pos.push(self.eval_at(f, e)?);
                }
                Ok((pos, Vec::new()))
            }
            CallArgs::General(args) => self.eval_args(f, args, first, callee),
        }
    }

    /// Evaluates call arguments into positional values and keyword pairs.
    /// `first` is prepended (the receiver of a method call); `callee` names
    /// the function in the messages about `*` and `**` arguments.
    pub fn eval_args(
        &self,
        f: &mut Frame,
        args: &[Arg],
        first: Option<Value>,
        callee: Option<&Value>,
    ) -> PyResult<(Args, Vec<(Rc<PyStr>, Value)>)> {
        let fname = || match callee {
            Some(c) => format!("{} argument", self.function_str(c)),
            None => "Value".to_string(),
        };
        let mut pos = Args::new();
        if let Some(v) = first {
            pos.push(v);
        }
        let mut kw: Vec<(Rc<PyStr>, Value)> = Vec::new();
        for a in args {
            match a {
                Arg::Pos(e) => pos.push(self.eval_at(f, e)?),
                Arg::Star(e) => {
                    let v = self.eval_at(f, e)?;
                    if !self.is_iterable(&v) {
                        return Err(self.type_error(format!(
                            "{} after * must be an iterable, not {}",
                            fname(),
                            self.type_name(&v)
                        )));
                    }
                    pos.extend(self.collect(&v)?);
                }
                Arg::Kw(name, e) => {
                    let v = self.eval_at(f, e)?;
                    if kw.iter().any(|(n, _)| n.s == name.s) {
                        return Err(self.multiple_values(callee, name));
                    }
                    kw.push((name.clone(), v));
                }
                Arg::StarStar(e) => {
                    let m = self.eval_at(f, e)?;
                    if !self.is_mapping(&m) {
                        return Err(self.type_error(format!(
                            "{} after ** must be a mapping, not {}",
                            match callee {
                                Some(c) => format!("{} argument", self.function_str(c)),
                                None => "argument".to_string(),
                            },
                            self.type_name(&m)
                        )));
                    }
                    for (k, v) in self.mapping_items(&m)? {
                        let Value::Str(k) = k else {
                            return Err(self.type_error("keywords must be strings"));
                        };
                        if kw.iter().any(|(n, _)| n.s == k.s) {
                            return Err(self.multiple_values(callee, &k));
                        }
                        kw.push((k, v));
                    }
                }
            }
        }
        Ok((pos, kw))
    }

    /// A dict display, built as CPython 3.12's compiler builds it: a run of
    /// `key: value` pairs is cut into chunks of 17 while more than 16 pairs
    /// are left. A chunk of up to 15 pairs is evaluated whole and then
    /// stored into a dict sized for it (`BUILD_MAP n`: an unhashable key is
    /// reported after every item was evaluated); a bigger one is stored pair
    /// by pair into an empty dict (`MAP_ADD`). `**m` and every chunk after
    /// the first are merged with `dict.update`'s rules (`DICT_UPDATE`).
    fn eval_dict_display(&self, f: &mut Frame, items: &[DictItem]) -> PyResult<Value> {
        // CPython's STACK_USE_GUIDELINE (30) over the 2 stack slots a pair takes.
        const BUILD_MAP_MAX: usize = 15;
        const CHUNK: usize = 17;
        let mut result: Option<Rc<Dict>> = None;
        let mut i = 0;
        while i < items.len() {
            if let DictItem::Unpack(m) = &items[i] {
                let m = self.eval_at(f, m)?;
                if !self.is_mapping(&m) {
                    return Err(self.type_error(format!("'{}' object is not a mapping", self.type_name(&m))));
                }
                let d = result.get_or_insert_with(|| self.new_dict_rc());
                super::dictops::update_from(self, d, &m, false)?;
                i += 1;
                continue;
            }
            let run_end = items[i..].iter().position(|it| matches!(it, DictItem::Unpack(_))).map_or(items.len(), |p| i + p);
            while i < run_end {
                let n = if run_end - i >= CHUNK { CHUNK } else { run_end - i };
                let part = self.new_dict_rc();
                let pairs = items[i..i + n].iter().map(|it| match it {
                    DictItem::Pair(k, v) => (k, v),
                    DictItem::Unpack(_) => unreachable!("a run holds pairs only"),
                });
                if n > BUILD_MAP_MAX {
                    for (k, v) in pairs {
                        let key = self.eval_at(f, k)?;
                        let val = self.eval_at(f, v)?;
                        super::dictops::set(self, &part, key, val)?;
                    }
                } else {
                    let mut values: SmallVec<[(Value, Value); 8]> = SmallVec::new();
                    for (k, v) in pairs {
                        let key = self.eval_at(f, k)?;
                        values.push((key, self.eval_at(f, v)?));
                    }
                    let unicode = values.iter().all(|(k, _)| matches!(k, Value::Str(_)));
                    part.table.borrow_mut().presize_for_items(n, unicode);
                    for (key, val) in values {
                        super::dictops::set(self, &part, key, val)?;
                    }
                }
                match &result {
                    None => result = Some(part),
                    Some(d) => super::dictops::update_from(self, d, &Value::Dict(part), false)?,
                }
                i += n;
            }
        }
        Ok(Value::Dict(result.unwrap_or_else(|| self.new_dict_rc())))
    }

    /// A method call that the call site's builtin cache did not serve.
    #[inline(never)]
    fn call_method_expr(&self, f: &mut Frame, recv: Value, name: &Rc<PyStr>, args: &CallArgs, cache: &MethodCache) -> PyResult<Value> {
        // Builtin methods and plain functions found on the type are called
        // with the receiver prepended, without making a bound method.
        if let Some(func) = self.lookup_method_cached(&recv, name, cache) {
            if let CallArgs::Positional(exprs) = args {
                let r = self.with_positional(f, Some(recv), exprs, |interp, args| interp.call(&func, args, &[]));
                func.release();
                return r;
            }
            let (pos, kw) = self.eval_call_args(f, args, Some(recv), Some(&func))?;
            return self.call(&func, &pos, &kw);
        }
        let callee = self.getattr(&recv, name).map_err(|err| self.mark_method_attr(err))?;
        let (pos, kw) = self.eval_call_args(f, args, None, Some(&callee))?;
        self.call(&callee, &pos, &kw)
    }

    /// The builtin function the call site's cache holds for `recv`'s type,
    /// when the cache is current.
    #[inline(always)]
    fn cached_builtin(&self, recv: &Value, cache: &MethodCache) -> Option<crate::value::BuiltinFn> {
        match cache.builtin.get() {
            Some((key, at, func)) if key == recv.builtin_type_key() && at == crate::dict::table::watched_epoch() => {
                Some(func)
            }
            _ => None,
        }
    }

    /// [`Interp::lookup_method`] through the call site's cache.
    fn lookup_method_cached(&self, recv: &Value, name: &Rc<PyStr>, cache: &MethodCache) -> Option<Value> {
        let Some(class) = self.common_type(recv) else {
            return self.lookup_method(recv, name);
        };
        let epoch = crate::dict::table::watched_epoch();
        for (cached, at, func) in cache.entries.borrow().iter().flatten() {
            if *at == epoch && Rc::ptr_eq(cached, class) {
                if let Value::Instance(inst) = recv {
                    // An instance attribute shadows the class's method.
                    if inst.attrs.len() > 0 && super::dictops::get_str(&inst.attrs, name).is_some() {
                        return None;
                    }
                }
                return Some(func.clone());
            }
        }
        let func = self.lookup_method(recv, name)?;
        if let (Value::Builtin(b), false) = (&func, matches!(recv, Value::Instance(_))) {
            // A builtin method of a builtin type: kept for the borrow-free
            // check of `cached_builtin` too.
            cache.builtin.set(Some((recv.builtin_type_key(), epoch, b.func)));
        }
        let mut entries = cache.entries.borrow_mut();
        entries[1] = entries[0].take();
        entries[0] = Some((class.clone(), epoch, func.clone()));
        Some(func)
    }

    pub fn make_function(&self, f: &mut Frame, def: &FuncDef) -> PyResult<Value> {
        let mut defaults = Vec::with_capacity(def.defaults.len());
        for d in &def.defaults {
            defaults.push(self.eval_at(f, d)?);
        }
        let mut kwdefaults = Vec::with_capacity(def.kwdefaults.len());
        for d in &def.kwdefaults {
            kwdefaults.push(match d {
                Some(d) => self.eval_at(f, d)?,
                None => Value::Unbound,
            });
        }
        let closure = def.closure.iter().map(|&i| f.cells[i as usize].clone()).collect();
        let func = Rc::new(Function {
            code: def.code.clone(),
            name: std::cell::RefCell::new(def.code.name.clone()),
            qualname: std::cell::RefCell::new(def.code.qualname.clone()),
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults,
            closure,
            globals: f.globals.clone(),
            attrs: std::cell::RefCell::new(None),
            doc: match &def.code.doc {
                Some(d) => Value::Str(d.clone()),
                None => Value::None,
            },
        });
        self.heap.track_function(&func);
        Ok(Value::Function(func))
    }

    fn fstring(&self, f: &mut Frame, parts: &[FPart]) -> PyResult<String> {
        let mut out = String::new();
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(&s.s),
                FPart::Field { expr, conversion, spec } => {
                    let v = self.eval_at(f, expr)?;
                    let v = match conversion {
                        Some('r') => Value::string(self.repr(&v)?),
                        Some('s') => Value::string(self.str_of(&v)?),
                        Some('a') => Value::string(crate::value::format::ascii_escape(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec = match spec {
                        Some(s) => self.fstring(f, s)?,
                        None => String::new(),
                    };
                    let text = self.format_value(&v, &spec).map_err(|err| self.locate_fstring_field(err, f, expr.span))?;
                    out.push_str(&text);
                }
            }
        }
        Ok(out)
    }
}

/// Bitwise copies of up to three borrowed values (a builtin method call's
/// receiver and arguments), laid out as the slice a builtin takes, and
/// never dropped: the frame and the code keep owning the originals, which
/// the call cannot rebind (see `operand_ref`), so they outlive it.
pub struct InPlace {
    values: [std::mem::ManuallyDrop<Value>; 3],
    len: usize,
}

impl InPlace {
    /// The first `len` of `values` (the rest only fill the array).
    #[inline(always)]
    fn new(values: [&Value; 3], len: usize) -> InPlace {
        // SAFETY: each copy is only read through a shared slice while its
        // original is alive and is never dropped, so no count is taken or
        // given back twice.
        InPlace { values: values.map(|v| std::mem::ManuallyDrop::new(unsafe { std::ptr::read(v) })), len }
    }

    #[inline(always)]
    fn as_slice(&self) -> &[Value] {
        let values = &self.values[..self.len];
        // SAFETY: ManuallyDrop<Value> is repr(transparent) over Value.
        unsafe { std::slice::from_raw_parts(values.as_ptr() as *const Value, values.len()) }
    }
}
