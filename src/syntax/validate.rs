//! Checks CPython makes after parsing (in its symtable and compiler) that
//! need no name resolution: `return`/`yield` outside a function, `break` and
//! `continue` outside a loop, `nonlocal` at module level, a name that is both
//! a parameter and global, and `yield` inside a comprehension.
//!
//! Recursion here is bounded: expressions are at most
//! [`MAX_EXPR_DEPTH`](super::parser::MAX_EXPR_DEPTH) deep and blocks at most
//! [`MAX_INDENT`](super::layout::MAX_INDENT) deep.

use super::ast::*;
use super::parser::err;
use super::SyntaxError;

#[derive(Clone, Copy)]
struct Cx<'p> {
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
    let cx = Cx { in_func: false, in_loop: false, at_module: true, comp: None, params: None };
    stmts(&m.body, cx)
}

pub fn check_expr(x: &Expr) -> R {
    let cx = Cx { in_func: false, in_loop: false, at_module: true, comp: None, params: None };
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
        StmtKind::Nonlocal(_) => {
            if cx.at_module {
                return Err(e("nonlocal declaration not allowed at module level", s.span));
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
            let inner =
                Cx { in_func: true, in_loop: false, at_module: false, comp: None, params: Some(&f.params) };
            stmts(&f.body, inner)
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter().try_for_each(|d| expr(d, cx))?;
            for a in &c.args {
                arg(a, cx)?;
            }
            let inner = Cx { in_func: false, in_loop: false, at_module: false, comp: None, params: None };
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
            let inner = Cx { in_func: true, in_loop: false, at_module: false, comp: None, params: Some(p) };
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
