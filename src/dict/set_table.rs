//! `SetTable<K>`: CPython 3.12's set table (Objects/setobject.c), slot for
//! slot, so that iterating a set gives CPython's order (for ints, and for
//! str under `PYTHONHASHSEED=0`).
//!
//! Entries `(hash, key)` live directly in a power-of-two table (minimum 8).
//! A probe looks at the home slot and, when it is not within 9 slots of the
//! end, the 9 slots after it (LINEAR_PROBES, one cache line), then jumps
//! with `perturb >>= 5; i = (i*5 + 1 + perturb) & mask`. Deletion leaves a
//! dummy; an add reuses the *last* dummy seen before the first empty slot
//! (as CPython's `set_add_entry` does); the table is rebuilt to the
//! smallest power of two > `used*4` (`used*2` above 50000) when
//! `fill*5 >= mask*3`. Rebuilds reinsert in old slot order.
//!
//! **Slot states.** A stored hash of -1 (never a real hash: -1 is mapped to
//! -2 on the way in) marks a non-active slot; whether it is empty or a dummy
//! is recorded in a bitset that exists only once a dummy has been made, and
//! is consulted only when `fill != used`. Keys are `MaybeUninit`, so an
//! entry is `8 + size_of::<K>()` bytes.
//!
//! # Driving set operations in CPython's order
//! Iterate "in slot order" with [`SetTable::next_slot`] (positions are
//! CPython's slot indices), and use [`SetTable::lookup`] / `resume` for
//! `set_lookkey` (contains, discard) and `lookup` / `resume_add` followed by
//! [`SetTable::insert_new_at`] for `set_add_entry`.
//! * `{a, b}`, set comprehension, `set(list/iterable)`, `s.add(x)`,
//!   `s.update(iterable)`: add each item in iteration order. A display with
//!   starred items adds the items before the first star, then for each
//!   `*xs` does `s.update(xs)` (so a set operand is merged, see below) and
//!   adds plain items that follow.
//! * **A display of more than two items that are all constants** (after
//!   constant folding: numbers incl. `-1` and `2**61`, strings, bytes,
//!   None/True/False/..., tuples of constants), e.g. `{5, 13, 21}`: CPython
//!   compiles it to a frozenset constant and `BUILD_SET 0; SET_UPDATE`. The
//!   constant is built by adds in source order, then rebuilt by the
//!   compiler's constant merging (adds in the first one's slot order), and
//!   the set is a copy of that: `f1 = adds(source)`, `f2 =
//!   adds(f1 in slot order)`, result `f2.copy()`. The order can differ from
//!   adding the items one by one (e.g. `{736, 672, 336, 26, 800, 1024}`
//!   iterates as `[736, 1024, 800, 672, 336, 26]`).
//! * `set(s)`, `frozenset(s)`, `s.copy()`: [`SetTable::copy`] (CPython's
//!   `set_merge` into an empty set: presize, then either a slot-for-slot copy
//!   or clean reinsertion in slot order). `frozenset(f)` of an exact
//!   frozenset returns `f` itself.
//! * `s.update(t)` / `s |= t` with `t` a set: if `t` is `s` or empty,
//!   nothing; else [`SetTable::merge_begin`]`(t)`; if it returns false, add
//!   every element of `t` in `t`'s slot order (re-reading `t` by position
//!   each step: user `__eq__` may mutate it).
//! * `s.update(d)` with `d` an exact dict: [`SetTable::presize_for`]`(len(d))`
//!   then add the keys in dict order with their stored hashes.
//! * `a | b`, `a.union(*others)`: `r = a.copy()`, then update `r` with each
//!   other (skipping an other that is `a` itself, for `union`).
//! * `a & b` / `a.intersection(b)` with `b` a set: if `b is a`, `a.copy()`;
//!   else a new empty result; let `big, small = (b, a)` if `len(b) > len(a)`
//!   else `(a, b)`; for each element of `small` in slot order, if it is in
//!   `big`, add it to the result. With a non-set iterable `b`: for each item
//!   of `b`, if in `a` add to result; stop early once `len(result) >=
//!   len(a)`. `intersection(*others)`: fold left starting from `a`
//!   (no others: `a.copy()`). `a &= b` / `intersection_update`: compute the
//!   intersection, then [`SetTable::swap_bodies`] into `a`.
//! * `a - b` / `a.difference(b)` with `b` a set or exact dict: if
//!   `len(a) >> 2 > len(b)`: `r = a.copy()` then difference_update(r, b);
//!   else a new result with each element of `a` (slot order) not in `b`
//!   added. Other iterables: copy then difference_update.
//!   `difference(b, c, ...)`: `difference(b)` then difference_update with
//!   the rest.
//! * `a -= b` / difference_update: if `b is a`, clear. If `b` is a set and
//!   `len(b) >> 3 > len(a)`, replace `b` by `a & b` first; discard each
//!   element of `b` in slot order (iterables: in iteration order); finally
//!   [`SetTable::compact_after_discards`].
//! * `a ^ b` / `symmetric_difference`: `r = set(b)` (a copy if `b` is a
//!   set, even when `b is a`; else built as `set(b)` is), then
//!   symmetric_difference_update(r, a) — so `a ^ a` is empty but keeps
//!   dummies that steer later adds.
//! * `a ^= b` / symmetric_difference_update: if `b is a`, clear. For each
//!   element of `b` (exact dict: keys in order; set: slot order; other
//!   iterables: first `set(b)`, then its slot order): discard it from `a`
//!   if present, else add it (CPython makes two separate probes, a discard
//!   and then an add, so colliding keys see `__eq__` twice).
//! * `s.pop()`: [`SetTable::pop`] (CPython's search finger).
//! * `s.clear()`, `s.discard(x)`, `s.remove(x)`: as named.
//! * `hash(frozenset)`: `hash::frozenset_hash(t.hashes())`.

use std::fmt;
use std::mem::{self, MaybeUninit};

const HOLE: i64 = -1;
const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const NO_SLOT: usize = usize::MAX;

#[inline]
fn fix_hash(h: i64) -> i64 {
    if h == HOLE {
        -2
    } else {
        h
    }
}

pub use super::table::KeyEq;

/// Where a set lookup stopped.
#[derive(Clone, Copy, Debug)]
pub enum SetProbe {
    /// The key is in `slot`.
    Found { slot: usize },
    /// Absent; the token tells [`SetTable::insert_new_at`] where CPython's
    /// `set_add_entry` would put it.
    Missing(SetVacant),
    /// The closure answered `Unknown` for the key in `slot`: run the
    /// comparison with the table unborrowed, then `resume`/`resume_add`.
    Deferred { state: SetProbeState, slot: usize },
}

/// Free slot for an add: the last dummy before the first empty slot on the
/// probe path, else that empty slot.
#[derive(Clone, Copy, Debug)]
pub struct SetVacant {
    slot: usize,
    hash: i64,
    layout: u64,
}

/// Saved position of a suspended set lookup.
#[derive(Clone, Copy, Debug)]
pub struct SetProbeState {
    hash: i64,
    /// Start of the current linear run.
    run: usize,
    /// Slot being compared.
    slot: usize,
    perturb: u64,
    free: usize,
    layout: u64,
}

impl SetProbeState {
    pub fn hash(&self) -> i64 {
        self.hash
    }
    pub fn slot(&self) -> usize {
        self.slot
    }
}

struct SetEntry<K> {
    hash: i64,
    key: MaybeUninit<K>,
}

impl<K> SetEntry<K> {
    #[inline]
    fn hole() -> Self {
        SetEntry {
            hash: HOLE,
            key: MaybeUninit::uninit(),
        }
    }
    #[inline]
    fn active(&self) -> bool {
        self.hash != HOLE
    }
    #[inline]
    fn key(&self) -> &K {
        debug_assert!(self.active());
        // SAFETY: active entries have initialised keys (module invariant).
        unsafe { self.key.assume_init_ref() }
    }
    #[inline]
    fn take(&mut self) -> (i64, K) {
        assert!(self.active(), "SetTable: slot is not active");
        let h = mem::replace(&mut self.hash, HOLE);
        // SAFETY: was active, now marked non-active: read exactly once.
        (h, unsafe { self.key.assume_init_read() })
    }
}

/// CPython's set table. See the module docs.
pub struct SetTable<K> {
    /// `mask + 1` entries, or empty while unallocated (a fresh set).
    table: Vec<SetEntry<K>>,
    /// Bit i set = slot i is a dummy. Empty until the first dummy.
    dummies: Vec<u64>,
    mask: usize,
    /// Active + dummy slots.
    fill: usize,
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
    version: u64,
    layout: u64,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> Drop for SetTable<K> {
    fn drop(&mut self) {
        for e in self.table.iter_mut() {
            if e.active() {
                drop(e.take());
            }
        }
    }
}

impl<K: fmt::Debug> fmt::Debug for SetTable<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// The probe loop shared by lookup and resume: examines slots `j..` of the
/// linear run starting at `run`, then jumps.
#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn probe_loop<K>(
    table: &[SetEntry<K>],
    dummies: &[u64],
    check_dummies: bool,
    hash: i64,
    mut run: usize,
    mut j: usize,
    mut perturb: u64,
    mut free: usize,
    layout: u64,
    eq: &mut impl FnMut(&K) -> KeyEq,
) -> SetProbe {
    let mask = table.len() - 1;
    loop {
        let last = if run + LINEAR_PROBES <= mask {
            run + LINEAR_PROBES
        } else {
            run
        };
        while j <= last {
            // SAFETY: j <= last <= mask < table.len().
            let e = unsafe { table.get_unchecked(j) };
            if e.hash == hash {
                match eq(e.key()) {
                    KeyEq::Yes => return SetProbe::Found { slot: j },
                    KeyEq::No => {}
                    KeyEq::Unknown => {
                        return SetProbe::Deferred {
                            state: SetProbeState {
                                hash,
                                run,
                                slot: j,
                                perturb,
                                free,
                                layout,
                            },
                            slot: j,
                        }
                    }
                }
            } else if e.hash == HOLE {
                if check_dummies && dummies[j / 64] >> (j % 64) & 1 != 0 {
                    // CPython keeps the *last* dummy seen.
                    free = j;
                } else {
                    let slot = if free == NO_SLOT { j } else { free };
                    return SetProbe::Missing(SetVacant { slot, hash, layout });
                }
            }
            j += 1;
        }
        perturb >>= PERTURB_SHIFT;
        run = ((run as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
        j = run;
    }
}

/// `set_insert_clean`: place a key known absent into a table without
/// dummies.
fn insert_clean<K>(table: &mut [SetEntry<K>], hash: i64, key: MaybeUninit<K>) {
    let mask = table.len() - 1;
    let mut i = hash as u64 as usize & mask;
    let mut perturb = hash as u64;
    loop {
        if !table[i].active() {
            table[i] = SetEntry { hash, key };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            if let Some(j) = (i + 1..=i + LINEAR_PROBES).find(|&j| !table[j].active()) {
                table[j] = SetEntry { hash, key };
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = ((i as u64)
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb) as usize)
            & mask;
    }
}

fn new_table<K>(size: usize) -> Vec<SetEntry<K>> {
    let mut v = Vec::with_capacity(size);
    v.resize_with(size, SetEntry::hole);
    v
}

impl<K> SetTable<K> {
    /// An empty set (8 slots, allocated on first add).
    pub const fn new() -> Self {
        SetTable {
            table: Vec::new(),
            dummies: Vec::new(),
            mask: MINSIZE - 1,
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
            layout: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Table size in slots (CPython's `mask + 1`).
    #[inline]
    pub fn size(&self) -> usize {
        self.mask + 1
    }

    /// Active plus dummy slots.
    #[inline]
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Changes on every structural change.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Changes when the table is rebuilt or cleared (slot positions then
    /// mean something else).
    #[inline]
    pub fn layout_version(&self) -> u64 {
        self.layout
    }

    /// `sys.getsizeof(s)` in CPython 3.12: 216 bytes with the inline
    /// 8-slot table, plus 16 per slot of a larger table.
    pub fn cpython_sizeof(&self) -> usize {
        216 + if self.size() > MINSIZE {
            self.size() * 16
        } else {
            0
        }
    }

    #[inline]
    fn is_dummy(&self, i: usize) -> bool {
        self.fill != self.used
            && !self.dummies.is_empty()
            && self.dummies[i / 64] >> (i % 64) & 1 != 0
    }

    fn set_dummy(&mut self, i: usize, on: bool) {
        if self.dummies.is_empty() {
            if !on {
                return;
            }
            self.dummies = vec![0; self.table.len().div_ceil(64)];
        }
        if on {
            self.dummies[i / 64] |= 1 << (i % 64);
        } else {
            self.dummies[i / 64] &= !(1 << (i % 64));
        }
    }

    // ----- lookup --------------------------------------------------------

    /// Looks `hash` up (`set_lookkey`, and the first half of
    /// `set_add_entry`). `eq` is called for stored keys with an equal hash.
    #[inline]
    pub fn lookup(&self, hash: i64, mut eq: impl FnMut(&K) -> KeyEq) -> SetProbe {
        let hash = fix_hash(hash);
        if self.table.is_empty() {
            return SetProbe::Missing(SetVacant {
                slot: NO_SLOT,
                hash,
                layout: self.layout,
            });
        }
        let i = hash as u64 as usize & self.mask;
        probe_loop(
            &self.table,
            &self.dummies,
            self.fill != self.used,
            hash,
            i,
            i,
            hash as u64,
            NO_SLOT,
            self.layout,
            &mut eq,
        )
    }

    fn deferred_still_valid(
        &self,
        state: &SetProbeState,
        same_key: impl FnOnce(&K) -> bool,
    ) -> bool {
        state.layout == self.layout
            && state.slot < self.table.len()
            && self.table[state.slot].hash == state.hash
            && same_key(self.table[state.slot].key())
    }

    fn continue_probe(&self, state: SetProbeState, mut eq: impl FnMut(&K) -> KeyEq) -> SetProbe {
        probe_loop(
            &self.table,
            &self.dummies,
            self.fill != self.used,
            state.hash,
            state.run,
            state.slot + 1,
            state.perturb,
            state.free,
            self.layout,
            &mut eq,
        )
    }

    /// Continues a `Deferred` lookup with `set_lookkey`'s rule (contains,
    /// discard): if the table was rebuilt or the compared slot no longer
    /// holds the same key object (`same_key`, identity), restart; else
    /// `equal` gives `Found`, `!equal` continues probing.
    pub fn resume(
        &self,
        state: SetProbeState,
        equal: bool,
        same_key: impl FnOnce(&K) -> bool,
        eq: impl FnMut(&K) -> KeyEq,
    ) -> SetProbe {
        if !self.deferred_still_valid(&state, same_key) {
            return self.lookup(state.hash, eq);
        }
        if equal {
            return SetProbe::Found { slot: state.slot };
        }
        self.continue_probe(state, eq)
    }

    /// Continues a `Deferred` lookup with `set_add_entry`'s rule: `equal`
    /// means "already present, nothing to add" whatever happened meanwhile
    /// (the returned `Found` slot may then be stale: do not use it to remove);
    /// otherwise restart if the table changed under the comparison, else
    /// continue probing.
    pub fn resume_add(
        &self,
        state: SetProbeState,
        equal: bool,
        same_key: impl FnOnce(&K) -> bool,
        eq: impl FnMut(&K) -> KeyEq,
    ) -> SetProbe {
        if equal {
            return SetProbe::Found { slot: state.slot };
        }
        if !self.deferred_still_valid(&state, same_key) {
            return self.lookup(state.hash, eq);
        }
        self.continue_probe(state, eq)
    }

    /// A lookup whose `eq` always decides.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&K) -> bool) -> Option<usize> {
        match self.lookup(hash, |k| if eq(k) { KeyEq::Yes } else { KeyEq::No }) {
            SetProbe::Found { slot } => Some(slot),
            _ => None,
        }
    }

    #[inline]
    pub fn contains(&self, hash: i64, eq: impl FnMut(&K) -> bool) -> bool {
        self.find(hash, eq).is_some()
    }

    // ----- access ---------------------------------------------------------

    /// Key at `slot` if active.
    #[inline]
    pub fn key_at(&self, slot: usize) -> Option<&K> {
        match self.table.get(slot) {
            Some(e) if e.active() => Some(e.key()),
            _ => None,
        }
    }

    #[inline]
    pub fn hash_at(&self, slot: usize) -> Option<i64> {
        match self.table.get(slot) {
            Some(e) if e.active() => Some(e.hash),
            _ => None,
        }
    }

    /// First active slot >= `pos` (`set_next`): `(slot, hash, key)`. An
    /// iterator keeps `slot + 1`; CPython's iterator only checks that
    /// `len()` did not change and goes on from its raw position.
    #[inline]
    pub fn next_slot(&self, pos: usize) -> Option<(usize, i64, &K)> {
        let mut i = pos;
        while let Some(e) = self.table.get(i) {
            if e.active() {
                return Some((i, e.hash, e.key()));
            }
            i += 1;
        }
        None
    }

    /// Active keys in slot order.
    pub fn iter(&self) -> impl Iterator<Item = &K> + '_ {
        self.table.iter().filter(|e| e.active()).map(|e| e.key())
    }

    /// Active `(hash, key)` in slot order.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.table
            .iter()
            .filter(|e| e.active())
            .map(|e| (e.hash, e.key()))
    }

    /// Hashes of the active keys (for `hash(frozenset)`).
    pub fn hashes(&self) -> impl Iterator<Item = i64> + '_ {
        self.table.iter().filter(|e| e.active()).map(|e| e.hash)
    }

    // ----- insertion ------------------------------------------------------

    /// Adds a key known to be absent where the failed lookup said
    /// (`set_add_entry`'s tail): into the last dummy on the path, or the
    /// empty slot, then rebuilds if `fill*5 >= mask*3`. A token from an
    /// older layout or for another hash is ignored (a fresh probe is made).
    pub fn insert_new_at(&mut self, vacant: SetVacant, hash: i64, key: K) {
        let hash = fix_hash(hash);
        let slot = if vacant.layout == self.layout
            && vacant.hash == hash
            && vacant.slot < self.table.len()
            && !self.table[vacant.slot].active()
        {
            vacant.slot
        } else {
            self.free_slot_for(hash)
        };
        self.place(slot, hash, key);
    }

    /// Adds a key known to be absent (probing for CPython's free slot).
    pub fn insert_new(&mut self, hash: i64, key: K) {
        let hash = fix_hash(hash);
        let slot = self.free_slot_for(hash);
        self.place(slot, hash, key);
    }

    /// Where `set_add_entry` puts an absent key.
    fn free_slot_for(&mut self, hash: i64) -> usize {
        if self.table.is_empty() {
            self.table = new_table(self.mask + 1);
        }
        match self.lookup(hash, |_| KeyEq::No) {
            SetProbe::Missing(v) => v.slot,
            _ => unreachable!(),
        }
    }

    fn place(&mut self, slot: usize, hash: i64, key: K) {
        if self.table.is_empty() {
            self.table = new_table(self.mask + 1);
        }
        let was_dummy = self.is_dummy(slot);
        self.table[slot] = SetEntry {
            hash,
            key: MaybeUninit::new(key),
        };
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        if was_dummy {
            self.set_dummy(slot, false);
        } else {
            self.fill += 1;
            if self.fill * 5 >= self.mask * 3 {
                self.resize(if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                });
            }
        }
    }

    /// Adds `key` unless an equal key is present (`eq` must decide).
    /// Returns true if it was added.
    pub fn add(&mut self, hash: i64, key: K, eq: impl FnMut(&K) -> bool) -> bool {
        let mut eq = eq;
        match self.lookup(hash, |k| if eq(k) { KeyEq::Yes } else { KeyEq::No }) {
            SetProbe::Found { .. } => false,
            SetProbe::Missing(v) => {
                self.insert_new_at(v, hash, key);
                true
            }
            SetProbe::Deferred { .. } => unreachable!(),
        }
    }

    /// `set_table_resize(minused)`: rebuild to the smallest power of two
    /// > `minused` (at least 8), reinserting active keys in slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        if newsize == MINSIZE && self.mask == MINSIZE - 1 && self.fill == self.used {
            // CPython: small table without dummies, nothing to do.
            return;
        }
        let mut new = new_table::<K>(newsize);
        let old = mem::take(&mut self.table);
        for e in old {
            if e.active() {
                insert_clean(&mut new, e.hash, e.key);
            }
        }
        self.table = new;
        self.dummies = Vec::new();
        self.mask = newsize - 1;
        self.fill = self.used;
        self.layout = self.layout.wrapping_add(1);
        self.version = self.version.wrapping_add(1);
    }

    /// The single up-front resize of `set_merge` / `set_update_internal`
    /// before adding `n` keys from a set or an exact dict.
    pub fn presize_for(&mut self, n: usize) {
        if (self.fill + n) * 5 >= self.mask * 3 {
            self.resize((self.used + n) * 2);
        }
    }

    /// Starts `set_merge(self, other)` (for `other` not the same object):
    /// does nothing if `other` is empty, presizes, and when `self` is empty
    /// copies `other` itself (slot for slot if the sizes match and `other`
    /// has no dummies, else by clean reinsertion in `other`'s slot order).
    /// Returns true when the merge is complete; false means the caller must
    /// add each key of `other` in slot order (with the eq protocol).
    pub fn merge_begin(&mut self, other: &SetTable<K>) -> bool
    where
        K: Clone,
    {
        if other.used == 0 {
            return true;
        }
        self.presize_for(other.used);
        if self.fill != 0 {
            return false;
        }
        if self.table.is_empty() {
            self.table = new_table(self.mask + 1);
        }
        if self.mask == other.mask && other.fill == other.used {
            for (d, s) in self.table.iter_mut().zip(other.table.iter()) {
                if s.active() {
                    *d = SetEntry {
                        hash: s.hash,
                        key: MaybeUninit::new(s.key().clone()),
                    };
                }
            }
        } else {
            for s in other.table.iter().filter(|e| e.active()) {
                insert_clean(&mut self.table, s.hash, MaybeUninit::new(s.key().clone()));
            }
        }
        self.fill = other.used;
        self.used = other.used;
        self.version = self.version.wrapping_add(1);
        true
    }

    /// `set(s)` / `s.copy()` / `frozenset(s)`: a new set built the way
    /// CPython builds it (so its slot order is CPython's).
    pub fn copy(&self) -> SetTable<K>
    where
        K: Clone,
    {
        let mut t = SetTable::new();
        let done = t.merge_begin(self);
        debug_assert!(done);
        t
    }

    /// An exact copy, dummies and finger included (not a Python operation).
    pub fn clone_exact(&self) -> SetTable<K>
    where
        K: Clone,
    {
        let mut table = Vec::with_capacity(self.table.len());
        for e in &self.table {
            table.push(if e.active() {
                SetEntry {
                    hash: e.hash,
                    key: MaybeUninit::new(e.key().clone()),
                }
            } else {
                SetEntry::hole()
            });
        }
        SetTable {
            table,
            dummies: self.dummies.clone(),
            mask: self.mask,
            fill: self.fill,
            used: self.used,
            finger: self.finger,
            version: 0,
            layout: 0,
        }
    }

    // ----- removal --------------------------------------------------------

    /// Removes the key in `slot` (from `Found`), leaving a dummy.
    pub fn remove_at(&mut self, slot: usize) -> Option<(i64, K)> {
        if !self.table.get(slot)?.active() {
            return None;
        }
        let out = self.table[slot].take();
        self.set_dummy(slot, true);
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(out)
    }

    /// Removes a key equal to the one described (`eq` must decide).
    pub fn discard(&mut self, hash: i64, eq: impl FnMut(&K) -> bool) -> Option<K> {
        let slot = self.find(hash, eq)?;
        self.remove_at(slot).map(|(_, k)| k)
    }

    /// `set.pop()`: the first active slot at or after the search finger
    /// (wrapping), which then moves past it.
    pub fn pop(&mut self) -> Option<(i64, K)> {
        if self.used == 0 {
            return None;
        }
        let mut i = self.finger & self.mask;
        while !self.table[i].active() {
            i += 1;
            if i > self.mask {
                i = 0;
            }
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// `set.clear()`: back to an empty 8-slot set (the finger is kept, as in
    /// CPython).
    pub fn clear(&mut self) {
        self.clear_with(drop);
    }

    /// Empties the set like [`Self::clear`], handing each member to
    /// `release` (an owner's cheaper way to let go of them than their drop
    /// glue).
    pub fn clear_with(&mut self, mut release: impl FnMut(K)) {
        let old = mem::take(&mut self.table);
        self.dummies = Vec::new();
        self.mask = MINSIZE - 1;
        self.fill = 0;
        self.used = 0;
        self.layout = self.layout.wrapping_add(1);
        self.version = self.version.wrapping_add(1);
        for mut e in old {
            if e.active() {
                release(e.take().1);
            }
        }
    }

    /// The end of `set_difference_update_internal`: if more than a quarter
    /// of the slots are dummies, rebuild.
    pub fn compact_after_discards(&mut self) {
        if self.fill - self.used > self.mask / 4 {
            self.resize(if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            });
        }
    }

    /// `set_swap_bodies`: exchange contents, each set keeping its own pop
    /// finger (used by `&=` / `intersection_update`).
    pub fn swap_bodies(&mut self, other: &mut SetTable<K>) {
        mem::swap(self, other);
        mem::swap(&mut self.finger, &mut other.finger);
        self.layout = self.layout.wrapping_add(1);
        other.layout = other.layout.wrapping_add(1);
        self.version = self.version.wrapping_add(1);
        other.version = other.version.wrapping_add(1);
    }

    /// Removes all keys, returning them in slot order.
    pub fn drain(&mut self) -> Vec<(i64, K)> {
        let old = mem::take(&mut self.table);
        self.clear();
        let mut out = Vec::with_capacity(old.len());
        for mut e in old {
            if e.active() {
                out.push(e.take());
            }
        }
        out
    }

    /// Checks internal invariants (tests and debugging).
    pub fn check_invariants(&self) {
        if self.table.is_empty() {
            assert_eq!(self.used, 0);
            assert_eq!(self.fill, 0);
            return;
        }
        assert_eq!(self.table.len(), self.mask + 1);
        let active = self.table.iter().filter(|e| e.active()).count();
        assert_eq!(active, self.used);
        let dummies = (0..self.table.len())
            .filter(|&i| !self.table[i].active() && self.is_dummy(i))
            .count();
        assert_eq!(self.used + dummies, self.fill);
        assert!(self.fill < self.table.len(), "no empty slot left");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::hash::{frozenset_hash, hash_i64};
    use std::cell::Cell;
    use std::rc::Rc;

    type S = SetTable<i64>;

    fn add(s: &mut S, k: i64) {
        s.add(hash_i64(k), k, |x| *x == k);
    }
    fn has(s: &S, k: i64) -> bool {
        s.contains(hash_i64(k), |x| *x == k)
    }
    fn discard(s: &mut S, k: i64) -> bool {
        s.discard(hash_i64(k), |x| *x == k).is_some()
    }
    fn of(items: &[i64]) -> S {
        let mut s = S::new();
        for &k in items {
            add(&mut s, k);
        }
        s
    }
    fn list(s: &S) -> Vec<i64> {
        s.iter().copied().collect()
    }

    // The set operations, driven as the module docs prescribe.
    fn update(s: &mut S, o: &S) {
        if !s.merge_begin(o) {
            let mut p = 0;
            while let Some((i, h, k)) = o.next_slot(p) {
                let k = *k;
                s.add(h, k, |x| *x == k);
                p = i + 1;
            }
        }
    }
    fn union(a: &S, b: &S) -> S {
        let mut r = a.copy();
        update(&mut r, b);
        r
    }
    fn intersection(a: &S, b: &S) -> S {
        let mut r = S::new();
        let (big, small) = if b.len() > a.len() { (b, a) } else { (a, b) };
        for (h, k) in small.iter_hashed() {
            if big.contains(h, |x| x == k) {
                r.add(h, *k, |x| x == k);
            }
        }
        r
    }
    fn difference_update(a: &mut S, b: &S) {
        let tmp;
        let b = if (b.len() >> 3) > a.len() {
            tmp = intersection(a, b);
            &tmp
        } else {
            b
        };
        for (h, k) in b.iter_hashed() {
            a.discard(h, |x| x == k);
        }
        a.compact_after_discards();
    }
    fn difference(a: &S, b: &S) -> S {
        if (a.len() >> 2) > b.len() {
            let mut r = a.copy();
            difference_update(&mut r, b);
            return r;
        }
        let mut r = S::new();
        for (h, k) in a.iter_hashed() {
            if !b.contains(h, |x| x == k) {
                r.add(h, *k, |x| x == k);
            }
        }
        r
    }
    fn symmetric_difference_update(a: &mut S, b: &S) {
        for (h, k) in b.iter_hashed() {
            if a.discard(h, |x| x == k).is_none() {
                a.add(h, *k, |x| x == k);
            }
        }
    }
    fn symmetric_difference(a: &S, b: &S) -> S {
        let mut r = b.copy();
        symmetric_difference_update(&mut r, a);
        r
    }

    // Expected orders below were printed by CPython 3.12.1.
    #[test]
    fn orders_like_cpython() {
        let s = of(&(0..20).map(|i| i << 16).collect::<Vec<_>>());
        assert_eq!(
            list(&s),
            vec![
                0, 65536, 196608, 131072, 262144, 327680, 393216, 458752, 524288, 589824, 655360,
                786432, 917504, 1179648, 1048576, 720896, 851968, 983040, 1114112, 1245184
            ]
        );
        let s = of(&(1..=100).rev().step_by(7).collect::<Vec<_>>());
        assert_eq!(
            list(&s),
            vec![65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30]
        );
        let s = of(&[-1, -2, 1 << 61, 8, 16]);
        assert_eq!(list(&s), vec![2305843009213693952, 8, 16, -2, -1]);
        let mut s = of(&(0..10).collect::<Vec<_>>());
        discard(&mut s, 3);
        discard(&mut s, 7);
        add(&mut s, 23);
        add(&mut s, 17);
        assert_eq!(list(&s), vec![0, 1, 2, 4, 5, 6, 8, 9, 17, 23]);
        let u = union(&of(&[1, 2, 3]), &of(&[100, 7]));
        assert_eq!(list(&u), vec![1, 2, 3, 100, 7]);
        // set(dict.fromkeys([9, 1, 17, 25, 2])): presize, then dict order.
        let mut d = S::new();
        d.presize_for(5);
        for k in [9, 1, 17, 25, 2] {
            add(&mut d, k);
        }
        assert_eq!(list(&d), vec![1, 17, 2, 9, 25]);
        // frozenset(range(0, 300, 11)) and set() of it (copied via set_merge).
        let f = of(&(0..300).step_by(11).collect::<Vec<_>>());
        assert_eq!(
            list(&f)[..12],
            [0, 132, 264, 11, 143, 275, 22, 154, 286, 33, 165, 297]
        );
        assert_eq!(
            list(&f.copy())[..12],
            [0, 66, 132, 198, 264, 11, 77, 143, 209, 275, 22, 88]
        );
    }

    #[test]
    fn set_ops_like_cpython() {
        let a = of(&(0..30).map(|i| i * 7).collect::<Vec<_>>());
        let b = of(&(0..40).map(|i| i * 5).collect::<Vec<_>>());
        let ab_and = vec![0, 35, 70, 105, 140, 175];
        assert_eq!(list(&intersection(&a, &b)), ab_and);
        assert_eq!(
            list(&difference(&a, &b)),
            vec![
                133, 7, 14, 147, 21, 154, 28, 161, 168, 42, 49, 182, 56, 189, 63, 196, 203, 77, 84,
                91, 98, 112, 119, 126
            ]
        );
        assert_eq!(
            list(&difference(&b, &a)),
            vec![
                130, 5, 135, 10, 15, 145, 20, 150, 25, 155, 30, 160, 165, 40, 170, 45, 50, 180, 55,
                185, 60, 190, 65, 195, 75, 80, 85, 90, 95, 100, 110, 115, 120, 125
            ]
        );
        let sym = vec![
            130, 5, 133, 135, 7, 10, 14, 15, 145, 147, 20, 21, 150, 25, 154, 155, 28, 30, 160, 161,
            165, 40, 168, 170, 42, 45, 49, 50, 180, 182, 55, 56, 185, 60, 189, 190, 63, 65, 195,
            196, 75, 203, 77, 80, 84, 85, 90, 91, 95, 98, 100, 110, 112, 115, 119, 120, 125, 126,
        ];
        assert_eq!(list(&symmetric_difference(&a, &b)), sym);
        let all: Vec<i64> = (0..210)
            .filter(|i| (i % 5 == 0 && *i < 200) || (i % 7 == 0 && *i < 210))
            .collect();
        assert_eq!(list(&union(&a, &b)), all);
        // In-place forms (c = set(a); c op= b).
        let mut c = a.copy();
        difference_update(&mut c, &b);
        assert_eq!(
            list(&c),
            vec![
                196, 133, 7, 203, 77, 14, 147, 84, 21, 154, 91, 28, 161, 98, 168, 42, 112, 49, 182,
                119, 56, 189, 126, 63
            ]
        );
        let mut c = a.copy();
        symmetric_difference_update(&mut c, &b);
        assert_eq!(
            list(&c),
            vec![
                5, 7, 10, 14, 15, 20, 21, 25, 28, 30, 40, 42, 45, 49, 50, 55, 56, 60, 63, 65, 75,
                77, 80, 84, 85, 90, 91, 95, 98, 100, 110, 112, 115, 119, 120, 125, 126, 130, 133,
                135, 145, 147, 150, 154, 155, 160, 161, 165, 168, 170, 180, 182, 185, 189, 190,
                195, 196, 203
            ]
        );
        let mut c = a.copy();
        let mut r = intersection(&c, &b);
        c.swap_bodies(&mut r);
        assert_eq!(list(&c), ab_and);
        // a ^ a leaves dummies behind, which steer later adds.
        let mut x = symmetric_difference(&a, &a);
        assert!(x.is_empty());
        add(&mut x, 14);
        add(&mut x, -1);
        assert_eq!(list(&x), vec![14, -1]);
    }

    /// A set display of constants: frozenset built by adds, rebuilt by
    /// adds in its slot order, then copied.
    fn display(items: &[i64]) -> S {
        let f1 = of(items);
        of(&list(&f1)).copy()
    }

    #[test]
    fn constant_displays_like_cpython() {
        assert_eq!(
            list(&display(&[736, 672, 336, 26, 800, 1024])),
            vec![736, 1024, 800, 672, 336, 26]
        );
        assert_eq!(
            list(&display(&[
                37, 8, 0, 112, 19, 176, 608, 992, 240, 544, 0, 32
            ])),
            vec![0, 992, 544, 32, 608, 37, 8, 112, 176, 240, 19]
        );
        // With a non-constant item, the display is built by adds:
        // x = 0; {x, 736, 672, 336, 26, 800, 1024}
        assert_eq!(
            list(&of(&[0, 736, 672, 336, 26, 800, 1024])),
            vec![0, 736, 672, 800, 1024, 336, 26]
        );
    }

    #[test]
    fn pop_sequence_like_cpython() {
        // The display {5, 13, 21, 3, 100, 64, 1} is all constants: CPython
        // builds it as BUILD_SET 0 + SET_UPDATE of a frozenset constant.
        let mut s = display(&[5, 13, 21, 3, 100, 64, 1]);
        assert_eq!(list(&s), vec![64, 1, 3, 100, 5, 21, 13]);
        assert_eq!(
            list(&of(&[5, 13, 21, 3, 100, 64, 1])),
            vec![64, 1, 3, 100, 5, 13, 21]
        );
        let mut popped = vec![s.pop().unwrap().1, s.pop().unwrap().1];
        add(&mut s, 8);
        add(&mut s, 0);
        while let Some((_, k)) = s.pop() {
            popped.push(k);
        }
        assert_eq!(popped, vec![64, 1, 3, 100, 5, 21, 8, 13, 0]);
        assert!(s.pop().is_none());
    }

    #[test]
    fn sizes_like_cpython() {
        // sys.getsizeof: set() 216, set(range(4)) 216, set(range(5)) 728.
        assert_eq!(S::new().cpython_sizeof(), 216);
        assert_eq!(of(&[0, 1, 2, 3]).cpython_sizeof(), 216);
        assert_eq!(of(&[0, 1, 2, 3, 4]).cpython_sizeof(), 728);
        assert_eq!(of(&[0, 1, 2, 3, 4]).size(), 32);
    }

    #[test]
    fn basics_and_protocol() {
        let mut s = S::new();
        assert!(!has(&s, 1));
        for i in 0..1000 {
            add(&mut s, i);
        }
        for i in 0..1000 {
            assert!(has(&s, i));
        }
        assert!(!has(&s, 1000));
        for i in (0..1000).step_by(2) {
            assert!(discard(&mut s, i));
        }
        assert_eq!(s.len(), 500);
        s.check_invariants();
        s.clear();
        assert!(s.is_empty());
        s.check_invariants();

        // Deferred eq: all keys share one hash; the "user code" mutates.
        let mut t = S::new();
        for k in 0..12 {
            t.insert_new(3, k);
        }
        let calls = Cell::new(0);
        let mut p = t.lookup(3, |_| KeyEq::Unknown);
        let mut mutated = false;
        let found = loop {
            match p {
                SetProbe::Found { slot } => break Some(slot),
                SetProbe::Missing(_) => break None,
                SetProbe::Deferred { state, slot } => {
                    calls.set(calls.get() + 1);
                    let stored = *t.key_at(slot).unwrap();
                    if !mutated && stored == 4 {
                        mutated = true;
                        for k in 100..130 {
                            t.insert_new(hash_i64(k), k); // rebuilds: restart
                        }
                    }
                    p = t.resume(state, stored == 7, |k| *k == stored, |_| KeyEq::Unknown);
                }
            }
        };
        assert_eq!(t.key_at(found.unwrap()), Some(&7));
        assert!(calls.get() > 8);
        // resume_add: equal wins even if the table changed.
        let p = t.lookup(3, |_| KeyEq::Unknown);
        if let SetProbe::Deferred { state, .. } = p {
            t.clear();
            assert!(matches!(
                t.resume_add(state, true, |_| false, |_| KeyEq::No),
                SetProbe::Found { .. }
            ));
            assert!(matches!(
                t.resume_add(state, false, |_| true, |_| KeyEq::No),
                SetProbe::Missing(_)
            ));
        } else {
            panic!();
        }
    }

    /// Random differential test against a simple model (a Vec), with
    /// colliding hash families.
    #[test]
    fn differential() {
        let fams: [&dyn Fn(i64) -> i64; 4] = [&hash_i64, &|_| 5, &|k| k << 16, &|k| k << 32];
        let mut x: u64 = 88172645463325252;
        let mut rnd = move |n: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % n
        };
        for (fi, hf) in fams.iter().enumerate() {
            for nkeys in [5u64, 40, 400, 3000] {
                if fi == 1 && nkeys > 400 {
                    continue;
                }
                let mut s = S::new();
                let mut m: Vec<i64> = vec![];
                for step in 0..8000 {
                    let k = rnd(nkeys) as i64;
                    let h = hf(k);
                    match rnd(10) {
                        0..=4 => {
                            let added = s.add(h, k, |x| *x == k);
                            assert_eq!(added, !m.contains(&k));
                            if added {
                                m.push(k);
                            }
                        }
                        5..=6 => {
                            let got = s.discard(h, |x| *x == k).is_some();
                            let at = m.iter().position(|x| *x == k);
                            assert_eq!(got, at.is_some());
                            if let Some(p) = at {
                                m.remove(p);
                            }
                        }
                        7 => assert_eq!(s.contains(h, |x| *x == k), m.contains(&k)),
                        8 => {
                            if let Some((ph, pk)) = s.pop() {
                                assert_eq!(ph, hf(pk));
                                let p = m.iter().position(|x| *x == pk).unwrap();
                                m.remove(p);
                            } else {
                                assert!(m.is_empty());
                            }
                        }
                        _ => {
                            if rnd(100) == 0 {
                                s.clear();
                                m.clear();
                            } else if rnd(30) == 0 {
                                s = s.copy();
                            } else if rnd(30) == 0 {
                                s.compact_after_discards();
                            }
                        }
                    }
                    assert_eq!(s.len(), m.len());
                    if step % 251 == 0 {
                        s.check_invariants();
                        let mut a = list(&s);
                        let mut b = m.clone();
                        a.sort();
                        b.sort();
                        assert_eq!(a, b);
                    }
                }
            }
        }
    }

    #[test]
    fn drops_balance() {
        let rc = Rc::new(());
        {
            let mut s: SetTable<(i64, Rc<()>)> = SetTable::new();
            for i in 0..100 {
                s.add(hash_i64(i), (i, rc.clone()), |x| x.0 == i);
            }
            for i in 0..50 {
                s.discard(hash_i64(i), |x| x.0 == i);
            }
            let c = s.copy();
            let e = s.clone_exact();
            assert_eq!(Rc::strong_count(&rc), 1 + 150);
            drop(c);
            drop(e);
            s.pop();
            assert_eq!(s.drain().len(), 49);
            for i in 0..10 {
                s.add(hash_i64(i), (i, rc.clone()), |x| x.0 == i);
            }
        }
        assert_eq!(Rc::strong_count(&rc), 1);
    }

    #[test]
    fn frozenset_hash_from_table() {
        assert_eq!(frozenset_hash(of(&[1, 2]).hashes()), -1826646154956904602);
        assert_eq!(
            frozenset_hash(of(&(0..100).collect::<Vec<_>>()).hashes()),
            4411996150312757951
        );
    }
}
