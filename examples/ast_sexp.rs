//! Prints a file's AST as S-expressions (one statement per line), in the same
//! format as tools/ast_sexp.py prints CPython's `ast`, so the two can be
//! diffed: `cargo run --example ast_sexp FILE > a; python3 tools/ast_sexp.py FILE > b; diff a b`.

use dictpy::syntax::ast::*;

fn s(v: &str) -> String {
    let mut o = String::from("\"");
    for c in v.chars() {
        if c.is_ascii_alphanumeric() || " _.,:;!?-+*/=<>()[]{}'".contains(c) {
            o.push(c);
        } else {
            o += &format!("\\u{:x}", c as u32);
        }
    }
    o + "\""
}

fn fl(f: f64) -> String {
    format!("f{:016x}", f.to_bits())
}

fn ex(e: &Expr) -> String {
    e_(e)
}

fn list(v: &[Expr]) -> String {
    v.iter().map(ex).collect::<Vec<_>>().join(" ")
}

fn opt(e: &Option<Expr>) -> String {
    e.as_ref().map(ex).unwrap_or_else(|| "_".into())
}

fn optb(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map(|e| ex(e)).unwrap_or_else(|| "_".into())
}

fn comps(gs: &[Comprehension]) -> String {
    gs.iter()
        .map(|g| format!("(for {} {} [{}])", ex(&g.target), ex(&g.iter), list(&g.ifs)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn args(a: &[Arg]) -> String {
    a.iter()
        .map(|a| match a {
            Arg::Positional(e) => ex(e),
            Arg::Starred(e) => format!("(* {})", ex(e)),
            Arg::Keyword(k, e) => format!("(kw {} {})", k.name, ex(e)),
            Arg::DoubleStarred(e) => format!("(** {})", ex(e)),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn parts(ps: &[FStringPart]) -> String {
    // CPython folds the debug text of `{x=}` into the literal before it.
    let mut o = String::from("(fstr");
    let mut lit = String::new();
    for p in ps {
        match p {
            FStringPart::Literal(l) => lit.push_str(l),
            FStringPart::Field(f) => {
                if let Some(d) = &f.debug_text {
                    lit.push_str(d);
                }
                if !lit.is_empty() {
                    o += &format!(" {}", s(&std::mem::take(&mut lit)));
                }
                let spec = f.format_spec.as_ref().map(|p| parts(p)).unwrap_or_else(|| "_".into());
                o += &format!(" (fv {} {} {})", ex(&f.expr), f.conversion.map(|c| c.to_string()).unwrap_or("_".into()), spec);
            }
        }
    }
    if !lit.is_empty() {
        o += &format!(" {}", s(&lit));
    }
    o + ")"
}

fn params(p: &Parameters) -> String {
    let one = |p: &Param| format!("({} {} {})", p.name.name, opt(&p.annotation), opt(&p.default));
    let l = |v: &[Param]| v.iter().map(one).collect::<Vec<_>>().join(" ");
    format!(
        "(params [{}] [{}] {} [{}] {})",
        l(&p.posonly),
        l(&p.args),
        p.vararg.as_ref().map(one).unwrap_or("_".into()),
        l(&p.kwonly),
        p.kwarg.as_ref().map(one).unwrap_or("_".into())
    )
}

fn e_(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => fl(*f),
            Constant::Imaginary(f) => format!("{}j", fl(*f)),
            Constant::Str(v) => s(v),
            Constant::Bytes(b) => format!("b{}", b.iter().map(|x| format!("{:02x}", x)).collect::<String>()),
        },
        ExprKind::FString(ps) => parts(ps),
        ExprKind::BoolOp { op, values } => format!("({:?} {})", op, list(values)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.name, ex(value)),
        ExprKind::BinOp { left, op, right } => format!("({:?} {} {})", op, ex(left), ex(right)),
        ExprKind::UnaryOp { op, operand } => format!("({:?} {})", op, ex(operand)),
        ExprKind::Lambda { params: p, body } => format!("(lambda {} {})", params(p), ex(body)),
        ExprKind::IfExp { test, body, orelse } => format!("(ifexp {} {} {})", ex(test), ex(body), ex(orelse)),
        ExprKind::Dict(items) => {
            let v: Vec<String> = items
                .iter()
                .map(|i| match i {
                    DictItem::Pair(k, v) => format!("({} {})", ex(k), ex(v)),
                    DictItem::Unpack(e) => format!("(** {})", ex(e)),
                })
                .collect();
            format!("(dict {})", v.join(" "))
        }
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::List(v) => format!("(list {})", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::ListComp { elt, generators } => format!("(listcomp {} {})", ex(elt), comps(generators)),
        ExprKind::SetComp { elt, generators } => format!("(setcomp {} {})", ex(elt), comps(generators)),
        ExprKind::GeneratorExp { elt, generators } => format!("(genexp {} {})", ex(elt), comps(generators)),
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {} {} {})", ex(key), ex(value), comps(generators))
        }
        ExprKind::Yield(v) => format!("(yield {})", optb(v)),
        ExprKind::YieldFrom(v) => format!("(yieldfrom {})", ex(v)),
        ExprKind::Compare { left, ops, comparators } => {
            let mut o = format!("(cmp {}", ex(left));
            for (op, c) in ops.iter().zip(comparators) {
                o += &format!(" {:?} {}", op, ex(c));
            }
            o + ")"
        }
        ExprKind::Call { func, args: a } => format!("(call {} [{}])", ex(func), args(a)),
        ExprKind::Attribute { value, attr } => format!("(. {} {})", ex(value), attr.name),
        ExprKind::Subscript { value, index } => format!("([] {} {})", ex(value), ex(index)),
        ExprKind::Starred(v) => format!("(* {})", ex(v)),
        ExprKind::Slice { lower, upper, step } => format!("(slice {} {} {})", optb(lower), optb(upper), optb(step)),
    }
}

fn block(ss: &[Stmt], ind: usize, out: &mut String) {
    for s in ss {
        st(s, ind, out);
    }
}

thread_local! {
    static SRC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// `line:col-endline:endcol` of a span (with AST_POS=1), like CPython's.
fn pos(sp: Span) -> String {
    if std::env::var("AST_POS").is_err() {
        return String::new();
    }
    SRC.with(|src| {
        let src = src.borrow();
        let lc = |o: usize| {
            let before = &src[..o.min(src.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.len() - before.rfind('\n').map(|i| i + 1).unwrap_or(0);
            format!("{}:{}", line, col)
        };
        format!("{}-{} ", lc(sp.start as usize), lc(sp.end as usize))
    })
}

fn st(s: &Stmt, ind: usize, out: &mut String) {
    let p = format!("{}{}", "  ".repeat(ind), pos(s.span));
    let line = match &s.kind {
        StmtKind::Expr(e) => format!("expr {}", ex(e)),
        StmtKind::Assign { targets, value } => format!("assign [{}] {}", list(targets), ex(value)),
        StmtKind::AugAssign { target, op, value } => format!("augassign {} {:?} {}", ex(target), op, ex(value)),
        StmtKind::AnnAssign { target, annotation, value, simple } => {
            format!("annassign {} {} {} {}", ex(target), ex(annotation), opt(value), *simple as u8)
        }
        StmtKind::Delete(v) => format!("del {}", list(v)),
        StmtKind::Pass => "pass".into(),
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Return(v) => format!("return {}", opt(v)),
        StmtKind::Raise { exc, cause } => format!("raise {} {}", opt(exc), opt(cause)),
        StmtKind::Assert { test, msg } => format!("assert {} {}", ex(test), opt(msg)),
        StmtKind::Global(v) => format!("global {}", v.iter().map(|i| i.name.clone()).collect::<Vec<_>>().join(" ")),
        StmtKind::Nonlocal(v) => format!("nonlocal {}", v.iter().map(|i| i.name.clone()).collect::<Vec<_>>().join(" ")),
        StmtKind::If { test, body, orelse } => {
            out.push_str(&format!("{}if {}\n", p, ex(test)));
            block(body, ind + 1, out);
            out.push_str(&format!("{}else\n", p));
            block(orelse, ind + 1, out);
            return;
        }
        StmtKind::While { test, body, orelse } => {
            out.push_str(&format!("{}while {}\n", p, ex(test)));
            block(body, ind + 1, out);
            out.push_str(&format!("{}else\n", p));
            block(orelse, ind + 1, out);
            return;
        }
        StmtKind::For { target, iter, body, orelse } => {
            out.push_str(&format!("{}for {} {}\n", p, ex(target), ex(iter)));
            block(body, ind + 1, out);
            out.push_str(&format!("{}else\n", p));
            block(orelse, ind + 1, out);
            return;
        }
        StmtKind::FunctionDef(f) => {
            out.push_str(&format!(
                "{}def {} [{}] {} {}\n",
                p,
                f.name.name,
                list(&f.decorators),
                params(&f.params),
                opt(&f.returns)
            ));
            block(&f.body, ind + 1, out);
            return;
        }
        StmtKind::ClassDef(c) => {
            out.push_str(&format!("{}class {} [{}] [{}]\n", p, c.name.name, list(&c.decorators), args(&c.args)));
            block(&c.body, ind + 1, out);
            return;
        }
        StmtKind::Try { body, handlers, orelse, finalbody } => {
            out.push_str(&format!("{}try\n", p));
            block(body, ind + 1, out);
            for h in handlers {
                out.push_str(&format!(
                    "{}except {} {}\n",
                    p,
                    opt(&h.typ),
                    h.name.as_ref().map(|n| n.name.clone()).unwrap_or("_".into())
                ));
                block(&h.body, ind + 1, out);
            }
            out.push_str(&format!("{}else\n", p));
            block(orelse, ind + 1, out);
            out.push_str(&format!("{}finally\n", p));
            block(finalbody, ind + 1, out);
            return;
        }
        StmtKind::With { items, body } => {
            let its: Vec<String> = items.iter().map(|i| format!("({} {})", ex(&i.context), opt(&i.target))).collect();
            out.push_str(&format!("{}with {}\n", p, its.join(" ")));
            block(body, ind + 1, out);
            return;
        }
        StmtKind::Import(v) => format!(
            "import {}",
            v.iter()
                .map(|a| format!("({} {})", a.name, a.asname.as_ref().map(|n| n.name.clone()).unwrap_or("_".into())))
                .collect::<Vec<_>>()
                .join(" ")
        ),
        StmtKind::ImportFrom { module, names, level } => format!(
            "from {} {} {}",
            level,
            module.clone().unwrap_or("_".into()),
            names
                .iter()
                .map(|a| format!("({} {})", a.name, a.asname.as_ref().map(|n| n.name.clone()).unwrap_or("_".into())))
                .collect::<Vec<_>>()
                .join(" ")
        ),
    };
    out.push_str(&p);
    out.push_str(&line);
    out.push('\n');
}

fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).expect("read");
        SRC.with(|s| *s.borrow_mut() = src.clone());
        match dictpy::syntax::parse_module(&src) {
            Ok(m) => {
                let mut out = String::new();
                block(&m.body, 0, &mut out);
                print!("{}", out);
            }
            Err(e) => println!("ERROR {}: {}", e.kind.name(), e.message),
        }
    }
}
