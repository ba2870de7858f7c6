//! The abstract syntax tree produced by the parser.
//!
//! Every node carries a byte [`Span`] into the source so that every error, at
//! any later stage, can point at the code that caused it. The shapes follow
//! CPython's `ast` module closely (a reader who knows `ast.dump` will find the
//! same names), with a few simplifications noted on the types.

use num_bigint::BigInt;

/// A byte range `start..end` into the source text.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    pub fn is_empty(self) -> bool {
        self.end == self.start
    }
}

impl std::fmt::Debug for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A whole source file or REPL chunk.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub body: Vec<Stmt>,
}

/// An identifier with its location (`def f`, `x.attr`, `global x`, ...).
#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// An expression evaluated for its effect (`f(x)`, a docstring, `yield x`).
    Expr(Expr),
    /// `a = b = value`: `targets` in source order. Targets are checked by the
    /// parser: names, attributes, subscripts, and tuples/lists (with at most
    /// one `*starred`) of those.
    Assign { targets: Vec<Expr>, value: Expr },
    /// `target op= value`; `op` is the binary operator (`|=` is `BinOp::BitOr`).
    AugAssign { target: Expr, op: BinOp, value: Expr },
    /// `target: annotation [= value]`. `simple` is true for a bare name target
    /// that was not parenthesised (CPython stores those in `__annotations__`).
    AnnAssign { target: Expr, annotation: Expr, value: Option<Expr>, simple: bool },
    Delete(Vec<Expr>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    /// `raise`, `raise exc`, `raise exc from cause`.
    Raise { exc: Option<Expr>, cause: Option<Expr> },
    Assert { test: Expr, msg: Option<Expr> },
    Global(Vec<Ident>),
    Nonlocal(Vec<Ident>),
    /// `elif` chains are nested `If`s in `orelse`, as in CPython's ast.
    If { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    While { test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    For { target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt> },
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Try { body: Vec<Stmt>, handlers: Vec<ExceptHandler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    /// `with a as x, b:` (several items are nested withs, left to right).
    With { items: Vec<WithItem>, body: Vec<Stmt> },
    /// `import a.b.c as d, e`.
    Import(Vec<Alias>),
    /// `from module import a as b, c` / `from module import *` (one alias
    /// named `*`). `level` counts leading dots of a relative import.
    ImportFrom { module: Option<String>, names: Vec<Alias>, level: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct FunctionDef {
    pub name: Ident,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ClassDef {
    pub name: Ident,
    /// Positional bases and keywords (`metaclass=...`, `total=False`), in source order.
    pub args: Vec<Arg>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// The parameter list of a `def` or `lambda`.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parameters {
    /// Before a `/`.
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    /// `*args`.
    pub vararg: Option<Param>,
    /// After `*` or `*args`.
    pub kwonly: Vec<Param>,
    /// `**kwargs`.
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// `None` for a bare `except:`.
    pub typ: Option<Expr>,
    pub name: Option<Ident>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `a.b.c as d` in an import; `name` is the dotted name as written.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    pub name: String,
    pub asname: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Name(String),
    Constant(Constant),
    /// An f-string, or an implicit concatenation containing one
    /// (`'a' f'{x}' 'b'`): literal text and replacement fields in order.
    FString(Vec<FStringPart>),
    /// `a and b and c` / `a or b` (a run of the same operator is one node).
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `target := value`.
    NamedExpr { target: Ident, value: Box<Expr> },
    BinOp { left: Box<Expr>, op: BinOp, right: Box<Expr> },
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    Lambda { params: Box<Parameters>, body: Box<Expr> },
    /// `body if test else orelse`.
    IfExp { test: Box<Expr>, body: Box<Expr>, orelse: Box<Expr> },
    /// `{k: v, **m}`.
    Dict(Vec<DictItem>),
    /// `{a, *b}`: elements may be `Starred`.
    Set(Vec<Expr>),
    /// `[a, *b]`: elements may be `Starred`.
    List(Vec<Expr>),
    /// `(a, *b)` or a bare `a, b`: elements may be `Starred`.
    Tuple(Vec<Expr>),
    ListComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    SetComp { elt: Box<Expr>, generators: Vec<Comprehension> },
    DictComp { key: Box<Expr>, value: Box<Expr>, generators: Vec<Comprehension> },
    GeneratorExp { elt: Box<Expr>, generators: Vec<Comprehension> },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `left op0 c0 op1 c1 ...` (a chained comparison is one node).
    Compare { left: Box<Expr>, ops: Vec<CmpOp>, comparators: Vec<Expr> },
    Call { func: Box<Expr>, args: Vec<Arg> },
    Attribute { value: Box<Expr>, attr: Ident },
    /// `value[index]`; `d[1, 2]` has a `Tuple` index, `a[1:2]` a `Slice` one,
    /// `a[1:2, 3]` a `Tuple` containing a `Slice`.
    Subscript { value: Box<Expr>, index: Box<Expr> },
    /// `*value` in a display, call or assignment target.
    Starred(Box<Expr>),
    /// `lower:upper:step`, only as (part of) a subscript index.
    Slice { lower: Option<Box<Expr>>, upper: Option<Box<Expr>>, step: Option<Box<Expr>> },
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(f64),
    /// `1j`: the imaginary part.
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum FStringPart {
    Literal(String),
    Field(FormattedField),
}

/// `{expr!conv:spec}` inside an f-string.
#[derive(Clone, Debug, PartialEq)]
pub struct FormattedField {
    pub expr: Box<Expr>,
    /// For `{expr=}`: the source text up to and including `=` (with its
    /// whitespace), printed before the value.
    pub debug_text: Option<String>,
    /// `!r`, `!s` or `!a`. A `{x=}` without conversion or spec uses `r`.
    pub conversion: Option<char>,
    /// The format spec after `:`, which may itself contain fields.
    pub format_spec: Option<Vec<FStringPart>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DictItem {
    /// `key: value`.
    Pair(Expr, Expr),
    /// `**mapping`.
    Unpack(Expr),
}

/// `for target in iter if cond1 if cond2` (one clause of a comprehension).
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
}

/// One argument of a call or class statement.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    Positional(Expr),
    /// `*iterable`.
    Starred(Expr),
    /// `name=value`.
    Keyword(Ident, Expr),
    /// `**mapping`.
    DoubleStarred(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, `|`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mult => "*",
            BinOp::MatMult => "@",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
            BinOp::BitAnd => "&",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Invert,
    UAdd,
    USub,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::NotEq => "!=",
            CmpOp::Lt => "<",
            CmpOp::LtE => "<=",
            CmpOp::Gt => ">",
            CmpOp::GtE => ">=",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
        }
    }
}
