//! The front end: source text to [`ast::Module`].
//!
//! `lexer` (logos) produces raw tokens, `layout` turns line structure into
//! NEWLINE/INDENT/DEDENT, and the LALRPOP grammar in `grammar/python.lalrpop`
//! builds the AST. Errors come back as [`SyntaxError`] with a span.

pub mod ast;

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

/// Parses a whole module. (Stub until the front end lands.)
pub fn parse_module(_source: &str) -> Result<ast::Module, SyntaxError> {
    Err(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        message: "parser not built yet".into(),
        span: Span::default(),
        help: None,
        incomplete: false,
    })
}
