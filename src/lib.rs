//! dictpy: an interpreter for a subset of Python 3.12, built around the mapping.

pub mod syntax;
