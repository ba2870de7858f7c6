//! Private name mangling: inside a class body (and the functions in it), an
//! identifier `__spam` that does not end in `__` becomes `_Class__spam`, as
//! CPython's compiler does. It is a rewrite of the AST before scope analysis,
//! so every later stage sees the mangled names.

use crate::syntax::ast::*;

/// Rewrites private names in every class of the module.
pub fn apply(module: &mut Module) {
    for s in &mut module.body {
        stmt(s, None);
    }
}

fn mangle(name: &mut String, class: Option<&str>) {
    let Some(class) = class else { return };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return;
    }
    *name = format!("_{}{}", stripped, name);
}

fn stmts(body: &mut [Stmt], class: Option<&str>) {
    for s in body {
        stmt(s, class);
    }
}

fn params(p: &mut Parameters, class: Option<&str>) {
    let all = p.posonly.iter_mut().chain(p.args.iter_mut()).chain(p.vararg.iter_mut()).chain(p.kwonly.iter_mut()).chain(p.kwarg.iter_mut());
    for param in all {
        mangle(&mut param.name.name, class);
        if let Some(a) = &mut param.annotation {
            expr(a, class);
        }
        if let Some(d) = &mut param.default {
            expr(d, class);
        }
    }
}

fn stmt(s: &mut Stmt, class: Option<&str>) {
    match &mut s.kind {
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Assign { targets, value } => {
            for t in targets {
                expr(t, class);
            }
            expr(value, class);
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(target, class);
            expr(value, class);
        }
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            expr(target, class);
            expr(annotation, class);
            if let Some(v) = value {
                expr(v, class);
            }
        }
        StmtKind::Delete(ts) => {
            for t in ts {
                expr(t, class);
            }
        }
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        StmtKind::Return(e) => {
            if let Some(e) = e {
                expr(e, class);
            }
        }
        StmtKind::Raise { exc, cause } => {
            for e in [exc, cause].into_iter().flatten() {
                expr(e, class);
            }
        }
        StmtKind::Assert { test, msg } => {
            expr(test, class);
            if let Some(m) = msg {
                expr(m, class);
            }
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            for n in names {
                mangle(&mut n.name, class);
            }
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(test, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::For { target, iter, body, orelse } => {
            expr(target, class);
            expr(iter, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::FunctionDef(f) => {
            mangle(&mut f.name.name, class);
            for d in &mut f.decorators {
                expr(d, class);
            }
            params(&mut f.params, class);
            if let Some(r) = &mut f.returns {
                expr(r, class);
            }
            stmts(&mut f.body, class);
        }
        StmtKind::ClassDef(c) => {
            // The class name itself is mangled by the enclosing class; its
            // body uses its own name.
            mangle(&mut c.name.name, class);
            for d in &mut c.decorators {
                expr(d, class);
            }
            for a in &mut c.args {
                arg(a, class);
            }
            let own = c.name.name.clone();
            stmts(&mut c.body, Some(&own));
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            stmts(body, class);
            for h in handlers {
                if let Some(t) = &mut h.typ {
                    expr(t, class);
                }
                if let Some(n) = &mut h.name {
                    mangle(&mut n.name, class);
                }
                stmts(&mut h.body, class);
            }
            stmts(orelse, class);
            stmts(finalbody, class);
        }
        StmtKind::With { items, body } => {
            for it in items {
                expr(&mut it.context, class);
                if let Some(t) = &mut it.target {
                    expr(t, class);
                }
            }
            stmts(body, class);
        }
        StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
            for a in aliases {
                if let Some(n) = &mut a.asname {
                    mangle(&mut n.name, class);
                }
            }
        }
    }
}

fn arg(a: &mut Arg, class: Option<&str>) {
    match a {
        Arg::Positional(e) | Arg::Starred(e) | Arg::DoubleStarred(e) => expr(e, class),
        Arg::Keyword(n, e) => {
            mangle(&mut n.name, class);
            expr(e, class);
        }
    }
}

fn comprehensions(gens: &mut [Comprehension], class: Option<&str>) {
    for g in gens {
        expr(&mut g.target, class);
        expr(&mut g.iter, class);
        for c in &mut g.ifs {
            expr(c, class);
        }
    }
}

fn fstring(parts: &mut [FStringPart], class: Option<&str>) {
    for p in parts {
        if let FStringPart::Field(f) = p {
            expr(&mut f.expr, class);
            if let Some(spec) = &mut f.format_spec {
                fstring(spec, class);
            }
        }
    }
}

fn expr(e: &mut Expr, class: Option<&str>) {
    // Expressions cannot contain a class statement: outside a class there
    // is nothing to rewrite in them.
    if class.is_none() {
        return;
    }
    match &mut e.kind {
        ExprKind::Name(n) => mangle(n, class),
        ExprKind::Constant(_) => {}
        ExprKind::FString(parts) => fstring(parts, class),
        ExprKind::BoolOp { values, .. } => {
            for v in values {
                expr(v, class);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            mangle(&mut target.name, class);
            expr(value, class);
        }
        ExprKind::BinOp { left, right, .. } => {
            expr(left, class);
            expr(right, class);
        }
        ExprKind::UnaryOp { operand, .. } => expr(operand, class),
        ExprKind::Lambda { params: p, body } => {
            params(p, class);
            expr(body, class);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, class);
            expr(body, class);
            expr(orelse, class);
        }
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => {
                        expr(k, class);
                        expr(v, class);
                    }
                    DictItem::Unpack(m) => expr(m, class),
                }
            }
        }
        ExprKind::Set(xs) | ExprKind::List(xs) | ExprKind::Tuple(xs) => {
            for x in xs {
                expr(x, class);
            }
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, class);
            comprehensions(generators, class);
        }
        ExprKind::DictComp { key, value, generators } => {
            expr(key, class);
            expr(value, class);
            comprehensions(generators, class);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, class),
        ExprKind::Compare { left, comparators, .. } => {
            expr(left, class);
            for c in comparators {
                expr(c, class);
            }
        }
        ExprKind::Call { func, args } => {
            expr(func, class);
            for a in args {
                arg(a, class);
            }
        }
        ExprKind::Attribute { value, attr } => {
            expr(value, class);
            mangle(&mut attr.name, class);
        }
        ExprKind::Subscript { value, index } => {
            expr(value, class);
            expr(index, class);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                expr(x, class);
            }
        }
    }
}
