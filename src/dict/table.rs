//! `DictTable<K, V>`: CPython 3.12's compact dict (Objects/dictobject.c).
//!
//! # Layout
//! * A sparse **index table** of `size` slots (a power of two, at least 8),
//!   each holding an entry position, `EMPTY` (-1) or `DUMMY` (-2). Slots are
//!   i8/i16/i32/i64 wide depending on the size, like CPython's, so a small
//!   dict's index costs 8 bytes.
//! * A dense, insertion-ordered **entries** vector of `(hash, key, value)`.
//!   Deleting leaves a *hole* in the entries and `DUMMY` in the index; holes
//!   are squeezed out when the table is rebuilt.
//!
//! **Holes** are marked by a stored hash of -1, a value no CPython hash ever
//! takes (every hash function maps -1 to -2, and so does every method here
//! that takes a hash). Key and value are `MaybeUninit`, so an entry is
//! exactly `8 + size_of::<K>() + size_of::<V>()` bytes (40 for 16-byte K
//! and V) instead of paying for an `Option` tag per entry. The unsafe code
//! that this needs is confined to a few accessors whose invariant is:
//! *an entry's key and value are initialised iff its hash != -1*.
//!
//! # CPython fidelity
//! Entry positions, resize points and sizes follow CPython for the
//! operations CPython has: a new dict is unallocated (CPython's shared
//! empty keys, of size 1); the first insert allocates 8 slots; an insert
//! with no `usable` room left rebuilds to `calculate_log2_keysize(used*3)`
//! (GROWTH_RATE, with CPython's rounding quirk); `popitem` drops trailing
//! holes but does not give back `usable`; `clear` returns to the
//! unallocated state; CPython's str-only keys kind is tracked (it decides
//! entry sizes and a rebuild when the first non-str key arrives). Because
//! positions match CPython's `dk_entries` indices, an iterator that keeps a
//! position (as CPython's dictiter does) behaves like CPython's even when
//! the dict is mutated during iteration. The scratch differential tests
//! compared `sys.getsizeof`, order and iteration-with-mutation outcomes
//! with CPython 3.12 over random programs.
//!
//! # Beyond CPython
//! * The position of the first live entry is kept, so `next_entry(0)`,
//!   `pop_first` and `first_entry` are amortised O(1) even after many
//!   deletions from the front (CPython rescans the holes every time, which
//!   makes LRU eviction via `next(iter(d))` quadratic).
//! * `move_to_back` / `move_to_front` / `pop_first` give OrderedDict's
//!   `move_to_end(last=True/False)` and `popitem(last=False)` in amortised
//!   O(1). Front moves use free room *before* the first entry; when none is
//!   left the table is rebuilt with room in front (positions then shift).
//!
//! # Lookup protocol (user `__eq__` may mutate the table)
//! ```text
//! let mut p = table.lookup(h, |k| fast_eq(k, key));   // Yes / No / Unknown
//! loop { match p {
//!     Found { slot, entry } => ...,            // use at once (remove_entry, value_mut, ...)
//!     Missing(vacant)       => ...,            // insert_new_at(vacant, ...) at once, or nothing
//!     Deferred { state, entry } => {
//!         let stored = table.key_at(entry).clone();      // keep the key alive
//!         release the borrow; let r = stored.__eq__(key)?; re-borrow;
//!         p = table.resume(state, r, |k| k.is(&stored), |k| fast_eq(k, key));
//!     } } }
//! ```
//!
//! # Driving dict operations like CPython (sizes, positions, kinds)
//! * `d[k] = v`, `d.setdefault(k, v)`: `prepare_insert(k is exact str)`,
//!   then lookup; `Found` -> `replace_value` (CPython keeps the old key
//!   object), `Missing` -> `insert_new_at`.
//! * `del d[k]`, `d.pop(k)`: lookup, then `remove_entry`. `d.popitem()`:
//!   `pop_last`. `d.clear()`: `clear`.
//! * `d.copy()`: [`DictTable::copy_cpython`]. `dict(m)`, `{**m}`,
//!   `d.update(m)`, `d |= m` with `m` an exact dict (not `d` itself):
//!   [`DictTable::merge_begin`], then if it returns false insert each entry
//!   of `m` as for `d[k] = v` (with `m`'s stored hash). `a | b`:
//!   `copy_cpython(a)` then update with `b`. Other iterables/kwargs:
//!   `d[k] = v` one by one.
//! * `dict.fromkeys(it, v)` into a fresh dict: `it` an exact dict ->
//!   `resize_for(len(it), it.is_unicode_kind())`; an exact set/frozenset
//!   -> `resize_for(len(it), false)`; then insert each key (stored hashes).
//!   Other iterables: insert one by one.
//! * A dict display is compiled in chunks (CPython's `compiler_dict`): a run
//!   of `k: v` pairs accumulates until a 17th pair arrives, and those 17
//!   form a chunk built with `new()` + inserts; a run ended by `**m` or by
//!   the end of the display, of n <= 15 pairs, is `presized(n, all its
//!   keys exact str)` + inserts (16 pairs: `new()` + inserts). The first
//!   chunk (when the display starts with pairs) is the result; otherwise
//!   the result starts as `new()`. Later chunks and every `**m` are merged
//!   into it with update semantics (`merge_begin` + inserts).
//! * `sys.getsizeof(d)` for an exact dict: `64 + cpython_keys_sizeof()`.
//!
//! # Detecting mutation during iteration
//! [`DictTable::version`] changes on every structural change (insert,
//! removal, move, clear, rebuild) but not on value updates;
//! [`DictTable::layout_version`] changes only when positions of surviving
//! entries change (rebuild/resize, front growth, clear). A plain dict
//! iterator needs neither: like CPython it compares `len()` with the length
//! it started with ("dictionary changed size during iteration") and counts
//! yielded items ("dictionary keys changed during iteration"), continuing
//! from its raw position. An OrderedDict iterator compares `version()`.

use std::fmt;
use std::mem::{self, MaybeUninit};

/// Index-table marker of a never-used slot (ends a probe sequence).
const EMPTY: isize = -1;
/// Index-table marker of a slot whose entry was deleted (probing continues).
const DUMMY: isize = -2;
/// Stored hash of a hole in the entries.
const HOLE: i64 = -1;
/// log2 of the minimum table size (8 slots).
const LOG_MINSIZE: u8 = 3;
const PERTURB_SHIFT: u32 = 5;
/// `_PyDict_NewPresized` never presizes beyond this (2**17 slots).
const LOG_MAX_PRESIZE: u8 = 17;
const NO_SLOT: usize = usize::MAX;

/// CPython's `USABLE_FRACTION`: how many entries a table of `size` slots
/// takes before it must be rebuilt.
#[inline]
pub const fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython's `calculate_log2_keysize`, bit for bit:
/// `bit_length(((minsize | 8) - 1) | 7)`. It is meant to be "log2 of the
/// smallest power of two >= minsize, at least 8", but gives 16 slots for
/// minsize 1..=7 and twice the power for minsize = 2**k >= 16; CPython's
/// sizes (and so `sys.getsizeof` and entry positions) follow the quirk.
#[inline]
pub fn calculate_log2_keysize(minsize: usize) -> u8 {
    let m = (minsize | (1 << LOG_MINSIZE)) - 1;
    (usize::BITS - (m | ((1 << LOG_MINSIZE) - 1)).leading_zeros()) as u8
}

/// CPython's `estimate_log2_keysize`: the size whose usable fraction holds
/// `n` entries.
#[inline]
pub fn estimate_log2_keysize(n: usize) -> u8 {
    calculate_log2_keysize((n * 3).div_ceil(2)) // CPython: (n*3 + 1) / 2
}

#[inline]
fn fix_hash(h: i64) -> i64 {
    if h == HOLE {
        -2
    } else {
        h
    }
}

/// The caller's answer to "is this stored key equal to the one I look for?"
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum KeyEq {
    Yes,
    No,
    /// Deciding needs user code (a Python `__eq__`): the lookup stops with
    /// [`Probe::Deferred`] so the caller can release its borrow of the table.
    Unknown,
}

/// Where a lookup stopped.
#[derive(Clone, Copy, Debug)]
pub enum Probe {
    /// The key is at entry position `entry`, referenced from index `slot`.
    Found { slot: usize, entry: usize },
    /// The key is absent; the token lets [`DictTable::insert_new_at`] skip
    /// a second probe.
    Missing(Vacant),
    /// The closure answered [`KeyEq::Unknown`] for the key at `entry`. Run
    /// the comparison with the table unborrowed, then call
    /// [`DictTable::resume`] with the outcome.
    Deferred { state: ProbeState, entry: usize },
}

/// Free index slot found by a failed lookup (the first DUMMY or EMPTY slot
/// on the key's probe path, which is where CPython's `find_empty_slot`
/// would put it). Only valid for the same hash and table layout; the table
/// checks that and falls back to a fresh probe otherwise.
#[derive(Clone, Copy, Debug)]
pub struct Vacant {
    slot: usize,
    hash: i64,
    layout: u64,
}

/// Saved position of a suspended lookup.
#[derive(Clone, Copy, Debug)]
pub struct ProbeState {
    hash: i64,
    slot: usize,
    perturb: u64,
    free: usize,
    layout: u64,
    entry: usize,
}

impl ProbeState {
    /// The hash being looked up.
    pub fn hash(&self) -> i64 {
        self.hash
    }
    /// The entry position whose key must be compared.
    pub fn entry(&self) -> usize {
        self.entry
    }
}

/// One entry: key and value are initialised iff `hash != HOLE`.
struct Entry<K, V> {
    hash: i64,
    key: MaybeUninit<K>,
    value: MaybeUninit<V>,
}

impl<K, V> Entry<K, V> {
    #[inline]
    fn hole() -> Self {
        Entry {
            hash: HOLE,
            key: MaybeUninit::uninit(),
            value: MaybeUninit::uninit(),
        }
    }
    #[inline]
    fn new(hash: i64, key: K, value: V) -> Self {
        Entry {
            hash,
            key: MaybeUninit::new(key),
            value: MaybeUninit::new(value),
        }
    }
    #[inline]
    fn live(&self) -> bool {
        self.hash != HOLE
    }
    #[inline]
    fn key(&self) -> &K {
        debug_assert!(self.live());
        // SAFETY: live entries have initialised keys (module invariant).
        unsafe { self.key.assume_init_ref() }
    }
    #[inline]
    fn value(&self) -> &V {
        debug_assert!(self.live());
        // SAFETY: as above.
        unsafe { self.value.assume_init_ref() }
    }
    #[inline]
    fn value_mut(&mut self) -> &mut V {
        debug_assert!(self.live());
        // SAFETY: as above.
        unsafe { self.value.assume_init_mut() }
    }
    /// Moves key and value out, leaving a hole.
    #[inline]
    fn take(&mut self) -> (i64, K, V) {
        assert!(self.live(), "DictTable: entry is a hole");
        let h = mem::replace(&mut self.hash, HOLE);
        // SAFETY: the entry was live and is now marked as a hole, so the
        // values are read exactly once.
        unsafe {
            (
                h,
                self.key.assume_init_read(),
                self.value.assume_init_read(),
            )
        }
    }
}

/// One index-table slot type.
trait Slot: Copy {
    fn get(self) -> isize;
    fn make(v: isize) -> Self;
}
macro_rules! impl_slot {
    ($($t:ty),*) => {$(
        impl Slot for $t {
            #[inline(always)]
            fn get(self) -> isize { self as isize }
            #[inline(always)]
            fn make(v: isize) -> Self { v as $t }
        }
    )*};
}
impl_slot!(i8, i16, i32, i64);

#[derive(Clone)]
enum Indices {
    /// Not allocated yet (CPython's shared `Py_EMPTY_KEYS`).
    None,
    /// The indices of the small tables (8 and 16 slots), kept inline: most
    /// dicts are small, and this saves them an allocation.
    Inline8([i8; 8]),
    Inline16([i8; 16]),
    I8(Box<[i8]>),
    I16(Box<[i16]>),
    I32(Box<[i32]>),
    I64(Box<[i64]>),
}

/// Runs `$body` with `$ix` bound to the typed index slice (monomorphised per
/// width, so the probe loop has no per-slot width dispatch).
macro_rules! with_indices {
    ($ind:expr, $ix:ident => $body:expr, none => $none:expr) => {
        match $ind {
            Indices::Inline8($ix) => $body,
            Indices::Inline16($ix) => $body,
            Indices::I8($ix) => $body,
            Indices::I16($ix) => $body,
            Indices::I32($ix) => $body,
            Indices::I64($ix) => $body,
            Indices::None => $none,
        }
    };
}

impl Indices {
    fn new(size: usize, max_value: usize) -> Indices {
        // Width by table size like CPython (i8 up to 128 slots, ...), widened
        // further if front room makes positions exceed the size.
        let need = size.max(max_value);
        if need <= 1 << 7 {
            match size {
                8 => Indices::Inline8([-1; 8]),
                16 => Indices::Inline16([-1; 16]),
                _ => Indices::I8(vec![-1i8; size].into_boxed_slice()),
            }
        } else if need <= 1 << 15 {
            Indices::I16(vec![-1i16; size].into_boxed_slice())
        } else if need <= 1 << 31 {
            Indices::I32(vec![-1i32; size].into_boxed_slice())
        } else {
            Indices::I64(vec![-1i64; size].into_boxed_slice())
        }
    }
    #[inline]
    fn get(&self, i: usize) -> isize {
        with_indices!(self, ix => ix[i].get(), none => EMPTY)
    }
    #[inline]
    fn set(&mut self, i: usize, v: isize) {
        with_indices!(self, ix => {
            let s = Slot::make(v);
            debug_assert_eq!(Slot::get(s), v, "position does not fit the index width");
            ix[i] = s;
        }, none => unreachable!())
    }
    /// Bytes per slot.
    #[cfg(test)]
    fn width(&self) -> usize {
        match self {
            Indices::None => 0,
            Indices::Inline8(_) | Indices::Inline16(_) | Indices::I8(_) => 1,
            Indices::I16(_) => 2,
            Indices::I32(_) => 4,
            Indices::I64(_) => 8,
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Test-only count of entries stepped over while scanning for live ones.
    static SCAN_STEPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}
#[inline(always)]
fn count_scan() {
    #[cfg(test)]
    SCAN_STEPS.with(|c| c.set(c.get() + 1));
}

/// The next probe slot: `perturb >>= 5; i = (5*i + perturb + 1) & mask`.
#[inline(always)]
fn next_slot(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= PERTURB_SHIFT;
    ((i as u64)
        .wrapping_mul(5)
        .wrapping_add(*perturb)
        .wrapping_add(1) as usize)
        & mask
}

/// The probe loop, shared by `lookup` and `resume`. Starts by examining
/// slot `i` with the given `perturb` and first-free slot.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn probe_loop<S: Slot, K, V>(
    ix: &[S],
    entries: &[Entry<K, V>],
    hash: i64,
    mut i: usize,
    mut perturb: u64,
    mut free: usize,
    layout: u64,
    eq: &mut impl FnMut(&K) -> KeyEq,
) -> Probe {
    let mask = ix.len() - 1;
    loop {
        // SAFETY: i <= mask < ix.len().
        let v = unsafe { ix.get_unchecked(i) }.get();
        if v >= 0 {
            let pos = v as usize;
            debug_assert!(pos < entries.len());
            // SAFETY: non-negative index values always point inside
            // `entries`, at live entries: removals overwrite the slot with
            // DUMMY before the entry becomes a hole, `pop_last` only
            // truncates holes whose slots are DUMMY, and rebuilds write
            // fresh indices. (A bounds check here doubles the cost of a
            // small-table hit, measured.)
            let e = unsafe { entries.get_unchecked(pos) };
            if e.hash == hash {
                match eq(e.key()) {
                    KeyEq::Yes => {
                        return Probe::Found {
                            slot: i,
                            entry: pos,
                        }
                    }
                    KeyEq::No => {}
                    KeyEq::Unknown => {
                        return Probe::Deferred {
                            state: ProbeState {
                                hash,
                                slot: i,
                                perturb,
                                free,
                                layout,
                                entry: pos,
                            },
                            entry: pos,
                        }
                    }
                }
            }
        } else if v == EMPTY {
            let slot = if free == NO_SLOT { i } else { free };
            return Probe::Missing(Vacant { slot, hash, layout });
        } else if free == NO_SLOT {
            free = i;
        }
        i = next_slot(i, &mut perturb, mask);
    }
}

/// The probe loop of [`DictTable::find`].
#[inline(always)]
fn find_loop<S: Slot, K, V>(ix: &[S], entries: &[Entry<K, V>], hash: i64, eq: &mut impl FnMut(&K) -> bool) -> Option<usize> {
    let mask = ix.len() - 1;
    let mut i = hash as u64 as usize & mask;
    let mut perturb = hash as u64;
    loop {
        // SAFETY: i <= mask < ix.len().
        let v = unsafe { ix.get_unchecked(i) }.get();
        if v >= 0 {
            // SAFETY: non-negative index values point at live entries (see
            // `probe_loop`).
            let e = unsafe { entries.get_unchecked(v as usize) };
            if e.hash == hash && eq(e.key()) {
                return Some(v as usize);
            }
        } else if v == EMPTY {
            return None;
        }
        i = next_slot(i, &mut perturb, mask);
    }
}

/// First EMPTY or DUMMY slot on `hash`'s probe path (`find_empty_slot`).
#[inline]
fn find_free<S: Slot>(ix: &[S], hash: i64) -> usize {
    let mask = ix.len() - 1;
    let mut i = hash as u64 as usize & mask;
    let mut perturb = hash as u64;
    while ix[i].get() >= 0 {
        i = next_slot(i, &mut perturb, mask);
    }
    i
}

/// CPython's compact, insertion-ordered hash table. See the module docs.
pub struct DictTable<K, V> {
    indices: Indices,
    /// log2 of the index size; 0 while unallocated, like CPython's shared
    /// `Py_EMPTY_KEYS` (whose size of 1 and usable fraction of 0 make
    /// `dict_merge` into an empty dict always presize).
    log2_size: u8,
    /// `len()` is CPython's `dk_nentries`; positions < `first` are holes.
    entries: Vec<Entry<K, V>>,
    /// Position of the first live entry, `entries.len()` when empty.
    first: usize,
    used: usize,
    /// CPython's `dk_usable`: inserts left before a rebuild. An i32 (it
    /// saturates for tables past 2^31 slots) so that the table packs with
    /// its small fields and a dict object fits a 128-byte allocation.
    usable: i32,
    /// CPython's keys kind: `DICT_KEYS_UNICODE` (all keys exact str, 16-byte
    /// entries) vs general. Only affects sizes and when CPython rebuilds.
    unicode: bool,
    version: u64,
    layout: u64,
    /// Set on class namespaces: every change to a watched table also
    /// advances [`watched_epoch`], which method caches compare.
    watched: bool,
    /// Room for this many entries (not the usable fraction) when the
    /// table is first allocated: a small dict display holds no more than its
    /// items until it grows. 0: the usable fraction.
    first_capacity: u8,
}

/// Hands the live keys and values of `entries` to `release`.
fn release_entries<K, V>(entries: Vec<Entry<K, V>>, mut release: impl FnMut(K, V)) {
    for mut e in entries {
        if e.live() {
            let (_, k, v) = e.take();
            release(k, v);
        }
    }
}

/// Advanced by every change to any watched table (class namespaces), so a
/// cached attribute lookup is valid while the epoch is unchanged. Shared by
/// all interpreters in the process: another one's class changes only cost a
/// cache refill.
static WATCHED_EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

#[inline]
pub fn watched_epoch() -> u64 {
    WATCHED_EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> Drop for DictTable<K, V> {
    fn drop(&mut self) {
        for e in self.entries.iter_mut() {
            if e.live() {
                // SAFETY: a live entry's key and value are initialised; the
                // entries are never read again (no hole marks needed).
                unsafe {
                    e.key.assume_init_drop();
                    e.value.assume_init_drop();
                }
            }
        }
    }
}

impl<K: Clone, V: Clone> Clone for DictTable<K, V> {
    /// An exact copy, holes and sizes included (CPython's
    /// `clone_combined_dict_keys`, used by `dict.copy()` of a compact dict).
    fn clone(&self) -> Self {
        let mut entries = Vec::with_capacity(self.entries.capacity());
        // One extend over the exact-size iterator: no capacity check per entry.
        entries.extend(self.entries.iter().map(|e| {
            if e.live() {
                Entry::new(e.hash, e.key().clone(), e.value().clone())
            } else {
                Entry::hole()
            }
        }));
        DictTable {
            indices: self.indices.clone(),
            log2_size: self.log2_size,
            entries,
            first: self.first,
            used: self.used,
            usable: self.usable,
            unicode: self.unicode,
            version: 0,
            layout: 0,
            watched: false,
            first_capacity: 0,
        }
    }
}

impl<K: fmt::Debug, V: fmt::Debug> fmt::Debug for DictTable<K, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl<K, V> DictTable<K, V> {
    /// An empty, unallocated table (`{}`): the first insert allocates 8 slots.
    pub const fn new() -> Self {
        DictTable {
            indices: Indices::None,
            log2_size: 0,
            entries: Vec::new(),
            first: 0,
            used: 0,
            usable: 0,
            unicode: true,
            version: 0,
            layout: 0,
            watched: false,
            first_capacity: 0,
        }
    }

    /// Prepares an empty table for the `n` items of a dict display, as
    /// CPython's `_PyDict_FromItems` does: more than 5 items get their
    /// final size (and keys kind, `unicode` when every key is an exact str)
    /// up front; 5 or fewer wait for the first insert, like an empty dict.
    /// Either way the entries get room for exactly `n` at first.
    pub fn presize_for_items(&mut self, n: usize, unicode: bool) {
        if !self.is_unallocated() || n == 0 {
            return;
        }
        self.first_capacity = n.min(u8::MAX as usize) as u8;
        if n > usable_fraction(1 << LOG_MINSIZE) {
            self.unicode = unicode;
            self.relayout(estimate_log2_keysize(n), 0, NO_SLOT);
        }
    }

    /// Room for `n` entries without a rebuild (sized like CPython's
    /// `estimate_log2_keysize(n)`).
    pub fn with_capacity(n: usize) -> Self {
        let mut t = Self::new();
        if n > 0 {
            t.relayout(estimate_log2_keysize(n), 0, NO_SLOT);
        }
        t
    }

    /// CPython's `dict_new_presized(n, unicode)`: unallocated when n <= 5,
    /// else room for n entries, at most 2**17 slots. Used by
    /// `_PyDict_FromItems` for a dict display chunk of n <= 15 pairs
    /// (`unicode` = all its keys are exact str) and by
    /// `_PyDict_NewPresized` (`unicode` = false).
    pub fn presized(n: usize, unicode: bool) -> Self {
        let mut t = Self::new();
        if n > usable_fraction(1 << LOG_MINSIZE) {
            t.unicode = unicode;
            let log2 = if n > usable_fraction(1 << LOG_MAX_PRESIZE) {
                LOG_MAX_PRESIZE
            } else {
                estimate_log2_keysize(n)
            };
            t.relayout(log2, 0, NO_SLOT);
        }
        t
    }

    /// Number of live entries.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One past the last used position (CPython's `dk_nentries`): positions
    /// below it may hold live entries or holes.
    #[inline]
    pub fn nentries(&self) -> usize {
        self.entries.len()
    }

    /// Index-table size in slots (1 while unallocated, like CPython).
    #[inline]
    pub fn size(&self) -> usize {
        1 << self.log2_size
    }

    /// log2 of [`Self::size`].
    #[inline]
    pub fn log2_size(&self) -> u8 {
        self.log2_size
    }

    /// Whether the table is in the unallocated state (`Py_EMPTY_KEYS`).
    #[inline]
    pub fn is_unallocated(&self) -> bool {
        matches!(self.indices, Indices::None)
    }

    /// CPython's `dk_usable`: inserts left before the next rebuild.
    #[inline]
    pub fn usable(&self) -> isize {
        self.usable as isize
    }

    /// Changes on every structural change (not on value updates).
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Changes whenever positions of surviving entries change (rebuild,
    /// front growth, clear); positions saved before are then meaningless.
    #[inline]
    pub fn layout_version(&self) -> u64 {
        self.layout
    }

    /// Whether CPython would use its str-only keys kind for this table.
    #[inline]
    pub fn is_unicode_kind(&self) -> bool {
        self.unicode
    }

    /// Call before a lookup that may insert (`d[k] = v`, `setdefault`, ...),
    /// with whether the key is an exact `str`, so that the keys kind and
    /// rebuilds follow CPython: the first key of an unallocated table picks
    /// the kind; a non-str key arriving in a str-only table rebuilds it as
    /// general (to the size for `len*3`, squeezing holes — so
    /// `layout_version` changes). Returns true if it rebuilt.
    pub fn prepare_insert(&mut self, key_is_str: bool) -> bool {
        if self.is_unallocated() {
            self.unicode = key_is_str;
            false
        } else if self.unicode && !key_is_str {
            self.unicode = false;
            self.relayout(calculate_log2_keysize(self.used * 3), 0, NO_SLOT);
            true
        } else {
            false
        }
    }

    /// What CPython's `_PyDict_KeysSize` reports for this table (0 while
    /// unallocated): `sys.getsizeof(d)` is 64 plus this for a plain dict
    /// (entries are 16 bytes in the str-only kind, 24 otherwise).
    pub fn cpython_keys_sizeof(&self) -> usize {
        if self.is_unallocated() {
            return 0;
        }
        let size = self.size();
        let width = match self.log2_size {
            0..=7 => 1,
            8..=15 => 2,
            16..=31 => 4,
            _ => 8,
        };
        32 + size * width + usable_fraction(size) * if self.unicode { 16 } else { 24 }
    }


    // ----- lookup --------------------------------------------------------

    /// Looks `hash` up. `eq` is called only for stored entries whose hash is
    /// equal, in probe order; it should answer `Yes`/`No` when it can decide
    /// without user code (identity, exact str/int/float...), `Unknown`
    /// otherwise.
    #[inline]
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&K) -> KeyEq) -> Probe {
        let hash = fix_hash(hash);
        let layout = self.layout;
        with_indices!(&self.indices, ix => {
            let i = hash as u64 as usize & (ix.len() - 1);
            probe_loop(ix, &self.entries, hash, i, hash as u64, NO_SLOT, layout, &mut eq)
        }, none => Probe::Missing(Vacant { slot: NO_SLOT, hash, layout }))
    }

    /// Continues a lookup that returned [`Probe::Deferred`], once the caller
    /// has run the comparison (`equal` is its result).
    ///
    /// `same_key` is asked whether the entry being compared still holds the
    /// very key object that was compared (identity). If the table was
    /// rebuilt meanwhile, or the entry was removed or replaced, the lookup
    /// restarts from scratch — exactly CPython's rule (`dk == mp->ma_keys &&
    /// ep->me_key == startkey`, else restart). Otherwise `equal == true`
    /// gives `Found` and `false` continues the probe where it stopped.
    pub fn resume(
        &self,
        state: ProbeState,
        equal: bool,
        same_key: impl FnOnce(&K) -> bool,
        mut eq: impl FnMut(&K) -> KeyEq,
    ) -> Probe {
        let pos = state.entry;
        let valid = state.layout == self.layout
            && pos < self.entries.len()
            && self.entries[pos].hash == state.hash
            && same_key(self.entries[pos].key());
        if !valid {
            return self.lookup(state.hash, eq);
        }
        if equal {
            let slot = if self.indices.get(state.slot) == pos as isize {
                state.slot
            } else {
                self.find_slot(state.hash, pos)
                    .expect("live entry is indexed")
            };
            return Probe::Found { slot, entry: pos };
        }
        with_indices!(&self.indices, ix => {
            let mut perturb = state.perturb;
            let i = next_slot(state.slot, &mut perturb, ix.len() - 1);
            probe_loop(ix, &self.entries, state.hash, i, perturb, state.free, self.layout, &mut eq)
        }, none => unreachable!())
    }

    /// A lookup whose `eq` always decides (never `Unknown`) and that only
    /// wants the entry position: the probe loop without the free-slot and
    /// resume bookkeeping of [`Self::lookup`], its answer in a register.
    #[inline(always)]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        let hash = fix_hash(hash);
        with_indices!(&self.indices, ix => find_loop(ix, &self.entries, hash, &mut eq), none => None)
    }

    /// The index slot that refers to entry position `entry` (CPython's
    /// `lookdict_index`), or `None` if that entry is not live.
    pub fn find_slot(&self, hash: i64, entry: usize) -> Option<usize> {
        let hash = fix_hash(hash);
        if entry >= self.entries.len() || self.entries[entry].hash != hash {
            return None;
        }
        with_indices!(&self.indices, ix => {
            let mask = ix.len() - 1;
            let mut i = hash as u64 as usize & mask;
            let mut perturb = hash as u64;
            loop {
                let v = ix[i].get();
                if v == entry as isize {
                    return Some(i);
                }
                if v == EMPTY {
                    return None;
                }
                i = next_slot(i, &mut perturb, mask);
            }
        }, none => None)
    }

    // ----- entry access ---------------------------------------------------

    /// Key and value at position `i`, `None` for a hole or out of range.
    #[inline]
    pub fn entry(&self, i: usize) -> Option<(&K, &V)> {
        match self.entries.get(i) {
            Some(e) if e.live() => Some((e.key(), e.value())),
            _ => None,
        }
    }

    /// Hash, key and value at position `i`.
    #[inline]
    pub fn entry_full(&self, i: usize) -> Option<(i64, &K, &V)> {
        match self.entries.get(i) {
            Some(e) if e.live() => Some((e.hash, e.key(), e.value())),
            _ => None,
        }
    }

    #[inline]
    pub fn key_at(&self, i: usize) -> Option<&K> {
        self.entry(i).map(|(k, _)| k)
    }

    #[inline]
    pub fn value_at(&self, i: usize) -> Option<&V> {
        self.entry(i).map(|(_, v)| v)
    }

    /// Marks this table as a class namespace (see [`watched_epoch`]).
    pub fn watch(&mut self) {
        self.watched = true;
        self.touch();
    }

    /// Records a change for the method caches when the table is watched.
    #[inline]
    fn touch(&self) {
        if self.watched {
            WATCHED_EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }

    #[inline]
    fn bump_version(&mut self) {
        self.version = self.version.wrapping_add(1);
        self.touch();
    }

    #[inline]
    pub fn value_mut(&mut self, i: usize) -> Option<&mut V> {
        self.touch();
        match self.entries.get_mut(i) {
            Some(e) if e.live() => Some(e.value_mut()),
            _ => None,
        }
    }

    /// Key (shared) and value (mutable) at position `i`.
    #[inline]
    pub fn entry_mut(&mut self, i: usize) -> Option<(&K, &mut V)> {
        self.touch();
        match self.entries.get_mut(i) {
            Some(e) if e.live() => {
                // SAFETY: live entry; key and value are disjoint fields.
                let k = unsafe { e.key.assume_init_ref() };
                let v = unsafe { e.value.assume_init_mut() };
                Some((k, v))
            }
            _ => None,
        }
    }

    #[inline]
    pub fn hash_at(&self, i: usize) -> Option<i64> {
        match self.entries.get(i) {
            Some(e) if e.live() => Some(e.hash),
            _ => None,
        }
    }

    /// Replaces the value at live position `i`, returning the old one
    /// (CPython keeps the old key object on `d[k] = v`).
    pub fn replace_value(&mut self, i: usize, value: V) -> Option<V> {
        self.value_mut(i).map(|v| mem::replace(v, value))
    }

    /// First live entry at position >= `pos`: `(position, hash, key,
    /// value)`. Amortised O(1) from the front thanks to the kept first-live
    /// position; an iterator stores `position + 1` for the next call.
    #[inline]
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K, &V)> {
        let mut i = pos.max(self.first);
        while let Some(e) = self.entries.get(i) {
            if e.live() {
                return Some((i, e.hash, e.key(), e.value()));
            }
            count_scan();
            i += 1;
        }
        None
    }

    /// Last live entry at position < `pos` (for reverse iterators, which
    /// start with `pos = nentries()` and continue with the returned
    /// position).
    #[inline]
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, i64, &K, &V)> {
        let mut i = pos.min(self.entries.len());
        while i > self.first {
            i -= 1;
            let e = &self.entries[i];
            if e.live() {
                return Some((i, e.hash, e.key(), e.value()));
            }
            count_scan();
        }
        None
    }

    /// The oldest live entry, O(1).
    #[inline]
    pub fn first_entry(&self) -> Option<(usize, i64, &K, &V)> {
        self.next_entry(self.first)
    }

    /// The newest live entry (scans back over trailing holes).
    #[inline]
    pub fn last_entry(&self) -> Option<(usize, i64, &K, &V)> {
        self.prev_entry(self.entries.len())
    }

    /// Live entries in order.
    pub fn iter(&self) -> Iter<'_, K, V> {
        Iter {
            inner: self.entries[self.first.min(self.entries.len())..].iter(),
            left: self.used,
        }
    }

    /// Live entries in order, with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K, &V)> + '_ {
        self.entries[self.first.min(self.entries.len())..]
            .iter()
            .filter(|e| e.live())
            .map(|e| (e.hash, e.key(), e.value()))
    }

    /// Live entries in order with mutable values.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&K, &mut V)> + '_ {
        self.touch();
        let first = self.first.min(self.entries.len());
        self.entries[first..]
            .iter_mut()
            .filter(|e| e.live())
            .map(|e| {
                // SAFETY: live entry; disjoint fields.
                unsafe { (e.key.assume_init_ref(), e.value.assume_init_mut()) }
            })
    }

    pub fn keys(&self) -> impl Iterator<Item = &K> + '_ {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &V> + '_ {
        self.iter().map(|(_, v)| v)
    }

    /// Removes everything, returning the entries in order as
    /// `(hash, key, value)`; the table returns to the unallocated state.
    pub fn drain(&mut self) -> Vec<(i64, K, V)> {
        let old = self.reset();
        let mut out = Vec::with_capacity(self.used);
        for mut e in old {
            if e.live() {
                out.push(e.take());
            }
        }
        out
    }

    // ----- insertion ------------------------------------------------------

    /// Appends a key the caller knows to be absent (after a lookup returned
    /// `Missing`). Rebuilds first if no `usable` room is left, exactly when
    /// CPython does. Returns the new entry's position.
    pub fn insert_new(&mut self, hash: i64, key: K, value: V) -> usize {
        let hash = fix_hash(hash);
        if self.usable <= 0 {
            self.grow();
        }
        let slot = with_indices!(&self.indices, ix => find_free(ix, hash), none => unreachable!());
        self.push_at_slot(slot, hash, key, value)
    }

    /// [`Self::insert_new`] using the free slot found by the lookup that
    /// returned `Missing(vacant)` (no second probe when nothing changed).
    #[inline]
    pub fn insert_new_at(&mut self, vacant: Vacant, hash: i64, key: K, value: V) -> usize {
        let hash = fix_hash(hash);
        if self.usable > 0
            && vacant.layout == self.layout
            && vacant.hash == hash
            && vacant.slot != NO_SLOT
            && self.indices.get(vacant.slot) < 0
        {
            // Same layout: slots only go EMPTY -> live -> DUMMY, so a slot that
            // was free on this hash's path and is free now is still a valid
            // home (everything before it on the path is non-EMPTY).
            self.push_at_slot(vacant.slot, hash, key, value)
        } else {
            self.insert_new(hash, key, value)
        }
    }

    #[inline]
    fn push_at_slot(&mut self, slot: usize, hash: i64, key: K, value: V) -> usize {
        let pos = self.entries.len();
        self.indices.set(slot, pos as isize);
        self.entries.push(Entry::new(hash, key, value));
        if self.used == 0 {
            self.first = pos;
        }
        self.used += 1;
        self.usable -= 1;
        self.bump_version();
        pos
    }

    /// Rebuild on insertion into a full table (`insertion_resize`): to the
    /// smallest power of two >= used*3, or 8 slots for the first insert.
    fn grow(&mut self) {
        let log2 = if self.is_unallocated() {
            LOG_MINSIZE
        } else {
            calculate_log2_keysize(self.used * 3)
        };
        self.relayout(log2, 0, NO_SLOT);
    }

    /// CPython's `dictresize(estimate_log2_keysize(n), unicode)`, as called
    /// by `dict.fromkeys(iterable)` on a fresh dict when the iterable is an
    /// exact dict (`unicode` = its kind) or set (`unicode` = false). The
    /// str-only kind survives only if the table and `unicode` both have it.
    pub fn resize_for(&mut self, n: usize, unicode: bool) {
        self.unicode &= unicode;
        self.relayout(estimate_log2_keysize(n.max(self.used)), 0, NO_SLOT);
    }

    /// `dict_merge`'s single up-front resize before merging `other_len`
    /// entries of a dict whose kind is `other_unicode`: if the table's
    /// usable fraction is smaller than `other_len`, rebuild to
    /// `estimate_log2_keysize(len + other_len)`. See also [`Self::merge_begin`].
    pub fn reserve_for_merge(&mut self, other_len: usize, other_unicode: bool) {
        if usable_fraction(self.size()) < other_len {
            self.unicode &= other_unicode;
            self.relayout(estimate_log2_keysize(self.used + other_len), 0, NO_SLOT);
        }
    }

    /// Starts CPython's `dict_merge(self, other)` for an exact-dict `other`
    /// (not the same object): `d.update(o)`, `dict(o)`, `{**o}`, `d | o`,
    /// `d |= o`. Returns true when done: `other` is empty, or `self` is
    /// empty and `other` is compact and freshly sized, in which case `self`
    /// becomes an exact copy of it (`clone_combined_dict_keys`). Otherwise
    /// it does the up-front resize and returns false: the caller then
    /// inserts every entry of `other` in order with its stored hash (as
    /// `d[k] = v`, with the eq protocol), and raises `RuntimeError: dict
    /// mutated during update` if `other.nentries()` changes meanwhile.
    pub fn merge_begin(&mut self, other: &Self) -> bool
    where
        K: Clone,
        V: Clone,
    {
        if other.used == 0 {
            return true;
        }
        if self.used == 0
            && other.used == other.entries.len()
            && (other.log2_size == LOG_MINSIZE || usable_fraction(other.size() / 2) < other.used)
        {
            let layout = self.layout.wrapping_add(1);
            let version = self.version;
            let watched = self.watched;
            *self = other.clone();
            self.layout = layout;
            self.version = version;
            self.watched = watched;
            self.bump_version();
            return true;
        }
        self.reserve_for_merge(other.used, other.unicode);
        false
    }

    /// `dict.copy()` of an exact dict (CPython's `PyDict_Copy`): an exact
    /// clone when at most a third of the entries are holes, else a fresh
    /// dict filled by merging. `is_str` tells which keys are exact str.
    pub fn copy_cpython(&self, is_str: impl Fn(&K) -> bool) -> Self
    where
        K: Clone,
        V: Clone,
    {
        if self.used == 0 {
            return Self::new();
        }
        if self.used >= self.entries.len() * 2 / 3 {
            return self.clone();
        }
        let mut t = Self::new();
        let done = t.merge_begin(self);
        debug_assert!(!done);
        for (h, k, v) in self.iter_hashed() {
            t.prepare_insert(is_str(k));
            // Keys of a dict are distinct: no lookup needed.
            t.insert_new(h, k.clone(), v.clone());
        }
        t
    }

    /// Ensures `additional` more inserts fit without a rebuild.
    pub fn reserve(&mut self, additional: usize) {
        if (self.usable as isize) < additional as isize {
            let log2 = estimate_log2_keysize(self.used + additional).max(self.log2_size);
            self.relayout(log2, 0, NO_SLOT);
        }
    }

    /// Rebuilds the table with `2**log2` index slots and `front` free
    /// positions before the first entry, squeezing out holes. Returns the new
    /// position of the entry at old position `track` (or `NO_SLOT`).
    fn relayout(&mut self, mut log2: u8, front: usize, track: usize) -> usize {
        while usable_fraction(1 << log2) < self.used {
            log2 += 1;
        }
        let size = 1usize << log2;
        let mut cap = front + usable_fraction(size);
        if self.first_capacity > 0 {
            cap = cap.min(front + (self.first_capacity as usize).max(self.used));
            self.first_capacity = 0;
        }
        let mut indices = Indices::new(size, cap);
        let mut entries: Vec<Entry<K, V>> = Vec::with_capacity(cap);
        entries.resize_with(front, Entry::hole);
        let mut tracked = NO_SLOT;
        let mut old = mem::take(&mut self.entries);
        let n = old.len();
        // Runs of live entries move with one copy each (holes own nothing),
        // so a table without holes is one memcpy, not an entry-by-entry
        // move.
        // SAFETY: `old`'s length is cleared first, so its entries are moved
        // out bitwise exactly once and its buffer is freed without dropping
        // any; `entries` has room for every live entry (`cap >= front +
        // used` by the sizing above; asserted per run), and each run is
        // counted into its length right after it is copied.
        unsafe {
            old.set_len(0);
            let src = old.as_ptr();
            let mut i = 0;
            while i < n {
                if !(*src.add(i)).live() {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < n && (*src.add(i)).live() {
                    i += 1;
                }
                let len = entries.len();
                assert!(len + (i - start) <= entries.capacity(), "DictTable: more live entries than `used`");
                if (start..i).contains(&track) {
                    tracked = len + (track - start);
                }
                std::ptr::copy_nonoverlapping(src.add(start), entries.as_mut_ptr().add(len), i - start);
                entries.set_len(len + (i - start));
            }
        }
        drop(old);
        with_indices!(&mut indices, ix => {
            for (pos, e) in entries.iter().enumerate().skip(front) {
                let slot = find_free(ix, e.hash);
                ix[slot] = Slot::make(pos as isize);
            }
        }, none => unreachable!());
        self.indices = indices;
        self.entries = entries;
        self.log2_size = log2;
        self.first = front;
        let usable = usable_fraction(size) as isize - self.used as isize;
        self.usable = usable.clamp(i32::MIN as isize, i32::MAX as isize) as i32;
        self.layout = self.layout.wrapping_add(1);
        self.bump_version();
        tracked
    }

    // ----- removal --------------------------------------------------------

    /// Removes the live entry at `entry`, referenced from index `slot` (as
    /// returned by `Found`); the slot becomes DUMMY and the entry a hole.
    /// A stale `slot` is tolerated (the right one is searched for).
    /// Panics if `entry` is not a live position.
    pub fn remove_entry(&mut self, slot: usize, entry: usize) -> (K, V) {
        let (_, k, v) = self.remove_full(slot, entry);
        (k, v)
    }

    /// [`Self::remove_entry`] that also returns the hash.
    pub fn remove_full(&mut self, slot: usize, entry: usize) -> (i64, K, V) {
        let hash = self
            .hash_at(entry)
            .expect("DictTable::remove_entry: no live entry there");
        let slot = if slot < self.size() && self.indices.get(slot) == entry as isize {
            slot
        } else {
            self.find_slot(hash, entry).expect("live entry is indexed")
        };
        self.indices.set(slot, DUMMY);
        let out = self.entries[entry].take();
        self.used -= 1;
        self.bump_version();
        if entry == self.first {
            self.advance_first();
        }
        out
    }

    /// Removes the live entry at position `entry`, finding its slot.
    pub fn remove_at(&mut self, entry: usize) -> Option<(i64, K, V)> {
        let hash = self.hash_at(entry)?;
        let slot = self.find_slot(hash, entry)?;
        Some(self.remove_full(slot, entry))
    }

    /// Moves `first` past holes. Each hole is stepped over at most once
    /// between front insertions, so this is amortised O(1) per removal.
    fn advance_first(&mut self) {
        let mut i = self.first + 1;
        while i < self.entries.len() && !self.entries[i].live() {
            count_scan();
            i += 1;
        }
        self.first = i.min(self.entries.len());
    }

    /// `dict.popitem()`: removes the newest entry. Like CPython, the
    /// trailing holes are dropped from `nentries` but `usable` is not given
    /// back.
    pub fn pop_last(&mut self) -> Option<(i64, K, V)> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.entries.len() - 1;
        while !self.entries[i].live() {
            count_scan();
            i -= 1;
        }
        let hash = self.entries[i].hash;
        let slot = self.find_slot(hash, i).expect("live entry is indexed");
        self.indices.set(slot, DUMMY);
        let out = self.entries[i].take();
        // Everything from i on is a hole now; Entry has no destructor, so
        // truncating frees nothing twice.
        self.entries.truncate(i);
        self.used -= 1;
        if self.used == 0 {
            self.first = i;
        }
        self.bump_version();
        Some(out)
    }

    /// `OrderedDict.popitem(last=False)`: removes the oldest entry, O(1)
    /// amortised.
    pub fn pop_first(&mut self) -> Option<(i64, K, V)> {
        if self.used == 0 {
            return None;
        }
        let i = self.first;
        self.remove_at(i)
    }

    /// Empties the table and frees its memory (CPython's `dict.clear()`
    /// returns to the shared empty keys).
    pub fn clear(&mut self) {
        self.clear_with(|k, v| drop((k, v)));
    }

    /// Empties the table like [`Self::clear`], handing each live key and
    /// value to `release` (an owner's cheaper way to let go of them than
    /// their drop glue).
    pub fn clear_with(&mut self, release: impl FnMut(K, V)) {
        // The table is already consistent and empty if a destructor panics.
        let old = self.reset();
        release_entries(old, release);
    }

    /// For an owner's destructor: hands each live key and value to
    /// `release` without the bookkeeping of [`Self::clear_with`] (version
    /// and layout counters, a watched table's epoch), as nothing will look
    /// at the table again. The table is left without entries.
    pub fn drain_for_drop(&mut self, release: impl FnMut(K, V)) {
        release_entries(mem::take(&mut self.entries), release);
    }

    /// Empties the table like [`Self::clear`] but hands the old contents
    /// back, to be dropped once the caller has let go of the table. The
    /// version counters go on from the old ones, so an iterator never takes
    /// the refilled table for the one it started on.
    pub fn take_all(&mut self) -> Self {
        let mut fresh = Self::new();
        fresh.version = self.version.wrapping_add(1);
        fresh.layout = self.layout.wrapping_add(1);
        mem::replace(self, fresh)
    }

    fn reset(&mut self) -> Vec<Entry<K, V>> {
        let old = mem::take(&mut self.entries);
        self.indices = Indices::None;
        self.log2_size = 0;
        self.first = 0;
        self.used = 0;
        self.usable = 0;
        self.unicode = true;
        self.bump_version();
        self.layout = self.layout.wrapping_add(1);
        old
    }

    /// Rebuilds to the size CPython would give a fresh dict of this length,
    /// squeezing out holes (useful after mass deletion; not a CPython op).
    pub fn shrink_to_fit(&mut self) {
        if self.used == 0 {
            self.clear();
        } else {
            self.relayout(estimate_log2_keysize(self.used), 0, NO_SLOT);
        }
    }

    // ----- reordering (OrderedDict) ---------------------------------------

    /// Moves the live entry at `entry` (indexed from `slot`) to the end of
    /// the order, returning its new position. O(1) amortised: the index
    /// slot is repointed, the old position becomes a hole; it uses one
    /// `usable` like an insert, so a full table is rebuilt first.
    pub fn move_to_back(&mut self, slot: usize, entry: usize) -> usize {
        let hash = self
            .hash_at(entry)
            .expect("DictTable::move_to_back: no live entry there");
        if entry + 1 == self.entries.len() {
            return entry;
        }
        let (mut slot, mut entry) = (slot, entry);
        if self.usable <= 0 {
            let log2 = calculate_log2_keysize(self.used * 3);
            entry = self.relayout(log2, 0, entry);
            if entry + 1 == self.entries.len() {
                return entry;
            }
            slot = NO_SLOT;
        }
        if slot >= self.size() || self.indices.get(slot) != entry as isize {
            slot = self.find_slot(hash, entry).expect("live entry is indexed");
        }
        let (h, k, v) = self.entries[entry].take();
        let pos = self.entries.len();
        self.entries.push(Entry::new(h, k, v));
        self.indices.set(slot, pos as isize);
        self.usable -= 1;
        self.bump_version();
        if entry == self.first {
            self.advance_first();
        }
        pos
    }

    /// Moves the live entry at `entry` to the front of the order, returning
    /// its new position. Uses the hole before the first entry; when there is
    /// none, the table is rebuilt with `max(8, len)` free positions in front
    /// (so `layout_version` changes), which keeps this amortised O(1).
    pub fn move_to_front(&mut self, slot: usize, entry: usize) -> usize {
        let hash = self
            .hash_at(entry)
            .expect("DictTable::move_to_front: no live entry there");
        if entry == self.first {
            return entry;
        }
        let (mut slot, mut entry) = (slot, entry);
        if self.first == 0 {
            entry = self.grow_front(entry);
            slot = NO_SLOT;
        }
        if slot >= self.size() || self.indices.get(slot) != entry as isize {
            slot = self.find_slot(hash, entry).expect("live entry is indexed");
        }
        let (h, k, v) = self.entries[entry].take();
        let pos = self.first - 1;
        self.entries[pos] = Entry::new(h, k, v);
        self.indices.set(slot, pos as isize);
        self.first = pos;
        self.bump_version();
        pos
    }

    /// Inserts an absent key at the front of the order (O(1) amortised).
    pub fn insert_new_front(&mut self, hash: i64, key: K, value: V) -> usize {
        let hash = fix_hash(hash);
        if self.usable <= 0 {
            self.grow();
        }
        if self.first == 0 {
            self.grow_front(NO_SLOT);
        }
        let slot = with_indices!(&self.indices, ix => find_free(ix, hash), none => unreachable!());
        let pos = self.first - 1;
        self.entries[pos] = Entry::new(hash, key, value);
        self.indices.set(slot, pos as isize);
        self.first = pos;
        self.used += 1;
        self.usable -= 1;
        self.bump_version();
        pos
    }

    /// Rebuilds with free room before the first entry; returns the new
    /// position of `track`.
    fn grow_front(&mut self, track: usize) -> usize {
        let front = self.used.max(8);
        let log2 = if self.is_unallocated() {
            LOG_MINSIZE
        } else {
            calculate_log2_keysize(self.used * 3)
        };
        self.relayout(log2, front, track)
    }

    /// Checks the internal invariants (for tests and debugging).
    pub fn check_invariants(&self) {
        let mut live = 0;
        for (i, e) in self.entries.iter().enumerate() {
            if e.live() {
                live += 1;
                assert!(i >= self.first, "live entry before first");
                assert_eq!(
                    self.find_slot(e.hash, i).map(|s| self.indices.get(s)),
                    Some(i as isize)
                );
            }
        }
        assert_eq!(live, self.used);
        if self.used > 0 {
            assert!(self.entries[self.first].live());
        } else {
            assert_eq!(self.first, self.entries.len());
        }
        if !self.is_unallocated() {
            let mut refs = 0;
            let mut empty = 0;
            for s in 0..self.size() {
                let v = self.indices.get(s);
                if v >= 0 {
                    refs += 1;
                    assert!(self.entries[v as usize].live());
                } else if v == EMPTY {
                    empty += 1;
                }
            }
            assert_eq!(refs, self.used);
            assert!(empty > 0, "index table has no EMPTY slot");
            assert!(self.usable >= 0);
        } else {
            assert_eq!(self.used, 0);
        }
    }
}

/// Iterator over live `(key, value)` pairs in order.
pub struct Iter<'a, K, V> {
    inner: std::slice::Iter<'a, Entry<K, V>>,
    left: usize,
}

impl<'a, K, V> Iterator for Iter<'a, K, V> {
    type Item = (&'a K, &'a V);
    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 {
            return None;
        }
        for e in self.inner.by_ref() {
            if e.live() {
                self.left -= 1;
                return Some((e.key(), e.value()));
            }
        }
        None
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<'a, K, V> ExactSizeIterator for Iter<'a, K, V> {}

impl<'a, K, V> IntoIterator for &'a DictTable<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = Iter<'a, K, V>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::rc::Rc;

    /// Deterministic xorshift RNG for the randomized tests.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    fn hash_int(k: i64) -> i64 {
        crate::dict::hash::hash_i64(k)
    }

    type T = DictTable<i64, i64>;

    fn get(t: &T, h: i64, k: i64) -> Option<usize> {
        t.find(h, |x| *x == k)
    }

    fn set(t: &mut T, h: i64, k: i64, v: i64) {
        t.prepare_insert(false);
        match t.lookup(h, |x| if *x == k { KeyEq::Yes } else { KeyEq::No }) {
            Probe::Found { entry, .. } => {
                t.replace_value(entry, v);
            }
            Probe::Missing(vac) => {
                t.insert_new_at(vac, h, k, v);
            }
            Probe::Deferred { .. } => unreachable!(),
        }
    }

    fn del(t: &mut T, h: i64, k: i64) -> Option<i64> {
        match t.lookup(h, |x| if *x == k { KeyEq::Yes } else { KeyEq::No }) {
            Probe::Found { slot, entry } => Some(t.remove_entry(slot, entry).1),
            _ => None,
        }
    }

    fn items(t: &T) -> Vec<(i64, i64)> {
        t.iter().map(|(k, v)| (*k, *v)).collect()
    }

    #[test]
    fn basic() {
        let mut t = T::new();
        assert!(t.is_empty());
        assert!(t.is_unallocated());
        assert_eq!(get(&t, 5, 5), None);
        for i in 0..100 {
            set(&mut t, hash_int(i), i, i * 10);
        }
        assert_eq!(t.len(), 100);
        for i in 0..100 {
            let e = get(&t, hash_int(i), i).unwrap();
            assert_eq!(t.entry(e), Some((&i, &(i * 10))));
        }
        assert_eq!(get(&t, hash_int(100), 100), None);
        assert_eq!(del(&mut t, hash_int(50), 50), Some(500));
        assert_eq!(del(&mut t, hash_int(50), 50), None);
        assert_eq!(t.len(), 99);
        t.check_invariants();
        let ks: Vec<i64> = t.keys().copied().collect();
        let want: Vec<i64> = (0..100).filter(|&i| i != 50).collect();
        assert_eq!(ks, want);
        t.clear();
        assert!(t.is_empty() && t.is_unallocated());
        t.check_invariants();
    }

    /// Index sizes must follow CPython 3.12: for `d[i] = i` from empty,
    /// `sys.getsizeof` changes at the 1st, 6th, 11th, 22nd, 43rd and 86th
    /// insertion (64, 224, 352, 632, 1168, 2264, 4688 bytes).
    #[test]
    fn cpython_resize_points() {
        let mut t = T::new();
        let mut changes = vec![];
        let mut prev = 64 + t.cpython_keys_sizeof();
        assert_eq!(prev, 64);
        for i in 0..100 {
            set(&mut t, hash_int(i), i, i);
            let s = 64 + t.cpython_keys_sizeof();
            if s != prev {
                changes.push((i + 1, s));
                prev = s;
            }
        }
        assert_eq!(
            changes,
            vec![
                (1, 224),
                (6, 352),
                (11, 632),
                (22, 1168),
                (43, 2264),
                (86, 4688)
            ]
        );
        // A dict of str keys: {'a': 1} is 184 bytes; adding an int key
        // rebuilds it as general keys at the size for len*3 = 3, which the
        // calculate_log2_keysize quirk makes 16 slots: 352 bytes.
        let mut u = T::new();
        u.prepare_insert(true);
        u.insert_new(1, 1, 1);
        assert_eq!(64 + u.cpython_keys_sizeof(), 184);
        let lv = u.layout_version();
        assert!(u.prepare_insert(false));
        assert_ne!(u.layout_version(), lv);
        u.insert_new(2, 2, 2);
        assert_eq!(64 + u.cpython_keys_sizeof(), 352);
        // {1:1, ..., 6:6} display is presized: 352 bytes; with 6 str keys
        // (str-only kind) 272 bytes.
        assert_eq!(64 + T::presized(6, false).cpython_keys_sizeof(), 352);
        assert_eq!(64 + T::presized(6, true).cpython_keys_sizeof(), 272);
        assert!(T::presized(5, true).is_unallocated());
    }

    /// CPython's size quirks: `calculate_log2_keysize((m | 8) - 1 | 7)`.
    #[test]
    fn cpython_keysize_quirk() {
        let want = |m: usize| calculate_log2_keysize(m);
        assert_eq!(want(0), 3);
        for m in 1..=7 {
            assert_eq!(want(m), 4, "{m}");
        }
        assert_eq!(want(8), 3);
        assert_eq!(want(15), 4);
        assert_eq!(want(16), 5);
        assert_eq!(want(17), 5);
        assert_eq!(want(32), 6);
        assert_eq!(want(255), 8);
        // d = dict.fromkeys(range(5)); del d[0..4]; d[9] = 9 -> 352 bytes
        // (one live entry: rebuild to the size for 3 -> 16 slots).
        let mut t = T::new();
        for i in 0..5 {
            set(&mut t, hash_int(i), i, 0);
        }
        for i in 0..4 {
            del(&mut t, hash_int(i), i);
        }
        set(&mut t, hash_int(9), 9, 9);
        assert_eq!(64 + t.cpython_keys_sizeof(), 352);
        // dict.fromkeys(d) for len(d) in 0..=5: 184 (empty str-kind, 8
        // slots), 352 x4 (16 slots), 224.
        let sizes: Vec<usize> = (0..=5)
            .map(|n| {
                let mut src = T::new();
                for i in 0..n {
                    set(&mut src, hash_int(i), i, 0);
                }
                let mut t = T::new();
                t.resize_for(src.len(), src.is_unicode_kind());
                for (h, k, _) in src.iter_hashed() {
                    set(&mut t, h, *k, 0);
                }
                64 + t.cpython_keys_sizeof()
            })
            .collect();
        assert_eq!(sizes, vec![184, 352, 352, 352, 352, 224]);
    }

    /// `dict(d)` / `d.copy()` sizes and layouts as in CPython.
    #[test]
    fn merge_and_copy_like_cpython() {
        fn dict_of(o: &T) -> T {
            let mut t = T::new();
            if !t.merge_begin(o) {
                for (h, k, v) in o.iter_hashed() {
                    set(&mut t, h, *k, *v);
                }
            }
            t
        }
        // d = {}; d[47]=...; del d[47]; d[1047]; d[27]: not compact, so
        // dict(d) presizes for 2 entries -> 16 slots (352 bytes).
        let mut a = T::new();
        for k in [47, 1047, 27] {
            set(&mut a, hash_int(k), k, 0);
        }
        del(&mut a, hash_int(47), 47);
        let b = dict_of(&a);
        assert_eq!(64 + b.cpython_keys_sizeof(), 352);
        assert_eq!(b.keys().copied().collect::<Vec<_>>(), vec![1047, 27]);
        // A compact 8-slot dict is cloned (224 bytes, same positions).
        let mut c = T::new();
        for k in 0..3 {
            set(&mut c, hash_int(k), k, 0);
        }
        let d = dict_of(&c);
        assert_eq!(64 + d.cpython_keys_sizeof(), 224);
        assert_eq!(d.usable(), c.usable());
        // copy(): exact clone unless more than a third are holes.
        let mut e = T::new();
        for k in 0..30 {
            set(&mut e, hash_int(k), k, 0);
        }
        for k in 0..10 {
            del(&mut e, hash_int(k), k);
        }
        let f = e.copy_cpython(|_| false);
        assert_eq!(f.nentries(), 30);
        assert_eq!(64 + f.cpython_keys_sizeof(), 1168);
        del(&mut e, hash_int(10), 10);
        let g = e.copy_cpython(|_| false);
        assert_eq!(g.nentries(), 19);
        assert_eq!(64 + g.cpython_keys_sizeof(), 632); // estimate(19) -> 32 slots
        assert_eq!(
            g.keys().copied().collect::<Vec<_>>(),
            (11..30).collect::<Vec<_>>()
        );
    }

    /// CPython's dict iterator keeps a raw entry position; with positions
    /// matching CPython's, mutation during iteration behaves the same.
    /// `for k in d: out.append(k); del d[k]; d[k + 100] = None`
    #[test]
    fn iteration_with_mutation_like_cpython() {
        fn run(n: i64) -> (Vec<i64>, Option<&'static str>) {
            let mut d = T::new();
            for i in 0..n {
                set(&mut d, hash_int(i), i, 0);
            }
            let (start, mut left, mut pos, mut out) = (d.len(), d.len(), 0, vec![]);
            loop {
                if d.len() != start {
                    return (out, Some("dictionary changed size during iteration"));
                }
                let Some((i, _, &k, _)) = d.next_entry(pos) else {
                    return (out, None);
                };
                if left == 0 {
                    return (out, Some("dictionary keys changed during iteration"));
                }
                pos = i + 1;
                left -= 1;
                out.push(k);
                del(&mut d, hash_int(k), k);
                set(&mut d, hash_int(k + 100), k + 100, 0);
            }
        }
        // Printed by CPython 3.12.1.
        assert_eq!(
            run(5),
            (
                vec![0, 2, 3, 4, 100],
                Some("dictionary keys changed during iteration")
            )
        );
        assert_eq!(run(3), (vec![0, 1, 2], None));
    }

    /// Deletions do not shrink; reinsertion after deletions resizes when
    /// `usable` runs out (dummies and holes count), like CPython.
    #[test]
    fn cpython_sizes_with_deletions() {
        // d = {}; for i in range(5): d[i] = i; del d[0..5]; d[5..] inserts:
        // CPython: usable is spent by the 5 inserts, so the 6th insert
        // rebuilds to used*3 = 0 -> 8 slots.
        let mut t = T::new();
        for i in 0..5 {
            set(&mut t, hash_int(i), i, i);
        }
        for i in 0..5 {
            del(&mut t, hash_int(i), i);
        }
        assert_eq!(t.size(), 8);
        assert_eq!(t.nentries(), 5);
        set(&mut t, hash_int(5), 5, 5);
        assert_eq!(t.size(), 8);
        assert_eq!(t.nentries(), 1);
        // popitem does not give back usable.
        let mut t = T::new();
        for i in 0..5 {
            set(&mut t, hash_int(i), i, i);
        }
        assert_eq!(t.pop_last().map(|x| x.1), Some(4));
        assert_eq!(t.nentries(), 4);
        assert_eq!(t.usable(), 0);
        set(&mut t, hash_int(9), 9, 9); // rebuild to 4*3=12 -> 16 slots
        assert_eq!(t.size(), 16);
    }

    /// A model: a Vec of (key, value) in order.
    struct Model(Vec<(i64, i64)>);
    impl Model {
        fn pos(&self, k: i64) -> Option<usize> {
            self.0.iter().position(|e| e.0 == k)
        }
    }

    fn run_differential(seed: u64, nkeys: i64, ops: usize, hf: &dyn Fn(i64) -> i64) {
        let mut rng = Rng(seed);
        let mut t = T::new();
        let mut m = Model(vec![]);
        for step in 0..ops {
            let k = rng.below(nkeys as u64) as i64;
            let h = hf(k);
            match rng.below(12) {
                0..=3 => {
                    let v = rng.next() as i64;
                    set(&mut t, h, k, v);
                    match m.pos(k) {
                        Some(p) => m.0[p].1 = v,
                        None => m.0.push((k, v)),
                    }
                }
                4..=5 => {
                    let got = del(&mut t, h, k);
                    let want = m.pos(k).map(|p| m.0.remove(p).1);
                    assert_eq!(got, want);
                }
                6 => {
                    let got = get(&t, h, k).map(|e| *t.value_at(e).unwrap());
                    let want = m.pos(k).map(|p| m.0[p].1);
                    assert_eq!(got, want);
                }
                7 => {
                    let got = t.pop_last().map(|(_, k, v)| (k, v));
                    assert_eq!(got, m.0.pop());
                }
                8 => {
                    let got = t.pop_first().map(|(_, k, v)| (k, v));
                    let want = if m.0.is_empty() {
                        None
                    } else {
                        Some(m.0.remove(0))
                    };
                    assert_eq!(got, want);
                }
                9 => {
                    if let Probe::Found { slot, entry } =
                        t.lookup(h, |x| if *x == k { KeyEq::Yes } else { KeyEq::No })
                    {
                        let p = t.move_to_back(slot, entry);
                        assert_eq!(t.key_at(p), Some(&k));
                        let p = m.pos(k).unwrap();
                        let e = m.0.remove(p);
                        m.0.push(e);
                    } else {
                        assert!(m.pos(k).is_none());
                    }
                }
                10 => {
                    if let Probe::Found { slot, entry } =
                        t.lookup(h, |x| if *x == k { KeyEq::Yes } else { KeyEq::No })
                    {
                        let p = t.move_to_front(slot, entry);
                        assert_eq!(t.key_at(p), Some(&k));
                        let p = m.pos(k).unwrap();
                        let e = m.0.remove(p);
                        m.0.insert(0, e);
                    } else if m.pos(k).is_none() {
                        t.insert_new_front(h, k, -k);
                        m.0.insert(0, (k, -k));
                    }
                }
                _ => {
                    if rng.below(50) == 0 {
                        t.clear();
                        m.0.clear();
                    } else if rng.below(20) == 0 {
                        t.shrink_to_fit();
                    }
                }
            }
            assert_eq!(t.len(), m.0.len());
            if step % 97 == 0 || ops < 2000 {
                t.check_invariants();
                assert_eq!(items(&t), m.0);
                // next_entry / prev_entry walks agree with iter.
                let mut fw = vec![];
                let mut p = 0;
                while let Some((i, _, k, v)) = t.next_entry(p) {
                    fw.push((*k, *v));
                    p = i + 1;
                }
                assert_eq!(fw, m.0);
                let mut bw = vec![];
                let mut p = t.nentries();
                while let Some((i, _, k, v)) = t.prev_entry(p) {
                    bw.push((*k, *v));
                    p = i;
                }
                bw.reverse();
                assert_eq!(bw, m.0);
                assert_eq!(t.first_entry().map(|x| *x.2), m.0.first().map(|x| x.0));
                assert_eq!(t.last_entry().map(|x| *x.2), m.0.last().map(|x| x.0));
            }
        }
        t.check_invariants();
        assert_eq!(items(&t), m.0);
    }

    #[test]
    fn differential_int_hashes() {
        for (seed, n) in [(1u64, 4i64), (2, 10), (3, 50), (4, 300), (5, 2000)] {
            run_differential(seed, n, 6000, &hash_int);
        }
    }

    #[test]
    fn differential_colliding_hashes() {
        // All keys share one hash: every lookup walks the full chain.
        run_differential(11, 40, 3000, &|_| 42);
        // Keys spaced 2**16 and 2**32 apart: low bits all equal.
        run_differential(12, 300, 6000, &|k| k << 16);
        run_differential(13, 300, 6000, &|k| k << 32);
        // Negative and extreme hashes, including -1 (mapped to -2).
        run_differential(14, 200, 4000, &|k| {
            if k % 3 == 0 {
                -1
            } else {
                i64::MIN + k
            }
        });
        run_differential(15, 200, 4000, &|k| {
            (k as u64).wrapping_mul(0x9e3779b97f4a7c15) as i64
        });
    }

    #[test]
    fn differential_large() {
        run_differential(21, 20_000, 60_000, &hash_int);
    }

    /// The deferred-eq protocol: the closure answers Unknown; the "user
    /// code" that decides runs with the table released and may mutate it.
    #[test]
    fn deferred_eq() {
        let mut t = T::new();
        // Keys 0..20 all share hash 7; deciding equality is "user code".
        for k in 0..20 {
            t.insert_new(7, k, k * 2);
        }
        let calls = Cell::new(0);
        let lookup_deferred = |t: &T, key: i64| -> Option<usize> {
            let mut p = t.lookup(7, |_| KeyEq::Unknown);
            loop {
                match p {
                    Probe::Found { entry, .. } => return Some(entry),
                    Probe::Missing(_) => return None,
                    Probe::Deferred { state, entry } => {
                        calls.set(calls.get() + 1);
                        let stored = *t.key_at(entry).unwrap();
                        let eq = stored == key;
                        p = t.resume(state, eq, |k| *k == stored, |_| KeyEq::Unknown);
                    }
                }
            }
        };
        assert_eq!(
            lookup_deferred(&t, 13).map(|e| *t.key_at(e).unwrap()),
            Some(13)
        );
        assert_eq!(calls.get(), 14);
        assert_eq!(lookup_deferred(&t, 99), None);

        // User code that mutates the table between Deferred and resume.
        let mut p = t.lookup(7, |_| KeyEq::Unknown);
        let mut restarts = 0;
        let mut first_eq = true;
        let mut grown = false;
        let found = loop {
            match p {
                Probe::Found { slot, entry } => break Some((slot, entry)),
                Probe::Missing(_) => break None,
                Probe::Deferred { state, entry } => {
                    let stored = *t.key_at(entry).unwrap();
                    if first_eq {
                        // __eq__ deletes the entry being compared: restart.
                        first_eq = false;
                        del(&mut t, 7, stored);
                        restarts += 1;
                    } else if stored == 3 && !grown {
                        // __eq__ inserts lots of keys: the table is rebuilt.
                        grown = true;
                        for k in 100..200 {
                            t.insert_new(hash_int(k), k, k);
                        }
                    }
                    let eq = stored == 5;
                    p = t.resume(state, eq, |k| *k == stored, |_| KeyEq::Unknown);
                }
            }
        };
        assert_eq!(restarts, 1);
        let (slot, entry) = found.unwrap();
        assert_eq!(t.key_at(entry), Some(&5));
        assert_eq!(t.remove_entry(slot, entry), (5, 10));
        t.check_invariants();

        // A Missing token from before a mutation is re-validated on insert.
        let mut t = T::new();
        for k in 0..4 {
            t.insert_new(k, k, k);
        }
        let vac = match t.lookup(100, |_| KeyEq::No) {
            Probe::Missing(v) => v,
            _ => unreachable!(),
        };
        t.insert_new(100, 55, 55); // occupies the same free slot
        for k in 10..20 {
            t.insert_new(k, k, k); // and rebuilds
        }
        t.insert_new_at(vac, 100, 100, 100);
        t.check_invariants();
        assert_eq!(
            get(&t, 100, 100).map(|e| *t.value_at(e).unwrap()),
            Some(100)
        );
        assert_eq!(get(&t, 100, 55).map(|e| *t.value_at(e).unwrap()), Some(55));
    }

    /// After popitem truncates and the same key is re-added at the same
    /// position, resume finds the right slot.
    #[test]
    fn resume_after_slot_change() {
        let mut t = T::new();
        for k in 0..3 {
            t.insert_new(9, k, k);
        }
        let (state, entry) = match t.lookup(9, |k| if *k == 2 { KeyEq::Unknown } else { KeyEq::No })
        {
            Probe::Deferred { state, entry } => (state, entry),
            p => panic!("{p:?}"),
        };
        assert_eq!(entry, 2);
        // "User code": pop key 2 and delete key 0, then re-add 2 (same
        // position 2, but now in key 0's old slot, which came first).
        t.pop_last();
        del(&mut t, 9, 0);
        t.insert_new(9, 2, 22);
        assert_eq!(t.key_at(2), Some(&2));
        match t.resume(state, true, |k| *k == 2, |_| KeyEq::No) {
            Probe::Found { slot, entry } => {
                assert_eq!(entry, 2);
                assert_eq!(t.remove_entry(slot, entry), (2, 22));
            }
            p => panic!("{p:?}"),
        }
        t.check_invariants();
    }

    /// `next(iter(d))` + delete, repeated (LRU eviction), does O(1)
    /// amortised work per step, also when deleting from the middle first.
    #[test]
    fn first_live_is_amortised_o1() {
        let n = 20_000;
        let mut t = T::new();
        for i in 0..n {
            t.insert_new(hash_int(i), i, i);
        }
        SCAN_STEPS.with(|c| c.set(0));
        for _ in 0..n {
            let (pos, _, _, _) = t.next_entry(0).unwrap();
            let h = t.hash_at(pos).unwrap();
            let slot = t.find_slot(h, pos).unwrap();
            t.remove_entry(slot, pos);
        }
        let steps = SCAN_STEPS.with(|c| c.get());
        assert!(steps <= 2 * n as usize, "scan steps {steps}");

        // LRU cache: insert new at back, evict oldest at front.
        let mut t = T::new();
        SCAN_STEPS.with(|c| c.set(0));
        for i in 0..200_000i64 {
            t.insert_new(hash_int(i), i, i);
            if t.len() > 1000 {
                t.pop_first();
            }
            // also peek at the oldest, as `next(iter(d))` would.
            assert!(t.next_entry(0).is_some());
        }
        let steps = SCAN_STEPS.with(|c| c.get());
        assert!(steps <= 400_000, "scan steps {steps}");

        // OrderedDict as a deque: move_to_front/back and pop both ends.
        let mut t = T::new();
        for i in 0..1000 {
            t.insert_new(hash_int(i), i, i);
        }
        SCAN_STEPS.with(|c| c.set(0));
        let mut rng = Rng(5);
        let mut layouts = 0;
        let mut last_layout = t.layout_version();
        for _ in 0..100_000 {
            let k = rng.below(1000) as i64;
            if let Some(e) = get(&t, hash_int(k), k) {
                let slot = t.find_slot(hash_int(k), e).unwrap();
                if rng.below(2) == 0 {
                    t.move_to_front(slot, e);
                } else {
                    t.move_to_back(slot, e);
                }
            }
            if t.layout_version() != last_layout {
                layouts += 1;
                last_layout = t.layout_version();
            }
        }
        let steps = SCAN_STEPS.with(|c| c.get());
        assert!(steps <= 400_000, "scan steps {steps}");
        // Rebuilds happen about once per len() moves, not per move.
        assert!(layouts < 1000, "layouts {layouts}");
        t.check_invariants();
        assert_eq!(t.len(), 1000);
    }

    #[test]
    fn popitem_positions_like_cpython() {
        // d = dict.fromkeys(range(5)); del d[4]; del d[3]; d.popitem()
        // pops 2 and leaves nentries == 2; the next insert reuses position 2.
        let mut t = T::new();
        for i in 0..5 {
            t.insert_new(hash_int(i), i, 0);
        }
        del(&mut t, hash_int(4), 4);
        del(&mut t, hash_int(3), 3);
        assert_eq!(t.nentries(), 5);
        assert_eq!(t.pop_last().map(|x| x.1), Some(2));
        assert_eq!(t.nentries(), 2);
        // usable is 0 (5 inserts into an 8-slot table): this rebuilds, to
        // 16 slots for 2 live entries (CPython: 352 bytes).
        let p = t.insert_new(hash_int(7), 7, 0);
        assert_eq!(p, 2);
        assert_eq!(t.size(), 16);
        t.check_invariants();
    }

    #[test]
    fn move_ops() {
        let mut t = T::new();
        for i in 0..10 {
            t.insert_new(hash_int(i), i, i);
        }
        let e = get(&t, hash_int(3), 3).unwrap();
        let s = t.find_slot(hash_int(3), e).unwrap();
        t.move_to_back(s, e);
        let e = get(&t, hash_int(7), 7).unwrap();
        let lv = t.layout_version();
        t.move_to_front(NO_SLOT, e); // stale slot is tolerated
        assert_ne!(t.layout_version(), lv, "front growth relayouts");
        let ks: Vec<i64> = t.keys().copied().collect();
        assert_eq!(ks, vec![7, 0, 1, 2, 4, 5, 6, 8, 9, 3]);
        let lv = t.layout_version();
        let e = get(&t, hash_int(9), 9).unwrap();
        t.move_to_front(0, e);
        assert_eq!(t.layout_version(), lv, "room in front: no relayout");
        assert_eq!(t.pop_first().map(|x| x.1), Some(9));
        assert_eq!(t.pop_first().map(|x| x.1), Some(7));
        assert_eq!(t.pop_last().map(|x| x.1), Some(3));
        t.check_invariants();
        let ks: Vec<i64> = t.keys().copied().collect();
        assert_eq!(ks, vec![0, 1, 2, 4, 5, 6, 8]);
        // Moving the only element and moves in an emptied table.
        let mut u = T::new();
        u.insert_new_front(1, 1, 1);
        u.insert_new_front(2, 2, 2);
        assert_eq!(u.keys().copied().collect::<Vec<_>>(), vec![2, 1]);
        let e = get(&u, 1, 1).unwrap();
        u.move_to_front(NO_SLOT, e);
        u.move_to_back(NO_SLOT, get(&u, 1, 1).unwrap());
        assert_eq!(u.keys().copied().collect::<Vec<_>>(), vec![2, 1]);
        u.check_invariants();
    }

    #[test]
    fn clone_is_exact_and_drops_balance() {
        // Rc keys/values count clones and drops.
        let tracker = Rc::new(());
        {
            let mut t: DictTable<i64, Rc<()>> = DictTable::new();
            for i in 0..50 {
                t.insert_new(hash_int(i), i, tracker.clone());
            }
            for i in (0..50).step_by(3) {
                let e = t.find(hash_int(i), |k| *k == i).unwrap();
                t.remove_at(e);
            }
            let c = t.clone();
            assert_eq!(c.nentries(), t.nentries());
            assert_eq!(c.size(), t.size());
            assert_eq!(c.keys().collect::<Vec<_>>(), t.keys().collect::<Vec<_>>());
            assert_eq!(Rc::strong_count(&tracker), 1 + 2 * 33);
            let d = t.drain();
            assert_eq!(d.len(), 33);
            assert!(t.is_unallocated());
            drop(d);
            t.insert_new(1, 1, tracker.clone());
            t.pop_last();
            t.insert_new(1, 1, tracker.clone());
            t.move_to_front(NO_SLOT, 0);
            t.insert_new_front(2, 2, tracker.clone());
            t.move_to_back(NO_SLOT, t.first_entry().unwrap().0);
        }
        assert_eq!(Rc::strong_count(&tracker), 1);
    }

    /// A rebuild moves runs of live entries between holes as blocks: order,
    /// lookups, the tracked entry's new position and the counts of the
    /// moved values all come out right, whatever the pattern of holes.
    #[test]
    fn rebuild_moves_runs_of_live_entries() {
        let tracker = Rc::new(());
        let patterns: [fn(i64) -> bool; 5] = [|_| false, |i| i % 3 == 0, |i| (10..25).contains(&i), |i| i < 20, |i| i >= 30 || i % 7 == 1];
        for holes in patterns {
            for track_key in [0i64, 5, 26, 39] {
                {
                    let mut t: DictTable<i64, Rc<()>> = DictTable::new();
                    for i in 0..40 {
                        t.insert_new(hash_int(i), i, tracker.clone());
                    }
                    for i in (0..40).filter(|&i| holes(i)) {
                        let e = t.find(hash_int(i), |k| *k == i).unwrap();
                        t.remove_at(e);
                    }
                    let expected: Vec<i64> = (0..40).filter(|&i| !holes(i)).collect();
                    let tracked = t.find(hash_int(track_key), |k| *k == track_key);
                    // Room in front forces a rebuild that tracks one entry.
                    let moved = t.grow_front(tracked.unwrap_or(NO_SLOT));
                    t.check_invariants();
                    assert_eq!(t.keys().copied().collect::<Vec<_>>(), expected);
                    match tracked {
                        Some(_) => assert_eq!(t.key_at(moved), Some(&track_key)),
                        None => assert_eq!(moved, NO_SLOT),
                    }
                    for &k in &expected {
                        assert!(t.find(hash_int(k), |x| *x == k).is_some(), "{k} lost");
                    }
                    assert_eq!(Rc::strong_count(&tracker), 1 + expected.len());
                }
                assert_eq!(Rc::strong_count(&tracker), 1);
            }
        }
    }

    #[test]
    fn sizes_and_widths() {
        assert_eq!(mem::size_of::<Entry<[u64; 2], [u64; 2]>>(), 40);
        assert_eq!(calculate_log2_keysize(0), 3);
        assert_eq!(calculate_log2_keysize(8), 3);
        assert_eq!(calculate_log2_keysize(9), 4);
        assert_eq!(calculate_log2_keysize(15), 4);
        assert_eq!(estimate_log2_keysize(5), 3);
        assert_eq!(estimate_log2_keysize(6), 4);
        assert_eq!(estimate_log2_keysize(11), 5);
        // Width grows at 256 and 65536 slots.
        let mut t = T::new();
        for i in 0..90 {
            t.insert_new(hash_int(i), i, i);
        }
        assert_eq!(t.size(), 256);
        assert_eq!(t.indices.width(), 2);
        let t2 = T::with_capacity(50_000);
        assert_eq!(t2.size(), 1 << 17);
        assert_eq!(t2.indices.width(), 4);
        assert_eq!(T::presized(1_000_000, false).size(), 1 << 17);
        // The 8- and 16-slot tables keep their indices inline.
        let mut t = T::new();
        let mut kinds = vec![];
        for i in 0..12 {
            t.insert_new(hash_int(i), i, i);
            kinds.push((t.size(), t.indices.width(), matches!(t.indices, Indices::Inline8(_) | Indices::Inline16(_))));
        }
        assert_eq!(kinds[0], (8, 1, true));
        assert_eq!(kinds[5], (16, 1, true));
        assert_eq!(kinds[11], (32, 1, false));
        assert!((0..12).all(|i| get(&t, hash_int(i), i).is_some()));
        t.check_invariants();
        // Front room widens the index if positions would not fit.
        let mut t = T::new();
        for i in 0..80 {
            t.insert_new(hash_int(i), i, i);
        }
        assert_eq!(t.size(), 128);
        let e = t.last_entry().unwrap().0;
        t.move_to_front(NO_SLOT, e);
        assert_eq!(t.indices.width(), 2);
        t.check_invariants();
        // reserve / reserve_for_merge
        let mut t = T::new();
        t.reserve_for_merge(0, false);
        assert!(t.is_unallocated());
        t.reserve_for_merge(3, false); // Py_EMPTY_KEYS has a usable fraction of 0
        assert_eq!(t.size(), 16);
        t.reserve_for_merge(10, false);
        assert_eq!(t.size(), 16);
        t.reserve_for_merge(11, false);
        assert_eq!(t.size(), 32);
        t.reserve(100);
        assert!(t.usable() >= 100);
    }
}
