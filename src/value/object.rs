//! The heap objects a [`Value`] refers to.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::fmt;

use crate::compile::Code;
use crate::dict::{DictTable, SetTable};
use crate::eval::{Interp, PyResult};
use crate::syntax::ast::Span;

use super::Value;

/// The text of a str. Up to [`StrText::INLINE`] bytes live inside the str
/// object itself (one allocation, and a key comparison touches one cache
/// line), as CPython keeps a str's characters in its object; longer text is
/// a separate heap block.
pub enum StrText {
    Inline { len: u8, bytes: [u8; StrText::INLINE] },
    Heap(Box<str>),
}

impl StrText {
    pub const INLINE: usize = 22;
}

impl std::ops::Deref for StrText {
    type Target = str;
    #[inline(always)]
    fn deref(&self) -> &str {
        match self {
            // SAFETY: inline bytes are always copied from a whole `str`.
            StrText::Inline { len, bytes } => unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) },
            StrText::Heap(s) => s,
        }
    }
}

impl From<&str> for StrText {
    fn from(s: &str) -> StrText {
        if s.len() <= StrText::INLINE {
            let mut bytes = [0u8; StrText::INLINE];
            bytes[..s.len()].copy_from_slice(s.as_bytes());
            StrText::Inline { len: s.len() as u8, bytes }
        } else {
            StrText::Heap(s.into())
        }
    }
}

impl From<String> for StrText {
    fn from(s: String) -> StrText {
        if s.len() <= StrText::INLINE {
            StrText::from(s.as_str())
        } else {
            StrText::Heap(s.into_boxed_str())
        }
    }
}

impl From<Box<str>> for StrText {
    fn from(s: Box<str>) -> StrText {
        if s.len() <= StrText::INLINE {
            StrText::from(&*s)
        } else {
            StrText::Heap(s)
        }
    }
}

impl Clone for StrText {
    fn clone(&self) -> StrText {
        StrText::from(&**self)
    }
}

impl PartialEq for StrText {
    #[inline]
    fn eq(&self, other: &StrText) -> bool {
        match (self, other) {
            // Inline text is zero-padded (every inline str is made by
            // `From<&str>`), so equal texts have equal arrays: a few word
            // compares instead of a call to memcmp. (Text of one kind never
            // equals text of the other: the kind follows the length.)
            (StrText::Inline { len: a, bytes: x }, StrText::Inline { len: b, bytes: y }) => a == b && x == y,
            _ => **self == **other,
        }
    }
}

impl PartialEq<str> for StrText {
    fn eq(&self, other: &str) -> bool {
        &**self == other
    }
}

impl PartialEq<&str> for StrText {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl fmt::Display for StrText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&**self, f)
    }
}

impl fmt::Debug for StrText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// An immutable str with its hash cached (CPython caches it too), so that
/// repeated dict lookups with the same key object hash once.
pub struct PyStr {
    pub s: StrText,
    /// -1 until computed (a real hash is never -1).
    pub hash: Cell<i64>,
    /// Number of code points (equal to `s.len()` for ASCII, the common case,
    /// which makes indexing O(1) then).
    pub chars: usize,
}

impl PyStr {
    pub fn new(s: impl Into<StrText>) -> PyStr {
        let s: StrText = s.into();
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, hash: Cell::new(-1), chars }
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = crate::dict::hash::hash_str(&self.s, super::hash_secret());
        self.hash.set(h);
        h
    }
}

pub struct PyBytes {
    pub b: Box<[u8]>,
}

/// bytearray: a mutable sequence of bytes (unhashable).
pub struct ByteArray {
    pub b: RefCell<Vec<u8>>,
}

pub struct Tuple {
    pub items: TupleItems,
}

impl Tuple {
    pub fn new(items: Vec<Value>) -> Tuple {
        let items = match <[Value; 2]>::try_from(items) {
            Ok(pair) => TupleItems::Pair(pair),
            Err(items) => TupleItems::Other(items.into_boxed_slice()),
        };
        Tuple { items }
    }
    pub fn pair(a: Value, b: Value) -> Tuple {
        Tuple { items: TupleItems::Pair([a, b]) }
    }
}

/// A tuple's items, read as a slice. Pairs (dict items, `enumerate`, `zip`,
/// `k, v` records: most tuples a program makes) live in the tuple object
/// itself: one 48-byte allocation instead of two of 32, and reading an item
/// does not follow a second pointer. Other lengths are a separate block.
pub enum TupleItems {
    Pair([Value; 2]),
    Other(Box<[Value]>),
}

impl std::ops::Deref for TupleItems {
    type Target = [Value];
    #[inline(always)]
    fn deref(&self) -> &[Value] {
        match self {
            TupleItems::Pair(items) => items,
            TupleItems::Other(items) => items,
        }
    }
}

// The variant is told apart by a niche of the first value's tag: a pair
// costs no more than its two values.
const _: () = assert!(std::mem::size_of::<TupleItems>() == 32);

pub struct List {
    pub items: RefCell<Vec<Value>>,
    /// Whether the cycle collector has this list registered. A list is
    /// registered when it first holds a value that could lead back to it
    /// ([`Value::may_reference`]); until then it holds only ints, strs and
    /// the like, cannot be part of a cycle, and costs the collector
    /// nothing. Every store of a value into a list goes through
    /// `Heap::track_list_holding` (or `_holding_any`) to keep that true.
    pub tracked: std::cell::Cell<bool>,
}

impl List {
    /// A list not registered with the collector (see [`List::tracked`]).
    pub fn new(items: Vec<Value>) -> List {
        List { items: RefCell::new(items), tracked: std::cell::Cell::new(false) }
    }
}

/// Which native mapping a dict object is (they all share the compact table).
pub enum DictKind {
    Plain,
    /// defaultdict with its `default_factory` (None when unset).
    Default(Box<RefCell<Value>>),
    Ordered,
    Counter,
}

impl DictKind {
    /// A defaultdict's kind, with `factory` as its `default_factory`.
    pub fn defaultdict(factory: Value) -> DictKind {
        DictKind::Default(Box::new(RefCell::new(factory)))
    }
}

pub struct Dict {
    pub table: RefCell<DictTable<Value, Value>>,
    pub kind: DictKind,
}

impl Drop for List {
    /// Items go through [`Value::release`] (see [`super::release_all`]),
    /// deeply nested ones later (see [`super::drop_container`]).
    fn drop(&mut self) {
        super::drop_container(|deep| super::release_all(self.items.get_mut(), deep));
    }
}

impl Drop for Tuple {
    /// As [`List`]'s.
    fn drop(&mut self) {
        let items = std::mem::replace(&mut self.items, TupleItems::Other(Box::default()));
        super::drop_container(|deep| match items {
            TupleItems::Pair([a, b]) => {
                super::release_item(a, deep);
                super::release_item(b, deep);
            }
            TupleItems::Other(items) => super::release_all(&mut items.into_vec(), deep),
        });
    }
}

impl Drop for Set {
    /// As [`List`]'s.
    fn drop(&mut self) {
        let table = self.table.get_mut();
        super::drop_container(|deep| table.clear_with(|v| super::release_item(v, deep)));
    }
}

impl Drop for Dict {
    /// As [`List`]'s.
    fn drop(&mut self) {
        let table = self.table.get_mut();
        super::drop_container(|deep| {
            table.drain_for_drop(|k, v| {
                super::release_item(k, deep);
                super::release_item(v, deep);
            });
        });
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict { table: RefCell::new(DictTable::new()), kind: DictKind::Plain }
    }
    pub fn with_kind(kind: DictKind) -> Dict {
        Dict { table: RefCell::new(DictTable::new()), kind }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
}

pub struct Set {
    pub table: RefCell<SetTable<Value>>,
    pub frozen: bool,
}

pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        let (lo, hi, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if lo < hi { (hi - lo - 1) / step + 1 } else { 0 }
        } else if lo > hi {
            (lo - hi - 1) / (-step) + 1
        } else {
            0
        };
        n as i64
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A Python function: compiled code plus what the `def` evaluated.
pub struct Function {
    pub code: Rc<Code>,
    pub name: RefCell<Rc<PyStr>>,
    pub qualname: RefCell<Rc<PyStr>>,
    /// Defaults of the positional parameters (aligned to the last ones).
    pub defaults: RefCell<Vec<Value>>,
    /// Defaults of keyword-only parameters, by kw-only index (Unbound = none).
    pub kwdefaults: Vec<Value>,
    pub closure: Vec<Rc<CellObj>>,
    pub globals: Rc<Dict>,
    /// The function's `__dict__` (attributes set on it), created on demand.
    pub attrs: RefCell<Option<Rc<Dict>>>,
    pub doc: Value,
}

impl Drop for Function {
    /// As [`List`]'s for the defaults: functions can nest through them
    /// (`lambda x=previous: ...`). Cells and attributes drop themselves.
    fn drop(&mut self) {
        let (defaults, kwdefaults) = (self.defaults.get_mut(), &mut self.kwdefaults);
        super::drop_container(|deep| {
            super::release_all(defaults, deep);
            super::release_all(kwdefaults, deep);
        });
    }
}

/// The Rust signature of a builtin: positional args (self first for
/// methods) and keyword args.
pub type BuiltinFn = fn(&Interp, &[Value], &[(Rc<PyStr>, Value)]) -> PyResult<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub func: BuiltinFn,
    /// For a method of a builtin type: the type's name, for messages and repr.
    pub owner: Option<&'static str>,
}

/// A bound method: `obj.method` for a Python or builtin function.
pub struct Method {
    pub func: Value,
    pub self_: Value,
}

impl Drop for Method {
    /// See [`super::drop_contents`]: bound methods of bound methods nest.
    fn drop(&mut self) {
        super::drop_contents((std::mem::take(&mut self.func), std::mem::take(&mut self.self_)));
    }
}

/// The instance layout a class's objects have, from its nearest builtin base.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BaseKind {
    Object,
    Exception,
    Dict,
    List,
    /// A builtin type whose values are not Instances (int, str, ...): not subclassable here.
    Native,
}

pub struct Class {
    pub name: Rc<PyStr>,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: Rc<Dict>,
    pub base_kind: BaseKind,
    /// True for the builtin types (whose `__module__` is builtins).
    pub builtin: bool,
    /// The class-namespace epoch (`dict::table::watched_epoch`) at which
    /// `Interp::plain_instance_attrs` was last decided, and its answer.
    pub plain_attrs: Cell<Option<(u64, bool)>>,
}

pub struct ExcData {
    pub args: RefCell<Value>,
    pub traceback: RefCell<Vec<TracebackEntry>>,
    pub cause: RefCell<Value>,
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// `NameError.name` and `AttributeError.name` (None when not known).
    pub name: RefCell<Value>,
    /// `AttributeError.obj`; for a KeyError, the dict whose lookup failed
    /// (for the `did you mean` help line). None when not known.
    pub origin: RefCell<Value>,
    /// The failing expression in the frame the exception is passing
    /// through, until that frame adds its traceback entry.
    pub location: Cell<Option<Located>>,
    /// For a NameError, what its frame could see, read when the traceback
    /// is printed (CPython reads the frame then).
    pub scope: RefCell<Option<Box<NameScope>>>,
}

/// Where an exception arose in a frame: a span of the frame's source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Located {
    pub span: Span,
    /// The `SourceFile` the span is in (its address), so that a location
    /// is never shown against the wrong source.
    pub source: usize,
}

impl Located {
    /// The attribute lookup of a method call `obj.name(...)` failed: the
    /// method call fills in the span of `obj.name`.
    pub const METHOD_ATTR: Located = Located { span: Span { start: 0, end: 0 }, source: 0 };
}

/// The names a NameError's frame could see: its local variable names, the
/// value of its `self` argument (if any), and its globals.
pub struct NameScope {
    pub varnames: Vec<Rc<PyStr>>,
    pub self_value: Option<Value>,
    pub globals: Rc<Dict>,
}

#[derive(Clone)]
pub struct TracebackEntry {
    pub source: Rc<crate::eval::SourceFile>,
    /// The statement that was running.
    pub span: Span,
    /// The expression that failed, when known (CPython's instruction position).
    pub expr: Option<Span>,
    pub func_name: Rc<str>,
    /// Identifies the frame, so one frame is recorded once.
    pub frame_id: usize,
}

pub enum Payload {
    None,
    Exception(Box<ExcData>),
    /// The dict of an instance of a dict subclass.
    Dict(Rc<Dict>),
    /// The list of an instance of a list subclass.
    List(Rc<List>),
}

pub struct Instance {
    pub class: Rc<Class>,
    /// The instance `__dict__`.
    pub attrs: Rc<Dict>,
    pub payload: Payload,
}

impl Drop for Instance {
    /// See [`super::drop_contents`]: exceptions chain through their cause
    /// and context. (Attributes and dict or list payloads are containers
    /// that defer on their own.)
    fn drop(&mut self) {
        if matches!(self.payload, Payload::Exception(_)) {
            super::drop_contents(std::mem::replace(&mut self.payload, Payload::None));
        }
    }
}

impl Instance {
    pub fn exc(&self) -> Option<&ExcData> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }
}

/// What a dict view shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct View {
    pub dict: Rc<Dict>,
    pub kind: ViewKind,
}

pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<Dict>,
}

pub enum Wrapper {
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    StaticMethod(Value),
    ClassMethod(Value),
    /// `super(class, obj)`: attribute lookup starts after `class` in obj's MRO.
    Super { class: Rc<Class>, obj: Value },
}

/// A variable shared between a function and the functions nested in it.
pub struct CellObj {
    pub value: RefCell<Value>,
}

impl Drop for CellObj {
    /// As [`List`]'s: a chain of closures nests through their cells.
    fn drop(&mut self) {
        let value = std::mem::take(self.value.get_mut());
        super::drop_container(|deep| super::release_item(value, deep));
    }
}

/// The state of a builtin iterator.
pub enum IterState {
    /// list, tuple, str, bytes by index (re-checks the length each step, as CPython).
    Seq { seq: Value, index: usize },
    Range { next: i64, stop: i64, step: i64 },
    /// A dict or its views: position in the entries, the length seen at the
    /// start (to detect size changes) and the layout generation.
    Dict { dict: Rc<Dict>, pos: usize, len: usize, layout: u64, kind: ViewKind, remaining: usize },
    DictReversed { dict: Rc<Dict>, pos: usize, len: usize, layout: u64, kind: ViewKind },
    Set { set: Rc<Set>, pos: usize, len: usize },
    Enumerate { inner: Value, count: Value },
    Zip { iters: Vec<Value>, strict: bool },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, iter: Value },
    /// A sequence walked backwards (reversed()).
    Reversed { seq: Value, index: isize },
    /// iter(callable, sentinel).
    Callable { func: Value, sentinel: Value },
    /// An instance with `__getitem__` but no `__iter__`.
    GetItem { obj: Value, index: i64 },
    Exhausted,
}

pub struct IterObj {
    pub state: RefCell<IterState>,
}

impl Drop for IterObj {
    /// See [`super::drop_contents`]: iterators nest through their inner ones.
    fn drop(&mut self) {
        if !matches!(self.state.get_mut(), IterState::Exhausted | IterState::Range { .. }) {
            super::drop_contents(std::mem::replace(self.state.get_mut(), IterState::Exhausted));
        }
    }
}

pub use crate::eval::generator::Generator;

#[cfg(test)]
mod str_text_tests {
    use super::*;

    /// Equality agrees with the texts' equality for every pair drawn from
    /// prefixes, one-byte changes and lengths on both sides of the inline
    /// limit (inline comparison looks at the padded arrays).
    #[test]
    fn equality_matches_text_equality() {
        let mut texts: Vec<String> = Vec::new();
        for n in [0, 1, 2, 7, 8, 15, 16, 21, 22, 23, 30] {
            let base: String = (0..n).map(|i| (b'a' + (i % 26) as u8) as char).collect();
            texts.push(base.clone());
            if n > 0 {
                let mut changed = base.clone().into_bytes();
                changed[n - 1] = b'Z';
                texts.push(String::from_utf8(changed).unwrap());
                texts.push(format!("{}\0", &base[..n - 1]));
            }
        }
        texts.push("é".repeat(11));
        for a in &texts {
            for b in &texts {
                assert_eq!(StrText::from(a.as_str()) == StrText::from(b.as_str()), a == b, "{a:?} vs {b:?}");
            }
        }
    }

    /// Text up to the inline limit is stored inline, longer text on the
    /// heap; both read back exactly, from every source type.
    #[test]
    fn inline_and_heap_text() {
        for n in [0, 1, 21, 22, 23, 64] {
            let text: String = "k".repeat(n);
            for t in [StrText::from(text.as_str()), StrText::from(text.clone()), StrText::from(text.clone().into_boxed_str())] {
                assert_eq!(&*t, text.as_str());
                assert_eq!(matches!(t, StrText::Inline { .. }), n <= StrText::INLINE);
                assert!(t == StrText::from(text.as_str()));
                assert_eq!(t.clone(), t);
            }
        }
        // Multi-byte characters: the limit is in bytes.
        let s = "é".repeat(11); // 22 bytes
        assert!(matches!(StrText::from(s.as_str()), StrText::Inline { .. }));
        let p = PyStr::new(s.as_str());
        assert_eq!(p.chars, 11);
        assert!(!p.is_ascii());
        let s = "é".repeat(12); // 24 bytes
        assert!(matches!(StrText::from(s.as_str()), StrText::Heap(_)));
        assert_eq!(&*PyStr::new(s.clone()).s, s.as_str());
    }
}

// A dict object with its reference counts fits mimalloc's 128-byte size
// class (the next class is 160): most dicts are small, so this is most of a
// small dict's own size.
const _: () = assert!(std::mem::size_of::<Dict>() <= 112);
