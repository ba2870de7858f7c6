//! Checks CPython makes after parsing (in its symtable and compiler):
//! `return`/`yield` outside a function, `break` and `continue` outside a
//! loop, `nonlocal` at module level or without a binding in an enclosing
//! function, a name that is both a parameter and global, and `yield` inside
//! a comprehension.
//!
//! Recursion here is bounded: expressions are at most
//! [`MAX_EXPR_DEPTH`](super::parser::MAX_EXPR_DEPTH) deep and blocks at most
//! [`MAX_INDENT`](super::layout::MAX_INDENT) deep.

use std::collections::HashSet;

use super::ast::*;
use super::parser::err;
use super::SyntaxError;

/// The names bound in the enclosing function scopes (innermost first), as a
/// linked list on the stack.
struct Scope<'s> {
    names: HashSet<&'s str>,
    parent: Option<&'s Scope<'s>>,
}

#[derive(Clone, Copy)]
struct Cx<'p> {
    scope: Option<&'p Scope<'p>>,
    in_func: bool,
    in_loop: bool,
    at_module: bool,
    /// Inside a comprehension (its name for messages).
    comp: Option<&'static str>,
    params: Option<&'p Parameters>,
}

type R = Result<(), SyntaxError>;

fn e(msg: impl Into<String>, s: Span) -> SyntaxError {
    err(msg, s.start as usize, s.end as usize)
}

pub fn check_module(m: &Module) -> R {
    let cx = Cx { scope: None, in_func: false, in_loop: false, at_module: true, comp: None, params: None };
    stmts(&m.body, cx)
}

pub fn check_expr(x: &Expr) -> R {
    let cx = Cx { scope: None, in_func: false, in_loop: false, at_module: true, comp: None, params: None };
    expr(x, cx)
}

fn stmts(ss: &[Stmt], cx: Cx) -> R {
    ss.iter().try_for_each(|s| stmt(s, cx))
}

fn opt(x: &Option<Expr>, cx: Cx) -> R {
    match x {
        Some(x) => expr(x, cx),
        None => Ok(()),
    }
}

fn params(p: &Parameters, cx: Cx) -> R {
    for prm in p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg) {
        opt(&prm.annotation, cx)?;
        opt(&prm.default, cx)?;
    }
    Ok(())
}

fn param_names(p: &Parameters) -> impl Iterator<Item = &str> {
    p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg).map(|p| p.name.name.as_str())
}

fn stmt(s: &Stmt, cx: Cx) -> R {
    match &s.kind {
        StmtKind::Expr(x) => expr(x, cx),
        StmtKind::Assign { targets, value } => {
            targets.iter().try_for_each(|t| expr(t, cx))?;
            expr(value, cx)
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, cx)?;
            expr(value, cx)
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            expr(target, cx)?;
            expr(annotation, cx)?;
            opt(value, cx)
        }
        StmtKind::Delete(v) => v.iter().try_for_each(|t| expr(t, cx)),
        StmtKind::Pass => Ok(()),
        StmtKind::Break => {
            if cx.in_loop {
                Ok(())
            } else {
                Err(e("'break' outside loop", s.span))
            }
        }
        StmtKind::Continue => {
            if cx.in_loop {
                Ok(())
            } else {
                Err(e("'continue' not properly in loop", s.span))
            }
        }
        StmtKind::Return(v) => {
            if !cx.in_func {
                return Err(e("'return' outside function", s.span));
            }
            opt(v, cx)
        }
        StmtKind::Raise { exc, cause } => {
            opt(exc, cx)?;
            opt(cause, cx)
        }
        StmtKind::Assert { test, msg } => {
            expr(test, cx)?;
            opt(msg, cx)
        }
        StmtKind::Global(names) => {
            if let Some(p) = cx.params {
                for n in names {
                    if param_names(p).any(|m| m == n.name) {
                        return Err(e(format!("name '{}' is parameter and global", n.name), s.span));
                    }
                }
            }
            Ok(())
        }
        StmtKind::Nonlocal(names) => {
            if cx.at_module {
                return Err(e("nonlocal declaration not allowed at module level", s.span));
            }
            for n in names {
                // Directly in a function, its own scope does not count; in a
                // class body, the innermost function is an enclosing scope.
                let mut sc = if cx.in_func { cx.scope.and_then(|s| s.parent) } else { cx.scope };
                let mut found = false;
                while let Some(s) = sc {
                    if s.names.contains(n.name.as_str()) {
                        found = true;
                        break;
                    }
                    sc = s.parent;
                }
                if !found {
                    return Err(e(format!("no binding for nonlocal '{}' found", n.name), s.span));
                }
            }
            Ok(())
        }
        StmtKind::If { test, body, orelse } => {
            expr(test, cx)?;
            stmts(body, cx)?;
            stmts(orelse, cx)
        }
        StmtKind::While { test, body, orelse } => {
            expr(test, cx)?;
            stmts(body, Cx { in_loop: true, ..cx })?;
            stmts(orelse, cx)
        }
        StmtKind::For { target, iter, body, orelse } => {
            expr(target, cx)?;
            expr(iter, cx)?;
            stmts(body, Cx { in_loop: true, ..cx })?;
            stmts(orelse, cx)
        }
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().try_for_each(|d| expr(d, cx))?;
            params(&f.params, cx)?;
            opt(&f.returns, cx)?;
            let scope = Scope { names: function_bindings(&f.params, &f.body, None), parent: cx.scope };
            let inner = Cx {
                scope: Some(&scope),
                in_func: true,
                in_loop: false,
                at_module: false,
                comp: None,
                params: Some(&f.params),
            };
            stmts(&f.body, inner)
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().try_for_each(|d| expr(d, cx))?;
            for a in &c.args {
                arg(a, cx)?;
            }
            // A class body is not a function scope: `nonlocal` there looks
            // past it, to the enclosing functions.
            let inner = Cx { in_func: false, in_loop: false, at_module: false, comp: None, params: None, ..cx };
            stmts(&c.body, inner)
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts(body, cx)?;
            for h in handlers {
                opt(&h.typ, cx)?;
                stmts(&h.body, cx)?;
            }
            stmts(orelse, cx)?;
            stmts(finalbody, cx)
        }
        StmtKind::With { items, body } => {
            for it in items {
                expr(&it.context, cx)?;
                opt(&it.target, cx)?;
            }
            stmts(body, cx)
        }
        StmtKind::Import(_) | StmtKind::ImportFrom { .. } => Ok(()),
    }
}

fn arg(a: &Arg, cx: Cx) -> R {
    match a {
        Arg::Positional(x) | Arg::Starred(x) | Arg::Keyword(_, x) | Arg::DoubleStarred(x) => expr(x, cx),
    }
}

fn comprehension(name: &'static str, elts: &[&Expr], gens: &[Comprehension], cx: Cx) -> R {
    // The first iterable is evaluated in the enclosing scope.
    let inner = Cx { comp: Some(name), ..cx };
    for (i, g) in gens.iter().enumerate() {
        expr(&g.iter, if i == 0 { cx } else { inner })?;
        expr(&g.target, inner)?;
        g.ifs.iter().try_for_each(|x| expr(x, inner))?;
    }
    elts.iter().try_for_each(|x| expr(x, inner))
}

fn parts(ps: &[FStringPart], cx: Cx) -> R {
    for p in ps {
        if let FStringPart::Field(f) = p {
            expr(&f.expr, cx)?;
            if let Some(spec) = &f.format_spec {
                parts(spec, cx)?;
            }
        }
    }
    Ok(())
}

fn expr(x: &Expr, cx: Cx) -> R {
    match &x.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => Ok(()),
        ExprKind::FString(ps) => parts(ps, cx),
        ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| expr(v, cx)),
        ExprKind::NamedExpr { value, .. } => expr(value, cx),
        ExprKind::BinOp { left, right, .. } => {
            expr(left, cx)?;
            expr(right, cx)
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, cx),
        ExprKind::Lambda { params: p, body } => {
            params(p, cx)?;
            let scope = Scope { names: function_bindings(p, &[], Some(body)), parent: cx.scope };
            let inner =
                Cx { scope: Some(&scope), in_func: true, in_loop: false, at_module: false, comp: None, params: Some(p) };
            expr(body, inner)
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, cx)?;
            expr(body, cx)?;
            expr(orelse, cx)
        }
        ExprKind::Dict(items) => items.iter().try_for_each(|it| match it {
            DictItem::Pair(k, v) => expr(k, cx).and_then(|_| expr(v, cx)),
            DictItem::Unpack(v) => expr(v, cx),
        }),
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().try_for_each(|i| expr(i, cx)),
        ExprKind::ListComp { elt, generators } => comprehension("list comprehension", &[elt], generators, cx),
        ExprKind::SetComp { elt, generators } => comprehension("set comprehension", &[elt], generators, cx),
        ExprKind::GeneratorExp { elt, generators } => {
            comprehension("generator expression", &[elt], generators, cx)
        }
        ExprKind::DictComp { key, value, generators } => {
            comprehension("dict comprehension", &[key, value], generators, cx)
        }
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
            if let Some(c) = cx.comp {
                return Err(e(format!("'yield' inside {}", c), x.span));
            }
            if !cx.in_func {
                return Err(e("'yield' outside function", x.span));
            }
            match &x.kind {
                ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => expr(v, cx),
                _ => Ok(()),
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            expr(left, cx)?;
            comparators.iter().try_for_each(|c| expr(c, cx))
        }
        ExprKind::Call { func, args } => {
            expr(func, cx)?;
            args.iter().try_for_each(|a| arg(a, cx))
        }
        ExprKind::Attribute { value, .. } => expr(value, cx),
        ExprKind::Subscript { value, index } => {
            expr(value, cx)?;
            expr(index, cx)
        }
        ExprKind::Starred(v) => expr(v, cx),
        ExprKind::Slice { lower, upper, step } => {
            for v in [lower, upper, step].into_iter().flatten() {
                expr(v, cx)?;
            }
            Ok(())
        }
    }
}

// ------------------------------------------------------------------ bindings

/// The names a function binds locally (parameters, assignment targets,
/// imports, nested def/class names, `nonlocal` declarations, walrus targets),
/// not descending into nested functions. `global` names are not bindings.
fn function_bindings<'a>(p: &'a Parameters, body: &'a [Stmt], lambda_body: Option<&'a Expr>) -> HashSet<&'a str> {
    let mut names = HashSet::new();
    for n in param_names(p) {
        names.insert(n);
    }
    let mut globals = HashSet::new();
    for s in body {
        bind_stmt(s, &mut names, &mut globals);
    }
    if let Some(b) = lambda_body {
        bind_walrus(b, &mut names);
    }
    for g in globals {
        names.remove(g);
    }
    names
}

fn bind_target<'a>(t: &'a Expr, names: &mut HashSet<&'a str>) {
    match &t.kind {
        ExprKind::Name(n) => {
            names.insert(n.as_str());
        }
        ExprKind::Tuple(v) | ExprKind::List(v) => v.iter().for_each(|x| bind_target(x, names)),
        ExprKind::Starred(x) => bind_target(x, names),
        _ => bind_walrus(t, names),
    }
}

/// Walrus targets inside an expression (comprehensions included, lambdas not).
fn bind_walrus<'a>(x: &'a Expr, names: &mut HashSet<&'a str>) {
    match &x.kind {
        ExprKind::NamedExpr { target, value } => {
            names.insert(target.name.as_str());
            bind_walrus(value, names);
        }
        ExprKind::Lambda { .. } | ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::BoolOp { values: v, .. }
        | ExprKind::Set(v)
        | ExprKind::List(v)
        | ExprKind::Tuple(v) => v.iter().for_each(|e| bind_walrus(e, names)),
        ExprKind::BinOp { left, right, .. } => {
            bind_walrus(left, names);
            bind_walrus(right, names);
        }
        ExprKind::UnaryOp { operand: e, .. }
        | ExprKind::Starred(e)
        | ExprKind::YieldFrom(e)
        | ExprKind::Attribute { value: e, .. } => bind_walrus(e, names),
        ExprKind::Yield(e) => {
            if let Some(e) = e {
                bind_walrus(e, names)
            }
        }
        ExprKind::IfExp { test, body, orelse } => {
            bind_walrus(test, names);
            bind_walrus(body, names);
            bind_walrus(orelse, names);
        }
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => {
                        bind_walrus(k, names);
                        bind_walrus(v, names);
                    }
                    DictItem::Unpack(v) => bind_walrus(v, names),
                }
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            bind_walrus(elt, names);
            for g in generators {
                bind_walrus(&g.iter, names);
                g.ifs.iter().for_each(|i| bind_walrus(i, names));
            }
        }
        ExprKind::DictComp { key, value, generators } => {
            bind_walrus(key, names);
            bind_walrus(value, names);
            for g in generators {
                bind_walrus(&g.iter, names);
                g.ifs.iter().for_each(|i| bind_walrus(i, names));
            }
        }
        ExprKind::Compare { left, comparators, .. } => {
            bind_walrus(left, names);
            comparators.iter().for_each(|c| bind_walrus(c, names));
        }
        ExprKind::Call { func, args } => {
            bind_walrus(func, names);
            for a in args {
                match a {
                    Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => {
                        bind_walrus(e, names)
                    }
                }
            }
        }
        ExprKind::Subscript { value, index } => {
            bind_walrus(value, names);
            bind_walrus(index, names);
        }
        ExprKind::Slice { lower, upper, step } => {
            for e in [lower, upper, step].into_iter().flatten() {
                bind_walrus(e, names);
            }
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FStringPart::Field(f) = p {
                    bind_walrus(&f.expr, names);
                }
            }
        }
    }
}

fn bind_stmt<'a>(s: &'a Stmt, names: &mut HashSet<&'a str>, globals: &mut HashSet<&'a str>) {
    let block = |b: &'a [Stmt], names: &mut HashSet<&'a str>, globals: &mut HashSet<&'a str>| {
        b.iter().for_each(|s| bind_stmt(s, names, globals))
    };
    match &s.kind {
        StmtKind::Expr(x) => bind_walrus(x, names),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|t| bind_target(t, names));
            bind_walrus(value, names);
        }
        StmtKind::AugAssign { target, value, .. } => {
            bind_target(target, names);
            bind_walrus(value, names);
        }
        StmtKind::AnnAssign { target, value, .. } => {
            bind_target(target, names);
            if let Some(v) = value {
                bind_walrus(v, names);
            }
        }
        StmtKind::Delete(v) => v.iter().for_each(|t| bind_target(t, names)),
        StmtKind::Return(Some(x)) => bind_walrus(x, names),
        StmtKind::Global(v) => v.iter().for_each(|n| {
            globals.insert(n.name.as_str());
        }),
        StmtKind::Nonlocal(v) => v.iter().for_each(|n| {
            names.insert(n.name.as_str());
        }),
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            bind_walrus(test, names);
            block(body, names, globals);
            block(orelse, names, globals);
        }
        StmtKind::For { target, iter, body, orelse } => {
            bind_target(target, names);
            bind_walrus(iter, names);
            block(body, names, globals);
            block(orelse, names, globals);
        }
        StmtKind::FunctionDef(f) => {
            names.insert(f.name.name.as_str());
        }
        StmtKind::ClassDef(c) => {
            names.insert(c.name.name.as_str());
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            block(body, names, globals);
            for h in handlers {
                if let Some(n) = &h.name {
                    names.insert(n.name.as_str());
                }
                block(&h.body, names, globals);
            }
            block(orelse, names, globals);
            block(finalbody, names, globals);
        }
        StmtKind::With { items, body } => {
            for it in items {
                bind_walrus(&it.context, names);
                if let Some(t) = &it.target {
                    bind_target(t, names);
                }
            }
            block(body, names, globals);
        }
        StmtKind::Import(v) => v.iter().for_each(|a| {
            match &a.asname {
                Some(n) => names.insert(n.name.as_str()),
                None => names.insert(a.name.split('.').next().unwrap_or("")),
            };
        }),
        StmtKind::ImportFrom { names: v, .. } => v.iter().for_each(|a| {
            match &a.asname {
                Some(n) => {
                    names.insert(n.name.as_str());
                }
                None if a.name != "*" => {
                    names.insert(a.name.as_str());
                }
                None => {}
            };
        }),
        _ => {}
    }
}
