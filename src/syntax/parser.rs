//! Parser glue: runs lexer + layout + the LALRPOP parser, holds the helpers
//! the grammar actions call (target checks, parameter lists, calls, strings),
//! and maps LALRPOP's errors to CPython's messages.

use std::cell::{Cell, RefCell};

use lalrpop_util::ParseError;

use super::ast::*;
use super::layout::{line_of, Layout, Mode, Spanned};
use super::lexer::Tok;
use super::{strings, SyntaxError, SyntaxErrorKind};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports, dead_code, unused_variables)]
    python,
    "/python.rs"
);

/// Expression nesting deeper than this is a SyntaxError (CPython gives up a
/// little under 3000 with a RecursionError). It keeps every later recursive
/// pass (and dropping the tree) well inside the stack.
pub const MAX_EXPR_DEPTH: usize = 1000;

pub type PErr<'a> = ParseError<usize, Tok<'a>, SyntaxError>;

/// What the single grammar entry produced.
pub enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// A call argument before the checks of [`Ctx::call`].
pub enum RawArg {
    Arg(Arg),
    /// A bare generator expression argument `f(x for x in y)`.
    Gen(Expr),
    /// A trailing comma after a bare generator expression.
    TrailingComma,
}

/// One item of a parameter list before the checks of [`Ctx::params`].
pub enum ParamItem {
    Normal(Param),
    Slash(usize),
    Star(usize, Option<Param>),
    DoubleStar(usize, Param),
}

/// An identifier as Python sees it (NFKC-normalised when not ASCII).
pub fn ident(n: &str) -> String {
    super::nfkc::normalize(n).into_owned()
}

pub fn span(l: usize, r: usize) -> Span {
    Span::new(l, r)
}

/// The end offset of the last statement of `b`, or of `a` if `b` is empty.
pub fn end_of(a: &[Stmt], b: &[Stmt]) -> usize {
    b.last().or(a.last()).map(|s| s.span.end as usize).unwrap_or(0)
}

pub fn err(msg: impl Into<String>, l: usize, r: usize) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        message: msg.into(),
        span: Span::new(l, r),
        help: None,
        incomplete: false,
    }
}

fn user<'a>(e: SyntaxError) -> PErr<'a> {
    ParseError::User { error: e }
}

fn perr<'a>(msg: impl Into<String>, s: Span) -> PErr<'a> {
    user(err(msg, s.start as usize, s.end as usize))
}

/// How CPython names an expression in messages ("cannot assign to literal").
pub fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// Calls `f` with the start offset of every direct child expression.
fn child_starts(kind: &ExprKind, f: &mut dyn FnMut(u32)) {
    fn parts(ps: &[FStringPart], f: &mut dyn FnMut(u32)) {
        for p in ps {
            if let FStringPart::Field(fld) = p {
                f(fld.expr.span.start);
                if let Some(spec) = &fld.format_spec {
                    parts(spec, f);
                }
            }
        }
    }
    fn comps(gs: &[Comprehension], f: &mut dyn FnMut(u32)) {
        for g in gs {
            f(g.target.span.start);
            f(g.iter.span.start);
            for i in &g.ifs {
                f(i.span.start);
            }
        }
    }
    match kind {
        ExprKind::Name(_) | ExprKind::Constant(_) => {}
        ExprKind::FString(ps) => parts(ps, f),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| f(v.span.start)),
        ExprKind::NamedExpr { value, .. } => f(value.span.start),
        ExprKind::BinOp { left, right, .. } => {
            f(left.span.start);
            f(right.span.start)
        }
        ExprKind::UnaryOp { operand, .. } => f(operand.span.start),
        ExprKind::Lambda { params, body } => {
            let p = params;
            for prm in p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg) {
                if let Some(d) = &prm.default {
                    f(d.span.start)
                }
            }
            f(body.span.start)
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test.span.start);
            f(body.span.start);
            f(orelse.span.start)
        }
        ExprKind::Dict(items) => {
            for it in items {
                match it {
                    DictItem::Pair(k, v) => {
                        f(k.span.start);
                        f(v.span.start)
                    }
                    DictItem::Unpack(e) => f(e.span.start),
                }
            }
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) => v.iter().for_each(|e| f(e.span.start)),
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            f(elt.span.start);
            comps(generators, f)
        }
        ExprKind::DictComp { key, value, generators } => {
            f(key.span.start);
            f(value.span.start);
            comps(generators, f)
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                f(v.span.start)
            }
        }
        ExprKind::YieldFrom(v) | ExprKind::Starred(v) => f(v.span.start),
        ExprKind::Compare { left, comparators, .. } => {
            f(left.span.start);
            comparators.iter().for_each(|c| f(c.span.start))
        }
        ExprKind::Call { func, args } => {
            f(func.span.start);
            for a in args {
                match a {
                    Arg::Positional(e) | Arg::Starred(e) | Arg::Keyword(_, e) | Arg::DoubleStarred(e) => {
                        f(e.span.start)
                    }
                }
            }
        }
        ExprKind::Attribute { value, .. } => f(value.span.start),
        ExprKind::Subscript { value, index } => {
            f(value.span.start);
            f(index.span.start)
        }
        ExprKind::Slice { lower, upper, step } => {
            for e in [lower, upper, step].into_iter().flatten() {
                f(e.span.start)
            }
        }
    }
}

/// Which kind of target is being checked.
#[derive(Clone, Copy, PartialEq)]
enum TargetKind {
    Assign,
    Del,
}

/// Parser state shared by the actions of one parse (and the nested parses of
/// f-string fields).
pub struct Ctx<'a> {
    pub src: &'a str,
    /// Per source offset: the greatest depth of an expression starting there.
    depth: RefCell<Vec<u16>>,
    /// An error found in an action that must not stop the parse at once.
    deferred: RefCell<Option<SyntaxError>>,
    /// Nesting of f-string field parses.
    fdepth: Cell<usize>,
}

impl<'a> Ctx<'a> {
    pub fn new(src: &'a str) -> Ctx<'a> {
        Ctx { src, depth: RefCell::new(vec![0; src.len() + 1]), deferred: RefCell::new(None), fdepth: Cell::new(0) }
    }

    fn defer(&self, e: SyntaxError) {
        let mut d = self.deferred.borrow_mut();
        if d.is_none() {
            *d = Some(e);
        }
    }

    // ------------------------------------------------------------ nodes

    pub fn mk(&self, kind: ExprKind, l: usize, r: usize) -> Expr {
        let mut d: u16 = 0;
        {
            let t = self.depth.borrow();
            child_starts(&kind, &mut |s| d = d.max(t.get(s as usize).copied().unwrap_or(0)));
        }
        let d = d.saturating_add(1);
        if d as usize > MAX_EXPR_DEPTH {
            self.defer(err(
                format!("too many nested expressions (dictpy allows {} levels)", MAX_EXPR_DEPTH),
                l,
                r,
            ));
            return Expr { kind: ExprKind::Constant(Constant::None), span: span(l, r) };
        }
        self.note_depth(l, d);
        Expr { kind, span: span(l, r) }
    }

    fn note_depth(&self, at: usize, d: u16) {
        let mut t = self.depth.borrow_mut();
        if let Some(slot) = t.get_mut(at) {
            if *slot < d {
                *slot = d;
            }
        }
    }

    fn depth_at(&self, at: u32) -> u16 {
        self.depth.borrow().get(at as usize).copied().unwrap_or(0)
    }

    /// Moves an expression's span start (keeping its recorded depth).
    fn respan(&self, mut e: Expr, l: usize, r: usize) -> Expr {
        let d = self.depth_at(e.span.start);
        self.note_depth(l, d);
        e.span = span(l, r);
        e
    }

    pub fn stmt(&self, kind: StmtKind, l: usize, r: usize) -> Stmt {
        Stmt { kind, span: span(l, r) }
    }

    pub fn tuple_or_single(&self, v: (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
        let (mut items, trailing) = v;
        if items.len() == 1 && !trailing {
            items.pop().unwrap()
        } else {
            self.mk(ExprKind::Tuple(items), l, r)
        }
    }

    pub fn no_bare_star<'t>(&self, e: Expr) -> Result<Expr, PErr<'t>> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(perr("can't use starred expression here", e.span));
        }
        Ok(e)
    }

    pub fn paren<'t>(&self, e: Expr) -> Result<Expr, PErr<'t>> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(perr("cannot use starred expression here", e.span));
        }
        Ok(e)
    }

    pub fn named_expr<'t>(&self, t: Expr, v: Expr, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        match t.kind {
            ExprKind::Name(name) => {
                let target = Ident { name, span: t.span };
                Ok(self.mk(ExprKind::NamedExpr { target, value: Box::new(v) }, l, r))
            }
            _ => Err(perr(format!("cannot use assignment expressions with {}", expr_name(&t)), t.span)),
        }
    }

    pub fn boolop(&self, op: BoolOp, a: Expr, v: Vec<Expr>, l: usize, r: usize) -> Expr {
        let mut values = Vec::with_capacity(v.len() + 1);
        values.push(a);
        values.extend(v);
        self.mk(ExprKind::BoolOp { op, values }, l, r)
    }

    pub fn compare(&self, a: Expr, v: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
        let (ops, comparators) = v.into_iter().unzip();
        self.mk(ExprKind::Compare { left: Box::new(a), ops, comparators }, l, r)
    }

    pub fn lambda<'t>(
        &self,
        p: Option<(Vec<ParamItem>, bool)>,
        body: Expr,
        l: usize,
        r: usize,
    ) -> Result<Expr, PErr<'t>> {
        let params = self.params(p.map(|p| p.0).unwrap_or_default())?;
        Ok(self.mk(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, l, r))
    }

    // ------------------------------------------------------------ comprehensions

    fn no_star_elt<'t>(&self, e: &Expr) -> Result<(), PErr<'t>> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(perr("iterable unpacking cannot be used in comprehension", e.span));
        }
        Ok(())
    }

    pub fn genexp<'t>(&self, e: Expr, c: Vec<Comprehension>, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        self.no_star_elt(&e)?;
        Ok(self.mk(ExprKind::GeneratorExp { elt: Box::new(e), generators: c }, l, r))
    }

    pub fn listcomp<'t>(&self, e: Expr, c: Vec<Comprehension>, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        self.no_star_elt(&e)?;
        Ok(self.mk(ExprKind::ListComp { elt: Box::new(e), generators: c }, l, r))
    }

    pub fn setcomp<'t>(&self, e: Expr, c: Vec<Comprehension>, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        self.no_star_elt(&e)?;
        Ok(self.mk(ExprKind::SetComp { elt: Box::new(e), generators: c }, l, r))
    }

    pub fn dict_unpack_comp<'t>(&self, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        Err(user(err("dict unpacking cannot be used in dict comprehension", l, r)))
    }

    // ------------------------------------------------------------ calls

    pub fn arg_list(&self, v: (Vec<RawArg>, bool)) -> Vec<RawArg> {
        let (mut args, trailing) = v;
        if trailing && args.iter().any(|a| matches!(a, RawArg::Gen(_))) {
            args.push(RawArg::TrailingComma);
        }
        args
    }

    pub fn keyword<'t>(&self, k: Expr, v: Expr) -> Result<RawArg, PErr<'t>> {
        match k.kind {
            ExprKind::Name(name) => Ok(RawArg::Arg(Arg::Keyword(Ident { name, span: k.span }, v))),
            _ => Err(perr(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                Span::new(k.span.start as usize, v.span.end as usize),
            )),
        }
    }

    /// Checks argument order and builds the argument list of a call or class.
    fn args<'t>(&self, raw: Vec<RawArg>) -> Result<Vec<Arg>, PErr<'t>> {
        let n = raw.len();
        let mut out = Vec::with_capacity(n);
        let mut seen_kw = false;
        let mut seen_kwunpack = false;
        let mut kw_names: Vec<&str> = Vec::new();
        let _ = &mut kw_names;
        for a in raw {
            match a {
                RawArg::TrailingComma => {}
                RawArg::Gen(g) => {
                    if n > 1 {
                        return Err(perr("Generator expression must be parenthesized", g.span));
                    }
                    if seen_kw || seen_kwunpack {
                        return Err(perr("positional argument follows keyword argument", g.span));
                    }
                    out.push(Arg::Positional(g));
                }
                RawArg::Arg(Arg::Positional(e)) => {
                    if seen_kwunpack {
                        return Err(perr("positional argument follows keyword argument unpacking", e.span));
                    }
                    if seen_kw {
                        return Err(perr("positional argument follows keyword argument", e.span));
                    }
                    out.push(Arg::Positional(e));
                }
                RawArg::Arg(Arg::Starred(e)) => {
                    if seen_kwunpack {
                        let s = Span::new(e.span.start as usize - 1, e.span.end as usize);
                        return Err(perr("iterable argument unpacking follows keyword argument unpacking", s));
                    }
                    out.push(Arg::Starred(e));
                }
                RawArg::Arg(Arg::Keyword(k, v)) => {
                    seen_kw = true;
                    if out.iter().any(|a| matches!(a, Arg::Keyword(k2, _) if k2.name == k.name)) {
                        let s = Span::new(k.span.start as usize, v.span.end as usize);
                        return Err(perr(format!("keyword argument repeated: {}", k.name), s));
                    }
                    out.push(Arg::Keyword(k, v));
                }
                RawArg::Arg(Arg::DoubleStarred(e)) => {
                    seen_kwunpack = true;
                    out.push(Arg::DoubleStarred(e));
                }
            }
        }
        Ok(out)
    }

    pub fn call<'t>(&self, f: Expr, raw: Vec<RawArg>, lp: usize, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        let mut raw = raw;
        // A lone generator argument takes the call's parentheses as its span.
        if raw.len() == 1 && matches!(raw[0], RawArg::Gen(_)) {
            if let Some(RawArg::Gen(g)) = raw.pop() {
                raw.push(RawArg::Gen(self.respan(g, lp, r)));
            }
        }
        let args = self.args(raw)?;
        Ok(self.mk(ExprKind::Call { func: Box::new(f), args }, l, r))
    }

    pub fn subscripts(&self, v: (Vec<Expr>, bool), l: usize, r: usize) -> Expr {
        let (mut items, trailing) = v;
        if items.len() == 1 && !trailing && !matches!(items[0].kind, ExprKind::Starred(_)) {
            items.pop().unwrap()
        } else {
            self.mk(ExprKind::Tuple(items), l, r)
        }
    }

    // ------------------------------------------------------------ targets

    /// The first part of `e` that cannot be assigned to (or deleted), with
    /// the message to report.
    fn invalid_target(e: &Expr, kind: TargetKind, depth: usize) -> Option<(Span, String)> {
        let verb = if kind == TargetKind::Del { "delete" } else { "assign to" };
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                if depth > MAX_EXPR_DEPTH {
                    return Some((e.span, "too many nested targets".into()));
                }
                for it in items {
                    if let Some(x) = Self::invalid_target(it, kind, depth + 1) {
                        return Some(x);
                    }
                }
                if kind == TargetKind::Assign
                    && items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).count() > 1
                {
                    return Some((e.span, "multiple starred expressions in assignment".into()));
                }
                None
            }
            ExprKind::Starred(inner) if kind == TargetKind::Assign => {
                Self::invalid_target(inner, kind, depth + 1)
            }
            _ => Some((e.span, format!("cannot {} {}", verb, expr_name(e)))),
        }
    }

    /// A `for`/comprehension/`with` target.
    pub fn target<'t>(&self, e: Expr) -> Result<Expr, PErr<'t>> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(perr("starred assignment target must be in a list or tuple", e.span));
        }
        if let Some((s, m)) = Self::invalid_target(&e, TargetKind::Assign, 0) {
            return Err(perr(m, s));
        }
        Ok(e)
    }

    fn is_parenthesized(&self, e: &Expr) -> bool {
        let before = self.src[..e.span.start as usize].trim_end();
        before.ends_with('(')
    }

    /// Can `e` be the `a` of CPython's `a = b` "Maybe you meant '=='" rule?
    fn bitwise_or_level(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::List(_)
            | ExprKind::Tuple(_)
            | ExprKind::GeneratorExp { .. }
            | ExprKind::Constant(Constant::True | Constant::False | Constant::None) => false,
            ExprKind::BoolOp { .. }
            | ExprKind::Compare { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield(_)
            | ExprKind::YieldFrom(_)
            | ExprKind::Starred(_)
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. } => self.is_parenthesized(e),
            _ => true,
        }
    }

    pub fn assign<'t>(&self, t: Expr, mut v: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, PErr<'t>> {
        let value = self.no_bare_star(v.pop().unwrap())?;
        let mut targets = Vec::with_capacity(v.len() + 1);
        targets.push(t);
        targets.extend(v);
        for (i, t) in targets.iter().enumerate() {
            if matches!(t.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Err(perr("assignment to yield expression not possible", t.span));
            }
            if let ExprKind::Starred(_) = t.kind {
                return Err(perr("starred assignment target must be in a list or tuple", t.span));
            }
            if let Some((s, m)) = Self::invalid_target(t, TargetKind::Assign, 0) {
                if targets.len() == 1 && i == 0 {
                    // CPython tries `a = b` on the element next to `=` first.
                    let bare_tuple = matches!(t.kind, ExprKind::Tuple(_))
                        && self.src.as_bytes().get(t.span.start as usize) != Some(&b'(');
                    let last = match &t.kind {
                        ExprKind::Tuple(items) if bare_tuple => items.last().unwrap_or(t),
                        _ => t,
                    };
                    if bare_tuple && matches!(last.kind, ExprKind::Name(_)) {
                        return Err(perr(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            Span::new(last.span.start as usize, value.span.end as usize),
                        ));
                    }
                    let last_invalid = !matches!(
                        last.kind,
                        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                    );
                    if last_invalid
                        && (bare_tuple || std::ptr::eq(last, t))
                        && self.bitwise_or_level(last)
                        && !matches!(last.kind, ExprKind::Starred(_))
                    {
                        return Err(perr(
                            format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(last)),
                            last.span,
                        ));
                    }
                }
                return Err(perr(m, s));
            }
        }
        Ok(self.stmt(StmtKind::Assign { targets, value }, l, r))
    }

    pub fn aug_assign<'t>(&self, t: Expr, op: BinOp, v: Expr, l: usize, r: usize) -> Result<Stmt, PErr<'t>> {
        let v = self.no_bare_star(v)?;
        match t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                Ok(self.stmt(StmtKind::AugAssign { target: t, op, value: v }, l, r))
            }
            _ => Err(perr(format!("'{}' is an illegal expression for augmented assignment", expr_name(&t)), t.span)),
        }
    }

    pub fn ann_assign<'t>(
        &self,
        t: Expr,
        a: Expr,
        v: Option<Expr>,
        l: usize,
        r: usize,
    ) -> Result<Stmt, PErr<'t>> {
        match t.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple(_) => return Err(perr("only single target (not tuple) can be annotated", t.span)),
            ExprKind::List(_) => return Err(perr("only single target (not list) can be annotated", t.span)),
            _ => return Err(perr("illegal target for annotation", t.span)),
        }
        let v = match v {
            Some(v) => Some(self.no_bare_star(v)?),
            None => None,
        };
        let simple = matches!(t.kind, ExprKind::Name(_)) && t.span.start as usize == l;
        Ok(self.stmt(StmtKind::AnnAssign { target: t, annotation: a, value: v, simple }, l, r))
    }

    pub fn delete<'t>(&self, v: Vec<Expr>, l: usize, r: usize) -> Result<Stmt, PErr<'t>> {
        for t in &v {
            if let ExprKind::Starred(_) = t.kind {
                return Err(perr("cannot delete starred", t.span));
            }
            if let Some((s, m)) = Self::invalid_target(t, TargetKind::Del, 0) {
                return Err(perr(m, s));
            }
        }
        Ok(self.stmt(StmtKind::Delete(v), l, r))
    }

    pub fn expr_stmt<'t>(&self, e: Expr, l: usize, r: usize) -> Result<Stmt, PErr<'t>> {
        let e = self.no_bare_star(e)?;
        Ok(self.stmt(StmtKind::Expr(e), l, r))
    }

    // ------------------------------------------------------------ compound statements

    pub fn decorate(&self, d: Vec<Expr>, mut s: Stmt) -> Stmt {
        match &mut s.kind {
            StmtKind::FunctionDef(f) => f.decorators = d,
            StmtKind::ClassDef(c) => c.decorators = d,
            _ => {}
        }
        s
    }

    pub fn if_stmt(
        &self,
        l: usize,
        test: Expr,
        body: Vec<Stmt>,
        elifs: Vec<(usize, Expr, Vec<Stmt>)>,
        orelse: Option<Vec<Stmt>>,
    ) -> Stmt {
        let mut orelse = orelse.unwrap_or_default();
        for (el, t, b) in elifs.into_iter().rev() {
            let r = end_of(&b, &orelse);
            let s = self.stmt(StmtKind::If { test: t, body: b, orelse }, el, r);
            orelse = vec![s];
        }
        let r = end_of(&body, &orelse);
        self.stmt(StmtKind::If { test, body, orelse }, l, r)
    }

    pub fn try_stmt<'t>(
        &self,
        l: usize,
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    ) -> Result<Stmt, PErr<'t>> {
        for h in &handlers[..handlers.len().saturating_sub(1)] {
            if h.typ.is_none() {
                return Err(perr("default 'except:' must be last", h.span));
            }
        }
        let mut r = end_of(&body, &[]);
        if let Some(h) = handlers.last() {
            r = h.span.end as usize;
        }
        r = end_of(&[], &orelse).max(r);
        r = end_of(&[], &finalbody).max(r);
        Ok(self.stmt(StmtKind::Try { body, handlers, orelse, finalbody }, l, r))
    }

    /// Checks a flat parameter list and sorts it into [`Parameters`].
    pub fn params<'t>(&self, items: Vec<ParamItem>) -> Result<Parameters, PErr<'t>> {
        let mut p = Parameters::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<usize> = None;
        let mut seen_default = false;
        let mut names: Vec<(String, Span)> = Vec::new();
        let after_kwarg = |p: &Parameters, s: Span| -> Result<(), PErr<'t>> {
            if p.kwarg.is_some() {
                return Err(perr("arguments cannot follow var-keyword argument", s));
            }
            Ok(())
        };
        for it in items {
            match it {
                ParamItem::Normal(prm) => {
                    after_kwarg(&p, prm.name.span)?;
                    names.push((prm.name.name.clone(), prm.name.span));
                    if seen_star {
                        p.kwonly.push(prm);
                    } else {
                        if prm.default.is_none() && seen_default {
                            return Err(perr(
                                "parameter without a default follows parameter with a default",
                                prm.name.span,
                            ));
                        }
                        seen_default |= prm.default.is_some();
                        p.args.push(prm);
                    }
                }
                ParamItem::Slash(at) => {
                    let s = Span::new(at, at + 1);
                    after_kwarg(&p, s)?;
                    if seen_slash {
                        return Err(perr("/ may appear only once", s));
                    }
                    if seen_star {
                        return Err(perr("/ must be ahead of *", s));
                    }
                    if p.args.is_empty() {
                        return Err(perr("at least one argument must precede /", s));
                    }
                    seen_slash = true;
                    p.posonly = std::mem::take(&mut p.args);
                }
                ParamItem::Star(at, prm) => {
                    let s = Span::new(at, at + 1);
                    after_kwarg(&p, s)?;
                    if seen_star {
                        return Err(perr("* argument may appear only once", s));
                    }
                    seen_star = true;
                    match prm {
                        None => bare_star = Some(at),
                        Some(prm) => {
                            if let Some(d) = &prm.default {
                                return Err(perr("var-positional argument cannot have default value", d.span));
                            }
                            names.push((prm.name.name.clone(), prm.name.span));
                            p.vararg = Some(prm);
                        }
                    }
                }
                ParamItem::DoubleStar(at, prm) => {
                    after_kwarg(&p, Span::new(at, at + 2))?;
                    if let Some(d) = &prm.default {
                        return Err(perr("var-keyword argument cannot have default value", d.span));
                    }
                    names.push((prm.name.name.clone(), prm.name.span));
                    p.kwarg = Some(prm);
                }
            }
        }
        if let Some(at) = bare_star {
            if p.kwonly.is_empty() {
                return Err(perr("named arguments must follow bare *", Span::new(at, at + 1)));
            }
        }
        for (i, (n, s)) in names.iter().enumerate() {
            if names[..i].iter().any(|(m, _)| m == n) {
                return Err(perr(format!("duplicate argument '{}' in function definition", n), *s));
            }
        }
        Ok(p)
    }

    pub fn funcdef<'t>(
        &self,
        l: usize,
        name: Ident,
        p: Option<(Vec<ParamItem>, bool)>,
        returns: Option<Expr>,
        body: Vec<Stmt>,
    ) -> Result<Stmt, PErr<'t>> {
        let params = self.params(p.map(|p| p.0).unwrap_or_default())?;
        let r = end_of(&body, &[]);
        let f = FunctionDef { name, params, body, decorators: vec![], returns };
        Ok(self.stmt(StmtKind::FunctionDef(Box::new(f)), l, r))
    }

    pub fn classdef<'t>(
        &self,
        l: usize,
        name: Ident,
        a: Option<Vec<RawArg>>,
        body: Vec<Stmt>,
    ) -> Result<Stmt, PErr<'t>> {
        let raw = a.unwrap_or_default();
        if let Some(RawArg::Gen(g)) = raw.iter().find(|a| matches!(a, RawArg::Gen(_))) {
            return Err(perr("invalid syntax", g.span));
        }
        let args = self.args(raw)?;
        let r = end_of(&body, &[]);
        let c = ClassDef { name, args, body, decorators: vec![] };
        Ok(self.stmt(StmtKind::ClassDef(Box::new(c)), l, r))
    }

    // ------------------------------------------------------------ strings

    pub fn strings<'t>(&self, v: Vec<(usize, &str)>, l: usize, r: usize) -> Result<Expr, PErr<'t>> {
        let kind = strings::concat(self, &v, l, r).map_err(user)?;
        Ok(self.mk(kind, l, r))
    }

    /// Parses the expression of an f-string field, `src[start..end]`.
    pub fn parse_field(&self, start: usize, end: usize) -> Result<Expr, SyntaxError> {
        let depth = self.fdepth.get();
        if depth >= super::lexer::MAX_FSTRING_NESTING {
            return Err(err("f-string: expressions nested too deeply", start, end));
        }
        self.fdepth.set(depth + 1);
        let res = stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.run(start, end, Mode::Field));
        self.fdepth.set(depth);
        match res {
            Ok(Top::Expr(e)) => Ok(e),
            Ok(Top::Module(_)) => Err(err("f-string: invalid syntax", start, end)),
            Err(mut e) => {
                if e.incomplete {
                    // The expression stopped short of the field's end.
                    e.message = "f-string: expecting '=', or '!', or ':', or '}'".into();
                    e.incomplete = false;
                }
                Err(e)
            }
        }
    }

    // ------------------------------------------------------------ running

    /// Parses `src[start..end]` in `mode`.
    pub fn run(&self, start: usize, end: usize, mode: Mode) -> Result<Top, SyntaxError> {
        // A UTF-8 byte order mark at the very start is skipped, as by CPython.
        let lex_start = if start == 0 && mode != Mode::Field && self.src.starts_with('\u{feff}') { 3 } else { start };
        let mut layout = Layout::new_range(self.src, lex_start, end, mode);
        let first = match mode {
            Mode::Module => Tok::StartModule,
            Mode::Eval => Tok::StartEval,
            Mode::Field => Tok::StartField,
        };
        let parser = python::TopParser::new();
        let res = parser.parse(self, std::iter::once(Ok((start, first, start))).chain(&mut layout));
        if let Some(e) = self.deferred.borrow_mut().take() {
            return Err(e);
        }
        match res {
            Ok(t) => Ok(t),
            Err(e) => {
                let from_layout = layout.failed;
                let e = self.map_error(e, &layout, mode);
                if from_layout || mode == Mode::Field {
                    return Err(e);
                }
                // Like CPython, a parser error gives way to a tokenizer error
                // later in the source (an unclosed bracket counts when it was
                // opened on an earlier line than the error).
                let err_line = line_of(self.src, layout.last_token_start().unwrap_or(e.span.start as usize));
                let bracket_line = layout.open_bracket_line();
                for t in &mut layout {
                    if let Err(e2) = t {
                        if e2.message.ends_with("was never closed") {
                            if bracket_line.is_some_and(|b| err_line > b) {
                                return Err(e2);
                            }
                            return Err(e);
                        }
                        return Err(e2);
                    }
                }
                Err(e)
            }
        }
    }

    // ------------------------------------------------------------ error messages

    fn map_error(&self, e: PErr<'a>, layout: &Layout<'a>, mode: Mode) -> SyntaxError {
        match e {
            ParseError::User { error } => error,
            ParseError::InvalidToken { location } => err("invalid syntax", location, location + 1),
            ParseError::ExtraToken { token: (l, _, r) } => err("invalid syntax", l, r),
            ParseError::UnrecognizedEof { location, expected } => {
                let at = layout.last_token_start().unwrap_or(location);
                let mut e = self.unexpected(at, None, at, &expected, layout, mode);
                e.incomplete = true;
                e
            }
            ParseError::UnrecognizedToken { token: (l, t, r), expected } => {
                let mut e = self.unexpected(l, Some(&t), r, &expected, layout, mode);
                // A DEDENT at the very end: the input stopped inside a block.
                if t == Tok::Dedent && l >= self.src.len() {
                    e.incomplete = true;
                }
                e
            }
        }
    }

    fn unexpected(
        &self,
        l: usize,
        tok: Option<&Tok<'a>>,
        r: usize,
        expected: &[String],
        layout: &Layout<'a>,
        mode: Mode,
    ) -> SyntaxError {
        let src = self.src;
        let expects = |s: &str| expected.iter().any(|e| e == s);
        let indentation = |msg: String| SyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            message: msg,
            span: Span::new(l, r.max(l)),
            help: None,
            incomplete: false,
        };
        if tok == Some(&Tok::Indent) {
            return indentation("unexpected indent".into());
        }
        // Tokens of the logical line up to the error, without INDENT/DEDENT
        // (after a NEWLINE or at the end, the line that just ended).
        let real = |t: &&Spanned<'a>| !matches!(t.1, Tok::Indent | Tok::Dedent | Tok::Newline);
        let mut line: Vec<&Spanned<'a>> = layout
            .cur_line
            .iter()
            .filter(real)
            .filter(|t| t.0 < l || (t.0 == l && Some(&t.1) != tok))
            .collect();
        if line.is_empty() && matches!(tok, None | Some(Tok::Newline)) {
            line = layout.prev_line.iter().filter(real).collect();
        }
        let first = line.first().map(|t| &t.1);
        let prev = line.last().map(|t| &t.1);
        // The line with the error token.
        let mut with_err: Vec<&Tok<'a>> = line.iter().map(|t| &t.1).collect();
        if let Some(t) = tok {
            with_err.push(t);
        }
        if expects("INDENT") {
            let header = layout.prev_line.iter().find(|t| !matches!(t.1, Tok::Indent | Tok::Dedent));
            if let Some((hl, ht, _)) = header {
                let what = match ht {
                    Tok::If => "'if' statement",
                    Tok::Elif => "'elif' statement",
                    Tok::Else => "'else' statement",
                    Tok::While => "'while' statement",
                    Tok::For => "'for' statement",
                    Tok::Try => "'try' statement",
                    Tok::Except => "'except' statement",
                    Tok::Finally => "'finally' statement",
                    Tok::With => "'with' statement",
                    Tok::Def => "function definition",
                    Tok::Class => "class definition",
                    _ => "statement",
                };
                return indentation(format!("expected an indented block after {} on line {}", what, line_of(src, *hl)));
            }
            return indentation("expected an indented block".into());
        }
        let is_name = |t: Option<&Tok>, n: &str| matches!(t, Some(Tok::Name(s)) if *s == n);
        // Soft keywords that start statements dictpy does not support.
        if is_name(first, "match") && with_err.len() >= 2 && !self.name_used_as_expr(with_err[1]) {
            return err("'match' statements are not supported by dictpy", line[0].0, line[0].2);
        }
        if is_name(first, "type") && with_err.len() >= 2 && matches!(with_err[1], Tok::Name(_)) {
            return err("'type' statements are not supported by dictpy", line[0].0, line[0].2);
        }
        match tok {
            Some(Tok::LSqb) if line.len() == 2 && matches!(line[0].1, Tok::Def | Tok::Class) => {
                let what = if line[0].1 == Tok::Def { "def f[T]()" } else { "class C[T]" };
                return err(format!("type parameter lists ('{}') are not supported by dictpy", what), l, r);
            }
            Some(Tok::Async) => {
                let rest = src[r..].trim_start();
                let word: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                let what = match word.as_str() {
                    "def" | "for" | "with" => format!("'async {}'", word),
                    _ => "'async'".to_string(),
                };
                return err(format!("{} is not supported by dictpy", what), l, r);
            }
            Some(Tok::Await) if self.expr_follows(r) => {
                return err("'await' expressions are not supported by dictpy", l, r)
            }
            Some(Tok::Comma | Tok::RBrace) if expects("\":\"") && self.innermost_open(&line) == Some(&Tok::LBrace) => {
                return err("':' expected after dictionary key", l, r);
            }
            Some(Tok::Comma | Tok::RBrace) if prev == Some(&Tok::Colon) && self.innermost_open(&line) == Some(&Tok::LBrace) => {
                return err("expression expected after dictionary key and ':'", line[line.len() - 1].0, line[line.len() - 1].2);
            }
            Some(Tok::Star) if prev == Some(&Tok::Except) => {
                return err("'except*' is not supported by dictpy", l, r);
            }
            Some(Tok::Comma) if first == Some(&Tok::Except) => {
                let s = line.get(1).map(|t| t.0).unwrap_or(l);
                return err("multiple exception types must be parenthesized", s, r);
            }
            Some(Tok::Newline) if expects("\":\"") => return err("expected ':'", l, r),
            Some(Tok::Newline) if first == Some(&Tok::From) && prev == Some(&Tok::Comma) => {
                return err("trailing comma not allowed without surrounding parentheses", l, r);
            }
            _ => {}
        }
        if expects("\"else\"") && !expects("\"if\"") && tok != Some(&Tok::Else) {
            // After `a if b`: CPython points at the whole `a if b`.
            return err("expected 'else' after 'if' expression", l, r);
        }
        if (expects("\"except\"") || expects("\"finally\"")) && !expects("NAME") {
            return err("expected 'except' or 'finally' block", l, r);
        }
        if let Some(t) = tok {
            // `print x`, `exec x`
            for legacy in ["print", "exec"] {
                if is_name(first, legacy) && line.len() == 1 && t.starts_expr() {
                    return err(
                        format!("Missing parentheses in call to '{0}'. Did you mean {0}(...)?", legacy),
                        line[0].0,
                        r,
                    );
                }
            }
            // `if x = 1:` / `[x = 1]`: a `=` where an expression continues.
            if *t == Tok::Equal
                && !line.is_empty()
                && (matches!(first, Some(Tok::If | Tok::Elif | Tok::While)) || self.in_brackets(&line))
            {
                let start = self.expr_start(&line);
                if matches!(prev, Some(Tok::Name(_))) && !matches!(line[line.len().saturating_sub(2)].1, Tok::Dot) {
                    return err("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, r);
                }
                if let Some(what) = self.kind_before(&line) {
                    return err(format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", what), start, l);
                }
            }
            // Two expressions side by side inside brackets.
            if t.starts_expr()
                && prev.is_some_and(|p| p.ends_expr())
                && first != Some(&Tok::Def)
                && (mode == Mode::Field || self.in_brackets(&line))
            {
                let start = self.expr_start(&line);
                return err("invalid syntax. Perhaps you forgot a comma?", start, r);
            }
            if t.is_keyword() && matches!(t, Tok::Pass | Tok::Break | Tok::Continue) {
                return err("invalid syntax", l, r);
            }
        }
        err("invalid syntax", l, r.max(l + 1).min(src.len().max(l)))
    }

    /// After a soft keyword at the start of a line: is it used as a name
    /// (`match = 1`, `match.x`, `match(x)` ...)?
    fn name_used_as_expr(&self, second: &Tok<'a>) -> bool {
        match second {
            Tok::Equal | Tok::Dot | Tok::Comma | Tok::RPar | Tok::Semi | Tok::Newline => true,
            Tok::Colon => true,
            t => {
                let s = format!("{:?}", t);
                s.ends_with("Equal") && !matches!(t, Tok::EqEqual | Tok::NotEqual)
            }
        }
    }

    /// What kind of expression ends the token list (for "cannot assign to
    /// X here"), when it can be told from the tokens.
    fn kind_before(&self, line: &[&Spanned<'a>]) -> Option<&'static str> {
        let n = line.len();
        let last = &line[n - 1].1;
        let before = |i: usize| if i > 0 { Some(&line[i - 1].1) } else { None };
        match last {
            Tok::Name(_) if matches!(before(n - 1), Some(Tok::Dot)) => Some("attribute"),
            Tok::Int(_) | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => Some("literal"),
            Tok::RSqb | Tok::RPar => {
                let mut depth = 0i32;
                let mut i = n - 1;
                loop {
                    match line[i].1 {
                        Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                        Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth -= 1,
                        _ => {}
                    }
                    if depth == 0 || i == 0 {
                        break;
                    }
                    i -= 1;
                }
                if !before(i).is_some_and(|t| t.ends_expr()) {
                    return None;
                }
                Some(if *last == Tok::RSqb { "subscript" } else { "function call" })
            }
            _ => None,
        }
    }

    /// Does an expression start after offset `r` (skipping blanks)?
    fn expr_follows(&self, r: usize) -> bool {
        let rest = self.src[r.min(self.src.len())..].trim_start_matches([' ', '\t']);
        rest.chars().next().is_some_and(|c| {
            c.is_alphanumeric() || c == '_' || "'\"([{-+~.".contains(c) || (!c.is_ascii() && super::lexer::is_id_start(c))
        })
    }

    /// The innermost bracket still open at the end of `line`.
    fn innermost_open<'l>(&self, line: &'l [&Spanned<'a>]) -> Option<&'l Tok<'a>> {
        let mut stack = Vec::new();
        for t in line {
            match t.1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => stack.push(&t.1),
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    stack.pop();
                }
                _ => {}
            }
        }
        stack.pop()
    }

    fn in_brackets(&self, line: &[&Spanned<'a>]) -> bool {
        let mut depth: i32 = 0;
        for t in line {
            match t.1 {
                Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
                _ => {}
            }
        }
        depth > 0
    }

    /// Where the expression that ends the token list starts (roughly: its
    /// primary, skipping back over balanced brackets, dots and names).
    fn expr_start(&self, line: &[&Spanned<'a>]) -> usize {
        let mut i = line.len() - 1;
        loop {
            match line[i].1 {
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    let mut depth = 0i32;
                    loop {
                        match line[i].1 {
                            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
                            Tok::LPar | Tok::LSqb | Tok::LBrace | Tok::WithLPar => depth -= 1,
                            _ => {}
                        }
                        if depth == 0 || i == 0 {
                            break;
                        }
                        i -= 1;
                    }
                }
                _ => {}
            }
            if i > 0 && matches!(line[i - 1].1, Tok::Dot) && i >= 2 {
                i -= 2;
                continue;
            }
            if i > 0 && matches!(line[i].1, Tok::LPar | Tok::LSqb) && line[i - 1].1.ends_expr() {
                i -= 1;
                continue;
            }
            return line[i].0;
        }
    }
}

/// Parses a whole module.
///
/// The parser's recursion (building and checking the tree) is bounded by its
/// nesting limit, which fits a 2 MiB thread stack, so no stack growth is
/// arranged here; the interpreter parses on its own evaluation stack anyway.
/// (Asking `stacker` how much stack is left reads `/proc/self/maps` on a
/// thread's first call, a fifth of an empty script's start-up.)
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let ctx = Ctx::new(source);
    match ctx.run(0, source.len(), Mode::Module)? {
        Top::Module(body) => {
            let m = Module { body };
            super::validate::check_module(&m)?;
            Ok(m)
        }
        Top::Expr(_) => Err(err("invalid syntax", 0, 0)),
    }
}

/// Parses the input of `eval()`: an expression (or a bare tuple), with
/// leading whitespace and trailing newlines allowed.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    let ctx = Ctx::new(source);
    match ctx.run(0, source.len(), Mode::Eval)? {
        Top::Expr(e) => {
            super::validate::check_expr(&e)?;
            Ok(e)
        }
        Top::Module(_) => Err(err("invalid syntax", 0, 0)),
    }
}
