//! The tree-walking evaluator.
//!
//! Everything takes `&Interp`: interpreter state lives in `Cell`/`RefCell`s,
//! so a generator suspended on its own stack can hold a shared reference to
//! the interpreter while the caller goes on using it.

pub mod attr;
pub mod call;
pub mod dictops;
pub mod exceptions;
pub mod expr;
pub mod generator;
pub mod iter;
pub mod ops;
pub mod phantom;
pub mod repr;
pub mod stmt;
pub mod types;
pub mod warnings;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::compile::{Code, Interner};
use crate::syntax::ast::Span;
use crate::value::gc::Heap;
use crate::value::*;

pub use exceptions::ExcKind;
pub use types::{Names, Types};

/// A source text with its name, for tracebacks and diagnostics.
pub struct SourceFile {
    pub name: Rc<str>,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    pub fn new(name: &str, text: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        SourceFile { name: name.into(), text, line_starts }
    }
    /// 1-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: usize) -> &str {
        if line == 0 || line > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line - 1];
        let end = self.line_starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }
    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts.get(line.wrapping_sub(1)).copied().unwrap_or(0)
    }
}

/// A raised Python exception (always an exception instance).
pub struct PyErr {
    pub exc: Rc<Instance>,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.exc.class.name.s)
    }
}

pub type PyResult<T> = Result<T, PyErr>;

/// How a statement finished.
pub enum Flow {
    Normal,
    Break,
    Continue,
    Return(Value),
}

/// A frame's local slots. A plain Vec, not a small vector with inline room:
/// each local read or store is then one pointer load and a bounds check
/// (the inline form first checks where its items live, on every access),
/// and a frame is smaller to build and move. The allocation per call costs
/// less than those checks cost in loops (measured in the commit that made
/// this change).
pub type Locals = Vec<Value>;

impl Drop for Frame<'_> {
    /// Locals go through [`Value::release`] (no destructor dispatch for
    /// values that stay alive elsewhere). A frame is never dropped inside a
    /// container's destructor, so nothing here is past the nesting limit.
    fn drop(&mut self) {
        crate::value::release_all(&mut self.locals, false);
    }
}

/// One activation of a Code: its local slots and cells.
pub struct Frame<'c> {
    pub code: &'c Code,
    pub locals: Locals,
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<Dict>,
    /// The namespace of a class body being executed.
    pub namespace: Option<Rc<Dict>>,
    /// The statement being executed, for tracebacks.
    pub span: Span,
    /// Set while running a generator: how to suspend.
    pub yielder: Option<*const generator::GenYielder>,
}

pub struct Interp {
    pub types: Types,
    pub names: Names,
    pub builtins: Rc<Dict>,
    pub interner: RefCell<Interner>,
    pub modules: RefCell<HashMap<String, Value>>,
    pub heap: Heap,
    /// Python call depth, checked against the recursion limit.
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Lowest stack address the evaluator may use before raising RecursionError.
    pub stack_floor: Cell<usize>,
    /// Objects whose repr is in progress (recursive containers print `...`).
    pub repr_guard: RefCell<Vec<usize>>,
    pub stdout: RefCell<Box<dyn Write>>,
    pub argv: RefCell<Vec<String>>,
    /// The exceptions being handled (innermost last), for bare `raise` and `__context__`.
    pub handling: RefCell<Vec<Rc<Instance>>>,
    /// Depth of the native recursions (repr, comparison) that CPython bounds
    /// by its C recursion limit.
    pub c_depth: Cell<u32>,
    /// The phantom-key tracker, when `--warn-phantom-keys` is on.
    pub phantom: RefCell<Option<Box<phantom::PhantomTracker>>>,
    /// `-W dict`: whether the dict warnings are on, and their state.
    pub warn_dict: Cell<bool>,
    pub dict_warnings: RefCell<Option<Box<warnings::DictWarnings>>>,
    /// Suspended generators whose last reference went away, to be closed
    /// at the next statement boundary; the flag says the list is not empty.
    pub pending_close: RefCell<Vec<Rc<generator::Generator>>>,
    pub has_pending_close: Cell<bool>,
    /// Set by the host (the REPL's SIGINT handler, another thread) to make
    /// the running code raise KeyboardInterrupt at its next loop back-edge
    /// or function call; see [`Interp::check_interrupt`].
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// Recent class attribute lookups (see [`types::LookupCache`]).
    pub lookup_cache: RefCell<types::LookupCache>,
    /// Empty list objects kept for reuse (see [`Interp::release_temporary`]).
    pub spare_lists: RefCell<Vec<Rc<List>>>,
}

impl Interp {
    pub fn new(stdout: Box<dyn Write>) -> Box<Interp> {
        let heap = Heap::new();
        let mut interner = Interner::default();
        let names = Names::new(&mut interner);
        let types = Types::new(&names, &mut interner);
        let interp = Box::new(Interp {
            types,
            names,
            builtins: Rc::new(Dict::new()),
            interner: RefCell::new(interner),
            modules: RefCell::new(HashMap::new()),
            heap,
            depth: Cell::new(0),
            recursion_limit: Cell::new(1000),
            stack_floor: Cell::new(0),
            repr_guard: RefCell::new(Vec::new()),
            stdout: RefCell::new(stdout),
            argv: RefCell::new(Vec::new()),
            handling: RefCell::new(Vec::new()),
            c_depth: Cell::new(0),
            phantom: RefCell::new(None),
            warn_dict: Cell::new(false),
            dict_warnings: RefCell::new(None),
            pending_close: RefCell::new(Vec::new()),
            has_pending_close: Cell::new(false),
            interrupt: Default::default(),
            lookup_cache: RefCell::new(types::LookupCache::new()),
            spare_lists: RefCell::new(Vec::new()),
        });
        types::install_methods(&interp);
        crate::builtins::install(&interp);
        // Changes to builtins (rare) invalidate the global-name caches.
        interp.builtins.table.borrow_mut().watch();
        interp
    }

    pub fn intern(&self, s: &str) -> Rc<PyStr> {
        self.interner.borrow_mut().intern(s)
    }

    pub fn flush_stdout(&self) {
        if let Ok(mut out) = self.stdout.try_borrow_mut() {
            let _ = out.flush();
        }
    }

    /// Runs a module-level code object in `globals`.
    pub fn run_module_code(&self, code: &Rc<Code>, globals: &Rc<Dict>) -> PyResult<()> {
        let mut frame = Frame {
            code,
            locals: Locals::new(),
            cells: Vec::new(),
            globals: globals.clone(),
            namespace: None,
            span: Span::default(),
            yielder: None,
        };
        match self.exec_block(&mut frame, &code.body) {
            Ok(_) => Ok(()),
            Err(e) => {
                self.add_traceback(&e, &frame);
                Err(e)
            }
        }
    }

    /// Records that `err` passed through `frame` (at its current statement,
    /// and at the expression that failed when one was located).
    pub fn add_traceback(&self, err: &PyErr, frame: &Frame) {
        if let Some(data) = err.exc.exc() {
            // A location belongs to the frame it was made in; take it either way.
            let expr = match data.location.take() {
                Some(l) if l.source == Rc::as_ptr(&frame.code.source) as usize => Some(l.span),
                _ => None,
            };
            let name: Rc<str> = if frame.code.kind == crate::compile::ir::CodeKind::Module {
                "<module>".into()
            } else {
                (&*frame.code.name.s).into()
            };
            let frame_id = frame as *const Frame as usize;
            let mut tb = data.traceback.borrow_mut();
            if tb.last().is_some_and(|e| e.frame_id == frame_id) {
                return;
            }
            if tb.is_empty() && Rc::ptr_eq(&err.exc.class, self.exc_class(ExcKind::NameError)) {
                *data.scope.borrow_mut() = Some(Box::new(self.name_scope(frame)));
            }
            tb.push(TracebackEntry { source: frame.code.source.clone(), span: frame.span, expr, func_name: name, frame_id });
        }
    }

    /// What a NameError raised in `frame` may suggest: the frame's local
    /// variable names, its `self`, its globals (CPython reads these from the
    /// frame when it prints the traceback).
    #[cold]
    fn name_scope(&self, frame: &Frame) -> NameScope {
        let code = frame.code;
        let self_value = code.local_names.iter().position(|n| &*n.s == "self").map(|i| {
            match frame.locals.get(i) {
                Some(Value::Unbound) | None => {
                    // A `self` captured by a closure lives in a cell.
                    let cell = code.cellvars.iter().position(|(_, p)| *p == Some(i as u32));
                    cell.and_then(|c| frame.cells.get(c)).map(|c| c.value.borrow().clone()).unwrap_or(Value::Unbound)
                }
                Some(v) => v.clone(),
            }
        });
        NameScope { varnames: code.local_names.clone(), self_value, globals: frame.globals.clone() }
    }

    /// Runs `f` one level deeper in a native recursion (repr of nested
    /// containers, comparison of nested sequences), raising RecursionError
    /// past CPython 3.12's C recursion limit (1500) as CPython does; `what`
    /// completes the message ("while getting the repr of an object").
    pub fn nested<T>(&self, what: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
        const C_RECURSION_LIMIT: u32 = 1500;
        let d = self.c_depth.get();
        if d >= C_RECURSION_LIMIT {
            return Err(self.new_error(ExcKind::RecursionError, format!("maximum recursion depth exceeded {}", what)));
        }
        self.c_depth.set(d + 1);
        let r = f();
        self.c_depth.set(d);
        r
    }

    /// The work of a loop's back edge: a chance to collect cycles, and to
    /// stop on an interrupt.
    #[inline(always)]
    pub fn loop_tick(&self) -> PyResult<()> {
        self.heap.maybe_collect(self);
        self.check_interrupt()
    }

    /// Raises KeyboardInterrupt (and clears the request) when the host has
    /// set the interrupt flag. One relaxed load when it is not set.
    #[inline]
    pub fn check_interrupt(&self) -> PyResult<()> {
        use std::sync::atomic::Ordering;
        if self.interrupt.load(Ordering::Relaxed) && self.interrupt.swap(false, Ordering::Relaxed) {
            return Err(self.error_with_args(ExcKind::KeyboardInterrupt, Vec::new()));
        }
        Ok(())
    }

    /// Approximate stack pointer, for the stack-depth guard.
    #[inline(always)]
    pub fn stack_pointer() -> usize {
        let marker = 0u8;
        std::hint::black_box(&marker) as *const u8 as usize
    }

    /// Raises RecursionError when the Rust stack is nearly used up or the
    /// Python depth passes the recursion limit.
    #[inline]
    pub fn check_stack(&self) -> PyResult<()> {
        if Interp::stack_pointer() < self.stack_floor.get() {
            return Err(self.new_error(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        Ok(())
    }
}
