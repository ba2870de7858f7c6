//! Scope analysis: which names each function, class and comprehension binds,
//! and for every name read, where it lives (local slot, cell, global).
//!
//! Mirrors CPython's symtable: a first walk records bindings, `global`/
//! `nonlocal` declarations and uses per scope; `resolve` then decides, for
//! each scope, its locals, its cells (locals captured by inner functions) and
//! its free variables (captured from outer functions). Class scopes are not
//! visible from the functions nested in them, except for `__class__`, which
//! zero-argument `super()` needs.

use std::collections::{HashMap, HashSet};

use crate::compile::ir::CodeKind;
use crate::syntax::ast::*;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

pub type ScopeId = usize;

#[derive(Default)]
struct NameSet {
    order: Vec<String>,
    set: HashSet<String>,
}

impl NameSet {
    fn add(&mut self, name: &str) {
        if !self.set.contains(name) {
            self.set.insert(name.to_string());
            self.order.push(name.to_string());
        }
    }
    fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }
}

pub struct Scope {
    pub kind: CodeKind,
    pub parent: Option<ScopeId>,
    pub params: Vec<String>,
    bound: NameSet,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    used: NameSet,
    pub has_yield: bool,
    /// Resolved: names bound here and captured by inner scopes.
    pub cells: Vec<String>,
    /// Resolved: names captured from enclosing function scopes.
    pub frees: Vec<String>,
    /// Resolved: plain local names (parameters first).
    pub locals: Vec<String>,
}

/// Where a name lives, as seen from one scope.
#[derive(Clone, Debug, PartialEq)]
pub enum Resolution {
    Local(u32),
    /// Index into the frame's cells (cellvars, then freevars).
    Deref(u32),
    Global,
    /// A class body: the namespace, then globals/builtins.
    ClassName,
    /// A class body reading a free variable: the namespace, then the cell.
    ClassDeref(u32),
}

impl Scope {
    fn new(kind: CodeKind, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            parent,
            params: Vec::new(),
            bound: NameSet::default(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            used: NameSet::default(),
            has_yield: false,
            cells: Vec::new(),
            frees: Vec::new(),
            locals: Vec::new(),
        }
    }

    fn is_function_like(&self) -> bool {
        matches!(self.kind, CodeKind::Function | CodeKind::Lambda | CodeKind::Comprehension)
    }

    /// Bound here as a local (or cell) of this scope.
    fn binds(&self, name: &str) -> bool {
        (self.bound.contains(name) || self.params.iter().any(|p| p == name))
            && !self.globals.contains(name)
            && !self.nonlocals.contains(name)
    }

    pub fn resolve(&self, name: &str) -> Resolution {
        match self.kind {
            CodeKind::Module => Resolution::Global,
            CodeKind::Class => {
                if !self.binds(name) && !self.globals.contains(name) {
                    if let Some(i) = self.frees.iter().position(|n| n == name) {
                        return Resolution::ClassDeref((self.cells.len() + i) as u32);
                    }
                }
                if self.globals.contains(name) {
                    Resolution::Global
                } else {
                    Resolution::ClassName
                }
            }
            _ => {
                if let Some(i) = self.cells.iter().position(|n| n == name) {
                    return Resolution::Deref(i as u32);
                }
                if let Some(i) = self.frees.iter().position(|n| n == name) {
                    return Resolution::Deref((self.cells.len() + i) as u32);
                }
                if let Some(i) = self.locals.iter().position(|n| n == name) {
                    return Resolution::Local(i as u32);
                }
                Resolution::Global
            }
        }
    }

    /// The slot of a parameter, which is always a local slot.
    pub fn param_slot(&self, name: &str) -> Option<u32> {
        self.params.iter().position(|p| p == name).map(|i| i as u32)
    }
}

pub struct ScopeTable {
    pub scopes: Vec<Scope>,
    /// Scope of each function/lambda/class/comprehension node, by address.
    pub by_node: HashMap<usize, ScopeId>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    current: ScopeId,
    errors: Vec<SyntaxError>,
    _src: &'a str,
}

pub fn analyze(module: &Module, src: &str) -> Result<ScopeTable, SyntaxError> {
    let mut b = Builder {
        scopes: vec![Scope::new(CodeKind::Module, None)],
        by_node: HashMap::new(),
        current: 0,
        errors: Vec::new(),
        _src: src,
    };
    for s in &module.body {
        b.stmt(s);
    }
    if let Some(e) = b.errors.into_iter().next() {
        return Err(e);
    }
    let mut table = ScopeTable { scopes: b.scopes, by_node: b.by_node };
    resolve_all(&mut table)?;
    Ok(table)
}

fn error(message: String, span: Span) -> SyntaxError {
    SyntaxError { kind: SyntaxErrorKind::SyntaxError, message, span, help: None, incomplete: false }
}

impl<'a> Builder<'a> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    fn push(&mut self, kind: CodeKind, key: usize) -> ScopeId {
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, Some(self.current)));
        self.by_node.insert(key, id);
        self.current = id;
        id
    }

    fn bind(&mut self, name: &str) {
        self.scope().bound.add(name);
    }

    fn use_name(&mut self, name: &str) {
        self.scope().used.add(name);
    }

    fn declare(&mut self, names: &[Ident], global: bool, span: Span) {
        for n in names {
            let sc = &self.scopes[self.current];
            let (kind, what) = if global { ("global", "assigned to") } else { ("nonlocal", "assigned to") };
            let _ = what;
            if sc.params.iter().any(|p| p == &n.name) {
                self.errors.push(error(format!("name '{}' is parameter and {}", n.name, kind), n.span));
                continue;
            }
            if sc.used.contains(&n.name) && !sc.globals.contains(&n.name) && !sc.nonlocals.contains(&n.name) {
                let m = if sc.bound.contains(&n.name) {
                    format!("name '{}' is assigned to before {} declaration", n.name, kind)
                } else {
                    format!("name '{}' is used prior to {} declaration", n.name, kind)
                };
                self.errors.push(error(m, n.span));
                continue;
            }
            if !global && sc.kind == CodeKind::Module {
                self.errors.push(error("nonlocal declaration not allowed at module level".into(), span));
                continue;
            }
            let sc = self.scope();
            if global {
                sc.globals.insert(n.name.clone());
            } else {
                sc.nonlocals.insert(n.name.clone());
            }
        }
    }

    fn body(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                if self.scopes[self.current].kind != CodeKind::Function {
                    self.expr(annotation);
                }
                if value.is_some() || !matches!(target.kind, ExprKind::Name(_)) {
                    self.target(target);
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local in a function.
                    self.bind(n);
                }
            }
            StmtKind::Delete(ts) => {
                for t in ts {
                    self.target(t);
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(e) = cause {
                    self.expr(e);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Global(names) => self.declare(names, true, s.span),
            StmtKind::Nonlocal(names) => self.declare(names, false, s.span),
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::For { target, iter, body, orelse } => {
                self.expr(iter);
                self.target(target);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.param_defaults(&f.params);
                self.annotations(&f.params, f.returns.as_ref());
                self.bind(&f.name.name);
                let parent = self.current;
                self.push(CodeKind::Function, node_key(&**f));
                self.params(&f.params);
                self.body(&f.body);
                self.current = parent;
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for a in &c.args {
                    self.arg(a);
                }
                self.bind(&c.name.name);
                let parent = self.current;
                self.push(CodeKind::Class, node_key(&**c));
                self.body(&c.body);
                self.current = parent;
            }
            StmtKind::Try { body, handlers, orelse, finalbody } => {
                self.body(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name);
                    }
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.body(body);
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    match &a.asname {
                        Some(n) => self.bind(&n.name),
                        None => {
                            let top = a.name.split('.').next().unwrap_or(&a.name).to_string();
                            self.bind(&top)
                        }
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        continue;
                    }
                    let n = a.asname.as_ref().map(|n| n.name.clone()).unwrap_or_else(|| a.name.clone());
                    self.bind(&n);
                }
            }
        }
    }

    fn param_defaults(&mut self, p: &Parameters) {
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            if let Some(d) = &param.default {
                self.expr(d);
            }
        }
    }

    fn annotations(&mut self, p: &Parameters, returns: Option<&Expr>) {
        let all = p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg);
        for param in all {
            if let Some(a) = &param.annotation {
                self.expr(a);
            }
        }
        if let Some(r) = returns {
            self.expr(r);
        }
    }

    fn params(&mut self, p: &Parameters) {
        let mut names: Vec<&Ident> = Vec::new();
        for param in p.posonly.iter().chain(&p.args).chain(&p.kwonly) {
            names.push(&param.name);
        }
        if let Some(v) = &p.vararg {
            names.push(&v.name);
        }
        if let Some(k) = &p.kwarg {
            names.push(&k.name);
        }
        let mut seen = HashSet::new();
        for n in names {
            if !seen.insert(n.name.clone()) {
                self.errors.push(error(format!("duplicate argument '{}' in function definition", n.name), n.span));
            }
            self.scope().params.push(n.name.clone());
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => self.expr(e),
        }
    }

    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(t),
        }
    }

    fn comprehension(&mut self, node: &Expr, generators: &[Comprehension], elts: &[&Expr]) {
        // The first iterable is evaluated in the enclosing scope.
        if let Some(first) = generators.first() {
            self.expr(&first.iter);
        }
        let parent = self.current;
        self.push(CodeKind::Comprehension, node_key(node));
        self.scope().params.push(".0".into());
        // Slot 1 holds the list/set/dict being built.
        self.bind(".acc");
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for cond in &g.ifs {
                self.expr(cond);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.current = parent;
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" {
                    self.use_name("__class__");
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                // `:=` in a comprehension binds in the nearest enclosing
                // non-comprehension scope.
                let mut id = self.current;
                while self.scopes[id].kind == CodeKind::Comprehension {
                    let name = target.name.clone();
                    let parent = self.scopes[id].parent.unwrap();
                    if self.scopes[parent].kind == CodeKind::Class {
                        self.errors.push(error(
                            "assignment expression within a comprehension cannot be used in a class body".into(),
                            e.span,
                        ));
                        return;
                    }
                    let is_module = self.scopes[parent].kind == CodeKind::Module;
                    if is_module {
                        self.scopes[id].globals.insert(name);
                    } else {
                        self.scopes[id].nonlocals.insert(name);
                    }
                    id = parent;
                }
                self.scopes[id].bound.add(&target.name);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params);
                let parent = self.current;
                self.push(CodeKind::Lambda, node_key(e));
                self.params(params);
                self.expr(body);
                self.current = parent;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict(items) => {
                for it in items {
                    match it {
                        DictItem::Pair(k, v) => {
                            self.expr(k);
                            self.expr(v);
                        }
                        DictItem::Unpack(m) => self.expr(m),
                    }
                }
            }
            ExprKind::Set(xs) | ExprKind::List(xs) | ExprKind::Tuple(xs) => {
                for x in xs {
                    self.expr(x);
                }
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[elt]);
                if matches!(e.kind, ExprKind::GeneratorExp { .. }) {
                    if let Some(&id) = self.by_node.get(&node_key(e)) {
                        self.scopes[id].has_yield = true;
                    }
                }
            }
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value]),
            ExprKind::Yield(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
                self.mark_yield(e.span);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v);
                self.mark_yield(e.span);
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                for c in comparators {
                    self.expr(c);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Starred(v) => self.expr(v),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
        }
    }

    fn mark_yield(&mut self, span: Span) {
        let sc = self.scope();
        match sc.kind {
            CodeKind::Function | CodeKind::Lambda => sc.has_yield = true,
            CodeKind::Comprehension => {
                self.errors.push(error("'yield' inside list comprehension".into(), span));
            }
            _ => self.errors.push(error("'yield' outside function".into(), span)),
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field(f) = p {
                self.expr(&f.expr);
                if let Some(spec) = &f.format_spec {
                    self.fstring(spec);
                }
            }
        }
    }
}

/// Decides locals, cells and frees of every scope.
fn resolve_all(t: &mut ScopeTable) -> Result<(), SyntaxError> {
    // Every name a scope reads or declares nonlocal that it does not bind:
    // find the function scope that binds it.
    for id in 0..t.scopes.len() {
        let sc = &t.scopes[id];
        if sc.kind == CodeKind::Module {
            continue;
        }
        let mut wanted: Vec<(String, bool)> = Vec::new();
        for n in &sc.used.order {
            if !sc.binds(n) && !sc.globals.contains(n) {
                wanted.push((n.clone(), sc.nonlocals.contains(n)));
            }
        }
        let mut nl: Vec<&String> = sc.nonlocals.iter().collect();
        nl.sort();
        for n in nl {
            if !sc.used.contains(n) {
                wanted.push((n.clone(), true));
            }
        }
        for (name, is_nonlocal) in wanted {
            let mut chain = vec![id];
            let mut cur = t.scopes[id].parent;
            let mut found = None;
            while let Some(a) = cur {
                let s = &t.scopes[a];
                if s.kind == CodeKind::Module {
                    break;
                }
                if s.kind == CodeKind::Class {
                    if name == "__class__" {
                        found = Some(a);
                        break;
                    }
                    chain.push(a);
                    cur = s.parent;
                    continue;
                }
                if s.globals.contains(&name) {
                    break;
                }
                if s.binds(&name) {
                    found = Some(a);
                    break;
                }
                chain.push(a);
                cur = s.parent;
            }
            match found {
                Some(owner) => {
                    if !t.scopes[owner].cells.contains(&name) {
                        t.scopes[owner].cells.push(name.clone());
                    }
                    for &s in &chain {
                        if !t.scopes[s].frees.contains(&name) {
                            t.scopes[s].frees.push(name.clone());
                        }
                    }
                }
                None if is_nonlocal => {
                    return Err(error(format!("no binding for nonlocal '{}' found", name), Span::default()));
                }
                None => {}
            }
        }
    }
    // Class scopes that provide `__class__` bind it only as a cell.
    for sc in &mut t.scopes {
        if sc.is_function_like() {
            let mut locals: Vec<String> = sc.params.clone();
            for n in &sc.bound.order {
                if !locals.contains(n) && !sc.globals.contains(n) && !sc.nonlocals.contains(n) && !sc.cells.contains(n)
                {
                    locals.push(n.clone());
                }
            }
            sc.locals = locals;
        }
    }
    Ok(())
}
