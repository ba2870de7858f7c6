//! The ground floor of dictpy's mappings: CPython's compact dict table,
//! CPython's set table and CPython-compatible hashing.
//!
//! Nothing here knows about the evaluator. The tables store hashes and keys
//! and ask a caller-supplied closure whether two keys with equal hashes are
//! equal; that closure may answer "unknown" (a user `__eq__` must run), and
//! the lookup can then be resumed after the caller has run it with the table
//! unborrowed (see [`table::Probe`] and [`set_table::SetProbe`]).

pub mod hash;
pub mod set_table;
pub mod table;

pub use hash::HashSecret;
pub use set_table::{SetProbe, SetProbeState, SetTable, SetVacant};
pub use table::{DictTable, KeyEq, Probe, ProbeState, Vacant};
