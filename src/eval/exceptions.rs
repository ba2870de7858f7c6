//! The builtin exception hierarchy and how the evaluator raises exceptions.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::{Interp, PyErr};
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
            payload: Payload::Exception(new_exc_data(Value::tuple(args))),
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
