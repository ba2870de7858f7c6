//! The builtin exception hierarchy and how the evaluator raises exceptions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Frame, Interp, PyErr};
use crate::compile::ir::{Expr, ExprKind};
use crate::syntax::ast::Span;
use crate::value::*;

macro_rules! exc_kinds {
    ($($kind:ident : $parent:ident),* $(,)?) => {
        /// The builtin exception classes, in an order where parents come first.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum ExcKind { $($kind),* }
        impl ExcKind {
            pub const ALL: &'static [ExcKind] = &[$(ExcKind::$kind),*];
            pub fn name(self) -> &'static str {
                match self { $(ExcKind::$kind => stringify!($kind)),* }
            }
            pub fn parent(self) -> Option<ExcKind> {
                match self { $(ExcKind::$kind => exc_kinds!(@parent $parent)),* }
            }
        }
    };
    (@parent None) => { None };
    (@parent $p:ident) => { Some(ExcKind::$p) };
}

exc_kinds! {
    BaseException: None,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    UnicodeTranslateError: UnicodeError,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    FutureWarning: Warning,
    PendingDeprecationWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    EncodingWarning: Warning,
}

pub fn new_exc_data(args: Value) -> ExcData {
    ExcData {
        args: RefCell::new(args),
        traceback: RefCell::new(Vec::new()),
        cause: RefCell::new(Value::None),
        context: RefCell::new(Value::None),
        suppress_context: Cell::new(false),
        name: RefCell::new(Value::None),
        origin: RefCell::new(Value::None),
        location: Cell::new(None),
        scope: RefCell::new(None),
    }
}

impl Interp {
    pub fn exc_class(&self, kind: ExcKind) -> &Rc<Class> {
        &self.types.exceptions[kind as usize]
    }

    /// A new exception instance of a builtin kind with the given args.
    pub fn new_exc_instance(&self, class: &Rc<Class>, args: Vec<Value>) -> Rc<Instance> {
        let inst = Rc::new(Instance {
            class: class.clone(),
            attrs: Rc::new(Dict::new()),
            payload: Payload::Exception(Box::new(new_exc_data(Value::tuple(args)))),
        });
        self.heap.track_instance(&inst);
        inst
    }

    /// An exception with one string argument, CPython's message.
    pub fn new_error(&self, kind: ExcKind, msg: impl Into<String>) -> PyErr {
        let class = self.exc_class(kind).clone();
        PyErr { exc: self.new_exc_instance(&class, vec![Value::string(msg.into())]) }
    }

    pub fn error_with_args(&self, kind: ExcKind, args: Vec<Value>) -> PyErr {
        let class = self.exc_class(kind).clone();
        PyErr { exc: self.new_exc_instance(&class, args) }
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::TypeError, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::ValueError, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::IndexError, msg)
    }
    pub fn key_error(&self, key: Value) -> PyErr {
        self.error_with_args(ExcKind::KeyError, vec![key])
    }
    /// KeyError for a failed lookup in `d`, which the traceback keeps to
    /// suggest a close key.
    #[cold]
    #[inline(never)]
    pub fn dict_key_error(&self, d: &Rc<Dict>, key: Value) -> PyErr {
        let err = self.key_error(key);
        if let Some(data) = err.exc.exc() {
            *data.origin.borrow_mut() = Value::Dict(d.clone());
        }
        err
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::AttributeError, msg)
    }
    pub fn zero_division(&self, msg: &str) -> PyErr {
        self.new_error(ExcKind::ZeroDivisionError, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::OverflowError, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(ExcKind::RuntimeError, msg)
    }
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() { vec![] } else { vec![value] };
        self.error_with_args(ExcKind::StopIteration, args)
    }

    /// Records `span` of frame `f` as where `err` arose, unless a smaller
    /// expression of the same frame already did. Called on error paths
    /// only: the evaluator's `Ok` paths never touch locations.
    #[cold]
    #[inline(never)]
    pub fn locate(&self, err: PyErr, f: &Frame, span: Span) -> PyErr {
        if let Some(d) = err.exc.exc() {
            // An empty span is a made-up expression: nothing to show.
            if d.location.get().is_none() && !span.is_empty() {
                d.location.set(Some(Located { span, source: Rc::as_ptr(&f.code.source) as usize }));
            }
        }
        err
    }

    /// The attribute lookup of a method call failed: [`Interp::locate_expr`]
    /// narrows the location to `obj.name`.
    #[cold]
    #[inline(never)]
    pub fn mark_method_attr(&self, err: PyErr) -> PyErr {
        if let Some(d) = err.exc.exc() {
            if d.location.get().is_none() {
                d.location.set(Some(Located::METHOD_ATTR));
            }
        }
        err
    }

    /// Locates an error that the evaluation of `e` returned (see
    /// [`Interp::eval_at`]); a failed method lookup `obj.name(...)` is
    /// located at `obj.name`, as CPython does.
    #[cold]
    #[inline(never)]
    pub fn locate_expr(&self, err: PyErr, f: &Frame, e: &Expr) -> PyErr {
        if let (Some(d), ExprKind::MethodCall(obj, ..)) = (err.exc.exc(), &e.kind) {
            if d.location.get() == Some(Located::METHOD_ATTR) {
                d.location.set(None);
                // `obj.name` starts where the call does (at a parenthesis
                // around obj, if any).
                let span = attribute_span(&f.code.source.text, obj.span)
                    .map(|s| Span { start: e.span.start, ..s })
                    .unwrap_or(e.span);
                return self.locate(err, f, span);
            }
        }
        self.locate(err, f, e.span)
    }

    /// Locates a failed format of an f-string field at the field, from its
    /// `{` to its `}` (`expr` is the span of the field's expression).
    #[cold]
    #[inline(never)]
    pub fn locate_fstring_field(&self, err: PyErr, f: &Frame, expr: Span) -> PyErr {
        let b = f.code.source.text.as_bytes();
        let mut start = expr.start as usize;
        while start > 0 && b[start - 1] != b'{' && (b[start - 1] as char).is_ascii_whitespace() {
            start -= 1;
        }
        if start == 0 || b[start - 1] != b'{' {
            return self.locate(err, f, expr);
        }
        start -= 1;
        let mut depth = 0usize;
        let mut end = expr.end as usize;
        while let Some(&c) = b.get(end) {
            end += 1;
            match c {
                b'{' => depth += 1,
                b'}' if depth == 0 => return self.locate(err, f, Span::new(start, end)),
                b'}' => depth -= 1,
                b'\n' => break,
                _ => {}
            }
        }
        self.locate(err, f, expr)
    }

    /// Locates an error of the target `obj.name` (store, delete, `+=`).
    #[cold]
    #[inline(never)]
    pub fn locate_attr(&self, err: PyErr, f: &Frame, obj: Span) -> PyErr {
        let span = attribute_span(&f.code.source.text, obj).unwrap_or(obj);
        self.locate(err, f, span)
    }

    /// Locates an error of the target `obj[index]` (store, delete, `+=`).
    #[cold]
    #[inline(never)]
    pub fn locate_subscript(&self, err: PyErr, f: &Frame, obj: Span, index: Span) -> PyErr {
        let span = subscript_span(&f.code.source.text, obj, index);
        self.locate(err, f, span)
    }

    /// Locates an error about the name `name` of the statement at `stmt`
    /// (`del x`, `x += 1`) at the name's first appearance in it.
    #[cold]
    #[inline(never)]
    pub fn locate_name(&self, err: PyErr, f: &Frame, stmt: Span, name: &str) -> PyErr {
        let text = f.code.source.text.get(stmt.range()).unwrap_or("");
        let is_ident = |c: char| c == '_' || unicode_ident::is_xid_continue(c);
        let mut found = None;
        for (i, _) in text.match_indices(name) {
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            if !before.is_some_and(is_ident) && !after.is_some_and(is_ident) {
                found = Some(Span::new(stmt.start as usize + i, stmt.start as usize + i + name.len()));
                break;
            }
        }
        self.locate(err, f, found.unwrap_or(stmt))
    }

    /// An AttributeError leaving a `getattr` gets the `name` and `obj` that
    /// the traceback's suggestion reads, unless it has them already (as
    /// CPython's `PyObject_GetAttr` does).
    #[cold]
    #[inline(never)]
    pub fn attribute_error_context(&self, err: PyErr, obj: &Value, name: &PyStr) -> PyErr {
        if let Some(d) = err.exc.exc() {
            if self.is_subclass(&err.exc.class, self.exc_class(ExcKind::AttributeError))
                && d.name.borrow().is_none()
                && d.origin.borrow().is_none()
            {
                *d.name.borrow_mut() = Value::Str(Rc::new(PyStr::new(name.s.clone())));
                *d.origin.borrow_mut() = obj.clone();
            }
        }
        err
    }

    /// The `name=` (NameError, AttributeError) and `obj=` (AttributeError)
    /// keywords of an exception constructor; other keywords are kept as
    /// before (ignored) for the other exception classes.
    pub fn exception_keywords(&self, inst: &Instance, kwargs: &[(Rc<PyStr>, Value)]) -> Result<(), PyErr> {
        let Some(d) = inst.exc() else { return Ok(()) };
        let name_error = self.is_subclass(&inst.class, self.exc_class(ExcKind::NameError));
        let attr_error = self.is_subclass(&inst.class, self.exc_class(ExcKind::AttributeError));
        if !name_error && !attr_error {
            return Ok(());
        }
        for (k, v) in kwargs {
            match &*k.s {
                "name" => *d.name.borrow_mut() = v.clone(),
                "obj" if attr_error => *d.origin.borrow_mut() = v.clone(),
                _ => {
                    return Err(self.type_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        k.s, inst.class.name.s
                    )))
                }
            }
        }
        Ok(())
    }

    /// True when `err` is an instance of the builtin exception `kind`.
    pub fn err_is(&self, err: &PyErr, kind: ExcKind) -> bool {
        self.is_subclass(&err.exc.class, self.exc_class(kind))
    }

    /// Wraps an exception value into a PyErr, instantiating a class if given one.
    pub fn make_raisable(&self, v: Value) -> Result<Rc<Instance>, PyErr> {
        match &v {
            Value::Instance(inst) if inst.exc().is_some() => Ok(inst.clone()),
            Value::Class(c) if self.is_subclass(c, self.exc_class(ExcKind::BaseException)) => {
                match self.call(&v, &[], &[])? {
                    Value::Instance(inst) if inst.exc().is_some() => Ok(inst),
                    other => Err(self.type_error(format!(
                        "calling {} should have returned an instance of BaseException, not {}",
                        self.repr(&v)?,
                        self.type_name(&other)
                    ))),
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// `str(exc)`: the single argument's str, or the args tuple's repr.
    pub fn exc_message(&self, inst: &Instance) -> Result<String, PyErr> {
        let args = inst.exc().map(|d| d.args.borrow().clone()).unwrap_or(Value::None);
        let items = match &args {
            Value::Tuple(t) => t.items.to_vec(),
            _ => vec![],
        };
        let is_key_error = self.is_subclass(&inst.class, self.exc_class(ExcKind::KeyError));
        if items.len() == 5 {
            for (kind, encode) in [(ExcKind::UnicodeEncodeError, true), (ExcKind::UnicodeDecodeError, false)] {
                if self.is_subclass(&inst.class, self.exc_class(kind)) {
                    if let Some(m) = crate::builtins::strings::unicode_error_message(self, encode, &items)? {
                        return Ok(m);
                    }
                }
            }
        }
        match items.len() {
            0 => Ok(String::new()),
            1 if is_key_error => self.repr(&items[0]),
            1 => self.str_of(&items[0]),
            _ => self.repr(&args),
        }
    }
}

/// The span of `obj.name` given the span of `obj`: from `obj` over the
/// dot to the end of the attribute name (None if the text does not read so).
pub fn attribute_span(text: &str, obj: Span) -> Option<Span> {
    let bytes = text.as_bytes();
    let mut i = skip_space(bytes, obj.end as usize, b")");
    if bytes.get(i) != Some(&b'.') {
        return None;
    }
    i = skip_space(bytes, i + 1, b"");
    let rest = text.get(i..)?;
    let len: usize = rest
        .char_indices()
        .take_while(|&(j, c)| if j == 0 { unicode_ident::is_xid_start(c) || c == '_' } else { unicode_ident::is_xid_continue(c) })
        .map(|(_, c)| c.len_utf8())
        .sum();
    if len == 0 {
        return None;
    }
    Some(Span::new(obj.start as usize, i + len))
}

/// The span of the subscript `obj[index]` given the spans of `obj` and `index`.
pub fn subscript_span(text: &str, obj: Span, index: Span) -> Span {
    let bytes = text.as_bytes();
    let i = skip_space(bytes, index.end as usize, b"),");
    if bytes.get(i) == Some(&b']') {
        Span::new(obj.start as usize, i + 1)
    } else {
        Span::new(obj.start as usize, index.end as usize)
    }
}

/// Skips whitespace, line continuations, comments and the bytes in `also`.
fn skip_space(bytes: &[u8], mut i: usize, also: &[u8]) -> usize {
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' | b'\\' => i += 1,
            b'#' => {
                while bytes.get(i).is_some_and(|&b| b != b'\n') {
                    i += 1;
                }
            }
            _ if also.contains(&b) => i += 1,
            _ => break,
        }
    }
    i
}
