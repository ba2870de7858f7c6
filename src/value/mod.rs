//! The value model.
//!
//! A [`Value`] is 16 bytes: immediates (None, bool, small int, float) are held
//! inline and everything else is a reference-counted object. The interpreter
//! owns every object it creates: values never leave it (the embedding API
//! converts at the boundary), which is what makes the interpreter `Send`
//! although objects use `Rc`/`RefCell` inside. Reference counting frees
//! promptly; `gc.rs` reclaims cycles by trial deletion, as CPython does.

pub mod format;
pub mod gc;
pub mod object;

use std::rc::Rc;

use num_bigint::BigInt;

pub use object::*;

/// The process's str/bytes hash key, from PYTHONHASHSEED as CPython reads it.
pub fn hash_secret() -> &'static crate::dict::HashSecret {
    static SECRET: std::sync::OnceLock<crate::dict::HashSecret> = std::sync::OnceLock::new();
    SECRET.get_or_init(|| crate::dict::HashSecret::from_env().unwrap_or_else(|_| crate::dict::HashSecret::random()))
}

/// `repr(u64)` fixes the layout: an 8-byte tag, then the payload at offset
/// 8, which is where [`Value::strong_count_cell`] finds an object's `Rc`.
/// The tag is a whole word so that a value has no padding: with a one-byte
/// tag, bytes 1-7 were copied piece by piece on every move of a value (into
/// and out of `PyResult`, through stack slots), which cost instructions and
/// made the 16-byte reloads of those copies wait for store forwarding to
/// fail (word count -8% instructions and -13% time, group-by -6% and -10%).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    /// A small int; ints that do not fit in i64 are `BigInt`s (never both for one number).
    Int(i64),
    Float(f64),
    /// An unassigned local slot; never visible to Python code.
    Unbound,
    // Every variant from here on holds a reference-counted object.
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<PyBytes>),
    ByteArray(Rc<ByteArray>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    /// set and frozenset.
    Set(Rc<Set>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Builtin(Rc<Builtin>),
    Method(Rc<Method>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Iterator(Rc<IterObj>),
    Generator(Rc<Generator>),
    View(Rc<View>),
    Module(Rc<Module>),
    /// property, staticmethod, classmethod, super objects.
    Wrapper(Rc<Wrapper>),
    Cell(Rc<CellObj>),
}

impl Clone for Value {
    /// A bitwise copy, and for an object one more strong count (see
    /// [`Value::strong_count_cell`]); inlined at every call site.
    #[inline(always)]
    fn clone(&self) -> Value {
        if self.is_object() {
            // SAFETY: an object variant (checked); see `strong_count_cell`.
            // The bitwise copy is the new reference the count now counts.
            // No overflow check (Rc::clone aborts at usize::MAX): a count
            // only grows by one per clone, and 2^64 clones without a drop
            // would take centuries at one per nanosecond.
            unsafe {
                let count = self.strong_count_cell();
                count.set(count.get() + 1);
            }
        }
        // SAFETY: an immediate owns nothing; an object's count was raised.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// True when the value holds a reference-counted object (cloning or
    /// dropping it touches a count); false for the immediates.
    #[inline(always)]
    pub fn is_object(&self) -> bool {
        !matches!(
            self,
            Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Unbound
        )
    }

    /// Whether the value is an object that can hold references to other
    /// objects, so that a container holding it could be part of a cycle:
    /// false for the immediates and for strs, bytes, big ints and ranges.
    #[inline(always)]
    pub fn may_reference(&self) -> bool {
        self.is_object() && !matches!(self, Value::Str(_) | Value::Bytes(_) | Value::BigInt(_) | Value::Range(_))
    }

    /// A number that tells apart the builtin types whose methods a call
    /// site caches by receiver type (see `Interp::common_type`): the
    /// variant's tag, with the dict kind or the frozen flag above it.
    #[inline(always)]
    pub fn builtin_type_key(&self) -> u64 {
        // SAFETY: `repr(u64)`: the first word of a value is its tag.
        let tag = unsafe { *(self as *const Value as *const u64) };
        let sub = match self {
            Value::Dict(d) => match d.kind {
                DictKind::Plain => 1,
                DictKind::Default(_) => 2,
                DictKind::Ordered => 3,
                DictKind::Counter => 4,
            },
            Value::Set(s) => 1 + s.frozen as u64,
            _ => 0,
        };
        tag | sub << 8
    }

    /// The strong count of the object's `Rc`, whatever its type: cloning
    /// and releasing a value then need no dispatch on the variant (a jump
    /// table there mispredicted on most calls: one shared indirect branch for
    /// every clone and drop in the program).
    ///
    /// # Safety
    /// `self.is_object()` must hold. Every object variant holds exactly one
    /// `Rc<T>` at offset 8 (`repr(u64)`), an `Rc<T>` with the global
    /// allocator is one pointer to std's `RcInner<T>`, and that struct is
    /// `#[repr(C)]` with the strong count (`Cell<usize>`) first. The unit
    /// tests below check the counts against `Rc::strong_count` for objects
    /// of several types and sizes.
    #[inline(always)]
    unsafe fn strong_count_cell(&self) -> &std::cell::Cell<usize> {
        let payload = (self as *const Value as *const u8).add(8) as *const *const std::cell::Cell<usize>;
        &**payload
    }

    /// Drops the value; when other references remain (the usual case) just
    /// lowers the count inline, without the destructor's dispatch.
    #[inline(always)]
    pub fn release(self) {
        if self.is_object() {
            // SAFETY: an object variant (checked); see `strong_count_cell`.
            let count = unsafe { self.strong_count_cell() };
            let n = count.get();
            if n > 1 {
                count.set(n - 1);
                std::mem::forget(self);
                return;
            }
            drop(self);
        } else {
            std::mem::forget(self);
        }
    }
}

/// Empties `values` (keeping its buffer), letting go of each value through
/// [`Value::release`]. Containers drop their items this way: the drop glue
/// of a `Value` dispatches on the variant through a jump table, an indirect
/// branch that mispredicts when the variants alternate (str keys and int
/// values, say), while most items are shared or immediates and need only a
/// count lowered or nothing. `deep` comes from [`drop_container`]: items
/// that would nest the destructors too deeply are then deferred instead.
pub fn release_all(values: &mut Vec<Value>, deep: bool) {
    let n = values.len();
    // SAFETY: the length is cleared first, so each of the `n` values is read
    // out exactly once and never dropped again (a panicking destructor
    // leaks the rest instead of dropping any twice).
    unsafe {
        values.set_len(0);
        let base = values.as_ptr();
        for i in 0..n {
            release_item(std::ptr::read(base.add(i)), deep);
        }
    }
}

/// Container destructors nested this deep defer the containers they free
/// (CPython's trashcan), so that dropping a list nested a million deep does
/// not run a million nested destructors on the stack (of the evaluator, or
/// of the host thread that drops an interpreter).
const DROP_NESTING_LIMIT: u32 = 100;

thread_local! {
    /// How many container destructors are running on this thread.
    static DROP_NESTING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// What destructors past the nesting limit left to drop, dropped one by
    /// one by the outermost destructor.
    static DEFERRED_DROPS: std::cell::RefCell<Vec<Deferred>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// A deferred drop: a container whose last reference went away, or what
/// another object owned (see [`drop_contents`]).
enum Deferred {
    Value(#[allow(dead_code)] Value),
    Contents(#[allow(dead_code)] Box<dyn std::any::Any>),
}

/// Queues `item` for the outermost destructor; while the thread is being
/// torn down the queue may be gone, and `item` is then dropped here, as it
/// would have been without one.
fn defer_drop(item: Deferred) {
    let _ = DEFERRED_DROPS.try_with(move |q| q.borrow_mut().push(item));
}

/// Lets go of an item of a container being dropped: [`Value::release`],
/// except that when `deep` (see [`drop_container`]) a container this was
/// the last reference to is deferred rather than dropped here.
#[inline(always)]
pub fn release_item(v: Value, deep: bool) {
    // SAFETY: an object variant (checked by may_reference).
    if deep && v.may_reference() && unsafe { v.strong_count_cell() }.get() == 1 {
        defer_drop(Deferred::Value(v));
    } else {
        v.release();
    }
}

/// Runs the body of a container's destructor (`release_items`, which lets
/// go of the items with [`release_all`] or [`release_item`]), counting the
/// nesting and telling the body whether it is past the limit (`deep`); the
/// outermost one then drops the deferred containers one at a time, so the
/// stack depth stays bounded however deep the data nests.
#[inline]
pub fn drop_container(release_items: impl FnOnce(bool)) {
    /// Ends the destructor's nesting, also when it unwinds: the outermost
    /// one empties the queue first (so nothing an interpreter owned is left
    /// on this thread for a later drop, possibly after the interpreter moved
    /// to another thread), then the count goes back.
    struct Nesting(u32);
    impl Drop for Nesting {
        fn drop(&mut self) {
            if self.0 == 0 {
                while let Some(item) = DEFERRED_DROPS.try_with(|q| q.borrow_mut().pop()).ok().flatten() {
                    drop(item);
                }
                // A wide container can have queued millions of items.
                let _ = DEFERRED_DROPS.try_with(|q| q.borrow_mut().shrink_to(64));
            }
            DROP_NESTING.with(|n| n.set(self.0));
        }
    }
    let nesting = Nesting(DROP_NESTING.with(|n| {
        let d = n.get();
        n.set(d + 1);
        d
    }));
    release_items(nesting.0 + 1 >= DROP_NESTING_LIMIT);
}

/// In a destructor: drops `contents` (what an object owns besides a list of
/// items: an iterator's state, an exception's data, a bound method's parts)
/// within the nesting count of [`drop_container`], or queues them when
/// destructors are nested deep, so chains such as `it = map(f, it)` or
/// `raise E() from previous` repeated a million times drop without deep
/// recursion too. Queuing boxes them: an allocation only at that depth.
pub fn drop_contents<T: 'static>(contents: T) {
    drop_container(|deep| {
        if deep {
            defer_drop(Deferred::Contents(Box::new(contents)));
        } else {
            drop(contents);
        }
    });
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
// Results and options of values keep the tag's niche (no extra word).
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);
const _: () = assert!(std::mem::size_of::<Result<Value, std::rc::Rc<()>>>() == 16);

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(Tuple::new(items)))
    }
    /// The tuple `(a, b)`, without a vector to build it from.
    pub fn pair(a: Value, b: Value) -> Value {
        Value::Tuple(Rc::new(Tuple::pair(a, b)))
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity (`is`): same object, or equal immediates that CPython would
    /// share (small ints, True/False/None).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis)
            | (Value::Unbound, Value::Unbound) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// The address of the referenced object, for identity, `id()` and recursion guards.
    pub fn ptr(&self) -> Option<usize> {
        Some(match self {
            Value::BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Method(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::View(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Wrapper(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            _ => return None,
        })
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(&s.s),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The count seen through `strong_count_cell` is `Rc::strong_count`, and
    /// clone/release move it as `Rc::clone`/drop do, for objects of several
    /// sizes and layouts.
    #[test]
    fn clone_and_release_keep_rc_counts() {
        let big: Rc<BigInt> = Rc::new(BigInt::from(7) << 100usize);
        let s = Rc::new(PyStr::new("key"));
        let b = Rc::new(PyBytes { b: vec![1u8, 2].into_boxed_slice() });
        let t = Rc::new(Tuple::new(vec![Value::Int(1), Value::None]));
        let l = Rc::new(List::new(vec![Value::Float(1.5)]));
        let d = Rc::new(Dict::new());
        let r = Rc::new(Range { start: 0, stop: 3, step: 1 });
        let sl = Rc::new(Slice { start: Value::None, stop: Value::Int(2), step: Value::None });
        let values = [
            Value::BigInt(big.clone()),
            Value::Str(s.clone()),
            Value::Bytes(b.clone()),
            Value::Tuple(t.clone()),
            Value::List(l.clone()),
            Value::Dict(d.clone()),
            Value::Range(r.clone()),
            Value::Slice(sl.clone()),
        ];
        let count = |v: &Value| -> usize {
            match v {
                Value::BigInt(x) => Rc::strong_count(x),
                Value::Str(x) => Rc::strong_count(x),
                Value::Bytes(x) => Rc::strong_count(x),
                Value::Tuple(x) => Rc::strong_count(x),
                Value::List(x) => Rc::strong_count(x),
                Value::Dict(x) => Rc::strong_count(x),
                Value::Range(x) => Rc::strong_count(x),
                Value::Slice(x) => Rc::strong_count(x),
                _ => unreachable!(),
            }
        };
        for v in &values {
            assert_eq!(count(v), 2);
            assert_eq!(unsafe { v.strong_count_cell() }.get(), 2);
            let c = v.clone();
            assert_eq!(count(v), 3);
            assert!(c.is(v));
            let c2 = v.clone();
            assert_eq!(count(v), 4);
            c.release();
            assert_eq!(count(v), 3);
            drop(c2);
            assert_eq!(count(v), 2);
        }
        // Releasing the last reference runs the destructor.
        let weak = Rc::downgrade(&s);
        drop(values);
        drop(s);
        assert!(weak.upgrade().is_none());
        let only = Value::str("alone");
        let Value::Str(inner) = &only else { unreachable!() };
        let weak = Rc::downgrade(inner);
        only.release();
        assert!(weak.upgrade().is_none());
        // Immediates are copied and released without counts.
        for v in [Value::None, Value::Int(-3), Value::Float(2.0), Value::Bool(true), Value::Unbound] {
            assert!(!v.is_object());
            let c = v.clone();
            assert!(c.is(&v));
            c.release();
        }
    }

    /// Dropping data nested a million deep through lists, tuples (pairs
    /// and longer), dicts (as keys' values) and sets (frozensets in sets)
    /// frees all of it on a thread with a 256 KiB stack (the other kinds
    /// are in tests/embed.rs): the destructors defer past a fixed depth
    /// instead of recursing (without that this overflows the stack).
    #[test]
    fn deeply_nested_data_drops_without_deep_recursion() {
        use crate::dict::SetTable;
        let depth = 1_000_000;
        let build = move |kind: usize| -> (Value, std::rc::Weak<PyStr>) {
            let leaf = Rc::new(PyStr::new("leaf"));
            let weak = Rc::downgrade(&leaf);
            let mut v = Value::Str(leaf);
            for i in 0..depth {
                v = match kind {
                    0 => Value::List(Rc::new(List::new(vec![v]))),
                    1 => Value::Tuple(Rc::new(Tuple::new(vec![Value::Int(i), v]))),
                    2 => Value::Tuple(Rc::new(Tuple::new(vec![v, Value::None, Value::Int(i)]))),
                    3 => {
                        let d = Dict::new();
                        d.table.borrow_mut().insert_new(i, Value::Int(i), v);
                        Value::Dict(Rc::new(d))
                    }
                    _ => {
                        let mut t = SetTable::new();
                        t.insert_new(i, v);
                        Value::Set(Rc::new(Set { table: std::cell::RefCell::new(t), frozen: true }))
                    }
                };
            }
            (v, weak)
        };
        let handle = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(move || {
                for kind in 0..5 {
                    let (v, weak) = build(kind);
                    assert!(weak.upgrade().is_some());
                    drop(v);
                    assert!(weak.upgrade().is_none(), "kind {kind}: the innermost value was not freed");
                }
            })
            .unwrap();
        handle.join().expect("dropping nested data overflowed or panicked");
    }

    /// Dicts, lists, tuples (pairs and longer), sets and `release_all`
    /// let go of their items through `release`: a shared item loses one
    /// count, an item held only there is freed, immediates are fine.
    #[test]
    fn containers_release_their_items() {
        use crate::dict::SetTable;
        let shared = Rc::new(PyStr::new("shared"));
        let check = |make: &dyn Fn(Value, Value) -> Value| {
            let sole = Rc::new(PyStr::new("sole"));
            let weak = Rc::downgrade(&sole);
            let container = make(Value::Str(shared.clone()), Value::Str(sole));
            assert_eq!(Rc::strong_count(&shared), 2);
            drop(container);
            assert_eq!(Rc::strong_count(&shared), 1);
            assert!(weak.upgrade().is_none());
        };
        check(&|a, b| Value::List(Rc::new(List::new(vec![a, Value::Int(1), b, Value::Float(0.5)]))));
        check(&|a, b| Value::Tuple(Rc::new(Tuple::new(vec![a, b]))));
        check(&|a, b| Value::Tuple(Rc::new(Tuple::new(vec![Value::None, a, b]))));
        check(&|a, b| {
            let d = Dict::new();
            let mut t = d.table.borrow_mut();
            t.insert_new(1, a, Value::Int(1));
            t.insert_new(2, Value::Int(2), b);
            drop(t);
            Value::Dict(Rc::new(d))
        });
        check(&|a, b| {
            let mut t = SetTable::new();
            t.insert_new(1, a);
            t.insert_new(2, b);
            t.insert_new(3, Value::Int(3));
            Value::Set(Rc::new(Set { table: std::cell::RefCell::new(t), frozen: false }))
        });
        let sole = Rc::new(PyStr::new("sole"));
        let weak = Rc::downgrade(&sole);
        let mut v = vec![Value::Str(shared.clone()), Value::Int(1), Value::Str(sole)];
        release_all(&mut v, false);
        assert!(v.is_empty());
        assert_eq!(Rc::strong_count(&shared), 1);
        assert!(weak.upgrade().is_none());
    }
}
