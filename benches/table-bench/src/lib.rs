//! dictpy's dict table and hashing, compiled on their own (the files are
//! included from the main crate's `src/dict/`, which imports nothing from
//! the rest of the interpreter), plus the key types the benchmarks share
//! between `DictTable`, hashbrown and indexmap.

#[path = "../../../src/dict/hash.rs"]
pub mod hash;
#[allow(dead_code)]
#[path = "../../../src/dict/table.rs"]
pub mod table;

/// `table.rs`'s unit tests name `crate::dict::hash`.
pub mod dict {
    pub use super::hash;
}

use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::rc::Rc;

/// An int key: hashed as CPython hashes an int (`hash_i64`, computed on
/// each use, as the interpreter does for a small int).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct IntKey(pub i64);

/// A str key with its CPython hash (SipHash-1-3) cached, as dictpy's and
/// CPython's str objects cache it; equality compares the text.
#[derive(Clone, Debug)]
pub struct StrKey {
    pub hash: i64,
    pub text: Rc<str>,
}

impl PartialEq for StrKey {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.text, &other.text) || (self.hash == other.hash && self.text == other.text)
    }
}
impl Eq for StrKey {}

/// A key as the benchmarks use it: its CPython hash and an equality test.
pub trait PyKey: Clone + Eq + Hash {
    fn py_hash(&self) -> i64;
    const IS_STR: bool;
}

impl PyKey for IntKey {
    #[inline]
    fn py_hash(&self) -> i64 {
        hash::hash_i64(self.0)
    }
    const IS_STR: bool = false;
}

impl PyKey for StrKey {
    #[inline]
    fn py_hash(&self) -> i64 {
        self.hash
    }
    const IS_STR: bool = true;
}

impl Hash for IntKey {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.py_hash() as u64)
    }
}

impl Hash for StrKey {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64)
    }
}

/// A hasher that passes the CPython hash through unchanged, so hashbrown
/// and indexmap index by exactly the hash `DictTable` gets.
#[derive(Default, Clone, Copy)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write_u64(&mut self, x: u64) {
        self.0 = x;
    }
    fn write(&mut self, _: &[u8]) {
        unreachable!("keys hash through write_u64 only")
    }
}

pub type CpyHash = BuildHasherDefault<PassThrough>;

/// `n` distinct int keys below 2**31 in a scrambled order (`i * 2654435761`
/// is a permutation of 0..2**30), even numbers, and `n` odd ones that miss.
pub fn int_keys(n: usize) -> (Vec<IntKey>, Vec<IntKey>) {
    assert!(n <= 1 << 30);
    let v = |i: u64| (i * 2654435761) % (1 << 30);
    (
        (0..n as u64).map(|i| IntKey((v(i) * 2) as i64)).collect(),
        (0..n as u64).map(|i| IntKey((v(i) * 2 + 1) as i64)).collect(),
    )
}

/// `n` distinct str keys ("k0", "k1", ...) and `n` misses ("m0", ...),
/// hashed with `PYTHONHASHSEED=0`'s key.
pub fn str_keys(n: usize) -> (Vec<StrKey>, Vec<StrKey>) {
    let secret = hash::HashSecret::ZERO;
    let mk = |p: &str, i: usize| {
        let text: Rc<str> = Rc::from(format!("{p}{i}").as_str());
        StrKey {
            hash: hash::hash_str(&text, &secret),
            text,
        }
    };
    ((0..n).map(|i| mk("k", i)).collect(), (0..n).map(|i| mk("m", i)).collect())
}

/// A deterministic shuffle (Fisher-Yates with an LCG).
pub fn shuffled<T: Clone>(v: &[T], seed: u64) -> Vec<T> {
    let mut out = v.to_vec();
    let mut x = seed;
    for i in (1..out.len()).rev() {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let j = ((x >> 33) as usize) % (i + 1);
        out.swap(i, j);
    }
    out
}
