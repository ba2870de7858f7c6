//! The front end: source text to [`ast::Module`].
//!
//! `lexer` (logos) produces raw tokens, `layout` turns line structure into
//! NEWLINE/INDENT/DEDENT, and the LALRPOP grammar in `grammar/python.lalrpop`
//! builds the AST. Errors come back as [`SyntaxError`] with a span.

pub mod ast;
pub mod layout;
pub mod lexer;
pub mod parser;
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
