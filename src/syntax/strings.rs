//! String literals: escape decoding, f-string fields, implicit concatenation.

use super::ast::*;
use super::lexer::{parse_prefix, scan_field_expr, skip_blanks_and_comments, FieldEnd, Prefix};
use super::parser::{err, Ctx};
use super::unicode_names::lookup_name;
use super::SyntaxError;

/// One decoded literal.
enum Piece {
    Str(String),
    Bytes(Vec<u8>),
    F(Vec<FStringPart>),
}

/// The parts of a literal token: prefix flags, quote char, triple, body range.
struct Lit {
    prefix: Prefix,
    quote: u8,
    triple: bool,
    body: std::ops::Range<usize>,
}

fn split(tok: &str, start: usize) -> Lit {
    let b = tok.as_bytes();
    let mut i = 0;
    while i < b.len() && b[i] != b'\'' && b[i] != b'"' {
        i += 1;
    }
    let prefix = parse_prefix(&tok[..i]);
    let quote = b.get(i).copied().unwrap_or(b'"');
    let triple = b.len() >= i + 6 && b[i + 1] == quote && b[i + 2] == quote;
    let q = if triple { 3 } else { 1 };
    let body = (start + i + q)..(start + tok.len().saturating_sub(q).max(i + q));
    Lit { prefix, quote, triple, body }
}

/// Concatenates adjacent literals `v` (each with its start offset).
pub fn concat(ctx: &Ctx, v: &[(usize, &str)], l: usize, r: usize) -> Result<ExprKind, SyntaxError> {
    let mut pieces = Vec::with_capacity(v.len());
    let mut nbytes = 0;
    for &(start, tok) in v {
        let lit = split(tok, start);
        if lit.prefix.bytes {
            nbytes += 1;
        }
        pieces.push(decode(ctx, &lit, start, start + tok.len())?);
    }
    if nbytes != 0 && nbytes != pieces.len() {
        return Err(err("cannot mix bytes and nonbytes literals", l, r));
    }
    if nbytes != 0 {
        let mut out = Vec::new();
        for p in pieces {
            if let Piece::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(ExprKind::Constant(Constant::Bytes(out)));
    }
    if pieces.iter().all(|p| matches!(p, Piece::Str(_))) {
        let mut out = String::new();
        for p in pieces {
            if let Piece::Str(s) = p {
                out.push_str(&s);
            }
        }
        return Ok(ExprKind::Constant(Constant::Str(out)));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    for p in pieces {
        match p {
            Piece::Str(s) => push_literal(&mut parts, s),
            Piece::F(fs) => {
                for part in fs {
                    match part {
                        FStringPart::Literal(s) => push_literal(&mut parts, s),
                        f => parts.push(f),
                    }
                }
            }
            Piece::Bytes(_) => {}
        }
    }
    Ok(ExprKind::FString(parts))
}

fn push_literal(parts: &mut Vec<FStringPart>, s: String) {
    if s.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&s);
    } else {
        parts.push(FStringPart::Literal(s));
    }
}

fn decode(ctx: &Ctx, lit: &Lit, start: usize, end: usize) -> Result<Piece, SyntaxError> {
    let src = ctx.src;
    let body = &src[lit.body.clone()];
    if lit.prefix.bytes {
        if !body.is_ascii() {
            return Err(err("bytes can only contain ASCII literal characters", start, end));
        }
        if lit.prefix.raw {
            return Ok(Piece::Bytes(body.as_bytes().to_vec()));
        }
        return decode_bytes(body, start, end).map(Piece::Bytes);
    }
    if lit.prefix.fstring {
        return fstring(ctx, lit, start, end).map(Piece::F);
    }
    if lit.prefix.raw || !body.contains('\\') {
        return Ok(Piece::Str(normalize_newlines(body)));
    }
    let mut out = String::with_capacity(body.len());
    decode_str_into(body, 0, body.len(), &mut out, start, end)?;
    Ok(Piece::Str(out))
}

fn normalize_newlines(s: &str) -> String {
    if s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s.to_string()
    }
}

fn unicode_error(msg: &str, a: usize, b: usize, start: usize, end: usize) -> SyntaxError {
    err(
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", a, b, msg),
        start,
        end,
    )
}

/// Decodes the escapes of `body[from..to]` (a str literal) into `out`.
/// `start..end` is the literal's span, for errors.
fn decode_str_into(
    body: &str,
    from: usize,
    to: usize,
    out: &mut String,
    start: usize,
    end: usize,
) -> Result<(), SyntaxError> {
    let b = body.as_bytes();
    let mut i = from;
    while i < to {
        let c = b[i];
        if c == b'\r' {
            out.push('\n');
            i += if i + 1 < to && b[i + 1] == b'\n' { 2 } else { 1 };
            continue;
        }
        if c != b'\\' {
            // Copy a run of ordinary characters.
            let mut j = i + 1;
            while j < to && b[j] != b'\\' && b[j] != b'\r' {
                j += 1;
            }
            out.push_str(&body[i..j]);
            i = j;
            continue;
        }
        if i + 1 >= to {
            out.push('\\');
            i += 1;
            continue;
        }
        let e = b[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if i < to && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < to && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let esc = i - 2;
                let mut v: u32 = 0;
                let mut k = 0;
                while k < n && i < to && (b[i] as char).is_ascii_hexdigit() {
                    v = v * 16 + (b[i] as char).to_digit(16).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                if k < n {
                    return Err(unicode_error(what, esc, i - 1, start, end));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if v > 0x10FFFF => {
                        return Err(unicode_error("illegal Unicode character", esc, i - 1, start, end))
                    }
                    None => {
                        return Err(unicode_error(
                            "lone surrogates are not supported by dictpy",
                            esc,
                            i - 1,
                            start,
                            end,
                        ))
                    }
                }
            }
            b'N' => {
                let esc = i - 2;
                if i < to && b[i] == b'{' {
                    if let Some(close) = body[i..to].find('}') {
                        let name = &body[i + 1..i + close];
                        i += close + 1;
                        match lookup_name(name) {
                            Some(ch) => out.push(ch),
                            None => {
                                return Err(unicode_error(
                                    "unknown Unicode character name",
                                    esc,
                                    i - 1,
                                    start,
                                    end,
                                ))
                            }
                        }
                        continue;
                    }
                }
                return Err(unicode_error("malformed \\N character escape", esc, (i).min(to) - 1, start, end));
            }
            _ => {
                // Invalid escapes are kept as written.
                out.push('\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

fn decode_bytes(body: &str, start: usize, end: usize) -> Result<Vec<u8>, SyntaxError> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\r' {
            out.push(b'\n');
            i += if i + 1 < b.len() && b[i + 1] == b'\n' { 2 } else { 1 };
            continue;
        }
        if c != b'\\' || i + 1 >= b.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = b[i + 1];
        let esc = i;
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if i < b.len() && b[i] == b'\n' {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut n = 1;
                while n < 3 && i < b.len() && (b'0'..=b'7').contains(&b[i]) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                out.push((v & 0xFF) as u8);
            }
            b'x' => {
                let h = |k: usize| b.get(k).and_then(|&c| (c as char).to_digit(16));
                match (h(i), h(i + 1)) {
                    (Some(a), Some(c)) => {
                        out.push((a * 16 + c) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(err(format!("(value error) invalid \\x escape at position {}", esc), start, end))
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ f-strings

fn fstring(ctx: &Ctx, lit: &Lit, start: usize, end: usize) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut parts = Vec::new();
    let j = literal_run(ctx, lit, lit.body.start, lit.body.end, false, 0, &mut parts, start, end)?;
    debug_assert!(j >= lit.body.end);
    Ok(parts)
}

/// Decodes literal text and fields from `i` up to `stop` (or, inside a format
/// spec, up to the `}` that closes the field). Returns where it stopped.
#[allow(clippy::too_many_arguments)]
fn literal_run(
    ctx: &Ctx,
    lit: &Lit,
    mut i: usize,
    stop: usize,
    in_spec: bool,
    spec_level: usize,
    parts: &mut Vec<FStringPart>,
    start: usize,
    end: usize,
) -> Result<usize, SyntaxError> {
    let src = ctx.src;
    let b = src.as_bytes();
    let mut text_start = i;
    let mut text = String::new();
    let flush_raw = |text: &mut String, from: usize, to: usize| -> Result<(), SyntaxError> {
        if from >= to {
            return Ok(());
        }
        if lit.prefix.raw {
            text.push_str(&normalize_newlines(&src[from..to]));
            Ok(())
        } else {
            decode_str_into(src, from, to, text, start, end)
        }
    };
    while i < stop {
        match b[i] {
            b'{' if !in_spec && i + 1 < stop && b[i + 1] == b'{' => {
                flush_raw(&mut text, text_start, i)?;
                text.push('{');
                i += 2;
                text_start = i;
            }
            b'}' if !in_spec && i + 1 < stop && b[i + 1] == b'}' => {
                flush_raw(&mut text, text_start, i)?;
                text.push('}');
                i += 2;
                text_start = i;
            }
            b'}' if in_spec => break,
            b'{' => {
                flush_raw(&mut text, text_start, i)?;
                if !text.is_empty() {
                    parts.push(FStringPart::Literal(std::mem::take(&mut text)));
                }
                let (field, j) = field(ctx, lit, i + 1, spec_level, start, end)?;
                parts.push(FStringPart::Field(field));
                i = j;
                text_start = i;
            }
            b'\\' if !lit.prefix.raw => {
                // Skip the escape (its decoding happens in flush_raw); `\N{..}`
                // keeps its braces.
                if i + 2 < stop && b[i + 1] == b'N' && b[i + 2] == b'{' {
                    match src[i..stop].find('}') {
                        Some(k) => i += k + 1,
                        None => i = stop,
                    }
                } else if i + 1 < stop && (b[i + 1] == b'{' || b[i + 1] == b'}') {
                    i += 1;
                } else {
                    i += 2;
                    // Keep char boundaries.
                    while i < stop && !src.is_char_boundary(i) {
                        i += 1;
                    }
                }
            }
            _ => i += 1,
        }
    }
    let i = i.min(stop.max(i));
    flush_raw(&mut text, text_start, i.min(stop))?;
    if !text.is_empty() {
        parts.push(FStringPart::Literal(text));
    }
    Ok(i)
}

/// Parses one replacement field from just after `{`; returns it and the
/// offset just past its `}`.
fn field(
    ctx: &Ctx,
    lit: &Lit,
    i: usize,
    spec_level: usize,
    start: usize,
    end: usize,
) -> Result<(FormattedField, usize), SyntaxError> {
    let src = ctx.src;
    let b = src.as_bytes();
    let (expr_end, mut kind) = scan_field_expr(src, i, lit.quote, lit.triple, 0).map_err(lex_err)?;
    let text = &src[i..expr_end];
    if text.trim().is_empty() {
        let c = b.get(expr_end).map(|&c| c as char).unwrap_or('}');
        return Err(err(
            format!("f-string: valid expression required before '{}'", c),
            expr_end,
            expr_end + 1,
        ));
    }
    if kind == FieldEnd::Colon && text.trim_start().starts_with("lambda") {
        let t0 = i + (text.len() - text.trim_start().len());
        return Err(err("f-string: lambda expressions are not allowed without parentheses", t0, expr_end));
    }
    let expr = ctx.parse_field(i, expr_end)?;
    let mut j = expr_end;
    let mut debug_text = None;
    if kind == FieldEnd::Equal {
        j += 1;
        let after = skip_blanks_and_comments(b, j);
        // The debug text is the source up to `=` and the blanks after it,
        // without comments.
        let mut text = src[i..j].to_string();
        let mut k = j;
        while k < after {
            if b[k] == b'#' {
                while k < after && b[k] != b'\n' {
                    k += 1;
                }
            } else {
                let c = src[k..].chars().next().unwrap_or(' ');
                text.push(c);
                k += c.len_utf8();
            }
        }
        j = after;
        debug_text = Some(normalize_newlines(&text));
        kind = match b.get(j) {
            Some(b'!') => FieldEnd::Bang,
            Some(b':') => FieldEnd::Colon,
            Some(b'}') => FieldEnd::Close,
            _ => return Err(err("f-string: expecting '}'", j, j + 1)),
        };
    }
    let mut conversion = None;
    if kind == FieldEnd::Bang {
        j += 1;
        let c0 = b.get(j).copied().unwrap_or(b'}');
        if c0 == b'}' || c0 == b':' {
            return Err(err("f-string: missing conversion character", j, j + 1));
        }
        if c0.is_ascii_whitespace() {
            return Err(err(
                "f-string: conversion type must come right after the exclamanation mark",
                j,
                j + 1,
            ));
        }
        let k0 = j;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'_' || b[j] >= 0x80) {
            j += 1;
        }
        let conv = &src[k0..j.max(k0 + 1).min(src.len())];
        match conv {
            "r" | "s" | "a" => conversion = conv.chars().next(),
            _ => {
                return Err(err(
                    format!("f-string: invalid conversion character '{}': expected 's', 'r', or 'a'", conv),
                    k0,
                    j,
                ))
            }
        }
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\n' | b'\r') {
            j += 1;
        }
        kind = match b.get(j) {
            Some(b':') => FieldEnd::Colon,
            Some(b'}') => FieldEnd::Close,
            _ => return Err(err("f-string: expecting ':' or '}'", j, j + 1)),
        };
    }
    let mut format_spec = None;
    if kind == FieldEnd::Colon {
        if spec_level >= 2 {
            return Err(err("f-string: expressions nested too deeply", j, j + 1));
        }
        let mut spec = Vec::new();
        j = literal_run(ctx, lit, j + 1, lit.body.end, true, spec_level + 1, &mut spec, start, end)?;
        format_spec = Some(spec);
    }
    if b.get(j) != Some(&b'}') {
        return Err(err("f-string: expecting '}'", j, j + 1));
    }
    if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
        conversion = Some('r');
    }
    Ok((FormattedField { expr: Box::new(expr), debug_text, conversion, format_spec }, j + 1))
}

fn lex_err(e: super::lexer::LexError) -> SyntaxError {
    match e.0 {
        Some(b) => *b,
        None => err("f-string: invalid syntax", 0, 0),
    }
}
