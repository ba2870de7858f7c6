//! Integration tests of the front end: the AST shapes of every construct,
//! CPython's syntax error messages and line numbers, and the conformance
//! corpus parsing.

use dictpy::syntax::ast::*;
use dictpy::syntax::{parse_expression, parse_module, SyntaxError, SyntaxErrorKind};

// ------------------------------------------------------------------ helpers

/// A compact S-expression of an expression, for precedence tests.
fn sx(e: &Expr) -> String {
    fn list(v: &[Expr]) -> String {
        v.iter().map(sx).collect::<Vec<_>>().join(" ")
    }
    fn comps(gs: &[Comprehension]) -> String {
        gs.iter()
            .map(|g| {
                let mut s = format!("(for {} {}", sx(&g.target), sx(&g.iter));
                for i in &g.ifs {
                    s += &format!(" (if {})", sx(i));
                }
                s + ")"
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn args(a: &[Arg]) -> String {
        a.iter()
            .map(|a| match a {
                Arg::Positional(e) => sx(e),
                Arg::Starred(e) => format!("*{}", sx(e)),
                Arg::Keyword(k, e) => format!("{}={}", k.name, sx(e)),
                Arg::DoubleStarred(e) => format!("**{}", sx(e)),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }
    fn opt(e: &Option<Box<Expr>>) -> String {
        e.as_ref().map(|e| sx(e)).unwrap_or_else(|| "_".into())
    }
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
            Constant::Int(i) => i.to_string(),
            Constant::Float(f) => format!("{:?}", f),
            Constant::Imaginary(f) => format!("{:?}j", f),
            Constant::Str(s) => format!("{:?}", s),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        },
        ExprKind::FString(parts) => {
            let mut s = "(f".to_string();
            for p in parts {
                match p {
                    FStringPart::Literal(l) => s += &format!(" {:?}", l),
                    FStringPart::Field(f) => {
                        s += &format!(" {{{}", sx(&f.expr));
                        if let Some(d) = &f.debug_text {
                            s += &format!(" ={:?}", d);
                        }
                        if let Some(c) = f.conversion {
                            s += &format!(" !{}", c);
                        }
                        if let Some(spec) = &f.format_spec {
                            let inner = sx(&Expr { kind: ExprKind::FString(spec.clone()), span: e.span });
                            s += &format!(" :{}", inner);
                        }
                        s += "}";
                    }
                }
            }
            s + ")"
        }
        ExprKind::BoolOp { op, values } => {
            format!("({} {})", if *op == BoolOp::And { "and" } else { "or" }, list(values))
        }
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", target.name, sx(value)),
        ExprKind::BinOp { left, op, right } => format!("({} {} {})", op.symbol(), sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => {
            let o = match op {
                UnaryOp::Not => "not",
                UnaryOp::Invert => "~",
                UnaryOp::UAdd => "+",
                UnaryOp::USub => "-",
            };
            format!("({} {})", o, sx(operand))
        }
        ExprKind::Lambda { params, body } => format!("(lambda {} {})", ps(params), sx(body)),
        ExprKind::IfExp { test, body, orelse } => format!("(if {} {} {})", sx(test), sx(body), sx(orelse)),
        ExprKind::Dict(items) => {
            let v: Vec<String> = items
                .iter()
                .map(|i| match i {
                    DictItem::Pair(k, v) => format!("{}:{}", sx(k), sx(v)),
                    DictItem::Unpack(e) => format!("**{}", sx(e)),
                })
                .collect();
            format!("(dict {})", v.join(" "))
        }
        ExprKind::Set(v) => format!("(set {})", list(v)),
        ExprKind::List(v) => format!("(list {})", list(v)),
        ExprKind::Tuple(v) => format!("(tuple {})", list(v)),
        ExprKind::ListComp { elt, generators } => format!("(listcomp {} {})", sx(elt), comps(generators)),
        ExprKind::SetComp { elt, generators } => format!("(setcomp {} {})", sx(elt), comps(generators)),
        ExprKind::GeneratorExp { elt, generators } => format!("(genexp {} {})", sx(elt), comps(generators)),
        ExprKind::DictComp { key, value, generators } => {
            format!("(dictcomp {}:{} {})", sx(key), sx(value), comps(generators))
        }
        ExprKind::Yield(v) => format!("(yield {})", opt(v)),
        ExprKind::YieldFrom(v) => format!("(yield-from {})", sx(v)),
        ExprKind::Compare { left, ops, comparators } => {
            let mut s = format!("(cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {} {}", o.symbol(), sx(c));
            }
            s + ")"
        }
        ExprKind::Call { func, args: a } => format!("(call {} {})", sx(func), args(a)).replace(" )", ")"),
        ExprKind::Attribute { value, attr } => format!("(. {} {})", sx(value), attr.name),
        ExprKind::Subscript { value, index } => format!("([] {} {})", sx(value), sx(index)),
        ExprKind::Starred(v) => format!("*{}", sx(v)),
        ExprKind::Slice { lower, upper, step } => format!("(slice {} {} {})", opt(lower), opt(upper), opt(step)),
    }
}

fn ps(p: &Parameters) -> String {
    let one = |p: &Param| {
        let mut s = p.name.name.clone();
        if let Some(a) = &p.annotation {
            s += &format!(":{}", sx(a));
        }
        if let Some(d) = &p.default {
            s += &format!("={}", sx(d));
        }
        s
    };
    let mut parts = vec![];
    for x in &p.posonly {
        parts.push(one(x));
    }
    if !p.posonly.is_empty() {
        parts.push("/".into());
    }
    for x in &p.args {
        parts.push(one(x));
    }
    match &p.vararg {
        Some(v) => parts.push(format!("*{}", one(v))),
        None if !p.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    for x in &p.kwonly {
        parts.push(one(x));
    }
    if let Some(k) = &p.kwarg {
        parts.push(format!("**{}", one(k)));
    }
    format!("[{}]", parts.join(" "))
}

fn module(src: &str) -> Module {
    match parse_module(src) {
        Ok(m) => m,
        Err(e) => panic!("{:?} failed to parse: {}: {}", src, e.kind.name(), e.message),
    }
}

/// The S-expression of a one-expression source.
fn ex(src: &str) -> String {
    match parse_expression(src) {
        Ok(e) => sx(&e),
        Err(e) => panic!("{:?} failed to parse: {}", src, e.message),
    }
}

fn one_stmt(src: &str) -> StmtKind {
    let mut m = module(src);
    assert_eq!(m.body.len(), 1, "{:?}", src);
    m.body.pop().unwrap().kind
}

fn error(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("{:?} parsed: {:?}", src, m),
        Err(e) => e,
    }
}

fn line_of(src: &str, e: &SyntaxError) -> usize {
    src[..(e.span.start as usize).min(src.len())].matches('\n').count() + 1
}

// ------------------------------------------------------------------ expressions

#[test]
fn precedence_ladder() {
    assert_eq!(ex("a or b and not c"), "(or a (and b (not c)))");
    assert_eq!(ex("a or b or c"), "(or a b c)");
    assert_eq!(ex("(a or b) or c"), "(or (or a b) c)");
    assert_eq!(ex("not a == b"), "(not (cmp a == b))");
    assert_eq!(ex("a < b <= c == d != e > f >= g"), "(cmp a < b <= c == d != e > f >= g)");
    assert_eq!(ex("a in b not in c is d is not e"), "(cmp a in b not in c is d is not e)");
    assert_eq!(ex("a | b ^ c & d"), "(| a (^ b (& c d)))");
    assert_eq!(ex("a << b + c * d"), "(<< a (+ b (* c d)))");
    assert_eq!(ex("a - b - c"), "(- (- a b) c)");
    assert_eq!(ex("a @ b // c % d / e"), "(/ (% (// (@ a b) c) d) e)");
    assert_eq!(ex("-a ** -b"), "(- (** a (- b)))");
    assert_eq!(ex("a ** b ** c"), "(** a (** b c))");
    assert_eq!(ex("~a + +b"), "(+ (~ a) (+ b))");
    assert_eq!(ex("a | b == c"), "(cmp (| a b) == c)");
    assert_eq!(ex("a if b else c if d else e"), "(if b a (if d c e))");
    assert_eq!(ex("lambda: a if b else c"), "(lambda [] (if b a c))");
    assert_eq!(ex("a.b.c(d)[e]"), "([] (call (. (. a b) c) d) e)");
    assert_eq!(ex("-x.y"), "(- (. x y))");
    assert_eq!(ex("not -x"), "(not (- x))");
}

#[test]
fn atoms_and_literals() {
    assert_eq!(ex("None, True, False, ..."), "(tuple None True False ...)");
    assert_eq!(ex("1, 1.5, 1j, 0x10, 1_000"), "(tuple 1 1.5 1.0j 16 1000)");
    assert_eq!(ex("123456789012345678901234567890"), "123456789012345678901234567890");
    assert_eq!(ex("()"), "(tuple )");
    assert_eq!(ex("(x)"), "x");
    assert_eq!(ex("(x,)"), "(tuple x)");
    assert_eq!(ex("x,"), "(tuple x)");
    assert_eq!(ex("[]"), "(list )");
    assert_eq!(ex("[1, *a, 2,]"), "(list 1 *a 2)");
    assert_eq!(ex("{}"), "(dict )");
    assert_eq!(ex("{1, *a}"), "(set 1 *a)");
    assert_eq!(ex("{1,}"), "(set 1)");
    assert_eq!(ex("(*a, b)"), "(tuple *a b)");
}

#[test]
fn dict_displays() {
    assert_eq!(ex("{'a': 1}"), "(dict \"a\":1)");
    assert_eq!(ex("{'a': 1, **m, 'b': 2,}"), "(dict \"a\":1 **m \"b\":2)");
    // key_datum: expression ":" expression | "**" or_expr
    assert_eq!(ex("{a if b else c: lambda: d}"), "(dict (if b a c):(lambda [] d))");
    assert_eq!(ex("{**a | b}"), "(dict **(| a b))");
    assert_eq!(ex("{x: y for x, y in z if x if y}"), "(dictcomp x:y (for (tuple x y) z (if x) (if y)))");
    assert_eq!(ex("{k: v for k in a for v in b}"), "(dictcomp k:v (for k a) (for v b))");
    assert!(parse_expression("{**a and b}").is_err());
    assert_eq!(parse_expression("{**a for a in b}").unwrap_err().message, "dict unpacking cannot be used in dict comprehension");
}

#[test]
fn comprehensions() {
    assert_eq!(ex("[x for x in y]"), "(listcomp x (for x y))");
    assert_eq!(ex("[x*y for x in a if x for y in b]"), "(listcomp (* x y) (for x a (if x)) (for y b))");
    assert_eq!(ex("{x for x in y}"), "(setcomp x (for x y))");
    assert_eq!(ex("(x for x in y)"), "(genexp x (for x y))");
    assert_eq!(ex("[a if b else c for x in y]"), "(listcomp (if b a c) (for x y))");
    assert_eq!(ex("[x for x in a or b if c or d]"), "(listcomp x (for x (or a b) (if (or c d))))");
    assert_eq!(ex("[x for *a, b in c]"), "(listcomp x (for (tuple *a b) c))");
    assert_eq!(ex("[y := 1, y]"), "(list (:= y 1) y)");
    assert_eq!(ex("f(x for x in y)"), "(call f (genexp x (for x y)))");
    // Conditions are or_test-level: a conditional expression needs parentheses.
    assert!(parse_expression("[x for x in y if a if b else c]").is_err());
    assert!(parse_expression("[x for x in lambda: y]").is_err());
    assert_eq!(
        parse_expression("[*a for a in b]").unwrap_err().message,
        "iterable unpacking cannot be used in comprehension"
    );
}

#[test]
fn calls_and_subscripts() {
    assert_eq!(ex("f()"), "(call f)");
    assert_eq!(ex("f(a, *b, c=1, **d,)"), "(call f a *b c=1 **d)");
    assert_eq!(ex("print(*a, sep='')"), "(call print *a sep=\"\")");
    assert_eq!(ex("f(a)(b)"), "(call (call f a) b)");
    assert_eq!(ex("f(x := 1)"), "(call f (:= x 1))");
    assert_eq!(ex("d[1, 2]"), "([] d (tuple 1 2))");
    assert_eq!(ex("d[1,]"), "([] d (tuple 1))");
    assert_eq!(ex("a[1:2, ::3]"), "([] a (tuple (slice 1 2 _) (slice _ _ 3)))");
    assert_eq!(ex("a[:]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[::]"), "([] a (slice _ _ _))");
    assert_eq!(ex("a[1:]"), "([] a (slice 1 _ _))");
    assert_eq!(ex("a[:-1:2]"), "([] a (slice _ (- 1) 2))");
    assert_eq!(ex("a[*b]"), "([] a (tuple *b))");
    assert_eq!(ex("a[*b, c]"), "([] a (tuple *b c))");
    assert_eq!(ex("a[x:=1]"), "([] a (:= x 1))");
    assert_eq!(ex("d['k']['j']"), "([] ([] d \"k\") \"j\")");
}

#[test]
fn lambdas_and_yield() {
    assert_eq!(ex("lambda: 0"), "(lambda [] 0)");
    assert_eq!(ex("lambda a, b=1, *c, d, e=2, **f: 0"), "(lambda [a b=1 *c d e=2 **f] 0)");
    assert_eq!(ex("lambda a, /, b, *, c: 0"), "(lambda [a / b * c] 0)");
    assert_eq!(ex("lambda *a: a"), "(lambda [*a] a)");
    let m = module("def f():\n    x = yield\n    y = yield a, b\n    z = yield from w\n    (yield)\n    yield\n");
    let StmtKind::FunctionDef(f) = &m.body[0].kind else { panic!() };
    let rhs: Vec<String> = f
        .body
        .iter()
        .map(|s| match &s.kind {
            StmtKind::Assign { value, .. } => sx(value),
            StmtKind::Expr(e) => sx(e),
            k => panic!("{:?}", k),
        })
        .collect();
    assert_eq!(rhs, ["(yield _)", "(yield (tuple a b))", "(yield-from w)", "(yield _)", "(yield _)"]);
}

#[test]
fn strings() {
    assert_eq!(ex("'a' \"b\" '''c''' \"\"\"d\"\"\""), "\"abcd\"");
    assert_eq!(ex(r#"'\n\t\\\'\"\a\b\f\v\r\0\101\x41\u0041\U00000041'"#), "\"\\n\\t\\\\'\\\"\\u{7}\\u{8}\\u{c}\\u{b}\\r\\0AAAA\"");
    assert_eq!(ex(r"'\N{BULLET}\N{greek small letter alpha}'"), "\"•α\"");
    assert_eq!(ex(r"'\q\d'"), "\"\\\\q\\\\d\"");
    assert_eq!(ex(r"r'\n' R'\d'"), "\"\\\\n\\\\d\"");
    assert_eq!(ex(r"u'x' U'y'"), "\"xy\"");
    assert_eq!(ex(r"b'a\x00\xff' B'b' rb'\n' Br'c'"), "b\"a\\0\u{fffd}b\\\\nc\"");
    assert_eq!(ex("'é€'"), "\"é€\"");
    assert_eq!(ex("'a\\\nb'"), "\"ab\"");
    match parse_expression("b'\\xff\\x00'").unwrap().kind {
        ExprKind::Constant(Constant::Bytes(b)) => assert_eq!(b, vec![0xff, 0]),
        k => panic!("{:?}", k),
    }
    assert_eq!(error("b'é'").message, "bytes can only contain ASCII literal characters");
    assert_eq!(error("x = b'a' 'b'").message, "cannot mix bytes and nonbytes literals");
    assert_eq!(error("x = 'a' b'b'").message, "cannot mix bytes and nonbytes literals");
    assert_eq!(error("x = f'a' b'b'").message, "cannot mix bytes and nonbytes literals");
    assert!(error(r"'\N{NOT A NAME}'").message.contains("unknown Unicode character name"));
}

#[test]
fn fstrings() {
    assert_eq!(ex("f'a{x}b'"), "(f \"a\" {x} \"b\")");
    assert_eq!(ex("f''"), "(f)");
    assert_eq!(ex("f'{{}}{x!r}{y!s:>10}{z!a}'"), "(f \"{}\" {x !r} {y !s :(f \">10\")} {z !a})");
    assert_eq!(ex("f'{x:{w}.{p}f}'"), "(f {x :(f {w} \".\" {p} \"f\")})");
    assert_eq!(ex("f'{x=}'"), "(f {x =\"x=\" !r})");
    assert_eq!(ex("f'{x = !r:>10}'"), "(f {x =\"x = \" !r :(f \">10\")})");
    assert_eq!(ex("f'{x=:>10}'"), "(f {x =\"x=\" :(f \">10\")})");
    assert_eq!(ex("f'{x=!s}'"), "(f {x =\"x=\" !s})");
    assert_eq!(ex("f'{x:}'"), "(f {x :(f)})");
    assert_eq!(ex("f\"{d['k']}\""), "(f {([] d \"k\")})");
    assert_eq!(ex("f'{d[\"k\"]}'"), "(f {([] d \"k\")})");
    assert_eq!(ex("f\"{d[\"k\"]}\""), "(f {([] d \"k\")})"); // 3.12: same quotes nest
    assert_eq!(ex("f'{f\"{x}\"}'"), "(f {(f {x})})");
    assert_eq!(ex("f'{a, b}'"), "(f {(tuple a b)})");
    assert_eq!(ex("f'{x:=1}'"), "(f {x :(f \"=1\")})");
    assert_eq!(ex("f'{(x:=1)}'"), "(f {(:= x 1)})");
    assert_eq!(ex("f'{1 +\n2}'"), "(f {(+ 1 2)})");
    assert_eq!(ex("f'''{\nx\n}'''"), "(f {x})");
    assert_eq!(ex("rf'\\d{x}'"), "(f \"\\\\d\" {x})");
    assert_eq!(ex("f'\\n{x}\\t'"), "(f \"\\n\" {x} \"\\t\")");
    assert_eq!(ex("'a' f'{x}' 'b'"), "(f \"a\" {x} \"b\")");
    assert_eq!(ex("'a' f'b' 'c'"), "(f \"abc\")");
    // Spans of field expressions are offsets into the whole source.
    let src = "x = f'ab{yy}'";
    let StmtKind::Assign { value, .. } = one_stmt(src) else { panic!() };
    let ExprKind::FString(parts) = value.kind else { panic!() };
    let FStringPart::Field(f) = &parts[1] else { panic!() };
    assert_eq!(&src[f.expr.span.range()], "yy");
    // Errors.
    assert_eq!(error("f'{x'").message, "f-string: expecting '}'");
    assert_eq!(error("f'{}'").message, "f-string: valid expression required before '}'");
    assert_eq!(error("f'{!r}'").message, "f-string: valid expression required before '!'");
    assert_eq!(error("f'}'").message, "f-string: single '}' is not allowed");
    assert_eq!(error("f'{x!z}'").message, "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'");
    assert_eq!(error("f'{x!}'").message, "f-string: missing conversion character");
    assert_eq!(error("f'{lambda x: 1}'").message, "f-string: lambda expressions are not allowed without parentheses");
    assert_eq!(error("f'{a +}'").message, "f-string: expecting '=', or '!', or ':', or '}'");
    assert_eq!(error("f'{*a}'").message, "can't use starred expression here");
}

// ------------------------------------------------------------------ statements

#[test]
fn assignments() {
    let StmtKind::Assign { targets, value } = one_stmt("a = b = 1") else { panic!() };
    assert_eq!(targets.iter().map(sx).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(sx(&value), "1");
    let StmtKind::Assign { targets, .. } = one_stmt("a, *b = x") else { panic!() };
    assert_eq!(sx(&targets[0]), "(tuple a *b)");
    let StmtKind::Assign { targets, .. } = one_stmt("[a, (b, c)] = x") else { panic!() };
    assert_eq!(sx(&targets[0]), "(list a (tuple b c))");
    let StmtKind::Assign { targets, .. } = one_stmt("d['k'], o.attr = 1, 2") else { panic!() };
    assert_eq!(sx(&targets[0]), "(tuple ([] d \"k\") (. o attr))");
    let StmtKind::Assign { value, .. } = one_stmt("x = *a, *b") else { panic!() };
    assert_eq!(sx(&value), "(tuple *a *b)");
    let StmtKind::Assign { value, .. } = one_stmt("x = 1,") else { panic!() };
    assert_eq!(sx(&value), "(tuple 1)");
}

#[test]
fn augmented_assignments() {
    let ops = [
        ("+=", BinOp::Add),
        ("-=", BinOp::Sub),
        ("*=", BinOp::Mult),
        ("@=", BinOp::MatMult),
        ("/=", BinOp::Div),
        ("//=", BinOp::FloorDiv),
        ("%=", BinOp::Mod),
        ("**=", BinOp::Pow),
        ("<<=", BinOp::LShift),
        (">>=", BinOp::RShift),
        ("|=", BinOp::BitOr),
        ("^=", BinOp::BitXor),
        ("&=", BinOp::BitAnd),
    ];
    for (tok, op) in ops {
        let src = format!("d['k'] {} {{1: 2}} | e", tok);
        let StmtKind::AugAssign { target, op: got, value } = one_stmt(&src) else { panic!() };
        assert_eq!(got, op, "{}", src);
        assert_eq!(sx(&target), "([] d \"k\")");
        assert_eq!(sx(&value), "(| (dict 1:2) e)");
    }
    let StmtKind::AugAssign { target, .. } = one_stmt("a.b |= c") else { panic!() };
    assert_eq!(sx(&target), "(. a b)");
    assert_eq!(error("a, b |= c").message, "'tuple' is an illegal expression for augmented assignment");
    assert_eq!(error("(a, b) += c").message, "'tuple' is an illegal expression for augmented assignment");
    assert_eq!(error("f() |= c").message, "'function call' is an illegal expression for augmented assignment");
}

#[test]
fn annotated_assignments() {
    let StmtKind::AnnAssign { target, annotation, value, simple } = one_stmt("x: int = 1") else { panic!() };
    assert_eq!((sx(&target), sx(&annotation), value.map(|v| sx(&v)), simple), ("x".into(), "int".into(), Some("1".into()), true));
    let StmtKind::AnnAssign { simple, value, .. } = one_stmt("(x): int") else { panic!() };
    assert!(!simple);
    assert!(value.is_none());
    let StmtKind::AnnAssign { simple, .. } = one_stmt("a.b: dict[str, int] = {}") else { panic!() };
    assert!(!simple);
}

#[test]
fn simple_statements() {
    let m = module("pass; del a, b[0], c.d\nbreak_ = 1\nimport a.b as c, d\nfrom . import x\nfrom ..m.n import (a as b, c,)\nfrom x import *\nglobal g, h\nassert x, 'msg'\nraise\nraise E\nraise E from e\n");
    let kinds: Vec<String> = m.body.iter().map(|s| format!("{:?}", s.kind).chars().take(12).collect()).collect();
    assert_eq!(kinds.len(), 12);
    match &m.body[1].kind {
        StmtKind::Delete(v) => assert_eq!(v.iter().map(sx).collect::<Vec<_>>(), ["a", "([] b 0)", "(. c d)"]),
        k => panic!("{:?}", k),
    }
    match &m.body[3].kind {
        StmtKind::Import(a) => {
            assert_eq!(a[0].name, "a.b");
            assert_eq!(a[0].asname.as_ref().unwrap().name, "c");
            assert_eq!(a[1].name, "d");
        }
        k => panic!("{:?}", k),
    }
    match &m.body[4].kind {
        StmtKind::ImportFrom { module, names, level } => {
            assert_eq!((module.as_deref(), names[0].name.as_str(), *level), (None, "x", 1))
        }
        k => panic!("{:?}", k),
    }
    match &m.body[5].kind {
        StmtKind::ImportFrom { module, names, level } => {
            assert_eq!((module.as_deref(), *level, names.len()), (Some("m.n"), 2, 2));
            assert_eq!(names[0].asname.as_ref().unwrap().name, "b");
        }
        k => panic!("{:?}", k),
    }
    match &m.body[6].kind {
        StmtKind::ImportFrom { names, .. } => assert_eq!(names[0].name, "*"),
        k => panic!("{:?}", k),
    }
    match &m.body[10].kind {
        StmtKind::Raise { exc: Some(e), cause: None } => assert_eq!(sx(e), "E"),
        k => panic!("{:?}", k),
    }
    match &m.body[11].kind {
        StmtKind::Raise { exc: Some(_), cause: Some(c) } => assert_eq!(sx(c), "e"),
        k => panic!("{:?}", k),
    }
    match one_stmt("from ...a import b") {
        StmtKind::ImportFrom { level, .. } => assert_eq!(level, 3),
        k => panic!("{:?}", k),
    }
}

#[test]
fn compound_statements() {
    let src = "if a:\n    x\nelif b:\n    y\nelif c: z\nelse:\n    w\n";
    let StmtKind::If { test, body, orelse } = one_stmt(src) else { panic!() };
    assert_eq!(sx(&test), "a");
    assert_eq!(body.len(), 1);
    let StmtKind::If { test, orelse, .. } = &orelse[0].kind else { panic!() };
    assert_eq!(sx(test), "b");
    let StmtKind::If { test, orelse, .. } = &orelse[0].kind else { panic!() };
    assert_eq!(sx(test), "c");
    assert_eq!(orelse.len(), 1);

    let StmtKind::For { target, iter, orelse, .. } = one_stmt("for k, v in d.items():\n    pass\nelse:\n    pass\n") else { panic!() };
    assert_eq!((sx(&target), sx(&iter), orelse.len()), ("(tuple k v)".into(), "(call (. d items))".into(), 1));
    let StmtKind::While { orelse, .. } = one_stmt("while x:\n    break\nelse: pass") else { panic!() };
    assert_eq!(orelse.len(), 1);

    let src = "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nexcept:\n    d\nelse:\n    e\nfinally:\n    f\n";
    let StmtKind::Try { handlers, orelse, finalbody, .. } = one_stmt(src) else { panic!() };
    assert_eq!(handlers.len(), 3);
    assert_eq!(sx(handlers[0].typ.as_ref().unwrap()), "(tuple A B)");
    assert_eq!(handlers[0].name.as_ref().unwrap().name, "e");
    assert!(handlers[2].typ.is_none());
    assert_eq!((orelse.len(), finalbody.len()), (1, 1));
    let StmtKind::Try { handlers, finalbody, .. } = one_stmt("try: a\nfinally: b") else { panic!() };
    assert_eq!((handlers.len(), finalbody.len()), (0, 1));

    let StmtKind::With { items, .. } = one_stmt("with a as b, c as (d, e), f:\n    pass") else { panic!() };
    assert_eq!(items.len(), 3);
    assert_eq!(sx(items[1].target.as_ref().unwrap()), "(tuple d e)");
    assert!(items[2].target.is_none());
    let StmtKind::With { items, .. } = one_stmt("with (a as b, c as d,):\n    pass") else { panic!() };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one_stmt("with (a, b):\n    pass") else { panic!() };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one_stmt("with (a, b) as c:\n    pass") else { panic!() };
    assert_eq!((items.len(), sx(&items[0].context)), (1, "(tuple a b)".into()));
    let StmtKind::With { items, .. } = one_stmt("with (open(x)) as f: pass") else { panic!() };
    assert_eq!(sx(&items[0].context), "(call open x)");
}

#[test]
fn functions_and_classes() {
    let src = "@dec\n@dec2(1)\ndef f(a, b: int = 1, /, c=2, *args: str, d, e=3, **kw) -> bool:\n    return 1\n";
    let StmtKind::FunctionDef(f) = one_stmt(src) else { panic!() };
    assert_eq!(f.name.name, "f");
    assert_eq!(f.decorators.iter().map(sx).collect::<Vec<_>>(), ["dec", "(call dec2 1)"]);
    assert_eq!(ps(&f.params), "[a b:int=1 / c=2 *args:str d e=3 **kw]");
    assert_eq!(sx(f.returns.as_ref().unwrap()), "bool");
    let StmtKind::FunctionDef(f) = one_stmt("def f(*, a, b=1,): return 1") else { panic!() };
    assert_eq!(ps(&f.params), "[* a b=1]");
    assert_eq!(f.body.len(), 1);
    let StmtKind::FunctionDef(f) = one_stmt("def f(**kw,): pass") else { panic!() };
    assert_eq!(ps(&f.params), "[**kw]");

    let StmtKind::ClassDef(c) = one_stmt("class A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): pass\n") else { panic!() };
    assert_eq!(c.name.name, "A");
    assert_eq!(c.args.len(), 4);
    assert_eq!(c.body.len(), 2);
    let StmtKind::ClassDef(c) = one_stmt("class A: pass") else { panic!() };
    assert!(c.args.is_empty());
    let StmtKind::ClassDef(c) = one_stmt("class P(TypedDict, total=False):\n    a: int\n") else { panic!() };
    assert!(matches!(&c.args[1], Arg::Keyword(k, _) if k.name == "total"));
}

#[test]
fn soft_keywords_are_names() {
    module("match = 1\nmatch(x)\nmatch.x = 2\nmatch[1] = 3\nprint(match)\ntype = 5\ntype(x)\ncase = 1\n_ = 2\n");
    assert_eq!(error("match x:\n    case 1: pass\n").message, "'match' statements are not supported by dictpy");
    assert_eq!(error("match (x):\n    case 1: pass\n").message, "'match' statements are not supported by dictpy");
    assert_eq!(error("type X = int\n").message, "'type' statements are not supported by dictpy");
    assert_eq!(error("async def f(): pass").message, "'async def' is not supported by dictpy");
    assert_eq!(error("def f():\n    await x").message, "'await' expressions are not supported by dictpy");
    assert_eq!(error("try: pass\nexcept* E: pass").message, "'except*' is not supported by dictpy");
}

#[test]
fn layout_and_spans() {
    let src = "x = (1,\n     2)  # c\n\n  # only a comment\nif x:\n\tpass\ny = 1 + \\\n    2\n";
    let m = module(src);
    assert_eq!(m.body.len(), 3);
    assert_eq!(&src[m.body[0].span.range()], "x = (1,\n     2)");
    let StmtKind::Assign { value, .. } = &m.body[2].kind else { panic!() };
    assert_eq!(sx(value), "(+ 1 2)");
    // Spans of compound statements end at their last statement.
    let src = "def f():\n    return 1\n\n# trailing\n";
    let m = module(src);
    assert_eq!(&src[m.body[0].span.range()], "def f():\n    return 1");
    // CRLF line endings.
    let m = module("if x:\r\n    y = 'a'\r\nz = 1\r\n");
    assert_eq!(m.body.len(), 2);
    // Identifiers are NFKC-normalised.
    assert_eq!(ex("ｗｉｄｔｈ + µ + ﬁ"), "(+ (+ width \u{3bc}) fi)");
    // A byte order mark at the start is skipped.
    assert_eq!(module("\u{feff}x = 1\n").body.len(), 1);
    // Empty and comment-only sources.
    assert!(module("").body.is_empty());
    assert!(module("# c\n\n   \n").body.is_empty());
}

#[test]
fn eval_input() {
    assert_eq!(ex("  1 + 2\n\n"), "(+ 1 2)");
    assert_eq!(ex("1, 2"), "(tuple 1 2)");
    assert!(parse_expression("x = 1").is_err());
    assert!(parse_expression("1\n2").is_err());
    assert_eq!(parse_expression("yield").unwrap_err().message, "invalid syntax");
}

// ------------------------------------------------------------------ errors

#[test]
fn error_table_matches_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let snippets = std::fs::read_to_string(dir.join("error_snippets.txt")).unwrap();
    let expected = std::fs::read_to_string(dir.join("error_expected.txt")).unwrap();
    let snippets: Vec<String> = snippets
        .split("\n====\n")
        .filter(|s| !s.trim().is_empty())
        .map(|s| s.trim_matches('\n').to_string() + "\n")
        .collect();
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(snippets.len(), expected.len());
    let mut bad = vec![];
    for (src, want) in snippets.iter().zip(expected) {
        let got = match parse_module(src) {
            Ok(_) => "OK".to_string(),
            Err(e) => format!("{}: {} (line {})", e.kind.name(), e.message, line_of(src, &e)),
        };
        if got != want {
            bad.push(format!("{:?}\n  want {}\n  got  {}", src, want, got));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

#[test]
fn indentation_errors() {
    let e = error("if x:\n    a\n  b\n");
    assert_eq!((e.kind, e.message.as_str()), (SyntaxErrorKind::IndentationError, "unindent does not match any outer indentation level"));
    let e = error("x = 1\n    y = 2\n");
    assert_eq!((e.kind, e.message.as_str(), line_of("x = 1\n    y = 2\n", &e)), (SyntaxErrorKind::IndentationError, "unexpected indent", 2));
    for (src, what) in [
        ("if x:\npass", "'if' statement"),
        ("if x:\n    pass\nelif y:\npass", "'elif' statement"),
        ("if x:\n    pass\nelse:\npass", "'else' statement"),
        ("for x in y:\npass", "'for' statement"),
        ("while x:\npass", "'while' statement"),
        ("try:\npass", "'try' statement"),
        ("try:\n    pass\nexcept E:\npass", "'except' statement"),
        ("try:\n    pass\nfinally:\npass", "'finally' statement"),
        ("with x:\npass", "'with' statement"),
        ("def f():\npass", "function definition"),
        ("class A:\npass", "class definition"),
    ] {
        let e = error(src);
        let header = src.lines().count() - 1;
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError, "{}", src);
        assert_eq!(e.message, format!("expected an indented block after {} on line {}", what, header), "{}", src);
        assert_eq!(line_of(src, &e), header + 1);
        assert!(!e.incomplete);
    }
    let e = error("def f():\n    if x:\n");
    assert_eq!(e.message, "expected an indented block after 'if' statement on line 2");
    assert!(e.incomplete);
    let e = error("if 1:\n        x = 1\n\ty = 2\n");
    assert_eq!(e.kind, SyntaxErrorKind::TabError);
    let deep: String = (0..101).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(101) + "pass\n";
    assert_eq!(error(&deep).message, "too many levels of indentation");
}

#[test]
fn incomplete_input() {
    for src in ["x = (1,\n", "if x:\n", "x = '''abc\n", "def f():\n    if x:\n", "@dec\n", "try:\n    pass\n", "x = 1 + \\\n"] {
        assert!(error(src).incomplete, "{:?}", src);
    }
    for src in ["x = 1 +\n", "x = )\n", "'abc\n", "if x\n"] {
        assert!(!error(src).incomplete, "{:?}", src);
    }
}

#[test]
fn scope_errors() {
    for (src, msg, line) in [
        ("return 1", "'return' outside function", 1),
        ("class A:\n    return 1", "'return' outside function", 2),
        ("break", "'break' outside loop", 1),
        ("for x in y:\n    def f():\n        break", "'break' outside loop", 3),
        ("while 1:\n    pass\nelse:\n    continue", "'continue' not properly in loop", 4),
        ("yield 1", "'yield' outside function", 1),
        ("x = [(yield) for i in y]", "'yield' inside list comprehension", 1),
        ("nonlocal x", "nonlocal declaration not allowed at module level", 1),
        ("def f(x):\n    global x", "name 'x' is parameter and global", 2),
    ] {
        let e = error(src);
        assert_eq!((e.message.as_str(), line_of(src, &e)), (msg, line), "{}", src);
    }
    module("def f():\n    for x in y:\n        if x: break\n        continue\n    return (yield)\nf = lambda: (yield)\n");
}

// ------------------------------------------------------------------ robustness

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    assert_eq!(error(&format!("x = {}1{}", "(".repeat(250), ")".repeat(250))).message, "too many nested parentheses");
    assert_eq!(error(&format!("x = {}1{}", "[".repeat(201), "]".repeat(201))).message, "too many nested parentheses");
    module(&format!("x = {}1{}", "(".repeat(199), ")".repeat(199)));
    for src in [
        format!("x = {}1", "-".repeat(100_000)),
        format!("x = {}1", "not ".repeat(100_000)),
        format!("x = {}1", "1 + ".repeat(100_000)),
        format!("x = {}1", "2 ** ".repeat(100_000)),
        format!("x = a{}", ".b".repeat(100_000)),
        format!("x = f{}", "()".repeat(100_000)),
        format!("x = {}1", "lambda: ".repeat(100_000)),
        format!("x = {}1", "1 if 1 else ".repeat(100_000)),
        format!("x = {}1", "a or b and ".repeat(100_000)),
        format!("{} = 1", "a, ".repeat(100_000) + "b"),
    ] {
        let _ = parse_module(&src);
    }
    assert!(error(&format!("x = {}1", "-".repeat(5000))).message.contains("too many nested expressions"));
    // Long but flat is fine.
    module(&format!("x = [{}]", "1, ".repeat(100_000)));
    module(&format!("x = {}1", "a + ".repeat(500)));
    // Nested f-strings.
    let mut s = "1".to_string();
    for i in 0..40 {
        let q = if i % 2 == 0 { '"' } else { '\'' };
        s = format!("f{q}{{{s}}}{q}");
    }
    let _ = parse_module(&s);
}

/// A small deterministic PRNG (xorshift) for the fuzz tests.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn fuzz_no_panics() {
    let seed_src = "import sys\nfrom a import (b, c)\n@dec\ndef f(a, b=1, *c, d, **e) -> int:\n    '''doc'''\n    x = {'k': [1, 2.5, 3j], **m}\n    y = f\"{x!r:>{w}} {y=}\" + b'\\x00' + r'\\d'\n    for k, v in x.items():\n        if k in y and not v: continue\n        elif k is not None: break\n        else: pass\n    while x: x -= 1\n    try:\n        d[1:2, ::3] |= {a: b for a, b in z if a}\n    except (A, B) as e:\n        raise E from e\n    finally:\n        del a[0], b.c\n    with open(p) as f, g as (h, i):\n        yield from (j for j in k)\n    return lambda q, *r: q if r else [*r]\nclass C(D, metaclass=M):\n    x: int = 0\n";
    module(seed_src);
    let tokens = [
        "(", ")", "[", "]", "{", "}", ":", ",", ";", "=", "==", "+", "-", "*", "**", "/", "//", "|", "|=", "&", "@",
        ".", "...", "->", ":=", "!", "~", "<", ">", "'", "\"", "'''", "f'", "f\"{", "}", "b'", "\\", "\n", "\n    ",
        "\t", " ", "#", "if", "else", "elif", "for", "in", "not", "is", "and", "or", "lambda", "def", "class",
        "return", "yield", "from", "import", "as", "with", "try", "except", "finally", "del", "pass", "x", "y",
        "1", "0x", "1e", "1.5", "é", "€", "\0", "\r", "match", "case", "type", "async", "await",
    ];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    // Random token soups.
    for _ in 0..3000 {
        let n = 1 + rng.below(40);
        let s: String = (0..n).map(|_| tokens[rng.below(tokens.len())]).collect();
        let _ = parse_module(&s);
        let _ = parse_expression(&s);
    }
    // Truncations and single-byte mutations of a real program.
    let bytes = seed_src.as_bytes();
    for cut in 0..bytes.len() {
        if seed_src.is_char_boundary(cut) {
            let _ = parse_module(&seed_src[..cut]);
        }
    }
    for _ in 0..2000 {
        let mut b = bytes.to_vec();
        for _ in 0..1 + rng.below(3) {
            let i = rng.below(b.len());
            let pool = b" ()[]{}:,'\"\n\\#=fxb*.";
            b[i] = pool[rng.below(pool.len())];
        }
        if let Ok(s) = String::from_utf8(b) {
            let _ = parse_module(&s);
        }
    }
    // Random bytes (valid UTF-8 only: the API takes &str).
    for _ in 0..2000 {
        let n = rng.below(60);
        let b: Vec<u8> = (0..n).map(|_| (rng.next() & 0x7f) as u8).collect();
        let s = String::from_utf8_lossy(&b).into_owned();
        let _ = parse_module(&s);
    }
}

// ------------------------------------------------------------------ corpus

fn parse_all_in(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut failures = vec![];
    let mut n = 0;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.extension().is_some_and(|e| e == "py") {
            n += 1;
            let src = std::fs::read_to_string(&p).unwrap();
            if let Err(e) = parse_module(&src) {
                failures.push(format!("{}: {}: {} (line {})", p.display(), e.kind.name(), e.message, line_of(&src, &e)));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} files failed:\n{}", failures.len(), n, failures.join("\n"));
}

#[test]
fn conformance_cases_parse() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    parse_all_in(&root.join("../shared/conformance/cases"));
    parse_all_in(&root.join("../shared/bench/programs"));
}
