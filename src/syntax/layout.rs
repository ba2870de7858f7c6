//! The layout pass: raw tokens to the grammar's token stream.
//!
//! Turns line structure into NEWLINE / INDENT / DEDENT, drops newlines inside
//! brackets and blank or comment-only lines, checks bracket matching and
//! indentation consistency, and converts [`Raw`] tokens to [`Tok`]. It is a lazy
//! iterator, so an error late in the file is only reported if the parser gets
//! that far (as with CPython, whose tokenizer is also driven by the parser).
//! It remembers the tokens of the current and previous logical line so the
//! parser glue can word its error messages.

use std::collections::VecDeque;

use logos::Logos;

use super::ast::Span;
use super::lexer::{invalid_character, LexError, Num, Raw, Tok};
use super::{SyntaxError, SyntaxErrorKind};

pub type Spanned<'a> = (usize, Tok<'a>, usize);

/// What the token stream is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module: full indentation processing.
    Module,
    /// `eval()` input: leading whitespace is ignored, no INDENT/DEDENT.
    Eval,
    /// The expression of an f-string replacement field: newlines ignored,
    /// no NEWLINE at the end.
    Field,
}

/// CPython's limit on bracket nesting.
pub const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
pub const MAX_INDENT: usize = 100;

pub struct Layout<'a> {
    src: &'a str,
    lex: logos::Lexer<'a, Raw>,
    mode: Mode,
    queue: VecDeque<Spanned<'a>>,
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    /// Start of the current logical line's first physical line.
    line_start: usize,
    line_has_tokens: bool,
    finished: bool,
    last_was_with: bool,
    /// Tokens emitted on the current logical line (INDENT/DEDENT included;
    /// int literals are recorded as `Imag(0.0)`).
    pub cur_line: Vec<Spanned<'a>>,
    /// Tokens of the previous logical line, NEWLINE included.
    pub prev_line: Vec<Spanned<'a>>,
    /// Set once the pass has reported an error.
    pub failed: bool,
}

fn error(kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> SyntaxError {
    SyntaxError { kind, message: msg.into(), span: Span::new(start, end), help: None, incomplete: false }
}

pub fn line_of(src: &str, pos: usize) -> usize {
    let pos = pos.min(src.len());
    memchr_count(&src.as_bytes()[..pos]) + 1
}

fn memchr_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c == b'\n').count()
}

impl<'a> Layout<'a> {
    /// Tokens of the whole `src`.
    pub fn new(src: &'a str, mode: Mode) -> Layout<'a> {
        Layout::new_range(src, 0, src.len(), mode)
    }

    /// Tokens of `src[start..end]`, with offsets into the whole `src`.
    pub fn new_range(src: &'a str, start: usize, end: usize, mode: Mode) -> Layout<'a> {
        let mut lex = Raw::lexer(&src[..end]);
        lex.bump(start);
        Layout {
            src,
            lex,
            mode,
            queue: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            line_start: start,
            line_has_tokens: false,
            finished: false,
            last_was_with: false,
            cur_line: Vec::new(),
            prev_line: Vec::new(),
            failed: false,
        }
    }

    fn emit(&mut self, t: Spanned<'a>) {
        self.queue.push_back(t);
    }

    /// Processes raw tokens until at least one token is queued.
    fn fill(&mut self) -> Result<(), SyntaxError> {
        while self.queue.is_empty() && !self.finished {
            let raw = self.lex.next();
            let span = self.lex.span();
            let (start, end) = (span.start, span.end);
            let raw = match raw {
                None => return self.at_eof(),
                Some(Ok(r)) => r,
                Some(Err(LexError(Some(e)))) => return Err(*e),
                Some(Err(LexError(None))) => {
                    let c = self.src[start..].chars().next().unwrap_or('\0');
                    return Err(*invalid_character(c, start).0.unwrap());
                }
            };
            if raw == Raw::Newline {
                if !self.brackets.is_empty() || self.mode == Mode::Field {
                    continue;
                }
                if self.line_has_tokens {
                    self.emit((start, Tok::Newline, end));
                    self.line_has_tokens = false;
                }
                self.line_start = end;
                continue;
            }
            if !self.line_has_tokens {
                self.line_has_tokens = true;
                if self.mode == Mode::Module && self.brackets.is_empty() {
                    self.indentation(start)?;
                }
            }
            let tok = self.convert(raw, start, end)?;
            self.emit((start, tok, end));
        }
        Ok(())
    }

    /// The offset of the last token handed out (for error positions).
    pub fn last_token_start(&self) -> Option<usize> {
        self.cur_line
            .iter()
            .rev()
            .chain(self.prev_line.iter().rev())
            .find(|t| !matches!(t.1, Tok::Indent | Tok::Dedent))
            .map(|t| t.0)
    }

    /// The line of the innermost open bracket, if any.
    pub fn open_bracket_line(&self) -> Option<usize> {
        self.brackets.last().map(|&(_, pos)| line_of(self.src, pos))
    }

    fn at_eof(&mut self) -> Result<(), SyntaxError> {
        self.finished = true;
        if let Some(&(c, pos)) = self.brackets.last() {
            let mut e = error(
                SyntaxErrorKind::SyntaxError,
                format!("'{}' was never closed", c as char),
                pos,
                pos + 1,
            );
            e.incomplete = true;
            return Err(e);
        }
        let end = self.lex.source().len();
        let tail = self.lex.source().trim_end_matches(['\n', '\r']);
        if tail.ends_with('\\') && tail.len() < end && self.mode != Mode::Field {
            let mut e = error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", tail.len() - 1, tail.len());
            e.incomplete = true;
            return Err(e);
        }
        if self.mode != Mode::Field && self.line_has_tokens {
            self.emit((end, Tok::Newline, end));
        }
        if self.mode == Mode::Module {
            while self.indents.len() > 1 {
                self.indents.pop();
                self.emit((end, Tok::Dedent, end));
            }
        }
        Ok(())
    }

    /// Emits INDENT/DEDENT for a logical line whose first token is at `tok`.
    fn indentation(&mut self, tok: usize) -> Result<(), SyntaxError> {
        let (mut col, mut alt) = (0usize, 0usize);
        for &b in &self.src.as_bytes()[self.line_start..tok] {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
        }
        let tab_error = || {
            error(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", tok, tok + 1)
        };
        let (top, top_alt) = *self.indents.last().unwrap();
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if alt <= top_alt {
                return Err(tab_error());
            }
            if self.indents.len() > MAX_INDENT {
                return Err(error(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    tok,
                    tok + 1,
                ));
            }
            self.indents.push((col, alt));
            self.emit((tok, Tok::Indent, tok));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.emit((tok, Tok::Dedent, tok));
            }
            let (top, top_alt) = *self.indents.last().unwrap();
            if col != top {
                return Err(error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    tok,
                    tok + 1,
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn open(&mut self, c: u8, start: usize) -> Result<(), SyntaxError> {
        if self.brackets.len() >= MAX_BRACKETS {
            return Err(error(SyntaxErrorKind::SyntaxError, "too many nested parentheses", start, start + 1));
        }
        self.brackets.push((c, start));
        Ok(())
    }

    fn close(&mut self, c: u8, start: usize) -> Result<(), SyntaxError> {
        match self.brackets.pop() {
            None => {
                Err(error(SyntaxErrorKind::SyntaxError, format!("unmatched '{}'", c as char), start, start + 1))
            }
            Some((o, pos)) => {
                let expect = match o {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expect == c {
                    return Ok(());
                }
                let (l1, l2) = (line_of(self.src, pos), line_of(self.src, start));
                let msg = if l1 != l2 {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                        c as char, o as char, l1
                    )
                } else {
                    format!("closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, o as char)
                };
                Err(error(SyntaxErrorKind::SyntaxError, msg, start, start + 1))
            }
        }
    }

    /// After `with (`: is the matching `)` followed by `:`?
    fn paren_then_colon(&self) -> bool {
        let mut l = self.lex.clone();
        let mut depth = 1usize;
        while let Some(t) = l.next() {
            match t {
                Ok(Raw::LPar) | Ok(Raw::LSqb) | Ok(Raw::LBrace) => depth += 1,
                Ok(Raw::RPar) | Ok(Raw::RSqb) | Ok(Raw::RBrace) => {
                    depth -= 1;
                    if depth == 0 {
                        return matches!(l.next(), Some(Ok(Raw::Colon)));
                    }
                }
                Err(_) => return false,
                _ => {}
            }
        }
        false
    }

    fn convert(&mut self, raw: Raw, start: usize, end: usize) -> Result<Tok<'a>, SyntaxError> {
        let was_with = std::mem::replace(&mut self.last_was_with, false);
        Ok(match raw {
            Raw::Name => Tok::Name(&self.src[start..end]),
            Raw::Number(Num::Int(i)) => Tok::Int(i),
            Raw::Number(Num::Float(f)) => Tok::Float(f),
            Raw::Number(Num::Imag(f)) => Tok::Imag(f),
            Raw::Str => Tok::Str(&self.src[start..end]),
            Raw::Newline | Raw::Backslash | Raw::NullByte => {
                return Err(error(SyntaxErrorKind::SyntaxError, "invalid syntax", start, end))
            }
            Raw::False => Tok::False,
            Raw::None => Tok::None,
            Raw::True => Tok::True,
            Raw::And => Tok::And,
            Raw::As => Tok::As,
            Raw::Assert => Tok::Assert,
            Raw::Async => Tok::Async,
            Raw::Await => Tok::Await,
            Raw::Break => Tok::Break,
            Raw::Class => Tok::Class,
            Raw::Continue => Tok::Continue,
            Raw::Def => Tok::Def,
            Raw::Del => Tok::Del,
            Raw::Elif => Tok::Elif,
            Raw::Else => Tok::Else,
            Raw::Except => Tok::Except,
            Raw::Finally => Tok::Finally,
            Raw::For => Tok::For,
            Raw::From => Tok::From,
            Raw::Global => Tok::Global,
            Raw::If => Tok::If,
            Raw::Import => Tok::Import,
            Raw::In => Tok::In,
            Raw::Is => Tok::Is,
            Raw::Lambda => Tok::Lambda,
            Raw::Nonlocal => Tok::Nonlocal,
            Raw::Not => Tok::Not,
            Raw::Or => Tok::Or,
            Raw::Pass => Tok::Pass,
            Raw::Raise => Tok::Raise,
            Raw::Return => Tok::Return,
            Raw::Try => Tok::Try,
            Raw::While => Tok::While,
            Raw::With => {
                self.last_was_with = true;
                Tok::With
            }
            Raw::Yield => Tok::Yield,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Star => Tok::Star,
            Raw::DoubleStar => Tok::DoubleStar,
            Raw::Slash => Tok::Slash,
            Raw::DoubleSlash => Tok::DoubleSlash,
            Raw::Percent => Tok::Percent,
            Raw::At => Tok::At,
            Raw::LShift => Tok::LShift,
            Raw::RShift => Tok::RShift,
            Raw::Amper => Tok::Amper,
            Raw::VBar => Tok::VBar,
            Raw::Caret => Tok::Caret,
            Raw::Tilde => Tok::Tilde,
            Raw::ColonEqual => Tok::ColonEqual,
            Raw::Less => Tok::Less,
            Raw::Greater => Tok::Greater,
            Raw::LessEqual => Tok::LessEqual,
            Raw::GreaterEqual => Tok::GreaterEqual,
            Raw::EqEqual => Tok::EqEqual,
            Raw::NotEqual => Tok::NotEqual,
            Raw::LPar => {
                self.open(b'(', start)?;
                if was_with && self.mode == Mode::Module && self.paren_then_colon() {
                    Tok::WithLPar
                } else {
                    Tok::LPar
                }
            }
            Raw::RPar => {
                self.close(b')', start)?;
                Tok::RPar
            }
            Raw::LSqb => {
                self.open(b'[', start)?;
                Tok::LSqb
            }
            Raw::RSqb => {
                self.close(b']', start)?;
                Tok::RSqb
            }
            Raw::LBrace => {
                self.open(b'{', start)?;
                Tok::LBrace
            }
            Raw::RBrace => {
                self.close(b'}', start)?;
                Tok::RBrace
            }
            Raw::Comma => Tok::Comma,
            Raw::Colon => Tok::Colon,
            Raw::Dot => Tok::Dot,
            Raw::Semi => Tok::Semi,
            Raw::Equal => Tok::Equal,
            Raw::Arrow => Tok::Arrow,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Exclamation => Tok::Exclamation,
            Raw::PlusEqual => Tok::PlusEqual,
            Raw::MinusEqual => Tok::MinusEqual,
            Raw::StarEqual => Tok::StarEqual,
            Raw::SlashEqual => Tok::SlashEqual,
            Raw::DoubleSlashEqual => Tok::DoubleSlashEqual,
            Raw::PercentEqual => Tok::PercentEqual,
            Raw::AtEqual => Tok::AtEqual,
            Raw::AmperEqual => Tok::AmperEqual,
            Raw::VBarEqual => Tok::VBarEqual,
            Raw::CaretEqual => Tok::CaretEqual,
            Raw::RShiftEqual => Tok::RShiftEqual,
            Raw::LShiftEqual => Tok::LShiftEqual,
            Raw::DoubleStarEqual => Tok::DoubleStarEqual,
        })
    }
}

impl<'a> Iterator for Layout<'a> {
    type Item = Result<Spanned<'a>, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.queue.is_empty() {
            if self.finished {
                return None;
            }
            if let Err(e) = self.fill() {
                self.finished = true;
                self.failed = true;
                self.queue.clear();
                return Some(Err(e));
            }
        }
        let t = self.queue.pop_front()?;
        // The history keeps token kinds only: an int's value is not copied.
        let lite = match &t.1 {
            Tok::Int(_) => Tok::Imag(0.0),
            other => other.clone(),
        };
        if t.1 == Tok::Newline {
            self.cur_line.push((t.0, lite, t.2));
            std::mem::swap(&mut self.cur_line, &mut self.prev_line);
            self.cur_line.clear();
        } else {
            self.cur_line.push((t.0, lite, t.2));
        }
        Some(Ok(t))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok<'_>> {
        Layout::new(src, Mode::Module).map(|r| r.unwrap().1).collect()
    }

    fn err(src: &str) -> SyntaxError {
        Layout::new(src, Mode::Module).find_map(|r| r.err()).expect("an error")
    }

    use Tok::*;

    #[test]
    fn simple_lines() {
        assert_eq!(toks("x = 1\n"), vec![Name("x"), Equal, Int(1.into()), Newline]);
        assert_eq!(toks("x"), vec![Name("x"), Newline]);
        assert_eq!(toks(""), vec![]);
        assert_eq!(toks("\n\n  # c\n"), vec![]);
    }

    #[test]
    fn indentation() {
        let src = "if x:\n    y\n\n    # c\n  # d\n    z\nw\n";
        assert_eq!(
            toks(src),
            vec![If, Name("x"), Colon, Newline, Indent, Name("y"), Newline, Name("z"), Newline, Dedent, Name("w"), Newline]
        );
        let src = "if x:\n  if y:\n    z";
        assert_eq!(
            toks(src),
            vec![
                If,
                Name("x"),
                Colon,
                Newline,
                Indent,
                If,
                Name("y"),
                Colon,
                Newline,
                Indent,
                Name("z"),
                Newline,
                Dedent,
                Dedent
            ]
        );
    }

    #[test]
    fn every_keyword_and_operator() {
        let all = "False None True and as assert async await break class continue def del elif else except \
                   finally for from global if import in is lambda nonlocal not or pass raise return try while \
                   with yield + - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> ... ! \
                   += -= *= /= //= %= @= &= |= ^= >>= <<= **=";
        for word in all.split_whitespace() {
            // Brackets are checked for balance: lex them in pairs instead.
            if "()[]{}".contains(word) {
                continue;
            }
            let toks: Vec<Tok> = Layout::new(word, Mode::Field).map(|r| r.unwrap().1).collect();
            assert_eq!(toks.len(), 1, "{}", word);
            assert_eq!(toks[0].text(), word);
            assert_eq!(toks[0].is_keyword(), word.chars().all(|c| c.is_alphabetic()), "{}", word);
        }
        let toks: Vec<Tok> = Layout::new("()[]{}", Mode::Field).map(|r| r.unwrap().1).collect();
        assert_eq!(toks.iter().map(|t| t.text()).collect::<String>(), "()[]{}");
        // Literals and names.
        let toks: Vec<Tok> = Layout::new("x 1 1.5 2j 'a' b\"b\" f'{x}' ... ", Mode::Field).map(|r| r.unwrap().1).collect();
        assert_eq!(
            toks,
            vec![Name("x"), Int(1.into()), Float(1.5), Imag(2.0), Str("'a'"), Str("b\"b\""), Str("f'{x}'"), Ellipsis]
        );
    }

    #[test]
    fn tabs() {
        // A tab is 8 columns, consistently used: fine.
        let src = "if x:\n\ty\n\tz\n";
        assert_eq!(toks(src).iter().filter(|t| **t == Indent).count(), 1);
        let e = err("if x:\n        y\n\tz\n");
        assert_eq!(e.kind, SyntaxErrorKind::TabError);
    }

    #[test]
    fn brackets_and_continuations() {
        assert_eq!(
            toks("x = (1,\n   2)\ny = 1 + \\\n  2\n"),
            vec![
                Name("x"),
                Equal,
                LPar,
                Int(1.into()),
                Comma,
                Int(2.into()),
                RPar,
                Newline,
                Name("y"),
                Equal,
                Int(1.into()),
                Plus,
                Int(2.into()),
                Newline
            ]
        );
    }

    #[test]
    fn with_parens() {
        assert_eq!(toks("with (a, b):\n pass")[1], WithLPar);
        assert_eq!(toks("with (a, b) as c:\n pass")[1], LPar);
    }

    #[test]
    fn errors() {
        let e = err("if x:\n    y\n  z\n");
        assert_eq!(e.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(e.message, "unindent does not match any outer indentation level");
        assert_eq!(err("x = (1,\n").message, "'(' was never closed");
        assert!(err("x = (1,\n").incomplete);
        assert_eq!(err("x = 1)").message, "unmatched ')'");
        assert_eq!(err("x = (1]").message, "closing parenthesis ']' does not match opening parenthesis '('");
        assert_eq!(
            err("x = (1,\n]").message,
            "closing parenthesis ']' does not match opening parenthesis '(' on line 1"
        );
        assert_eq!(err(&"(".repeat(201)).message, "too many nested parentheses");
        assert_eq!(err("x = $").message, "invalid syntax");
    }
}
