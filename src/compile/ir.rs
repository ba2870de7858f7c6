//! The resolved tree the evaluator walks.
//!
//! It mirrors the AST but every name is already resolved to where it lives
//! (a local slot, a cell, the module globals, or a class namespace),
//! constants are already values, and each function, lambda, class body and
//! comprehension is its own [`Code`].

use std::rc::Rc;

use crate::eval::SourceFile;
use crate::syntax::ast::{BinOp, CmpOp, Span, UnaryOp};
use crate::value::{PyStr, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeKind {
    Module,
    Function,
    Lambda,
    Class,
    Comprehension,
}

/// How a call's arguments map onto a function's parameter slots.
pub struct ParamSpec {
    /// Number of positional-only parameters (a prefix of `positional`).
    pub posonly: usize,
    /// Positional parameters (including the positional-only ones).
    pub positional: usize,
    pub kwonly: usize,
    pub vararg: bool,
    pub kwarg: bool,
    /// All parameter names in slot order: positional, kw-only, *args, **kwargs.
    pub names: Vec<Rc<PyStr>>,
}

impl ParamSpec {
    pub fn count(&self) -> usize {
        self.positional + self.kwonly + self.vararg as usize + self.kwarg as usize
    }
    pub fn vararg_slot(&self) -> usize {
        self.positional + self.kwonly
    }
    pub fn kwarg_slot(&self) -> usize {
        self.positional + self.kwonly + self.vararg as usize
    }
}

pub struct Code {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub kind: CodeKind,
    pub source: Rc<SourceFile>,
    pub span: Span,
    pub params: ParamSpec,
    /// Local slots; parameters take the first `params.count()` of them.
    pub nlocals: usize,
    pub local_names: Vec<Rc<PyStr>>,
    /// Cells this code creates, with the parameter slot to copy in (a parameter
    /// captured by an inner function). Free variables (from the closure) come
    /// after them in the frame's cell list.
    pub cellvars: Vec<(Rc<PyStr>, Option<u32>)>,
    pub freevars: Vec<Rc<PyStr>>,
    pub body: Vec<Stmt>,
    pub is_generator: bool,
    pub doc: Option<Rc<PyStr>>,
}

pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[repr(u8)]
pub enum ExprKind {
    Const(Value),
    Local(u32),
    /// A cell or free variable: index into the frame's cells.
    Deref(u32),
    Global(Rc<PyStr>, Box<GlobalCache>),
    /// A name read in a class body: the class namespace, then globals/builtins.
    ClassName(Rc<PyStr>),
    /// A free variable read in a class body: the namespace first, then the cell.
    ClassDeref(Rc<PyStr>, u32),
    FString(Vec<FPart>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Bin(BinOp, Box<Expr>, Box<Expr>),
    Compare(Box<Expr>, Vec<(CmpOp, Expr)>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `target := value`.
    NamedExpr(Box<Target>, Box<Expr>),
    Call(Box<Expr>, CallArgs),
    /// `obj.name(args)`: avoids making a bound method object.
    MethodCall(Box<Expr>, Rc<PyStr>, CallArgs, Box<MethodCache>),
    /// Zero-argument `super()` inside a method: the `__class__` cell and the
    /// first argument's local slot.
    SuperZero { class_cell: u32, self_slot: Option<u32> },
    Attribute(Box<Expr>, Rc<PyStr>),
    Subscript(Box<Expr>, Box<Expr>),
    /// A subscript used only as a truth test (`if d[k]:`): evaluated like
    /// `Subscript`; the phantom-key report does not count it as a use.
    TestSubscript(Box<Expr>, Box<Expr>),
    Slice(Option<Box<Expr>>, Option<Box<Expr>>, Option<Box<Expr>>),
    Tuple(Vec<Elt>),
    List(Vec<Elt>),
    Set(Vec<Elt>),
    Dict(Vec<DictItem>),
    /// A lambda or a comprehension's function.
    Function(Box<FuncDef>),
    /// A list/set/dict comprehension: call its code with the first iterable.
    Comprehension(Box<FuncDef>, Box<Expr>, CompKind),
    /// A generator expression: a generator over its code with the first iterable.
    GeneratorExp(Box<FuncDef>, Box<Expr>),
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
}

/// What a method call site found for the last two receiver classes (a site
/// often sees a class and a subclass): the class, the class-namespace epoch
/// it was found in, and the function; the most recent first. An entry is
/// valid while no class namespace has changed since
/// (`crate::dict::table::watched_epoch`).
///
/// A receiver of a builtin type calling a builtin method (`d.get(k)`,
/// `l.append(x)`) also has it in `builtin`, checked without a borrow: the
/// receiver's [`crate::value::Value::builtin_type_key`], the epoch, and
/// the function.
#[derive(Default)]
pub struct MethodCache {
    pub entries: std::cell::RefCell<[Option<MethodCacheEntry>; 2]>,
    pub builtin: std::cell::Cell<Option<(u64, u64, crate::value::BuiltinFn)>>,
    /// Set by the compiler: the receiver and the (at most two, positional)
    /// arguments are all locals or constants, which a builtin method can
    /// be handed in place.
    pub operands_in_place: bool,
}

pub type MethodCacheEntry = (Rc<crate::value::Class>, u64, Value);

/// Where a global name read was found last time: an entry position in the
/// module's globals (valid while that table keeps its layout and the entry
/// holds the name), or a builtin (valid while the globals gained no key and
/// no watched table, builtins included, changed).
#[derive(Default)]
pub struct GlobalCache {
    pub hit: std::cell::RefCell<GlobalHit>,
}

#[derive(Default)]
pub enum GlobalHit {
    #[default]
    Unknown,
    InGlobals { globals: usize, layout: u64, entry: usize },
    InBuiltins { globals: usize, keys_version: u64, epoch: u64, value: Value },
}

pub enum Elt {
    One(Expr),
    Star(Expr),
}

pub enum DictItem {
    Pair(Expr, Expr),
    Unpack(Expr),
}

/// The arguments of a call, sorted once by the compiler: a few plain
/// positional ones (most calls) are evaluated straight into an array of
/// their exact size; anything else goes through the general gathering.
pub enum CallArgs {
    /// At most [`CallArgs::POSITIONAL_MAX`] plain positional arguments.
    Positional(Vec<Expr>),
    /// More, or with `*`, `**` or keywords.
    General(Vec<Arg>),
}

impl CallArgs {
    /// The most plain positional arguments a call evaluates onto the stack.
    pub const POSITIONAL_MAX: usize = 3;

    pub fn new(args: Vec<Arg>) -> CallArgs {
        if args.len() <= Self::POSITIONAL_MAX && args.iter().all(|a| matches!(a, Arg::Pos(_))) {
            CallArgs::Positional(
                args.into_iter()
                    .map(|a| match a {
                        Arg::Pos(e) => e,
                        _ => unreachable!("checked above"),
                    })
                    .collect(),
            )
        } else {
            CallArgs::General(args)
        }
    }
}

pub enum Arg {
    Pos(Expr),
    Star(Expr),
    Kw(Rc<PyStr>, Expr),
    StarStar(Expr),
}

pub enum FPart {
    Lit(Rc<PyStr>),
    Field { expr: Expr, conversion: Option<char>, spec: Option<Vec<FPart>> },
}

/// What a `def`, `lambda` or comprehension evaluates to make a function.
pub struct FuncDef {
    pub code: Rc<Code>,
    /// Defaults of positional parameters, in order (for the last ones).
    pub defaults: Vec<Expr>,
    /// Defaults of keyword-only parameters (None where there is none).
    pub kwdefaults: Vec<Option<Expr>>,
    pub decorators: Vec<Expr>,
    /// Where each free variable of `code` comes from: this frame's cell index.
    pub closure: Vec<u32>,
}

pub struct ClassDef {
    pub name: Rc<PyStr>,
    pub qualname: Rc<PyStr>,
    pub bases: Vec<Arg>,
    pub body: Rc<Code>,
    pub closure: Vec<u32>,
    pub decorators: Vec<Expr>,
    /// The index in the body's cells of `__class__`, when methods use super().
    pub class_cell: Option<u32>,
}

pub enum Target {
    Local(u32),
    Deref(u32),
    Global(Rc<PyStr>),
    ClassName(Rc<PyStr>),
    Attr(Expr, Rc<PyStr>),
    Subscript(Expr, Expr),
    /// `a, *b, c`: the targets and the index of the starred one.
    Unpack(Vec<Target>, Option<usize>, Span),
}

pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[repr(u8)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Vec<Target>, Expr),
    /// `target op= value`; the target's object and key are evaluated once.
    AugAssign(Target, BinOp, Expr),
    /// An annotation in a module or class body, recorded in `__annotations__`.
    Annotate(Rc<PyStr>, Expr),
    Delete(Vec<Target>),
    Pass,
    Break,
    Continue,
    Return(Option<Expr>),
    Raise(Option<Expr>, Option<Expr>),
    Assert(Expr, Option<Expr>),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    While(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>, Vec<Stmt>),
    Try { body: Vec<Stmt>, handlers: Vec<Handler>, orelse: Vec<Stmt>, finalbody: Vec<Stmt> },
    With(Expr, Option<Target>, Vec<Stmt>),
    FunctionDef(Target, Box<FuncDef>),
    ClassDef(Target, Box<ClassDef>),
    /// `import a.b.c [as x]`: binds `x` to the module, or `a` to the top package.
    Import { module: Rc<str>, target: Target, bind_top: bool },
    ImportFrom { module: Rc<str>, names: Vec<(Rc<PyStr>, Target)> },
    ImportStar { module: Rc<str> },
    /// Inside a comprehension's code: add to the result accumulator in slot 1.
    CompPush(CompKind, Expr, Option<Expr>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CompKind {
    List,
    Set,
    Dict,
}

pub struct Handler {
    pub typ: Option<Expr>,
    pub name: Option<Target>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
