//! Generators: a generator function's frame runs on its own stack (a
//! stackful coroutine), so `yield` anywhere in the tree-walking evaluator
//! suspends it and `next()` resumes it, lazily as in Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use corosensei::stack::{DefaultStack, Stack};
use corosensei::{Coroutine, CoroutineResult, Yielder};

use super::{ExcKind, Frame, Interp, PyErr, PyResult};
use crate::value::*;

/// What a generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(PyErr),
}

pub type GenYielder = Yielder<Resume, Value>;
type GenCoroutine = Coroutine<Resume, Value, PyResult<Value>, DefaultStack>;

/// Virtual size of a generator's stack (committed only as it is used).
const GEN_STACK_SIZE: usize = 1 << 20;
/// Room kept free at the bottom of a generator stack for the error path.
const STACK_MARGIN: usize = 64 << 10;

pub struct Generator {
    coro: RefCell<Option<GenCoroutine>>,
    pub func: Rc<Function>,
    running: Cell<bool>,
    /// Lowest address the generator's code may use (its stack floor).
    floor: usize,
    interp: *const Interp,
    /// Set once the generator was handed over to be closed after its last
    /// reference went away (so that it is closed once).
    finalized: Cell<bool>,
}

impl Drop for Generator {
    /// A suspended generator that is no longer referenced is closed, as in
    /// CPython (its `finally` blocks run). It cannot run Python code here,
    /// in the middle of whatever dropped it, so it is queued and closed at
    /// the next statement boundary.
    fn drop(&mut self) {
        let Some(co) = self.coro.get_mut().take() else { return };
        if !co.started() || co.done() || self.finalized.get() {
            return;
        }
        // SAFETY: the interpreter outlives every generator (see new_generator).
        let interp = unsafe { &*self.interp };
        let g = Rc::new(Generator {
            coro: RefCell::new(Some(co)),
            func: self.func.clone(),
            running: Cell::new(false),
            floor: self.floor,
            interp: self.interp,
            finalized: Cell::new(true),
        });
        if let Ok(mut q) = interp.pending_close.try_borrow_mut() {
            q.push(g);
            interp.has_pending_close.set(true);
        }
    }
}

impl Generator {
    pub fn qualname(&self) -> String {
        self.func.qualname.borrow().s.to_string()
    }
    pub fn is_running(&self) -> bool {
        self.running.get()
    }
    pub fn is_finished(&self) -> bool {
        self.coro.borrow().is_none()
    }
}

/// One step of a generator.
pub enum GenStep {
    Yielded(Value),
    Returned(Value),
}

impl Interp {
    /// A new generator object for a call of generator function `func`;
    /// MemoryError when the system will not map another stack for it (each
    /// generator runs on its own, and a process may only have so many
    /// mappings: about 65,000 live generators on Linux by default).
    pub fn new_generator(&self, func: Rc<Function>, locals: super::Locals) -> PyResult<Value> {
        let stack = match DefaultStack::new(GEN_STACK_SIZE).or_else(|_| DefaultStack::new(256 << 10)) {
            Ok(s) => s,
            Err(e) => {
                return Err(self.new_error(ExcKind::MemoryError, format!("cannot allocate a stack for a generator: {e}")));
            }
        };
        let floor = stack.limit().get() + STACK_MARGIN;
        let interp_ptr = self as *const Interp;
        let f2 = func.clone();
        let coro = Coroutine::with_stack(stack, move |yielder: &GenYielder, first: Resume| -> PyResult<Value> {
            // SAFETY: the interpreter is boxed and outlives every generator
            // (the interpreter clears its heap before it is dropped), and it
            // is only ever used through shared references.
            let interp = unsafe { &*interp_ptr };
            if let Resume::Throw(e) = first {
                return Err(e);
            }
            let mut frame: Frame = interp.new_frame(&f2, locals);
            frame.yielder = Some(yielder as *const GenYielder);
            interp.run_frame(&mut frame)
        });
        let g = Rc::new(Generator {
            coro: RefCell::new(Some(coro)),
            func,
            running: Cell::new(false),
            floor,
            interp: interp_ptr,
            finalized: Cell::new(false),
        });
        Ok(Value::Generator(g))
    }

    /// Resumes a generator; `Returned` when it finished (or was finished).
    pub fn generator_resume(&self, g: &Generator, input: Resume) -> PyResult<GenStep> {
        if g.running.get() {
            return Err(self.value_error("generator already executing"));
        }
        let Some(mut co) = g.coro.borrow_mut().take() else {
            return match input {
                Resume::Throw(e) => Err(e),
                Resume::Send(_) => Ok(GenStep::Returned(Value::None)),
            };
        };
        if !co.started() {
            if let Resume::Send(v) = &input {
                if !v.is_none() {
                    *g.coro.borrow_mut() = Some(co);
                    return Err(self.type_error("can't send non-None value to a just-started generator"));
                }
            }
        }
        g.running.set(true);
        let saved_floor = self.stack_floor.replace(g.floor);
        let result = co.resume(input);
        self.stack_floor.set(saved_floor);
        g.running.set(false);
        match result {
            CoroutineResult::Yield(v) => {
                *g.coro.borrow_mut() = Some(co);
                Ok(GenStep::Yielded(v))
            }
            CoroutineResult::Return(Ok(v)) => Ok(GenStep::Returned(v)),
            CoroutineResult::Return(Err(e)) => {
                if self.err_is(&e, ExcKind::StopIteration) {
                    let err = self.runtime_error("generator raised StopIteration");
                    if let Some(d) = err.exc.exc() {
                        *d.cause.borrow_mut() = Value::Instance(e.exc.clone());
                    }
                    return Err(err);
                }
                Err(e)
            }
        }
    }

    pub fn generator_next(&self, g: &Generator) -> PyResult<Option<Value>> {
        match self.generator_resume(g, Resume::Send(Value::None))? {
            GenStep::Yielded(v) => Ok(Some(v)),
            GenStep::Returned(_) => Ok(None),
        }
    }

    /// Closes the generators that were dropped while suspended.
    pub fn run_pending_closes(&self) {
        self.has_pending_close.set(false);
        loop {
            let next = match self.pending_close.try_borrow_mut() {
                Ok(mut q) => q.pop(),
                Err(_) => return,
            };
            let Some(g) = next else { return };
            // Like CPython, an exception raised while closing is not propagated.
            let _ = self.generator_close(&g);
        }
    }

    /// `gen.close()`.
    pub fn generator_close(&self, g: &Generator) -> PyResult<()> {
        let started = g.coro.borrow().as_ref().map(|c| c.started()).unwrap_or(false);
        if !started {
            g.coro.borrow_mut().take();
            return Ok(());
        }
        let exit = self.new_error(ExcKind::GeneratorExit, "");
        let exit = PyErr { exc: self.new_exc_instance(&exit.exc.class, vec![]) };
        match self.generator_resume(g, Resume::Throw(exit)) {
            Ok(GenStep::Yielded(_)) => Err(self.runtime_error("generator ignored GeneratorExit")),
            Ok(GenStep::Returned(_)) => Ok(()),
            Err(e) if self.err_is(&e, ExcKind::GeneratorExit) || self.err_is(&e, ExcKind::StopIteration) => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Suspends the running generator with `v`; returns what it is resumed with.
    pub fn yield_value(&self, f: &mut Frame, v: Value) -> PyResult<Value> {
        let Some(y) = f.yielder else {
            return Err(self.new_error(ExcKind::SyntaxError, "'yield' outside function"));
        };
        // SAFETY: the yielder lives on the generator's stack for as long as its frame runs.
        let y = unsafe { &*y };
        let depth = self.depth.get();
        let r = y.suspend(v);
        self.depth.set(depth);
        match r {
            Resume::Send(x) => Ok(x),
            Resume::Throw(e) => Err(e),
        }
    }

    /// `yield from iterable`: delegates, passing sent values and throws to a
    /// sub-generator; evaluates to its return value.
    pub fn yield_from(&self, f: &mut Frame, v: Value) -> PyResult<Value> {
        let it = self.iter(&v)?;
        let mut input = Resume::Send(Value::None);
        loop {
            let step = match &it {
                Value::Generator(g) => self.generator_resume(g, input)?,
                _ => match input {
                    Resume::Throw(e) => return Err(e),
                    Resume::Send(_) => match self.next(&it)? {
                        Some(x) => GenStep::Yielded(x),
                        None => GenStep::Returned(Value::None),
                    },
                },
            };
            match step {
                GenStep::Returned(r) => return Ok(r),
                GenStep::Yielded(x) => {
                    input = match self.yield_value(f, x) {
                        Ok(sent) => Resume::Send(sent),
                        Err(e) => Resume::Throw(e),
                    };
                }
            }
        }
    }
}
