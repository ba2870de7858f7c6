//! dictpy: an interpreter for a subset of Python 3.12, built around the mapping.
//!
//! The embedding API is [`Interpreter`]: create one, run source chunk by chunk
//! in its persistent module namespace, read the output it wrote. The CLI and
//! the REPL are thin clients of this API.
//!
//! ```
//! let mut py = dictpy::Interpreter::capturing();
//! py.run("d = {'a': 1}\nd |= {'b': 2}", "<embed>").unwrap();
//! py.run("print(d)", "<embed>").unwrap();
//! assert_eq!(py.take_output(), "{'a': 1, 'b': 2}\n");
//! ```

pub mod builtins;
pub mod compile;
pub mod diagnostics;
pub mod dict;
pub mod eval;
pub mod interactive;
pub mod suggest;
pub mod syntax;
pub mod value;

use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use corosensei::stack::{DefaultStack, Stack};

use eval::{ExcKind, Interp, SourceFile};
use value::{Dict, Value};

/// Size of the stack Python code runs on (virtual memory, committed as used).
const EVAL_STACK_SIZE: usize = 256 << 20;
/// Room left at the bottom of that stack for the error path.
const EVAL_STACK_MARGIN: usize = 256 << 10;

/// Why running a chunk of source failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// The source did not parse; `rendered` is the full diagnostic.
    Syntax { message: String, line: usize, rendered: String, incomplete: bool },
    /// An uncaught Python exception; `rendered` is the traceback, ending with
    /// the line `Type: message`.
    Exception { type_name: String, message: String, rendered: String },
    /// `sys.exit(code)` / `raise SystemExit`: the exit status, and text to
    /// print on stderr (for a non-int exit argument).
    Exit { code: i32, message: Option<String> },
}

impl Error {
    /// The text to show a user (diagnostic, traceback, or exit message).
    pub fn rendered(&self) -> String {
        match self {
            Error::Syntax { rendered, .. } | Error::Exception { rendered, .. } => rendered.clone(),
            Error::Exit { message, .. } => message.clone().map(|m| m + "\n").unwrap_or_default(),
        }
    }
    /// The process exit status a script run should end with.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Exit { code, .. } => *code,
            _ => 1,
        }
    }
}

/// Output written by Python code: to the process's stdout, or captured.
#[derive(Clone)]
struct SharedBuffer(Arc<Mutex<Vec<u8>>>);

impl Write for SharedBuffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An interpreter with its own module namespace.
pub struct Interpreter {
    interp: Box<Interp>,
    globals: Rc<Dict>,
    stack: Option<DefaultStack>,
    captured: Option<SharedBuffer>,
    /// Use ANSI colours in diagnostics.
    pub color: bool,
}

// SAFETY: every object an Interpreter creates is owned by it: values never
// cross the API (results are converted to owned Rust data), so no `Rc` is
// shared with anything outside. Moving the whole interpreter to another
// thread therefore moves every reference count with it; it is never used
// from two threads at once (it is not Sync).
unsafe impl Send for Interpreter {}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Interpreter {
    /// An interpreter that prints to the process's stdout.
    pub fn new() -> Interpreter {
        Interpreter::build(Box::new(std::io::BufWriter::with_capacity(1 << 16, std::io::stdout())), None)
    }

    /// An interpreter whose output is captured (read it with `take_output`).
    pub fn capturing() -> Interpreter {
        let buf = SharedBuffer(Arc::new(Mutex::new(Vec::new())));
        Interpreter::build(Box::new(buf.clone()), Some(buf))
    }

    fn build(out: Box<dyn Write>, captured: Option<SharedBuffer>) -> Interpreter {
        let interp = Interp::new(out);
        let globals = interp.new_dict_rc();
        eval::dictops::set_str(&globals, interp.names.name.clone(), Value::str("__main__"));
        eval::dictops::set_str(&globals, interp.names.builtins.clone(), Value::Dict(interp.builtins.clone()));
        eval::dictops::set_str(&globals, interp.names.doc.clone(), Value::None);
        Interpreter { interp, globals, stack: None, captured, color: false }
    }

    /// Sets `sys.argv` (before `sys` is first imported).
    pub fn set_argv(&mut self, argv: Vec<String>) {
        *self.interp.argv.borrow_mut() = argv;
    }

    /// What the captured output holds so far, emptied.
    pub fn take_output(&mut self) -> String {
        match &self.captured {
            Some(b) => {
                let bytes = std::mem::take(&mut *b.0.lock().unwrap_or_else(|e| e.into_inner()));
                String::from_utf8_lossy(&bytes).into_owned()
            }
            None => String::new(),
        }
    }

    pub fn flush(&self) {
        self.interp.flush_stdout();
    }

    /// Parses `source` (nothing runs).
    pub fn parse(&self, source: &str, filename: &str) -> Result<syntax::ast::Module, Error> {
        syntax::parse_module(source).map_err(|e| {
            let file = SourceFile::new(filename, source.to_string());
            syntax_error(&e, &file, self.color)
        })
    }

    /// Runs a chunk of source in the interpreter's module namespace.
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_chunk(source, filename, false)
    }

    /// Runs a chunk of interactive input, like CPython's `'single'` mode:
    /// the value of each expression statement at module level (not inside a
    /// def or class) is printed with `repr()` unless it is None, and stored
    /// in the builtin `_`.
    pub fn run_interactive(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.run_chunk(source, filename, true)
    }

    /// A flag that another thread or a signal handler can set to raise
    /// KeyboardInterrupt in the running code (at its next loop iteration or
    /// function call). The interpreter clears it when it raises; a host that
    /// sets it while no code runs should clear it before the next `run`.
    pub fn interrupt_handle(&self) -> Arc<AtomicBool> {
        self.interp.interrupt.clone()
    }

    /// Tab completion of `line` with the cursor at byte `pos`: keywords and
    /// names in scope, attributes after `name.`, existing keys after
    /// `name[`. Returns the byte offset the candidates replace from and the
    /// candidates. Runs no Python code (see [`interactive`]).
    pub fn completions(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        interactive::complete(&self.interp, &self.globals, line, pos)
    }

    fn run_chunk(&mut self, source: &str, filename: &str, interactive: bool) -> Result<(), Error> {
        let file = Rc::new(SourceFile::new(filename, source.to_string()));
        if self.stack.is_none() {
            self.stack = Some(DefaultStack::new(EVAL_STACK_SIZE).map_err(|e| Error::Exception {
                type_name: "MemoryError".into(),
                message: e.to_string(),
                rendered: format!("MemoryError: cannot allocate the evaluation stack: {}\n", e),
            })?);
        }
        let stack = self.stack.as_mut().expect("stack allocated above");
        let floor = stack.limit().get() + EVAL_STACK_MARGIN;
        let interp = &*self.interp;
        // Each chunk starts at the top level, whatever the last one left.
        interp.depth.set(0);
        interp.c_depth.set(0);
        interp.handling.borrow_mut().clear();
        interp.repr_guard.borrow_mut().clear();
        let globals = &self.globals;
        // Parsing, compiling and running all happen on the evaluation stack:
        // the host thread's own stack may be small, and the recursion of
        // the compiler over deeply nested source is bounded only by the
        // parser's nesting limit.
        let chunk = || -> Result<(), ChunkError> {
            let module = syntax::parse_module(source).map_err(ChunkError::Syntax)?;
            let code = {
                let mut interner = interp.interner.borrow_mut();
                if interactive {
                    let hook = value::Builtin { name: "displayhook", func: interactive::displayhook, owner: None };
                    compile::compile_interactive(&module, file.clone(), &mut interner, Value::Builtin(Rc::new(hook)))
                } else {
                    compile::compile_module(&module, file.clone(), &mut interner)
                }
            }
            .map_err(ChunkError::Syntax)?;
            drop(module);
            interp.run_module_code(&code, globals).map_err(ChunkError::Exception)
        };
        // A panic is a bug in dictpy; it must not take the host down with it.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            corosensei::on_stack(stack, || {
                interp.stack_floor.set(floor);
                chunk()
            })
        }));
        self.interp.flush_stdout();
        match result {
            Ok(Ok(())) => Ok(()),
            Ok(Err(ChunkError::Syntax(e))) => Err(syntax_error(&e, &file, self.color)),
            Ok(Err(ChunkError::Exception(e))) => Err(exception_error(&self.interp, &e, self.color)),
            Err(payload) => {
                let what = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".into());
                let message = format!("dictpy internal error: {} (please report this bug)", what);
                Err(Error::Exception {
                    type_name: "SystemError".into(),
                    rendered: format!("SystemError: {}\n", message),
                    message,
                })
            }
        }
    }

    /// Looks a global up and renders it with `repr()` (for hosts and tests).
    pub fn repr_global(&self, name: &str) -> Option<String> {
        let key = self.interp.intern(name);
        let v = eval::dictops::get_str(&self.globals, &key)?;
        self.interp.repr(&v).ok()
    }

    /// Starts recording the entries that `d[k]` creates on defaultdicts, for
    /// [`Interpreter::phantom_report`] (off by default; costs nothing when off).
    pub fn warn_phantom_keys(&mut self) {
        self.interp.enable_phantom_keys();
    }

    /// Turns on the dict warnings (`dictpy -W dict`): a `for` loop over a
    /// dict whose keys changed during the loop without CPython raising, and
    /// `==`/`!=` between an OrderedDict and a dict in an `assert`. They are
    /// printed to stderr in CPython's warnings format, once per location; a
    /// [`Interpreter::capturing`] interpreter keeps them for
    /// [`Interpreter::take_warnings`] instead. Off by default (then a `for`
    /// loop and an `assert` pay one flag check each).
    pub fn warn_dict(&mut self) {
        self.interp.enable_dict_warnings(self.captured.is_some());
    }

    /// The warnings a capturing interpreter collected so far, emptied.
    pub fn take_warnings(&mut self) -> Vec<String> {
        self.interp.take_warnings()
    }

    /// The phantom-key report: entries created by reading a defaultdict that
    /// were never filled or read again (None when there are none).
    pub fn phantom_report(&self) -> Option<String> {
        self.interp.phantom_report()
    }

    /// Runs the cycle collector now; returns the number of objects freed.
    pub fn collect_garbage(&self) -> usize {
        self.interp.heap.collect()
    }

    /// Number of container objects the collector tracks.
    pub fn tracked_objects(&self) -> usize {
        self.interp.heap.tracked()
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.interp.flush_stdout();
        // Break every cycle so that all objects are freed with the interpreter.
        let old = std::mem::take(&mut *self.globals.table.borrow_mut());
        drop(old);
        self.interp.modules.borrow_mut().clear();
        self.interp.heap.clear_all();
    }
}

/// Why a chunk stopped, before it is rendered for the host.
enum ChunkError {
    Syntax(syntax::SyntaxError),
    Exception(eval::PyErr),
}

fn syntax_error(e: &syntax::SyntaxError, file: &SourceFile, color: bool) -> Error {
    let line = file.line_of(e.span.start as usize);
    Error::Syntax {
        message: e.message.clone(),
        line,
        rendered: diagnostics::render_syntax_error(e, file, color),
        incomplete: e.incomplete,
    }
}

fn exception_error(interp: &Interp, e: &eval::PyErr, color: bool) -> Error {
    let exc = &e.exc;
    if interp.is_subclass(&exc.class, interp.exc_class(ExcKind::SystemExit)) {
        let arg = match exc.exc().map(|d| d.args.borrow().clone()) {
            Some(Value::Tuple(t)) if t.items.len() == 1 => t.items[0].clone(),
            Some(Value::Tuple(t)) if t.items.is_empty() => Value::None,
            Some(other) => other,
            None => Value::None,
        };
        return match arg {
            Value::None => Error::Exit { code: 0, message: None },
            Value::Int(i) => Error::Exit { code: i as i32, message: None },
            Value::Bool(b) => Error::Exit { code: b as i32, message: None },
            other => Error::Exit { code: 1, message: Some(interp.str_of(&other).unwrap_or_default()) },
        };
    }
    let message = interp.str_of(&Value::Instance(exc.clone())).unwrap_or_default();
    Error::Exception {
        type_name: exc.class.name.s.to_string(),
        message,
        rendered: diagnostics::render_traceback(interp, exc, color),
    }
}
