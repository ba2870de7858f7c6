//! `DictTable` (dictpy's CPython-style compact dict) next to hashbrown's
//! `HashMap` and indexmap's `IndexMap`, all three fed the same CPython hash
//! (ints: `hash_i64`; str: the cached SipHash-1-3), on int and str keys,
//! sizes 8 to 1M. Run with `cargo bench` in this directory; `ratios.py`
//! then prints DictTable's time as a ratio to the other two.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput};
use dictpy_table_bench::table::{DictTable, KeyEq, Probe};
use dictpy_table_bench::{int_keys, shuffled, str_keys, CpyHash, PyKey};
use std::hint::black_box;
use std::time::Duration;

/// The operations each table is measured on, written as the interpreter
/// drives them (`d[k] = v`, `d[k]`, `k in d`, `del d[k]`, `for v in
/// d.values()`).
trait Map<K: PyKey>: Clone {
    const NAME: &'static str;
    fn empty() -> Self;
    fn set(&mut self, k: K, v: u64);
    fn get(&self, k: &K) -> Option<u64>;
    fn del(&mut self, k: &K) -> Option<u64>;
    fn sum_values(&self) -> u64;
}

impl<K: PyKey> Map<K> for DictTable<K, u64> {
    const NAME: &'static str = "DictTable";
    fn empty() -> Self {
        DictTable::new()
    }
    #[inline]
    fn set(&mut self, k: K, v: u64) {
        self.prepare_insert(K::IS_STR);
        let h = k.py_hash();
        match self.lookup(h, |s| if *s == k { KeyEq::Yes } else { KeyEq::No }) {
            Probe::Found { entry, .. } => {
                self.replace_value(entry, v);
            }
            Probe::Missing(vacant) => {
                self.insert_new_at(vacant, h, k, v);
            }
            Probe::Deferred { .. } => unreachable!(),
        }
    }
    #[inline]
    fn get(&self, k: &K) -> Option<u64> {
        // The interpreter's read of a str or small-int key: comparisons
        // that never run Python code, so the light probe loop.
        self.find(k.py_hash(), |s| s == k).and_then(|e| self.value_at(e).copied())
    }
    #[inline]
    fn del(&mut self, k: &K) -> Option<u64> {
        match self.lookup(k.py_hash(), |s| if s == k { KeyEq::Yes } else { KeyEq::No }) {
            Probe::Found { slot, entry } => Some(self.remove_entry(slot, entry).1),
            _ => None,
        }
    }
    #[inline]
    fn sum_values(&self) -> u64 {
        self.iter().fold(0u64, |s, (_, v)| s.wrapping_add(*v))
    }
}

impl<K: PyKey> Map<K> for hashbrown::HashMap<K, u64, CpyHash> {
    const NAME: &'static str = "hashbrown";
    fn empty() -> Self {
        hashbrown::HashMap::default()
    }
    #[inline]
    fn set(&mut self, k: K, v: u64) {
        self.insert(k, v);
    }
    #[inline]
    fn get(&self, k: &K) -> Option<u64> {
        hashbrown::HashMap::get(self, k).copied()
    }
    #[inline]
    fn del(&mut self, k: &K) -> Option<u64> {
        self.remove(k)
    }
    #[inline]
    fn sum_values(&self) -> u64 {
        self.values().fold(0u64, |s, v| s.wrapping_add(*v))
    }
}

impl<K: PyKey> Map<K> for indexmap::IndexMap<K, u64, CpyHash> {
    const NAME: &'static str = "indexmap";
    fn empty() -> Self {
        indexmap::IndexMap::default()
    }
    #[inline]
    fn set(&mut self, k: K, v: u64) {
        self.insert(k, v);
    }
    #[inline]
    fn get(&self, k: &K) -> Option<u64> {
        indexmap::IndexMap::get(self, k).copied()
    }
    /// `swap_remove` (O(1), breaks insertion order); `shift_remove`, which
    /// keeps the order as a Python dict must, is O(n).
    #[inline]
    fn del(&mut self, k: &K) -> Option<u64> {
        self.swap_remove(k)
    }
    #[inline]
    fn sum_values(&self) -> u64 {
        self.values().fold(0u64, |s, v| s.wrapping_add(*v))
    }
}

const SIZES: [usize; 5] = [8, 64, 1 << 10, 1 << 14, 1 << 20];
const OPS: [&str; 5] = ["insert", "lookup_hit", "lookup_miss", "delete", "iterate"];

fn build<K: PyKey, M: Map<K>>(keys: &[K]) -> M {
    let mut m = M::empty();
    for (i, k) in keys.iter().enumerate() {
        m.set(k.clone(), i as u64);
    }
    m
}

fn bench_op<K: PyKey, M: Map<K>>(
    g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    op: &str,
    keys: &[K],
    probes: &[K],
    misses: &[K],
) {
    let n = keys.len();
    let id = BenchmarkId::new(M::NAME, n);
    match op {
        // Build from empty: every growth step included (no presizing).
        "insert" => g.bench_function(id, |b| b.iter(|| build::<K, M>(black_box(keys)))),
        "lookup_hit" => {
            let m: M = build(keys);
            g.bench_function(id, |b| {
                b.iter(|| {
                    let mut s = 0u64;
                    for k in probes {
                        s = s.wrapping_add(m.get(k).unwrap());
                    }
                    s
                })
            })
        }
        "lookup_miss" => {
            let m: M = build(keys);
            g.bench_function(id, |b| {
                b.iter(|| {
                    let mut s = 0u64;
                    for k in misses {
                        s += m.get(k).is_none() as u64;
                    }
                    s
                })
            })
        }
        // Delete every key, in scrambled order, from a full table (the
        // copy is made outside the timing).
        "delete" => {
            let m: M = build(keys);
            let size = if n >= 1 << 14 { BatchSize::PerIteration } else { BatchSize::SmallInput };
            g.bench_function(id, |b| {
                b.iter_batched(
                    || m.clone(),
                    |mut m| {
                        for k in probes {
                            black_box(m.del(k));
                        }
                        m
                    },
                    size,
                )
            })
        }
        "iterate" => {
            let m: M = build(keys);
            g.bench_function(id, |b| b.iter(|| black_box(&m).sum_values()))
        }
        _ => unreachable!(),
    };
}

fn run_kind<K: PyKey>(c: &mut Criterion, kind: &str, make: impl Fn(usize) -> (Vec<K>, Vec<K>)) {
    for op in OPS {
        let mut g = c.benchmark_group(format!("{op}_{kind}"));
        for n in SIZES {
            let (keys, misses) = make(n);
            let probes = shuffled(&keys, 0x5eed ^ n as u64);
            g.throughput(Throughput::Elements(n as u64));
            if n >= 1 << 20 {
                g.sample_size(10).sampling_mode(SamplingMode::Flat);
                g.measurement_time(Duration::from_secs(3));
            } else if n >= 1 << 14 {
                g.sample_size(20).sampling_mode(SamplingMode::Flat);
                g.measurement_time(Duration::from_secs(1));
            } else {
                g.sample_size(30).sampling_mode(SamplingMode::Auto);
                g.measurement_time(Duration::from_millis(700));
            }
            bench_op::<K, DictTable<K, u64>>(&mut g, op, &keys, &probes, &misses);
            bench_op::<K, hashbrown::HashMap<K, u64, CpyHash>>(&mut g, op, &keys, &probes, &misses);
            bench_op::<K, indexmap::IndexMap<K, u64, CpyHash>>(&mut g, op, &keys, &probes, &misses);
        }
        g.finish();
    }
}

fn benches(c: &mut Criterion) {
    run_kind(c, "int", int_keys);
    run_kind(c, "str", str_keys);
}

criterion_group! {
    name = table;
    config = Criterion::default().warm_up_time(Duration::from_millis(300));
    targets = benches
}
criterion_main!(table);
