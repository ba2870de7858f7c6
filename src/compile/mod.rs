//! Lowers the AST to the resolved tree in [`ir`], using the scopes from
//! [`scope`]: names become slots, cells or global lookups, constants become
//! values, and every function, class body and comprehension becomes a [`Code`].

pub mod ir;
mod mangle;
pub mod scope;

use std::collections::HashMap;
use std::rc::Rc;

use crate::eval::SourceFile;
use crate::syntax::ast::{self, Span};
use crate::syntax::{SyntaxError, SyntaxErrorKind};
use crate::value::{PyStr, Value};

pub use ir::Code;
use ir::*;
use scope::{node_key, Resolution, ScopeId, ScopeTable};

/// Interned identifier strings: one `PyStr` per distinct name, so attribute
/// and global lookups hit the pointer-equality fast path.
#[derive(Default)]
pub struct Interner {
    map: HashMap<Box<str>, Rc<PyStr>, crate::dict::hash::FastBuildHasher>,
}

impl Interner {
    pub fn intern(&mut self, s: &str) -> Rc<PyStr> {
        if let Some(r) = self.map.get(s) {
            return r.clone();
        }
        let r = Rc::new(PyStr::new(s));
        self.map.insert(s.into(), r.clone());
        r
    }
}

/// Compiles a parsed module into its top-level code.
pub fn compile_module(
    module: &ast::Module,
    source: Rc<SourceFile>,
    interner: &mut Interner,
) -> Result<Rc<Code>, SyntaxError> {
    compile_module_with(module, source, interner, None)
}

/// Compiles interactive input, like CPython's `'single'` mode: every
/// expression statement of the module scope (also inside its `if`/`for`/...
/// blocks, never inside a function or class body) becomes a call of
/// `displayhook` with its value, which echoes the repr and sets `_`.
pub fn compile_interactive(
    module: &ast::Module,
    source: Rc<SourceFile>,
    interner: &mut Interner,
    displayhook: Value,
) -> Result<Rc<Code>, SyntaxError> {
    compile_module_with(module, source, interner, Some(displayhook))
}

fn compile_module_with(
    module: &ast::Module,
    source: Rc<SourceFile>,
    interner: &mut Interner,
    displayhook: Option<Value>,
) -> Result<Rc<Code>, SyntaxError> {
    // Private names (`__x` in a class) are rewritten first; only source that
    // has a `__` at all can contain one.
    let mangled;
    let module = if source.text.contains("__") {
        let mut m = module.clone();
        mangle::apply(&mut m);
        mangled = m;
        &mangled
    } else {
        module
    };
    let table = scope::analyze(module, &source.text)?;
    let mut c =
        Compiler { table: &table, interner, source: source.clone(), scope: 0, qualname: Vec::new(), displayhook };
    let body = c.stmts(&module.body)?;
    let name = c.interner.intern("<module>");
    Ok(Rc::new(Code {
        name: name.clone(),
        qualname: name,
        kind: CodeKind::Module,
        source,
        span: Span::default(),
        params: ParamSpec { posonly: 0, positional: 0, kwonly: 0, vararg: false, kwarg: false, names: vec![] },
        nlocals: 0,
        local_names: vec![],
        cellvars: vec![],
        freevars: vec![],
        body,
        is_generator: false,
        doc: None,
    }))
}

struct Compiler<'a> {
    table: &'a ScopeTable,
    interner: &'a mut Interner,
    source: Rc<SourceFile>,
    scope: ScopeId,
    /// Enclosing function/class names, for `__qualname__`.
    qualname: Vec<String>,
    /// Interactive mode: module-level expression statements call this
    /// with their value (see [`compile_interactive`]).
    displayhook: Option<Value>,
}

type CResult<T> = Result<T, SyntaxError>;

fn syntax_error(message: impl Into<String>, span: Span) -> SyntaxError {
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, message: message.into(), span, help: None, incomplete: false }
}

impl<'a> Compiler<'a> {
    fn intern(&mut self, s: &str) -> Rc<PyStr> {
        self.interner.intern(s)
    }

    fn sc(&self) -> &scope::Scope {
        &self.table.scopes[self.scope]
    }

    fn load(&mut self, name: &str, span: Span) -> Expr {
        let kind = match self.sc().resolve(name) {
            Resolution::Local(i) => ExprKind::Local(i),
            Resolution::Deref(i) => ExprKind::Deref(i),
            Resolution::Global => ExprKind::Global(self.intern(name), Box::default()),
            Resolution::ClassName => ExprKind::ClassName(self.intern(name)),
            Resolution::ClassDeref(i) => ExprKind::ClassDeref(self.intern(name), i),
        };
        Expr { kind, span }
    }

    fn store(&mut self, name: &str) -> Target {
        match self.sc().resolve(name) {
            Resolution::Local(i) => Target::Local(i),
            Resolution::Deref(i) => Target::Deref(i),
            Resolution::Global => Target::Global(self.intern(name)),
            Resolution::ClassName | Resolution::ClassDeref(_) => Target::ClassName(self.intern(name)),
        }
    }

    fn stmts(&mut self, stmts: &[ast::Stmt]) -> CResult<Vec<Stmt>> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Vec<Stmt>) -> CResult<()> {
        use ast::StmtKind as S;
        let span = s.span;
        let kind = match &s.kind {
            S::Expr(e) => match &self.displayhook {
                // Scope 0 is the module: blocks of if/for/while/... share it.
                Some(hook) if self.scope == 0 => {
                    let hook = Expr { kind: ExprKind::Const(hook.clone()), span: e.span };
                    let arg = Arg::Pos(self.expr(e)?);
                    StmtKind::Expr(Expr { kind: ExprKind::Call(Box::new(hook), CallArgs::new(vec![arg])), span: e.span })
                }
                _ => StmtKind::Expr(self.expr(e)?),
            },
            S::Assign { targets, value } => {
                let value = self.expr(value)?;
                let targets = targets.iter().map(|t| self.target(t)).collect::<CResult<Vec<_>>>()?;
                StmtKind::Assign(targets, value)
            }
            S::AugAssign { target, op, value } => {
                let value = self.expr(value)?;
                StmtKind::AugAssign(self.target(target)?, *op, value)
            }
            S::AnnAssign { target, annotation, value, simple } => {
                let kind = self.sc().kind;
                if kind != CodeKind::Function && kind != CodeKind::Lambda {
                    if let (true, ast::ExprKind::Name(n)) = (*simple, &target.kind) {
                        let ann = self.expr(annotation)?;
                        let name = self.intern(n);
                        out.push(Stmt { kind: StmtKind::Annotate(name, ann), span });
                    }
                }
                match value {
                    Some(v) => {
                        let v = self.expr(v)?;
                        StmtKind::Assign(vec![self.target(target)?], v)
                    }
                    None => return Ok(()),
                }
            }
            S::Delete(ts) => StmtKind::Delete(ts.iter().map(|t| self.target(t)).collect::<CResult<_>>()?),
            S::Pass => StmtKind::Pass,
            S::Break => StmtKind::Break,
            S::Continue => StmtKind::Continue,
            S::Return(e) => {
                if !matches!(self.sc().kind, CodeKind::Function | CodeKind::Lambda) {
                    return Err(syntax_error("'return' outside function", span));
                }
                StmtKind::Return(e.as_ref().map(|e| self.expr(e)).transpose()?)
            }
            S::Raise { exc, cause } => StmtKind::Raise(
                exc.as_ref().map(|e| self.expr(e)).transpose()?,
                cause.as_ref().map(|e| self.expr(e)).transpose()?,
            ),
            S::Assert { test, msg } => {
                StmtKind::Assert(self.test(test)?, msg.as_ref().map(|e| self.expr(e)).transpose()?)
            }
            S::Global(_) | S::Nonlocal(_) => return Ok(()),
            S::If { test, body, orelse } => StmtKind::If(self.test(test)?, self.stmts(body)?, self.stmts(orelse)?),
            S::While { test, body, orelse } => {
                StmtKind::While(self.test(test)?, self.stmts(body)?, self.stmts(orelse)?)
            }
            S::For { target, iter, body, orelse } => {
                let iter = self.expr(iter)?;
                StmtKind::For(self.target(target)?, iter, self.stmts(body)?, self.stmts(orelse)?)
            }
            S::FunctionDef(f) => {
                let def = self.function(
                    &**f as *const ast::FunctionDef as usize,
                    &f.name.name,
                    &f.params,
                    FuncBody::Block(&f.body),
                    &f.decorators,
                    CodeKind::Function,
                    f.name.span,
                )?;
                StmtKind::FunctionDef(self.store(&f.name.name), Box::new(def))
            }
            S::ClassDef(c) => StmtKind::ClassDef(self.store(&c.name.name), Box::new(self.class(c)?)),
            S::Try { body, handlers, orelse, finalbody } => {
                let body = self.stmts(body)?;
                let mut hs = Vec::new();
                for h in handlers {
                    hs.push(Handler {
                        typ: h.typ.as_ref().map(|e| self.expr(e)).transpose()?,
                        name: h.name.as_ref().map(|n| self.store(&n.name)),
                        body: self.stmts(&h.body)?,
                        span: h.span,
                    });
                }
                StmtKind::Try { body, handlers: hs, orelse: self.stmts(orelse)?, finalbody: self.stmts(finalbody)? }
            }
            S::With { items, body } => {
                // `with a, b: body` is `with a: with b: body`.
                let mut inner = self.stmts(body)?;
                for it in items.iter().rev() {
                    let ctx = self.expr(&it.context)?;
                    let target = it.target.as_ref().map(|t| self.target(t)).transpose()?;
                    inner = vec![Stmt { kind: StmtKind::With(ctx, target, inner), span }];
                }
                out.extend(inner);
                return Ok(());
            }
            S::Import(aliases) => {
                for a in aliases {
                    let (target, bind_top) = match &a.asname {
                        Some(n) => (self.store(&n.name), false),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            (self.store(&top), true)
                        }
                    };
                    out.push(Stmt { kind: StmtKind::Import { module: a.name.as_str().into(), target, bind_top }, span });
                }
                return Ok(());
            }
            S::ImportFrom { module, names, level } => {
                if *level > 0 {
                    return Err(syntax_error("attempted relative import with no known parent package", span));
                }
                let module: Rc<str> = module.as_deref().unwrap_or("").into();
                if names.len() == 1 && names[0].name == "*" {
                    if self.sc().kind != CodeKind::Module {
                        return Err(syntax_error("import * only allowed at module level", span));
                    }
                    StmtKind::ImportStar { module }
                } else {
                    let mut list = Vec::new();
                    for a in names {
                        let bound = a.asname.as_ref().map(|n| n.name.clone()).unwrap_or_else(|| a.name.clone());
                        let name = self.intern(&a.name);
                        list.push((name, self.store(&bound)));
                    }
                    StmtKind::ImportFrom { module, names: list }
                }
            }
        };
        out.push(Stmt { kind, span });
        Ok(())
    }

    fn target(&mut self, t: &ast::Expr) -> CResult<Target> {
        use ast::ExprKind as E;
        Ok(match &t.kind {
            E::Name(n) => self.store(n),
            E::Attribute { value, attr } => {
                let v = self.expr(value)?;
                Target::Attr(v, self.intern(&attr.name))
            }
            E::Subscript { value, index } => Target::Subscript(self.expr(value)?, self.expr(index)?),
            E::Tuple(items) | E::List(items) => {
                let mut star = None;
                let mut ts = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    if let E::Starred(inner) = &it.kind {
                        if star.is_some() {
                            return Err(syntax_error("multiple starred expressions in assignment", it.span));
                        }
                        star = Some(i);
                        ts.push(self.target(inner)?);
                    } else {
                        ts.push(self.target(it)?);
                    }
                }
                Target::Unpack(ts, star, t.span)
            }
            E::Starred(_) => return Err(syntax_error("starred assignment target must be in a list or tuple", t.span)),
            _ => return Err(syntax_error("cannot assign to expression", t.span)),
        })
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> CResult<Vec<Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn elts(&mut self, es: &[ast::Expr]) -> CResult<Vec<Elt>> {
        es.iter()
            .map(|e| match &e.kind {
                ast::ExprKind::Starred(inner) => Ok(Elt::Star(self.expr(inner)?)),
                _ => Ok(Elt::One(self.expr(e)?)),
            })
            .collect()
    }

    fn args(&mut self, args: &[ast::Arg]) -> CResult<Vec<Arg>> {
        let mut out = Vec::with_capacity(args.len());
        for a in args {
            out.push(match a {
                ast::Arg::Positional(e) => Arg::Pos(self.expr(e)?),
                ast::Arg::Starred(e) => Arg::Star(self.expr(e)?),
                ast::Arg::Keyword(n, e) => {
                    let e = self.expr(e)?;
                    Arg::Kw(self.intern(&n.name), e)
                }
                ast::Arg::DoubleStarred(e) => Arg::StarStar(self.expr(e)?),
            });
        }
        Ok(out)
    }

    fn constant(&mut self, c: &ast::Constant) -> Value {
        match c {
            ast::Constant::None => Value::None,
            ast::Constant::True => Value::Bool(true),
            ast::Constant::False => Value::Bool(false),
            ast::Constant::Ellipsis => Value::Ellipsis,
            ast::Constant::Int(i) => Value::from_bigint(i.clone()),
            ast::Constant::Float(f) => Value::Float(*f),
            ast::Constant::Imaginary(_) => Value::None,
            ast::Constant::Str(s) => {
                // Short identifier-like constants are interned like CPython does.
                if s.len() <= 32 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    Value::Str(self.intern(s))
                } else {
                    Value::str(s)
                }
            }
            ast::Constant::Bytes(b) => {
                Value::Bytes(Rc::new(crate::value::PyBytes { b: b.clone().into_boxed_slice() }))
            }
        }
    }

    fn fparts(&mut self, parts: &[ast::FStringPart]) -> CResult<Vec<FPart>> {
        let mut out = Vec::new();
        for p in parts {
            match p {
                ast::FStringPart::Literal(s) => out.push(FPart::Lit(Rc::new(PyStr::new(s.as_str())))),
                ast::FStringPart::Field(f) => {
                    if let Some(t) = &f.debug_text {
                        out.push(FPart::Lit(Rc::new(PyStr::new(t.as_str()))));
                    }
                    let spec = f.format_spec.as_ref().map(|s| self.fparts(s)).transpose()?;
                    out.push(FPart::Field { expr: self.expr(&f.expr)?, conversion: f.conversion, spec });
                }
            }
        }
        Ok(out)
    }

    /// `a and b and c` as right-nested `And(a, And(b, c))` (the same result
    /// as CPython's left-to-right evaluation), lowering operands with `lower`.
    fn bool_chain(
        &mut self,
        op: ast::BoolOp,
        values: &[ast::Expr],
        lower: fn(&mut Self, &ast::Expr) -> CResult<Expr>,
    ) -> CResult<ExprKind> {
        let mut it = values.iter().rev();
        let mut acc = lower(self, it.next().expect("BoolOp has values"))?;
        for v in it {
            let left = lower(self, v)?;
            let span = left.span.to(acc.span);
            let kind = match op {
                ast::BoolOp::And => ExprKind::And(Box::new(left), Box::new(acc)),
                ast::BoolOp::Or => ExprKind::Or(Box::new(left), Box::new(acc)),
            };
            acc = Expr { kind, span };
        }
        Ok(acc.kind)
    }

    /// An expression whose value is only tested for truth (`if`, `while`,
    /// `not`, ...): subscripts there become `TestSubscript`, which the
    /// phantom-key report does not count as a use of the entry.
    fn test(&mut self, e: &ast::Expr) -> CResult<Expr> {
        use ast::ExprKind as E;
        let span = e.span;
        let kind = match &e.kind {
            E::Subscript { value, index } => {
                ExprKind::TestSubscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?))
            }
            E::BoolOp { op, values } => self.bool_chain(*op, values, Self::test)?,
            _ => return self.expr(e),
        };
        Ok(Expr { kind, span })
    }

    fn expr(&mut self, e: &ast::Expr) -> CResult<Expr> {
        use ast::ExprKind as E;
        let span = e.span;
        let kind = match &e.kind {
            E::Name(n) => return Ok(self.load(n, span)),
            E::Constant(ast::Constant::Imaginary(_)) => {
                return Err(syntax_error("complex numbers are not supported by dictpy", span))
            }
            E::Constant(c) => ExprKind::Const(self.constant(c)),
            E::FString(parts) => ExprKind::FString(self.fparts(parts)?),
            E::BoolOp { op, values } => self.bool_chain(*op, values, Self::expr)?,
            E::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                ExprKind::NamedExpr(Box::new(self.store(&target.name)), Box::new(v))
            }
            E::BinOp { left, op, right } => {
                let (l, r) = (self.expr(left)?, self.expr(right)?);
                match (&l.kind, &r.kind) {
                    (ExprKind::Const(Value::Int(a)), ExprKind::Const(Value::Int(b))) => match fold_int(*op, *a, *b) {
                        Some(v) => ExprKind::Const(Value::Int(v)),
                        None => ExprKind::Bin(*op, Box::new(l), Box::new(r)),
                    },
                    _ => ExprKind::Bin(*op, Box::new(l), Box::new(r)),
                }
            }
            E::UnaryOp { op: ast::UnaryOp::Not, operand } => ExprKind::Not(Box::new(self.test(operand)?)),
            E::UnaryOp { op, operand } => {
                // Fold `-5` so negative literals are constants.
                if let (ast::UnaryOp::USub, E::Constant(ast::Constant::Int(i))) = (op, &operand.kind) {
                    ExprKind::Const(Value::from_bigint(-i.clone()))
                } else if let (ast::UnaryOp::USub, E::Constant(ast::Constant::Float(f))) = (op, &operand.kind) {
                    ExprKind::Const(Value::Float(-f))
                } else {
                    let inner = self.expr(operand)?;
                    // `-2**61`: the operand folded to a small int.
                    match (op, &inner.kind) {
                        (ast::UnaryOp::USub, ExprKind::Const(Value::Int(i))) if i.checked_neg().is_some() => {
                            ExprKind::Const(Value::Int(-i))
                        }
                        _ => ExprKind::Unary(*op, Box::new(inner)),
                    }
                }
            }
            E::Lambda { params, body } => ExprKind::Function(Box::new(self.function(
                node_key(e),
                "<lambda>",
                params,
                FuncBody::Expr(body),
                &[],
                CodeKind::Lambda,
                span,
            )?)),
            E::IfExp { test, body, orelse } => {
                ExprKind::IfExp(Box::new(self.test(test)?), Box::new(self.expr(body)?), Box::new(self.expr(orelse)?))
            }
            E::Dict(items) => {
                let mut out = Vec::with_capacity(items.len());
                for it in items {
                    out.push(match it {
                        ast::DictItem::Pair(k, v) => DictItem::Pair(self.expr(k)?, self.expr(v)?),
                        ast::DictItem::Unpack(m) => DictItem::Unpack(self.expr(m)?),
                    });
                }
                ExprKind::Dict(out)
            }
            E::Set(xs) => ExprKind::Set(self.elts(xs)?),
            E::List(xs) => ExprKind::List(self.elts(xs)?),
            E::Tuple(xs) => {
                if xs.iter().all(|x| matches!(x.kind, E::Constant(_))) && !xs.is_empty() {
                    let vals = xs
                        .iter()
                        .map(|x| match &x.kind {
                            E::Constant(c) => self.constant(c),
                            _ => unreachable!(),
                        })
                        .collect();
                    ExprKind::Const(Value::tuple(vals))
                } else {
                    ExprKind::Tuple(self.elts(xs)?)
                }
            }
            E::ListComp { elt, generators } => self.comprehension(e, generators, CompBody::Push(CompKind::List, elt, None))?,
            E::SetComp { elt, generators } => self.comprehension(e, generators, CompBody::Push(CompKind::Set, elt, None))?,
            E::DictComp { key, value, generators } => {
                self.comprehension(e, generators, CompBody::Push(CompKind::Dict, key, Some(value)))?
            }
            E::GeneratorExp { elt, generators } => self.comprehension(e, generators, CompBody::Yield(elt))?,
            E::Yield(v) => ExprKind::Yield(v.as_ref().map(|v| self.expr(v).map(Box::new)).transpose()?),
            E::YieldFrom(v) => ExprKind::YieldFrom(Box::new(self.expr(v)?)),
            E::Compare { left, ops, comparators } => {
                let left = self.expr(left)?;
                let mut rest = Vec::new();
                for (op, c) in ops.iter().zip(comparators) {
                    rest.push((*op, self.expr(c)?));
                }
                ExprKind::Compare(Box::new(left), rest)
            }
            E::Call { func, args } => {
                if let (E::Name(n), true) = (&func.kind, args.is_empty()) {
                    if n == "super" && self.sc().resolve("super") == Resolution::Global {
                        if let Resolution::Deref(cell) = self.sc().resolve("__class__") {
                            let self_slot = self.sc().params.first().cloned().and_then(|p| self.sc().param_slot(&p));
                            return Ok(Expr { kind: ExprKind::SuperZero { class_cell: cell, self_slot }, span });
                        }
                    }
                }
                if let E::Attribute { value, attr } = &func.kind {
                    let obj = self.expr(value)?;
                    let name = self.intern(&attr.name);
                    let args = CallArgs::new(self.args(args)?);
                    let in_place = |e: &Expr| matches!(e.kind, ExprKind::Local(_) | ExprKind::Const(_));
                    let operands_in_place = in_place(&obj)
                        && matches!(&args, CallArgs::Positional(exprs) if exprs.len() <= 2 && exprs.iter().all(in_place));
                    let cache = Box::new(MethodCache { operands_in_place, ..Default::default() });
                    ExprKind::MethodCall(Box::new(obj), name, args, cache)
                } else {
                    ExprKind::Call(Box::new(self.expr(func)?), CallArgs::new(self.args(args)?))
                }
            }
            E::Attribute { value, attr } => {
                let v = self.expr(value)?;
                ExprKind::Attribute(Box::new(v), self.intern(&attr.name))
            }
            E::Subscript { value, index } => ExprKind::Subscript(Box::new(self.expr(value)?), Box::new(self.expr(index)?)),
            E::Starred(_) => return Err(syntax_error("can't use starred expression here", span)),
            E::Slice { lower, upper, step } => ExprKind::Slice(
                lower.as_ref().map(|x| self.expr(x).map(Box::new)).transpose()?,
                upper.as_ref().map(|x| self.expr(x).map(Box::new)).transpose()?,
                step.as_ref().map(|x| self.expr(x).map(Box::new)).transpose()?,
            ),
        };
        Ok(Expr { kind, span })
    }

    /// The closure list for a child scope: where each of its free variables
    /// lives in the current frame's cells.
    fn closure_for(&self, child: ScopeId) -> Vec<u32> {
        let child = &self.table.scopes[child];
        child
            .frees
            .iter()
            .map(|name| {
                let sc = self.sc();
                if let Some(i) = sc.cells.iter().position(|n| n == name) {
                    i as u32
                } else {
                    let i = sc.frees.iter().position(|n| n == name).expect("free variable resolved");
                    (sc.cells.len() + i) as u32
                }
            })
            .collect()
    }

    fn make_code(&mut self, id: ScopeId, name: &str, kind: CodeKind, body: Vec<Stmt>, span: Span) -> Code {
        let sc = &self.table.scopes[id];
        let qual = if self.qualname.is_empty() { name.to_string() } else { format!("{}.{}", self.qualname.join("."), name) };
        let params = ParamSpec { posonly: 0, positional: 0, kwonly: 0, vararg: false, kwarg: false, names: vec![] };
        let cellvars = sc.cells.iter().map(|n| (n.clone(), sc.param_slot(n))).collect::<Vec<_>>();
        let freevars = sc.frees.clone();
        let locals = sc.locals.clone();
        let is_generator = sc.has_yield;
        Code {
            name: self.intern(name),
            qualname: self.intern(&qual),
            kind,
            source: self.source.clone(),
            span,
            params,
            nlocals: locals.len(),
            local_names: locals.iter().map(|n| self.interner.intern(n)).collect(),
            cellvars: cellvars.into_iter().map(|(n, s)| (self.interner.intern(&n), s)).collect(),
            freevars: freevars.iter().map(|n| self.interner.intern(n)).collect(),
            body,
            is_generator,
            doc: None,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        key: usize,
        name: &str,
        params: &ast::Parameters,
        body: FuncBody,
        decorators: &[ast::Expr],
        kind: CodeKind,
        span: Span,
    ) -> CResult<FuncDef> {
        let decorators = self.exprs(decorators)?;
        let mut defaults = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &params.kwonly {
            kwdefaults.push(p.default.as_ref().map(|d| self.expr(d)).transpose()?);
        }
        let id = *self.table.by_node.get(&key).expect("function scope analysed");
        let outer = self.scope;
        self.scope = id;
        self.qualname.push(format!("{}.<locals>", name));
        let result = (|| -> CResult<(Vec<Stmt>, Option<Rc<PyStr>>)> {
            Ok(match body {
                FuncBody::Block(stmts) => {
                    let doc = docstring(stmts).map(|d| Rc::new(PyStr::new(d)));
                    (self.stmts(stmts)?, doc)
                }
                FuncBody::Expr(e) => {
                    let e = self.expr(e)?;
                    let sp = e.span;
                    (vec![Stmt { kind: StmtKind::Return(Some(e)), span: sp }], None)
                }
            })
        })();
        self.qualname.pop();
        let (stmts, doc) = match result {
            Ok(r) => r,
            Err(err) => {
                self.scope = outer;
                return Err(err);
            }
        };
        let mut code = self.make_code(id, name, kind, stmts, span);
        code.doc = doc;
        let names: Vec<Rc<PyStr>> = {
            let mut v = Vec::new();
            for p in params.posonly.iter().chain(&params.args).chain(&params.kwonly) {
                v.push(self.interner.intern(&p.name.name));
            }
            if let Some(p) = &params.vararg {
                v.push(self.interner.intern(&p.name.name));
            }
            if let Some(p) = &params.kwarg {
                v.push(self.interner.intern(&p.name.name));
            }
            v
        };
        // The scope lists params as positional, kw-only, *args, **kwargs in
        // source order of the def; slots follow the order of `scope.params`.
        code.params = ParamSpec {
            posonly: params.posonly.len(),
            positional: params.posonly.len() + params.args.len(),
            kwonly: params.kwonly.len(),
            vararg: params.vararg.is_some(),
            kwarg: params.kwarg.is_some(),
            names,
        };
        self.scope = outer;
        let closure = self.closure_for(id);
        Ok(FuncDef { code: Rc::new(code), defaults, kwdefaults, decorators, closure })
    }

    fn class(&mut self, c: &ast::ClassDef) -> CResult<ClassDef> {
        let decorators = self.exprs(&c.decorators)?;
        let bases = self.args(&c.args)?;
        let id = *self.table.by_node.get(&node_key(c)).expect("class scope analysed");
        let outer = self.scope;
        self.scope = id;
        self.qualname.push(c.name.name.clone());
        let qualname = self.qualname.join(".");
        let body = self.stmts(&c.body);
        self.qualname.pop();
        let body = match body {
            Ok(b) => b,
            Err(e) => {
                self.scope = outer;
                return Err(e);
            }
        };
        let mut code = self.make_code(id, &c.name.name, CodeKind::Class, body, c.name.span);
        code.doc = docstring(&c.body).map(|d| Rc::new(PyStr::new(d)));
        let class_cell = self.table.scopes[id].cells.iter().position(|n| n == "__class__").map(|i| i as u32);
        self.scope = outer;
        let closure = self.closure_for(id);
        Ok(ClassDef {
            name: self.intern(&c.name.name),
            qualname: self.intern(&qualname),
            bases,
            body: Rc::new(code),
            closure,
            decorators,
            class_cell,
        })
    }

    fn comprehension(&mut self, e: &ast::Expr, generators: &[ast::Comprehension], body: CompBody) -> CResult<ExprKind> {
        let first = self.expr(&generators[0].iter)?;
        let id = *self.table.by_node.get(&node_key(e)).expect("comprehension scope analysed");
        let outer = self.scope;
        self.scope = id;
        let name = match &body {
            CompBody::Yield(_) => "<genexpr>",
            CompBody::Push(CompKind::List, ..) => "<listcomp>",
            CompBody::Push(CompKind::Set, ..) => "<setcomp>",
            CompBody::Push(CompKind::Dict, ..) => "<dictcomp>",
        };
        let result = self.comp_loops(generators, 0, &body);
        let stmts = match result {
            Ok(mut s) => {
                if let CompBody::Push(..) = body {
                    s.push(Stmt { kind: StmtKind::Return(Some(Expr { kind: ExprKind::Local(1), span: e.span })), span: e.span });
                }
                s
            }
            Err(err) => {
                self.scope = outer;
                return Err(err);
            }
        };
        let mut code = self.make_code(id, name, CodeKind::Comprehension, stmts, e.span);
        code.params = ParamSpec {
            posonly: 1,
            positional: 1,
            kwonly: 0,
            vararg: false,
            kwarg: false,
            names: vec![self.interner.intern(".0")],
        };
        self.scope = outer;
        let closure = self.closure_for(id);
        let def = Box::new(FuncDef { code: Rc::new(code), defaults: vec![], kwdefaults: vec![], decorators: vec![], closure });
        Ok(match body {
            CompBody::Yield(_) => ExprKind::GeneratorExp(def, Box::new(first)),
            CompBody::Push(kind, ..) => ExprKind::Comprehension(def, Box::new(first), kind),
        })
    }

    fn comp_loops(&mut self, gens: &[ast::Comprehension], i: usize, body: &CompBody) -> CResult<Vec<Stmt>> {
        let g = &gens[i];
        let span = g.iter.span;
        let iter = if i == 0 { Expr { kind: ExprKind::Local(0), span } } else { self.expr(&g.iter)? };
        let target = self.target(&g.target)?;
        let mut inner = if i + 1 < gens.len() {
            self.comp_loops(gens, i + 1, body)?
        } else {
            match body {
                CompBody::Yield(elt) => {
                    let v = self.expr(elt)?;
                    let sp = v.span;
                    vec![Stmt { kind: StmtKind::Expr(Expr { kind: ExprKind::Yield(Some(Box::new(v))), span: sp }), span: sp }]
                }
                CompBody::Push(kind, a, b) => {
                    let a = self.expr(a)?;
                    let b = b.map(|b| self.expr(b)).transpose()?;
                    let sp = a.span;
                    vec![Stmt { kind: StmtKind::CompPush(*kind, a, b), span: sp }]
                }
            }
        };
        for cond in g.ifs.iter().rev() {
            let c = self.test(cond)?;
            let sp = c.span;
            inner = vec![Stmt { kind: StmtKind::If(c, inner, vec![]), span: sp }];
        }
        Ok(vec![Stmt { kind: StmtKind::For(target, iter, inner, vec![]), span }])
    }
}

enum FuncBody<'b> {
    Block(&'b [ast::Stmt]),
    Expr(&'b ast::Expr),
}

enum CompBody<'b> {
    Yield(&'b ast::Expr),
    Push(CompKind, &'b ast::Expr, Option<&'b ast::Expr>),
}

/// Folds `a op b` for two small-int constants, as CPython's AST optimiser
/// does (it matters beyond speed: a set display of constants iterates in
/// the order of CPython's folded frozenset). None when the result would not
/// be a small int or the operation would raise.
fn fold_int(op: ast::BinOp, a: i64, b: i64) -> Option<i64> {
    use ast::BinOp::*;
    match op {
        Add => a.checked_add(b),
        Sub => a.checked_sub(b),
        Mult => a.checked_mul(b),
        Pow if (0..=u32::MAX as i64).contains(&b) => a.checked_pow(b as u32),
        LShift if (0..63).contains(&b) => a.checked_mul(1i64.checked_shl(b as u32)?),
        RShift if (0..64).contains(&b) => Some(a >> b),
        BitAnd => Some(a & b),
        BitOr => Some(a | b),
        BitXor => Some(a ^ b),
        FloorDiv if b != 0 && !(a == i64::MIN && b == -1) => Some(num_integer::Integer::div_floor(&a, &b)),
        Mod if b != 0 && !(a == i64::MIN && b == -1) => Some(num_integer::Integer::mod_floor(&a, &b)),
        _ => None,
    }
}

fn docstring(body: &[ast::Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(ast::StmtKind::Expr(ast::Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(s)), .. })) => Some(s),
        _ => None,
    }
}
