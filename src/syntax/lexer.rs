//! Raw tokens (logos) and the token type the grammar consumes.
//!
//! The logos lexer ([`Raw`]) recognises names, keywords, operators, numbers and
//! the *extent* of string literals (a callback scans each literal to its closing
//! quote, including the nested replacement fields of f-strings). Whitespace,
//! comments and `\` line continuations are skipped here; the layout pass
//! (`layout.rs`) turns newlines into NEWLINE/INDENT/DEDENT and produces [`Tok`].
//! Decoding string literals (escapes, f-string fields) happens in `strings.rs`
//! when the parser reduces them.

use logos::Logos;
use num_bigint::BigInt;

use super::ast::Span;
use super::{SyntaxError, SyntaxErrorKind};

/// The token type of the grammar.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'a> {
    Name(&'a str),
    Int(BigInt),
    Float(f64),
    Imag(f64),
    /// A whole string literal as written, prefix and quotes included.
    Str(&'a str),
    Newline,
    Indent,
    Dedent,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DoubleStar,
    Slash,
    DoubleSlash,
    Percent,
    At,
    LShift,
    RShift,
    Amper,
    VBar,
    Caret,
    Tilde,
    ColonEqual,
    Less,
    Greater,
    LessEqual,
    GreaterEqual,
    EqEqual,
    NotEqual,
    LPar,
    RPar,
    LSqb,
    RSqb,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semi,
    Equal,
    Arrow,
    Ellipsis,
    Exclamation,
    PlusEqual,
    MinusEqual,
    StarEqual,
    SlashEqual,
    DoubleSlashEqual,
    PercentEqual,
    AtEqual,
    AmperEqual,
    VBarEqual,
    CaretEqual,
    RShiftEqual,
    LShiftEqual,
    DoubleStarEqual,
    // Synthetic tokens: the first token selects what the single grammar entry
    // parses; `WithLPar` is a `(` right after `with` whose matching `)` is
    // followed by `:` (a parenthesised list of with-items).
    StartModule,
    StartEval,
    StartField,
    WithLPar,
}

impl<'a> Tok<'a> {
    /// How CPython would name the token in a message (`'('`, `'else'`).
    pub fn text(&self) -> String {
        match self {
            Tok::Name(s) => s.to_string(),
            Tok::Str(s) => s.to_string(),
            Tok::Int(i) => i.to_string(),
            Tok::Float(f) => f.to_string(),
            Tok::Imag(f) => format!("{}j", f),
            Tok::Newline => "NEWLINE".into(),
            Tok::Indent => "INDENT".into(),
            Tok::Dedent => "DEDENT".into(),
            other => keyword_or_op_text(other).unwrap_or("?").to_string(),
        }
    }

    /// True for tokens that can end an expression (a name, a literal, a
    /// closing bracket, ...).
    pub fn ends_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
                | Tok::Ellipsis
        )
    }

    /// True for tokens that can start an expression.
    pub fn starts_expr(&self) -> bool {
        matches!(
            self,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Str(_)
                | Tok::False
                | Tok::None
                | Tok::True
                | Tok::LPar
                | Tok::LSqb
                | Tok::LBrace
                | Tok::Ellipsis
                | Tok::Lambda
                | Tok::Not
                | Tok::Tilde
                | Tok::Minus
                | Tok::Plus
        )
    }

    pub fn is_keyword(&self) -> bool {
        matches!(
            self,
            Tok::False
                | Tok::None
                | Tok::True
                | Tok::And
                | Tok::As
                | Tok::Assert
                | Tok::Async
                | Tok::Await
                | Tok::Break
                | Tok::Class
                | Tok::Continue
                | Tok::Def
                | Tok::Del
                | Tok::Elif
                | Tok::Else
                | Tok::Except
                | Tok::Finally
                | Tok::For
                | Tok::From
                | Tok::Global
                | Tok::If
                | Tok::Import
                | Tok::In
                | Tok::Is
                | Tok::Lambda
                | Tok::Nonlocal
                | Tok::Not
                | Tok::Or
                | Tok::Pass
                | Tok::Raise
                | Tok::Return
                | Tok::Try
                | Tok::While
                | Tok::With
                | Tok::Yield
        )
    }
}

fn keyword_or_op_text(t: &Tok) -> Option<&'static str> {
    Some(match t {
        Tok::False => "False",
        Tok::None => "None",
        Tok::True => "True",
        Tok::And => "and",
        Tok::As => "as",
        Tok::Assert => "assert",
        Tok::Async => "async",
        Tok::Await => "await",
        Tok::Break => "break",
        Tok::Class => "class",
        Tok::Continue => "continue",
        Tok::Def => "def",
        Tok::Del => "del",
        Tok::Elif => "elif",
        Tok::Else => "else",
        Tok::Except => "except",
        Tok::Finally => "finally",
        Tok::For => "for",
        Tok::From => "from",
        Tok::Global => "global",
        Tok::If => "if",
        Tok::Import => "import",
        Tok::In => "in",
        Tok::Is => "is",
        Tok::Lambda => "lambda",
        Tok::Nonlocal => "nonlocal",
        Tok::Not => "not",
        Tok::Or => "or",
        Tok::Pass => "pass",
        Tok::Raise => "raise",
        Tok::Return => "return",
        Tok::Try => "try",
        Tok::While => "while",
        Tok::With => "with",
        Tok::Yield => "yield",
        Tok::Plus => "+",
        Tok::Minus => "-",
        Tok::Star => "*",
        Tok::DoubleStar => "**",
        Tok::Slash => "/",
        Tok::DoubleSlash => "//",
        Tok::Percent => "%",
        Tok::At => "@",
        Tok::LShift => "<<",
        Tok::RShift => ">>",
        Tok::Amper => "&",
        Tok::VBar => "|",
        Tok::Caret => "^",
        Tok::Tilde => "~",
        Tok::ColonEqual => ":=",
        Tok::Less => "<",
        Tok::Greater => ">",
        Tok::LessEqual => "<=",
        Tok::GreaterEqual => ">=",
        Tok::EqEqual => "==",
        Tok::NotEqual => "!=",
        Tok::LPar | Tok::WithLPar => "(",
        Tok::RPar => ")",
        Tok::LSqb => "[",
        Tok::RSqb => "]",
        Tok::LBrace => "{",
        Tok::RBrace => "}",
        Tok::Comma => ",",
        Tok::Colon => ":",
        Tok::Dot => ".",
        Tok::Semi => ";",
        Tok::Equal => "=",
        Tok::Arrow => "->",
        Tok::Ellipsis => "...",
        Tok::Exclamation => "!",
        Tok::PlusEqual => "+=",
        Tok::MinusEqual => "-=",
        Tok::StarEqual => "*=",
        Tok::SlashEqual => "/=",
        Tok::DoubleSlashEqual => "//=",
        Tok::PercentEqual => "%=",
        Tok::AtEqual => "@=",
        Tok::AmperEqual => "&=",
        Tok::VBarEqual => "|=",
        Tok::CaretEqual => "^=",
        Tok::RShiftEqual => ">>=",
        Tok::LShiftEqual => "<<=",
        Tok::DoubleStarEqual => "**=",
        _ => return None,
    })
}

/// A number literal's value.
#[derive(Clone, Debug, PartialEq)]
pub enum Num {
    Int(BigInt),
    Float(f64),
    Imag(f64),
}

/// The error of the logos lexer: `None` is "no token matched here" (the
/// layout pass turns it into `invalid character` / `invalid syntax`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LexError(pub Option<Box<SyntaxError>>);

fn err_at(msg: impl Into<String>, start: usize, end: usize) -> LexError {
    LexError(Some(Box::new(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        message: msg.into(),
        span: Span::new(start, end),
        help: None,
        incomplete: false,
    })))
}

/// Raw tokens. Whitespace, comments and line continuations are skipped.
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Raw {
    #[regex(r"\r\n|\r|\n")]
    Newline,

    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", ascii_name)]
    #[regex(r"[^\x00-\x7F]", unicode_name)]
    Name,

    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Number(Num),

    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    Str,

    #[token("\\", backslash)]
    Backslash,
    #[token("\0", null_byte)]
    NullByte,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    VBar,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token(":=")]
    ColonEqual,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token(";")]
    Semi,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token("...")]
    Ellipsis,
    #[token("!")]
    Exclamation,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CaretEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

pub fn is_id_continue(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// Extends an ASCII name with any non-ASCII identifier characters after it.
fn ascii_name(lex: &mut logos::Lexer<Raw>) {
    let rest = lex.remainder();
    if rest.as_bytes().first().is_some_and(|&b| b >= 0x80) {
        let n = id_continue_len(rest);
        lex.bump(n);
    }
}

/// Bytes of `s` that continue an identifier (ASCII or not).
fn id_continue_len(s: &str) -> usize {
    let mut n = 0;
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && is_id_continue(c)) {
            n += c.len_utf8();
        } else {
            break;
        }
    }
    n
}

fn unicode_name(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let c = lex.slice().chars().next().unwrap_or('\u{FFFD}');
    if is_id_start(c) {
        let n = id_continue_len(lex.remainder());
        lex.bump(n);
        Ok(())
    } else {
        Err(invalid_character(c, lex.span().start))
    }
}

pub fn invalid_character(c: char, at: usize) -> LexError {
    let msg = if (c as u32) < 0x80 {
        "invalid syntax".to_string()
    } else if c == '\u{a0}' {
        "invalid non-printable character U+00A0".to_string()
    } else if c.is_control() || c == '\u{feff}' || c == '\u{200b}' {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    };
    err_at(msg, at, at + c.len_utf8())
}

fn backslash(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let start = lex.span().start;
    if lex.remainder().is_empty() {
        let mut e = err_at("unexpected EOF while parsing", start, start + 1);
        if let Some(b) = e.0.as_mut() {
            b.incomplete = true;
        }
        Err(e)
    } else {
        Err(err_at("unexpected character after line continuation character", start, start + 1))
    }
}

fn null_byte(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let s = lex.span();
    Err(err_at("source code cannot contain null bytes", s.start, s.end))
}

// ---------------------------------------------------------------- numbers

const SOFT_KW_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// Is `rest` (what follows a number) the start of a keyword CPython lets
/// touch a number (`1if x else y`)?
fn keyword_follows(rest: &[u8]) -> bool {
    SOFT_KW_AFTER_NUMBER.iter().any(|kw| {
        rest.starts_with(kw.as_bytes())
            && !rest.get(kw.len()).is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80)
    })
}

fn starts_id(rest: &[u8]) -> bool {
    match rest.first() {
        Some(&b) if b.is_ascii_alphanumeric() || b == b'_' => true,
        Some(&b) if b >= 0x80 => {
            let s = unsafe_str(rest);
            s.chars().next().is_some_and(is_id_continue)
        }
        _ => false,
    }
}

fn unsafe_str(b: &[u8]) -> &str {
    // Only called on suffixes of a &str starting at a char boundary.
    std::str::from_utf8(b).unwrap_or_else(|e| std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""))
}

/// Scans digits of `radix` with single underscores between them, from `i`.
/// Returns the index after the digits, or Err(index of the bad character).
fn digits(b: &[u8], mut i: usize, ok: impl Fn(u8) -> bool) -> Result<usize, usize> {
    let start = i;
    loop {
        while i < b.len() && ok(b[i]) {
            i += 1;
        }
        if i < b.len() && b[i] == b'_' {
            if i == start || !(i + 1 < b.len() && ok(b[i + 1])) {
                return Err(i + 1);
            }
            i += 1;
            continue;
        }
        return Ok(i);
    }
}

fn number(lex: &mut logos::Lexer<Raw>) -> Result<Num, LexError> {
    // The whole input from the start of the literal.
    let start = lex.span().start;
    let src = lex.source();
    let b = &src.as_bytes()[start..];
    let (len, num) = scan_number(b, start)?;
    let consumed = lex.span().len();
    lex.bump(len - consumed);
    Ok(num)
}

fn scan_number(b: &[u8], start: usize) -> Result<(usize, Num), LexError> {
    let dec_err = |at: usize| err_at("invalid decimal literal", start + at, start + at + 1);
    // Radix prefixes.
    if b[0] == b'0' && b.len() > 1 && matches!(b[1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        let (radix, name): (u32, &str) = match b[1] {
            b'x' | b'X' => (16, "hexadecimal"),
            b'o' | b'O' => (8, "octal"),
            _ => (2, "binary"),
        };
        let mut i = 2;
        if i < b.len() && b[i] == b'_' {
            i += 1;
        }
        let is_digit = |c: u8| (c as char).is_digit(radix);
        let bad = |at: usize| err_at(format!("invalid {} literal", name), start + at, start + at + 1);
        if !(i < b.len() && is_digit(b[i])) {
            if radix != 16 && i < b.len() && b[i].is_ascii_digit() {
                return Err(err_at(
                    format!("invalid digit '{}' in {} literal", b[i] as char, name),
                    start + i,
                    start + i + 1,
                ));
            }
            return Err(bad(i));
        }
        let end = digits(b, i, is_digit).map_err(bad)?;
        if end < b.len() {
            if radix != 16 && b[end].is_ascii_digit() {
                return Err(err_at(
                    format!("invalid digit '{}' in {} literal", b[end] as char, name),
                    start + end,
                    start + end + 1,
                ));
            }
            if starts_id(&b[end..]) && !keyword_follows(&b[end..]) {
                return Err(bad(end));
            }
        }
        let text: String = b[i..end].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
        let v = BigInt::parse_bytes(text.as_bytes(), radix).unwrap_or_default();
        return Ok((end, Num::Int(v)));
    }
    // Decimal integer part (may be empty for `.5`).
    let mut i = 0;
    let int_end = if b[0].is_ascii_digit() { digits(b, 0, |c| c.is_ascii_digit()).map_err(dec_err)? } else { 0 };
    i = i.max(int_end);
    let mut is_float = false;
    if i < b.len() && b[i] == b'.' {
        is_float = true;
        i += 1;
        if i < b.len() && b[i].is_ascii_digit() {
            i = digits(b, i, |c| c.is_ascii_digit()).map_err(dec_err)?;
        } else if i < b.len() && b[i] == b'_' {
            return Err(dec_err(i));
        }
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < b.len() && b[j].is_ascii_digit() {
            i = digits(b, j, |c| c.is_ascii_digit()).map_err(dec_err)?;
            is_float = true;
        } else if j > i + 1 {
            // `1e+` : CPython points after the sign.
            return Err(dec_err(j));
        } else if !keyword_follows(&b[i..]) {
            return Err(err_at("invalid decimal literal", start, start + 1));
        }
    }
    let mut imag = false;
    if i < b.len() && (b[i] == b'j' || b[i] == b'J') {
        imag = true;
        i += 1;
    }
    if i < b.len() && starts_id(&b[i..]) && !keyword_follows(&b[i..]) {
        if i > 0 && b[i - 1] == b'.' {
            return Err(dec_err(i - 1));
        }
        return Err(err_at("invalid decimal literal", start, start + 1));
    }
    let text: String = b[..i].iter().filter(|&&c| c != b'_').map(|&c| c as char).collect();
    if imag {
        let t = &text[..text.len() - 1];
        return Ok((i, Num::Imag(t.parse::<f64>().unwrap_or(f64::INFINITY))));
    }
    if is_float {
        return Ok((i, Num::Float(text.parse::<f64>().unwrap_or(f64::INFINITY))));
    }
    // Leading zeros: only `0`, `00`, `0_0` are allowed.
    if b[0] == b'0' && text.bytes().any(|c| c != b'0') {
        let end = b[..i].iter().position(|&c| c != b'0' && c != b'_').unwrap_or(i);
        let end_digits = i.max(end + 1);
        let _ = end_digits;
        return Err(err_at(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
            start,
            start + i,
        ));
    }
    let v = if text.len() <= 18 {
        BigInt::from(text.parse::<i64>().unwrap_or(0))
    } else {
        BigInt::parse_bytes(text.as_bytes(), 10).unwrap_or_default()
    };
    Ok((i, Num::Int(v)))
}

// ---------------------------------------------------------------- strings

/// The prefix flags of a string literal.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Prefix {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

pub fn parse_prefix(p: &str) -> Prefix {
    let mut f = Prefix::default();
    for c in p.chars() {
        match c {
            'r' | 'R' => f.raw = true,
            'b' | 'B' => f.bytes = true,
            'f' | 'F' => f.fstring = true,
            _ => {}
        }
    }
    f
}

fn line_of(src: &str, pos: usize) -> usize {
    src.as_bytes()[..pos.min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn string(lex: &mut logos::Lexer<Raw>) -> Result<(), LexError> {
    let start = lex.span().start;
    let src = lex.source();
    let end = scan_string(src, start, 0)?;
    let consumed = lex.span().end;
    lex.bump(end - consumed);
    Ok(())
}

/// Maximum nesting of f-strings inside f-string replacement fields.
pub const MAX_FSTRING_NESTING: usize = 150;

/// Scans the string literal starting at `start` (its prefix) and returns the
/// offset just past its closing quote.
pub fn scan_string(src: &str, start: usize, depth: usize) -> Result<usize, LexError> {
    let b = src.as_bytes();
    let mut i = start;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        i += 1;
    }
    let prefix = parse_prefix(&src[start..i]);
    let q = b[i];
    let triple = i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q;
    let body = if triple { i + 3 } else { i + 1 };
    if prefix.fstring {
        if depth > MAX_FSTRING_NESTING {
            return Err(err_at("too many nested f-strings", start, start + 1));
        }
        return scan_fstring_body(src, start, body, q, triple, prefix.raw, depth);
    }
    let mut j = body;
    loop {
        if j >= b.len() {
            return Err(unterminated(src, start, triple, false));
        }
        let c = b[j];
        if c == b'\\' {
            j += 2;
            // A `\` before `\r\n` escapes both.
            if j <= b.len() && b[j - 1] == b'\r' && j < b.len() && b[j] == b'\n' {
                j += 1;
            }
            continue;
        }
        if c == q {
            if !triple {
                return Ok(j + 1);
            }
            if j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q {
                return Ok(j + 3);
            }
        } else if (c == b'\n' || c == b'\r') && !triple {
            return Err(unterminated(src, start, false, false));
        }
        j += 1;
    }
}

fn unterminated(src: &str, start: usize, triple: bool, fstring: bool) -> LexError {
    let kind = if fstring { "f-string" } else { "string" };
    if triple {
        let mut e = err_at(
            format!(
                "unterminated triple-quoted {} literal (detected at line {})",
                kind,
                line_of(src, if src.ends_with('\n') { src.len() - 1 } else { src.len() })
            ),
            start,
            start + 1,
        );
        if let Some(b) = e.0.as_mut() {
            b.incomplete = true;
        }
        e
    } else {
        err_at(
            format!("unterminated {} literal (detected at line {})", kind, line_of(src, start)),
            start,
            start + 1,
        )
    }
}

/// Scans the body of an f-string (just after the opening quote(s)) to just
/// past the closing quote(s). Replacement fields are skipped with
/// [`scan_field_expr`], which understands nested strings and brackets.
fn scan_fstring_body(
    src: &str,
    start: usize,
    body: usize,
    q: u8,
    triple: bool,
    raw: bool,
    depth: usize,
) -> Result<usize, LexError> {
    let b = src.as_bytes();
    let mut j = body;
    loop {
        if j >= b.len() {
            return Err(unterminated(src, start, triple, true));
        }
        let c = b[j];
        match c {
            b'\\' if !raw => {
                // `\N{...}` keeps its braces.
                if j + 1 < b.len() && b[j + 1] == b'N' && j + 2 < b.len() && b[j + 2] == b'{' {
                    let mut k = j + 3;
                    while k < b.len() && b[k] != b'}' && b[k] != q && b[k] != b'\n' {
                        k += 1;
                    }
                    j = if k < b.len() && b[k] == b'}' { k + 1 } else { k };
                } else if j + 1 < b.len() && (b[j + 1] == b'{' || b[j + 1] == b'}') {
                    j += 1;
                } else {
                    j += 2;
                }
            }
            b'\\' => {
                // In raw f-strings a backslash still hides a quote.
                if j + 1 < b.len() && (b[j + 1] == q || b[j + 1] == b'\\') {
                    j += 2;
                } else {
                    j += 1;
                }
            }
            b'{' => {
                if j + 1 < b.len() && b[j + 1] == b'{' {
                    j += 2;
                } else {
                    j = scan_field(src, j + 1, q, triple, raw, depth, 0)?;
                }
            }
            b'}' => {
                if j + 1 < b.len() && b[j + 1] == b'}' {
                    j += 2;
                } else {
                    return Err(err_at("f-string: single '}' is not allowed", j, j + 1));
                }
            }
            _ if c == q => {
                if !triple {
                    return Ok(j + 1);
                }
                if j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q {
                    return Ok(j + 3);
                }
                j += 1;
            }
            b'\n' | b'\r' if !triple => return Err(unterminated(src, start, false, true)),
            _ => j += 1,
        }
    }
}

/// What ended the expression part of a replacement field.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldEnd {
    /// `}`
    Close,
    /// `!` (conversion follows)
    Bang,
    /// `:` (format spec follows)
    Colon,
    /// `=` (debug specifier)
    Equal,
}

/// Scans the expression part of a replacement field starting at `i` (just
/// after `{`). Returns the offset of the terminating character and what it is.
/// `q`/`triple` describe the enclosing f-string: its closing quote ends the
/// field with "f-string: expecting '}'".
pub fn scan_field_expr(
    src: &str,
    mut i: usize,
    q: u8,
    triple: bool,
    depth: usize,
) -> Result<(usize, FieldEnd), LexError> {
    let b = src.as_bytes();
    let mut brackets: Vec<u8> = Vec::new();
    let mut prev_id_start: Option<usize> = None;
    let expecting = |at: usize| err_at("f-string: expecting '}'", at, at + 1);
    loop {
        if i >= b.len() {
            return Err(expecting(i));
        }
        let c = b[i];
        // Track the identifier just before a quote (a string prefix).
        if c.is_ascii_alphanumeric() || c == b'_' {
            if prev_id_start.is_none() {
                prev_id_start = Some(i);
            }
            i += 1;
            continue;
        }
        let id_start = prev_id_start.take();
        match c {
            b'\'' | b'"' => {
                let pstart = match id_start {
                    Some(s) if is_string_prefix(&src[s..i]) => s,
                    _ => i,
                };
                // A quote that closes the enclosing f-string ends it here
                // when it cannot start a terminated nested string.
                if c == q {
                    let closes_outer = if triple {
                        i + 2 < b.len() && b[i + 1] == q && b[i + 2] == q
                    } else {
                        true
                    };
                    if closes_outer {
                        match scan_string(src, pstart, depth + 1) {
                            Ok(end) if !triple && !src[i..end].contains('\n') => {
                                i = end;
                                continue;
                            }
                            Ok(end) if triple => {
                                i = end;
                                continue;
                            }
                            _ => return Err(expecting(i)),
                        }
                    }
                }
                i = scan_string(src, pstart, depth + 1)?;
            }
            b'(' | b'[' | b'{' => {
                if brackets.len() >= 200 {
                    return Err(err_at("too many nested parentheses", i, i + 1));
                }
                brackets.push(c);
                i += 1;
            }
            b')' | b']' => {
                if brackets.pop().is_none() {
                    return Err(err_at(
                        format!("f-string: unmatched '{}'", c as char),
                        i,
                        i + 1,
                    ));
                }
                i += 1;
            }
            b'}' => {
                if brackets.pop().is_none() {
                    return Ok((i, FieldEnd::Close));
                }
                i += 1;
            }
            b'!' if brackets.is_empty() && b.get(i + 1) != Some(&b'=') => return Ok((i, FieldEnd::Bang)),
            b':' if brackets.is_empty() => return Ok((i, FieldEnd::Colon)),
            b'=' if brackets.is_empty()
                && b.get(i + 1) != Some(&b'=')
                && !(i > 0 && matches!(b[i - 1], b'=' | b'!' | b'<' | b'>')) =>
            {
                return Ok((i, FieldEnd::Equal))
            }
            b'!' | b'=' | b'<' | b'>' if b.get(i + 1) == Some(&b'=') => i += 2,
            b'#' => {
                // A comment runs to the end of the line (3.12 allows them
                // in multi-line replacement fields).
                while i < b.len() && b[i] != b'\n' {
                    if b[i] == q && !triple {
                        return Err(expecting(i));
                    }
                    i += 1;
                }
            }
            b'\\' => {
                if i + 1 < b.len() && b[i + 1] == b'\n' {
                    i += 2;
                } else {
                    return Err(err_at(
                        "f-string expression part cannot include a backslash",
                        i,
                        i + 1,
                    ));
                }
            }
            _ if c >= 0x80 => {
                let ch = src[i..].chars().next().unwrap_or(' ');
                if is_id_continue(ch) && prev_id_start.is_none() {
                    prev_id_start = Some(i);
                }
                i += ch.len_utf8();
            }
            _ => i += 1,
        }
    }
}

/// Skips spaces, tabs, newlines and `#` comments from `j`.
pub fn skip_blanks_and_comments(b: &[u8], mut j: usize) -> usize {
    while j < b.len() {
        match b[j] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' => j += 1,
            b'#' => {
                while j < b.len() && b[j] != b'\n' {
                    j += 1;
                }
            }
            _ => break,
        }
    }
    j
}

pub fn is_string_prefix(s: &str) -> bool {
    s.is_empty()
        || matches!(
            s.to_ascii_lowercase().as_str(),
            "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
        )
}

/// Scans a whole replacement field from just after `{` to just past its `}`.
/// `spec_level` counts how deep inside format specs the field is.
fn scan_field(
    src: &str,
    i: usize,
    q: u8,
    triple: bool,
    raw: bool,
    depth: usize,
    spec_level: usize,
) -> Result<usize, LexError> {
    let b = src.as_bytes();
    let (mut j, mut end) = scan_field_expr(src, i, q, triple, depth)?;
    if end == FieldEnd::Equal {
        j += 1;
        j = skip_blanks_and_comments(b, j);
        end = match b.get(j) {
            Some(b'}') => FieldEnd::Close,
            Some(b'!') => FieldEnd::Bang,
            Some(b':') => FieldEnd::Colon,
            _ => return Err(err_at("f-string: expecting '}'", j, j + 1)),
        };
    }
    if end == FieldEnd::Bang {
        j += 1;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] == b' ') {
            j += 1;
        }
        end = match b.get(j) {
            Some(b'}') => FieldEnd::Close,
            Some(b':') => FieldEnd::Colon,
            Some(&c) if c == q => return Err(err_at("f-string: expecting '}'", j, j + 1)),
            _ => return Err(err_at("f-string: expecting ':' or '}'", j, j + 1)),
        };
    }
    if end == FieldEnd::Colon {
        j += 1;
        // Format spec: literal text with nested fields, up to `}`.
        let expecting = |j: usize| err_at("f-string: expecting '}', or format specs", j, j + 1);
        loop {
            if j >= b.len() {
                return Err(expecting(j));
            }
            match b[j] {
                b'{' => {
                    if spec_level >= 2 {
                        return Err(err_at("f-string: expressions nested too deeply", j, j + 1));
                    }
                    j = scan_field(src, j + 1, q, triple, raw, depth, spec_level + 1)?;
                }
                b'}' => break,
                b'\\' if !raw => j += 2,
                c if c == q => {
                    if !triple || (j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q) {
                        return Err(expecting(j));
                    }
                    j += 1;
                }
                b'\n' if !triple => return Err(expecting(j)),
                _ => j += 1,
            }
        }
    }
    Ok(j + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raws(src: &str) -> Vec<Result<Raw, LexError>> {
        Raw::lexer(src).collect()
    }

    fn num(src: &str) -> Num {
        match Raw::lexer(src).next() {
            Some(Ok(Raw::Number(n))) => n,
            other => panic!("{:?}", other),
        }
    }

    fn lex_err(src: &str) -> String {
        for t in Raw::lexer(src) {
            if let Err(LexError(Some(e))) = t {
                return e.message.clone();
            }
            if let Err(LexError(None)) = t {
                return "<no match>".into();
            }
        }
        panic!("no error in {:?}", src)
    }

    #[test]
    fn keywords_and_names() {
        let v = raws("def define if _x é aé None");
        assert_eq!(
            v,
            vec![
                Ok(Raw::Def),
                Ok(Raw::Name),
                Ok(Raw::If),
                Ok(Raw::Name),
                Ok(Raw::Name),
                Ok(Raw::Name),
                Ok(Raw::None)
            ]
        );
        let mut l = Raw::lexer("aé+1");
        assert_eq!(l.next(), Some(Ok(Raw::Name)));
        assert_eq!(l.slice(), "aé");
    }

    #[test]
    fn operators() {
        let v = raws("** **= // //= -> ... . := != ->");
        assert_eq!(
            v,
            vec![
                Ok(Raw::DoubleStar),
                Ok(Raw::DoubleStarEqual),
                Ok(Raw::DoubleSlash),
                Ok(Raw::DoubleSlashEqual),
                Ok(Raw::Arrow),
                Ok(Raw::Ellipsis),
                Ok(Raw::Dot),
                Ok(Raw::ColonEqual),
                Ok(Raw::NotEqual),
                Ok(Raw::Arrow)
            ]
        );
    }

    #[test]
    fn numbers() {
        assert_eq!(num("123"), Num::Int(123.into()));
        assert_eq!(num("1_000"), Num::Int(1000.into()));
        assert_eq!(num("0xff"), Num::Int(255.into()));
        assert_eq!(num("0o17"), Num::Int(15.into()));
        assert_eq!(num("0b101"), Num::Int(5.into()));
        assert_eq!(num("0x_1"), Num::Int(1.into()));
        assert_eq!(num("00"), Num::Int(0.into()));
        assert_eq!(
            num("123456789012345678901234567890"),
            Num::Int("123456789012345678901234567890".parse().unwrap())
        );
        assert_eq!(num("1.5"), Num::Float(1.5));
        assert_eq!(num("1e5"), Num::Float(1e5));
        assert_eq!(num("1E-5"), Num::Float(1e-5));
        assert_eq!(num(".5"), Num::Float(0.5));
        assert_eq!(num("5."), Num::Float(5.0));
        assert_eq!(num("1_000.5"), Num::Float(1000.5));
        assert_eq!(num("01.5"), Num::Float(1.5));
        assert_eq!(num("1j"), Num::Imag(1.0));
        assert_eq!(num("1.5J"), Num::Imag(1.5));
        assert_eq!(num("0777j"), Num::Imag(777.0));
        assert_eq!(num("1e5j"), Num::Imag(1e5));
        assert_eq!(num("1e400"), Num::Float(f64::INFINITY));
        // `1if` is a number then a keyword.
        assert_eq!(raws("1if").len(), 2);
    }

    #[test]
    fn number_errors() {
        assert_eq!(lex_err("0x"), "invalid hexadecimal literal");
        assert_eq!(lex_err("0o"), "invalid octal literal");
        assert_eq!(lex_err("0b"), "invalid binary literal");
        assert_eq!(lex_err("0b2"), "invalid digit '2' in binary literal");
        assert_eq!(lex_err("0o8"), "invalid digit '8' in octal literal");
        assert_eq!(lex_err("1_"), "invalid decimal literal");
        assert_eq!(lex_err("1__2"), "invalid decimal literal");
        assert_eq!(lex_err("1abc"), "invalid decimal literal");
        assert_eq!(lex_err("1e"), "invalid decimal literal");
        assert_eq!(lex_err("1._5"), "invalid decimal literal");
        assert_eq!(lex_err("1.__class__"), "invalid decimal literal");
        assert_eq!(lex_err("0x1_"), "invalid hexadecimal literal");
        assert!(lex_err("09").starts_with("leading zeros"));
        assert!(lex_err("0_7").starts_with("leading zeros"));
    }

    #[test]
    fn strings_extent() {
        for (src, len) in [
            ("'abc' x", 5),
            (r#""a\"b" x"#, 6),
            ("'''a\n'b''' x", 10),
            ("rb'\\'' x", 6),
            ("f'{x}' x", 6),
            ("f\"{x[\"a\"]}\" x", 11),
            ("f'{f'{1}'}' x", 11),
            ("f'{x:{y}}' x", 10),
            ("f'{{}}' x", 7),
        ] {
            let mut l = Raw::lexer(src);
            assert_eq!(l.next(), Some(Ok(Raw::Str)), "{}", src);
            assert_eq!(l.span().end, len, "{}", src);
        }
        // Invalid prefixes are a name then a string.
        assert_eq!(raws("bf'x'"), vec![Ok(Raw::Name), Ok(Raw::Str)]);
    }

    #[test]
    fn string_errors() {
        assert_eq!(lex_err("'abc"), "unterminated string literal (detected at line 1)");
        assert_eq!(lex_err("x\n'abc\n"), "unterminated string literal (detected at line 2)");
        assert_eq!(
            lex_err("x = '''abc\n\n"),
            "unterminated triple-quoted string literal (detected at line 2)"
        );
        assert_eq!(lex_err("f'abc"), "unterminated f-string literal (detected at line 1)");
        assert_eq!(lex_err("f'{x'"), "f-string: expecting '}'");
        assert_eq!(lex_err("f'{'"), "f-string: expecting '}'");
        assert_eq!(lex_err("f'}'"), "f-string: single '}' is not allowed");
        assert_eq!(lex_err("f'{a}}'"), "f-string: single '}' is not allowed");
        assert_eq!(lex_err("f'{x:{y:{z:{w}}}}'"), "f-string: expressions nested too deeply");
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(lex_err("x = 1 €"), "invalid character '€' (U+20AC)");
        assert_eq!(lex_err("a \\ b"), "unexpected character after line continuation character");
        assert_eq!(lex_err("\0"), "source code cannot contain null bytes");
    }
}
