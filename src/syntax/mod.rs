//! The front end: source text to [`ast::Module`].
//!
//! `lexer` (logos) produces raw tokens, `layout` turns line structure into
//! NEWLINE/INDENT/DEDENT, and the LALRPOP grammar in `grammar/python.lalrpop`
//! builds the AST. Errors come back as [`SyntaxError`] with a span.
//!
//! Entry points: [`parse_module`] (files, `exec`, REPL chunks) and
//! [`parse_expression`] (`eval` input). Both return CPython 3.12's message
//! and kind (SyntaxError / IndentationError / TabError), with a byte span
//! whose start is on the line CPython reports; `incomplete` is set when the
//! input ended too early (the REPL then asks for more).
//!
//! Pieces:
//! - `lexer.rs`: logos tokens; numbers are scanned by hand (every CPython
//!   literal error), string literals are scanned to their end (f-string
//!   replacement fields included, 3.12 rules: same-quote nesting, comments,
//!   multi-line fields).
//! - `layout.rs`: lazy iterator producing the grammar's tokens; brackets,
//!   indentation (tabs to multiples of 8, TabError), bracket errors.
//! - `parser.rs`: grammar actions (target checks, parameters, calls, depth
//!   bound), the error-message mapping, and the tokenizer-error priority
//!   CPython applies after a parser error.
//! - `strings.rs`: escapes, bytes, f-string fields (each field is parsed by
//!   the same grammar; spans are offsets into the whole file), concatenation.
//! - `validate.rs`: `return`/`yield`/`break`/`continue`/`nonlocal` placement,
//!   "no binding for nonlocal", "parameter and global".
//!
//! Outside the subset (reported as SyntaxErrors naming the feature):
//! `match`, `async`/`await`, `type X = ...`, `except*`, type parameter lists
//! (`def f[T]()`). Soft keywords (`match`, `case`, `type`, `_`) stay names.
//! Identifiers are NFKC-normalised like CPython's (`ｘ` is `x`), character
//! by character. Known gaps: lone surrogates (`"\ud800"`) are rejected since
//! [`ast::Constant::Str`] is a Rust `String`; `\N{...}` knows a subset of
//! the Unicode names (`unicode_names.rs`).

pub mod ast;
pub mod layout;
pub mod lexer;
pub mod parser;
mod nfkc;
mod strings;
mod unicode_names;
mod validate;

pub use parser::{parse_expression, parse_module, MAX_EXPR_DEPTH};

use ast::Span;

/// Which Python exception a syntax problem is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error: CPython's message, where it points, and an optional hint.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub message: String,
    pub span: Span,
    /// A line of help shown above the final `SyntaxError: message` line.
    pub help: Option<String>,
    /// True when the input ended before the construct was complete (an open
    /// bracket, a block header without a body, an unterminated triple-quoted
    /// string): the REPL asks for another line instead of reporting it.
    pub incomplete: bool,
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for SyntaxError {}
