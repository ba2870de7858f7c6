//! Cycle collection by trial deletion (CPython's algorithm).
//!
//! Reference counting (`Rc`) frees most objects promptly; containers that can
//! form cycles are also registered here. A collection takes every live
//! registered object, subtracts from its reference count the references it
//! receives from other registered objects, and treats the ones left with
//! outside references as roots. Whatever the roots cannot reach is garbage:
//! its contents are cleared, which breaks the cycles, and `Rc` frees the rest.
//! Because roots are found by counting, no root enumeration is needed: a
//! collection may run at any statement boundary.
//!
//! The registry holds `Weak`s. Entries registered since the last pass (the
//! young region) are pruned of dead objects every `YOUNG_LIMIT`
//! registrations, which is cheap; the old region is pruned the same way when
//! it has grown by half since its last pruning, and a full collection runs
//! when it has doubled since the last one, which keeps the total cost linear.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::object::*;
use super::Value;

/// Registrations between prunes of the young region. Small, because a dead
/// object's memory is held (by its `Weak`) until the prune: a short young
/// region lets the allocator hand the same warm blocks out again, as it does
/// for CPython's short-lived lists and dicts.
const YOUNG_LIMIT: usize = 256;

/// The old region's size below which no full collection runs.
const OLD_MIN: usize = 10_000;

enum Tracked {
    List(Weak<List>),
    Dict(Weak<Dict>),
    Set(Weak<Set>),
    Instance(Weak<Instance>),
    Class(Weak<Class>),
    Function(Weak<Function>),
    Cell(Weak<CellObj>),
}

enum Strong {
    List(Rc<List>),
    Dict(Rc<Dict>),
    Set(Rc<Set>),
    Instance(Rc<Instance>),
    Class(Rc<Class>),
    Function(Rc<Function>),
    Cell(Rc<CellObj>),
}

impl Tracked {
    fn upgrade(&self) -> Option<Strong> {
        Some(match self {
            Tracked::List(w) => Strong::List(w.upgrade()?),
            Tracked::Dict(w) => Strong::Dict(w.upgrade()?),
            Tracked::Set(w) => Strong::Set(w.upgrade()?),
            Tracked::Instance(w) => Strong::Instance(w.upgrade()?),
            Tracked::Class(w) => Strong::Class(w.upgrade()?),
            Tracked::Function(w) => Strong::Function(w.upgrade()?),
            Tracked::Cell(w) => Strong::Cell(w.upgrade()?),
        })
    }
    fn alive(&self) -> bool {
        match self {
            Tracked::List(w) => w.strong_count() > 0,
            Tracked::Dict(w) => w.strong_count() > 0,
            Tracked::Set(w) => w.strong_count() > 0,
            Tracked::Instance(w) => w.strong_count() > 0,
            Tracked::Class(w) => w.strong_count() > 0,
            Tracked::Function(w) => w.strong_count() > 0,
            Tracked::Cell(w) => w.strong_count() > 0,
        }
    }
}

impl Strong {
    fn addr(&self) -> usize {
        match self {
            Strong::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Strong::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
        }
    }
    fn strong_count(&self) -> usize {
        match self {
            Strong::List(r) => Rc::strong_count(r),
            Strong::Dict(r) => Rc::strong_count(r),
            Strong::Set(r) => Rc::strong_count(r),
            Strong::Instance(r) => Rc::strong_count(r),
            Strong::Class(r) => Rc::strong_count(r),
            Strong::Function(r) => Rc::strong_count(r),
            Strong::Cell(r) => Rc::strong_count(r),
        }
    }
    fn downgrade(&self) -> Tracked {
        match self {
            Strong::List(r) => Tracked::List(Rc::downgrade(r)),
            Strong::Dict(r) => Tracked::Dict(Rc::downgrade(r)),
            Strong::Set(r) => Tracked::Set(Rc::downgrade(r)),
            Strong::Instance(r) => Tracked::Instance(Rc::downgrade(r)),
            Strong::Class(r) => Tracked::Class(Rc::downgrade(r)),
            Strong::Function(r) => Tracked::Function(Rc::downgrade(r)),
            Strong::Cell(r) => Tracked::Cell(Rc::downgrade(r)),
        }
    }

    /// Calls `visit` with the address of every object this one references
    /// (tracked or not; the collector ignores unknown addresses). Returns
    /// false when the object is borrowed right now and cannot be inspected.
    fn traverse(&self, visit: &mut dyn FnMut(usize)) -> bool {
        fn value(v: &Value, visit: &mut dyn FnMut(usize)) {
            match v {
                Value::Tuple(t) => {
                    // Tuples are not tracked: look through them.
                    for x in t.items.iter() {
                        value(x, visit);
                    }
                }
                Value::Method(m) => {
                    value(&m.func, visit);
                    value(&m.self_, visit);
                }
                Value::Wrapper(w) => match &**w {
                    Wrapper::Property { fget, fset, fdel, .. } => {
                        value(fget, visit);
                        value(fset, visit);
                        value(fdel, visit);
                    }
                    Wrapper::StaticMethod(f) | Wrapper::ClassMethod(f) => value(f, visit),
                    Wrapper::Super { obj, .. } => value(obj, visit),
                },
                Value::View(view) => visit(Rc::as_ptr(&view.dict) as *const u8 as usize),
                // Only the kinds the registry holds ([`Tracked`]) can be
                // found in a collection's index; a str, int or iterator is
                // never there, and looking each one up cost a hash probe
                // per key and value of every dict traversed.
                Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Instance(_) | Value::Class(_) | Value::Function(_) | Value::Cell(_) => {
                    if let Some(p) = v.ptr() {
                        visit(p)
                    }
                }
                _ => {}
            }
        }
        fn dict(d: &Dict, visit: &mut dyn FnMut(usize)) -> bool {
            let Ok(t) = d.table.try_borrow() else { return false };
            for (k, v) in t.iter() {
                value(k, visit);
                value(v, visit);
            }
            if let DictKind::Default(f) = &d.kind {
                match f.try_borrow() {
                    Ok(f) => value(&f, visit),
                    Err(_) => return false,
                }
            }
            true
        }
        match self {
            Strong::List(l) => match l.items.try_borrow() {
                Ok(items) => {
                    for v in items.iter() {
                        value(v, visit);
                    }
                    true
                }
                Err(_) => false,
            },
            Strong::Dict(d) => dict(d, visit),
            Strong::Set(s) => match s.table.try_borrow() {
                Ok(t) => {
                    for k in t.iter() {
                        value(k, visit);
                    }
                    true
                }
                Err(_) => false,
            },
            Strong::Instance(i) => {
                visit(Rc::as_ptr(&i.class) as *const u8 as usize);
                visit(Rc::as_ptr(&i.attrs) as *const u8 as usize);
                match &i.payload {
                    Payload::Dict(d) => visit(Rc::as_ptr(d) as *const u8 as usize),
                    Payload::List(l) => visit(Rc::as_ptr(l) as *const u8 as usize),
                    Payload::Exception(e) => {
                        for cell in [&e.args, &e.cause, &e.context, &e.name, &e.origin] {
                            match cell.try_borrow() {
                                Ok(v) => value(&v, visit),
                                Err(_) => return false,
                            }
                        }
                        match e.scope.try_borrow() {
                            Ok(scope) => {
                                if let Some(scope) = &*scope {
                                    visit(Rc::as_ptr(&scope.globals) as *const u8 as usize);
                                    if let Some(v) = &scope.self_value {
                                        value(v, visit);
                                    }
                                }
                            }
                            Err(_) => return false,
                        }
                    }
                    Payload::None => {}
                }
                true
            }
            Strong::Class(c) => {
                visit(Rc::as_ptr(&c.dict) as *const u8 as usize);
                for b in c.bases.iter().chain(c.mro.iter()) {
                    visit(Rc::as_ptr(b) as *const u8 as usize);
                }
                true
            }
            Strong::Function(f) => {
                visit(Rc::as_ptr(&f.globals) as *const u8 as usize);
                for c in &f.closure {
                    visit(Rc::as_ptr(c) as *const u8 as usize);
                }
                for v in &f.kwdefaults {
                    value(v, visit);
                }
                value(&f.doc, visit);
                match (f.defaults.try_borrow(), f.attrs.try_borrow()) {
                    (Ok(d), Ok(a)) => {
                        for v in d.iter() {
                            value(v, visit);
                        }
                        if let Some(a) = &*a {
                            visit(Rc::as_ptr(a) as *const u8 as usize);
                        }
                        true
                    }
                    _ => false,
                }
            }
            Strong::Cell(c) => match c.value.try_borrow() {
                Ok(v) => {
                    value(&v, visit);
                    true
                }
                Err(_) => false,
            },
        }
    }

    /// Empties the object's references (it is garbage); returns what was
    /// taken, to be dropped once every garbage object is cleared.
    fn clear(&self, out: &mut Vec<Box<dyn std::any::Any>>) {
        match self {
            Strong::List(l) => out.push(Box::new(std::mem::take(&mut *l.items.borrow_mut()))),
            Strong::Dict(d) => {
                out.push(Box::new(std::mem::take(&mut *d.table.borrow_mut())));
                if let DictKind::Default(f) = &d.kind {
                    out.push(Box::new(std::mem::take(&mut *f.borrow_mut())));
                }
            }
            Strong::Set(s) => out.push(Box::new(std::mem::take(&mut *s.table.borrow_mut()))),
            Strong::Instance(i) => {
                if let Payload::Exception(e) = &i.payload {
                    out.push(Box::new(std::mem::take(&mut *e.args.borrow_mut())));
                    out.push(Box::new(std::mem::take(&mut *e.cause.borrow_mut())));
                    out.push(Box::new(std::mem::take(&mut *e.context.borrow_mut())));
                    out.push(Box::new(std::mem::take(&mut *e.traceback.borrow_mut())));
                    out.push(Box::new(std::mem::take(&mut *e.name.borrow_mut())));
                    out.push(Box::new(std::mem::take(&mut *e.origin.borrow_mut())));
                    out.push(Box::new(e.scope.borrow_mut().take()));
                }
            }
            Strong::Class(_) => {}
            Strong::Function(f) => {
                out.push(Box::new(std::mem::take(&mut *f.defaults.borrow_mut())));
                out.push(Box::new(f.attrs.borrow_mut().take()));
            }
            Strong::Cell(c) => out.push(Box::new(std::mem::take(&mut *c.value.borrow_mut()))),
        }
    }
}

pub struct Heap {
    objects: RefCell<Vec<Tracked>>,
    /// Start of the young region in `objects`.
    young_start: Cell<usize>,
    /// Size of the old region after the last full collection.
    old_at_last_full: Cell<usize>,
    /// Size of the old region after it was last pruned.
    old_at_last_sweep: Cell<usize>,
    pub enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Objects freed by cycle collection so far.
    pub collected: Cell<usize>,
}

impl Default for Heap {
    fn default() -> Self {
        Heap::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            objects: RefCell::new(Vec::new()),
            young_start: Cell::new(0),
            old_at_last_full: Cell::new(0),
            old_at_last_sweep: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            collected: Cell::new(0),
        }
    }

    fn track(&self, t: Tracked) {
        if let Ok(mut objs) = self.objects.try_borrow_mut() {
            objs.push(t);
        }
    }
    /// Registers a list (once; see [`List::tracked`]).
    pub fn track_list(&self, r: &Rc<List>) {
        if !r.tracked.replace(true) {
            self.track(Tracked::List(Rc::downgrade(r)))
        }
    }
    /// Registers `l` if it is not yet and `v`, just stored in it, could
    /// lead back to it.
    #[inline(always)]
    pub fn track_list_holding(&self, l: &Rc<List>, v: &Value) {
        if !l.tracked.get() && v.may_reference() {
            self.track_list(l)
        }
    }
    /// [`Heap::track_list_holding`] for several values stored at once.
    #[inline]
    pub fn track_list_holding_any(&self, l: &Rc<List>, vs: &[Value]) {
        if !l.tracked.get() && vs.iter().any(Value::may_reference) {
            self.track_list(l)
        }
    }
    pub fn track_dict(&self, r: &Rc<Dict>) {
        self.track(Tracked::Dict(Rc::downgrade(r)))
    }
    pub fn track_set(&self, r: &Rc<Set>) {
        self.track(Tracked::Set(Rc::downgrade(r)))
    }
    pub fn track_instance(&self, r: &Rc<Instance>) {
        self.track(Tracked::Instance(Rc::downgrade(r)))
    }
    pub fn track_class(&self, r: &Rc<Class>) {
        self.track(Tracked::Class(Rc::downgrade(r)))
    }
    pub fn track_function(&self, r: &Rc<Function>) {
        self.track(Tracked::Function(Rc::downgrade(r)))
    }
    pub fn track_cell(&self, r: &Rc<CellObj>) {
        self.track(Tracked::Cell(Rc::downgrade(r)))
    }

    /// Number of registered objects (live or not yet pruned).
    pub fn tracked(&self) -> usize {
        self.objects.borrow().len()
    }

    /// Called at safe points (loop back-edges, calls): prunes the young
    /// region, and collects cycles when the old region has doubled. In
    /// between, whenever the old region has grown by half since it was last
    /// swept, it is pruned too: an old object that died keeps its memory
    /// (held by its `Weak`) until then, and a program that replaces one
    /// large structure with another would otherwise hold both.
    #[inline(always)]
    pub fn maybe_collect<T>(&self, _ctx: &T) {
        let len = self.objects.borrow().len();
        if len - self.young_start.get() < YOUNG_LIMIT || !self.enabled.get() {
            return;
        }
        self.prune_and_maybe_collect();
    }

    /// [`Heap::maybe_collect`] once the young region is full.
    #[inline(never)]
    fn prune_and_maybe_collect(&self) {
        self.prune_from(self.young_start.get());
        let old = self.young_start.get();
        if old > 2 * self.old_at_last_full.get().max(OLD_MIN) {
            self.collect();
        } else if old > OLD_MIN && 2 * old > 3 * self.old_at_last_sweep.get() {
            self.prune_from(0);
            self.old_at_last_sweep.set(self.young_start.get());
        }
    }

    /// Drops the dead objects' registrations from `start` on, keeping the
    /// live ones in order, and makes them all old.
    fn prune_from(&self, start: usize) {
        let mut objs = self.objects.borrow_mut();
        let mut w = start;
        for r in start..objs.len() {
            if objs[r].alive() {
                objs.swap(w, r);
                w += 1;
            }
        }
        objs.truncate(w);
        self.young_start.set(w);
    }

    /// A full collection; returns the number of objects found unreachable.
    pub fn collect(&self) -> usize {
        if self.collecting.replace(true) {
            return 0;
        }
        let taken = std::mem::take(&mut *self.objects.borrow_mut());
        let strong: Vec<Strong> = taken.iter().filter_map(|t| t.upgrade()).collect();
        drop(taken);
        let index: HashMap<usize, usize, crate::dict::hash::FastBuildHasher> =
            strong.iter().enumerate().map(|(i, s)| (s.addr(), i)).collect();
        // References from outside the tracked set (minus our own upgrade).
        let mut refs: Vec<isize> = strong.iter().map(|s| s.strong_count() as isize - 1).collect();
        let mut opaque = vec![false; strong.len()];
        for (i, s) in strong.iter().enumerate() {
            let ok = s.traverse(&mut |addr| {
                if let Some(&j) = index.get(&addr) {
                    refs[j] -= 1;
                }
            });
            if !ok {
                opaque[i] = true;
            }
        }
        // Everything reachable from an object with outside references lives.
        let mut alive = vec![false; strong.len()];
        let mut stack: Vec<usize> = (0..strong.len()).filter(|&i| refs[i] > 0 || opaque[i]).collect();
        for &i in &stack {
            alive[i] = true;
        }
        while let Some(i) = stack.pop() {
            strong[i].traverse(&mut |addr| {
                if let Some(&j) = index.get(&addr) {
                    if !alive[j] {
                        alive[j] = true;
                        stack.push(j);
                    }
                }
            });
        }
        let mut garbage_contents: Vec<Box<dyn std::any::Any>> = Vec::new();
        let mut survivors = Vec::with_capacity(strong.len());
        let mut n_garbage = 0;
        for (i, s) in strong.iter().enumerate() {
            if alive[i] {
                survivors.push(s.downgrade());
            } else {
                n_garbage += 1;
                s.clear(&mut garbage_contents);
            }
        }
        {
            let mut objs = self.objects.borrow_mut();
            // Objects registered while we worked (by destructors) stay registered.
            let newer = std::mem::take(&mut *objs);
            *objs = survivors;
            objs.extend(newer);
            self.young_start.set(objs.len());
            self.old_at_last_full.set(objs.len());
            self.old_at_last_sweep.set(objs.len());
        }
        drop(strong);
        drop(garbage_contents);
        self.collected.set(self.collected.get() + n_garbage);
        self.collecting.set(false);
        n_garbage
    }

    /// Clears every registered object (interpreter shutdown): breaks all cycles.
    pub fn clear_all(&self) {
        let taken = std::mem::take(&mut *self.objects.borrow_mut());
        let strong: Vec<Strong> = taken.iter().filter_map(|t| t.upgrade()).collect();
        drop(taken);
        let mut contents: Vec<Box<dyn std::any::Any>> = Vec::new();
        for s in &strong {
            s.clear(&mut contents);
        }
        drop(strong);
        drop(contents);
        self.young_start.set(0);
        self.old_at_last_full.set(0);
        self.old_at_last_sweep.set(0);
    }
}
