//! Rendering of errors for people: syntax errors through miette (file, line,
//! column, the snippet with the span labelled), and CPython-style tracebacks.
//! Both end with the plain line `Type: message` that tools and tests read.
//!
//! A traceback is CPython 3.12's text: each frame's source line with the
//! failing expression marked by `^` and `~` (the rules of CPython's
//! `Python/traceback.c`), the `[Previous line repeated N more times]`
//! summary, and the `Did you mean` suggestions that CPython adds when it
//! prints NameError and AttributeError. A KeyError raised by a dict lookup
//! gets a `help: did you mean 'key'?` line above the last line, which stays
//! exactly CPython's. With `color` (stderr is a terminal) the innermost
//! frame is drawn by miette instead of the caret line.

use std::fmt;
use std::rc::Rc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use crate::eval::{Interp, SourceFile};
use crate::syntax::ast::Span;
use crate::syntax::SyntaxError;
use crate::value::{Instance, TracebackEntry, Value};

/// A syntax error, or the innermost frame of a traceback, as a miette diagnostic.
struct SyntaxDiagnostic {
    message: String,
    help: Option<String>,
    label: LabeledSpan,
    source: NamedSource<String>,
}

impl fmt::Debug for SyntaxDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for SyntaxDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxDiagnostic {}

impl Diagnostic for SyntaxDiagnostic {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }
}

fn handler(color: bool) -> GraphicalReportHandler {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    GraphicalReportHandler::new_themed(theme).with_width(100)
}

/// The longest source line miette is asked to draw: it pads to the label's
/// column with a formatting width, which panics past 65535.
const MIETTE_MAX_LINE: usize = 10_000;

/// miette's drawing of `diag`, or None when it cannot draw it (an error, or
/// a labelled line too long to draw).
fn render_miette(diag: &SyntaxDiagnostic, color: bool) -> Option<String> {
    let text = diag.source.inner();
    let start = diag.label.offset().min(text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    if line_end - line_start > MIETTE_MAX_LINE || diag.label.len() > MIETTE_MAX_LINE {
        return None;
    }
    let mut out = String::new();
    handler(color).render_report(&mut out, diag).ok()?;
    Some(out)
}

/// A syntax error: the miette report, then `SyntaxError: message`.
pub fn render_syntax_error(e: &SyntaxError, file: &SourceFile, color: bool) -> String {
    let len = file.text.len();
    let start = (e.span.start as usize).min(len);
    let end = (e.span.end as usize).clamp(start, len);
    let line = file.line_of(start);
    let diag = SyntaxDiagnostic {
        message: format!("{}: {}", e.kind.name(), e.message),
        help: e.help.clone(),
        label: LabeledSpan::new(Some(e.message.clone()), start, end - start),
        source: NamedSource::new(&file.name, file.text.clone()),
    };
    let mut out = render_miette(&diag, color).unwrap_or_default();
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(&format!("  File \"{}\", line {}\n", file.name, line));
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.message));
    out
}

/// The last line of a traceback: `Type: message` (or just `Type`).
pub fn exception_line(interp: &Interp, exc: &Rc<Instance>) -> String {
    let class = &exc.class;
    let name = if class.builtin || class.module == "__main__" {
        class.qualname.clone()
    } else {
        format!("{}.{}", class.module, class.qualname)
    };
    match interp.str_of(&Value::Instance(exc.clone())) {
        Ok(m) if m.is_empty() => name,
        Ok(m) => format!("{}: {}", name, m),
        Err(_) => format!("{}: <exception str() failed>", name),
    }
}

/// A CPython-style traceback, with chained exceptions first. With `color`,
/// the innermost frame of the last exception is drawn by miette.
pub fn render_traceback(interp: &Interp, exc: &Rc<Instance>, color: bool) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    render_chain(interp, exc, &mut out, &mut seen, color);
    out
}

fn render_chain(interp: &Interp, exc: &Rc<Instance>, out: &mut String, seen: &mut Vec<usize>, color: bool) {
    seen.push(Rc::as_ptr(exc) as usize);
    let Some(data) = exc.exc() else {
        out.push_str(&exception_line(interp, exc));
        out.push('\n');
        return;
    };
    let cause = data.cause.borrow().clone();
    let context = data.context.borrow().clone();
    if let Value::Instance(c) = &cause {
        if !seen.contains(&(Rc::as_ptr(c) as usize)) {
            render_chain(interp, c, out, seen, false);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if let (Value::Instance(c), false) = (&context, data.suppress_context.get()) {
        if !seen.contains(&(Rc::as_ptr(c) as usize)) {
            render_chain(interp, c, out, seen, false);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    let last_line = format!("{}{}", exception_line(interp, exc), crate::suggest::suffix(interp, exc).unwrap_or_default());
    let help = crate::suggest::key_error_help(interp, exc);
    let tb = data.traceback.borrow();
    let mut report = None;
    if !tb.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        // Entries are recorded innermost first.
        let entries: Vec<&TracebackEntry> = tb.iter().rev().collect();
        let n = entries.len();
        let mut last: Option<(&str, usize, &str)> = None;
        let mut count = 0;
        for (i, entry) in entries.iter().enumerate() {
            let line = entry_line(entry);
            let key = (&*entry.source.name, line, &*entry.func_name);
            if last != Some(key) {
                repeated(out, count);
                last = Some(key);
                count = 0;
            }
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", entry.source.name, line, entry.func_name));
            // With colour, miette draws the innermost frame when the failing
            // expression is known (else the plain line says as much).
            if color && i + 1 == n && entry.expr.is_some() {
                let label = format!("{} raised here", exc.class.name.s);
                report = Some(frame_report(entry, &last_line, &label, help.as_deref(), color));
            } else {
                out.push_str(&source_lines(entry));
            }
        }
        repeated(out, count);
    }
    match report {
        Some(r) => out.push_str(&r),
        None => {
            if let Some(h) = &help {
                out.push_str(&format!("help: {}\n", h));
            }
        }
    }
    out.push_str(&last_line);
    out.push('\n');
}

/// CPython shows a frame repeated on the same line this many times, then
/// counts the rest.
const RECURSIVE_CUTOFF: usize = 3;

fn repeated(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let n = count - RECURSIVE_CUTOFF;
        out.push_str(&format!("  [Previous line repeated {} more time{}]\n", n, if n > 1 { "s" } else { "" }));
    }
}

/// The line a traceback entry reports: where its failing expression starts,
/// else its statement's first line.
fn entry_line(entry: &TracebackEntry) -> usize {
    entry.source.line_of(entry.expr.unwrap_or(entry.span).start as usize)
}

/// The source line of an entry, and under it the markers of the failing
/// expression (CPython's `tb_displayline`).
fn source_lines(entry: &TracebackEntry) -> String {
    let line_no = entry_line(entry);
    let line = entry.source.line_text(line_no);
    let mut out = String::new();
    // CPython strips the indentation only (trailing blanks stay, and count).
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    if stripped.trim_end().is_empty() {
        return out;
    }
    out.push_str("    ");
    out.push_str(stripped);
    out.push('\n');
    if let Some(carets) = entry.expr.and_then(|e| caret_line(&entry.source, line_no, e)) {
        out.push_str(&carets);
        out.push('\n');
    }
    out
}

/// Where the markers of an expression go on its first line, in chars of
/// that line: the whole marked range, and the `^` part within it when the
/// expression is a binary operation or a subscript (the rest is `~`).
struct Marks {
    start: usize,
    end: usize,
    anchors: Option<(usize, usize)>,
}

fn marks(source: &SourceFile, line_no: usize, expr: Span) -> Option<Marks> {
    let line = source.line_text(line_no);
    let line_start = source.line_start(line_no);
    let start_byte = (expr.start as usize).checked_sub(line_start)?;
    if start_byte > line.len() || !line.is_char_boundary(start_byte) {
        return None;
    }
    let chars = |b: usize| line[..b].chars().count();
    let start = chars(start_byte);
    let end_line = source.line_of(expr.end as usize);
    if end_line == line_no {
        let end_byte = (expr.end as usize - line_start).min(line.len());
        if !line.is_char_boundary(end_byte) || end_byte < start_byte {
            return None;
        }
        let end = chars(end_byte);
        let segment = &line[start_byte..end_byte];
        // Byte offsets in the segment to chars of the line (CPython's
        // `_PyPegen_byte_offset_to_character_offset`).
        let to_chars = |b: usize| start + String::from_utf8_lossy(&segment.as_bytes()[..b.min(segment.len())]).chars().count();
        let anchors = anchors(segment).map(|(l, r)| (to_chars(l), to_chars(r)));
        Some(Marks { start, end, anchors })
    } else {
        // A multi-line expression is marked to the end of its first line.
        let end = line.trim_end_matches([' ', '\t', '\x0c']).chars().count();
        Some(Marks { start, end, anchors: None })
    }
}

/// The `^~~~` line under an entry's source line, or None when the marked
/// expression is the whole line (CPython leaves those unmarked).
fn caret_line(source: &SourceFile, line_no: usize, expr: Span) -> Option<String> {
    let m = marks(source, line_no, expr)?;
    let line = source.line_text(line_no);
    let indent = line.chars().take_while(|c| matches!(c, ' ' | '\t' | '\x0c')).count();
    let stripped_len = line.chars().count() - indent;
    if m.end <= m.start || (m.end - m.start == stripped_len && m.anchors.is_none()) {
        return None;
    }
    let (primary, secondary) = if m.anchors.is_some() { ('~', '^') } else { ('^', '^') };
    let mut out = String::from("    ");
    for offset in indent + 1..=m.end {
        out.push(if offset <= m.start {
            ' '
        } else if m.anchors.is_some_and(|(l, r)| l < offset && offset <= r) {
            secondary
        } else {
            primary
        });
    }
    Some(out)
}

/// The `^` part of a failing binary operation or subscript (CPython's
/// `_extract_caret_anchors_from_line_segment`): byte offsets into `segment`.
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let module = crate::syntax::parse_module(segment).ok()?;
    let [stmt] = &module.body[..] else { return None };
    let StmtKind::Expr(expr) = &stmt.kind else { return None };
    let b = segment.as_bytes();
    let space = |c: u8| c.is_ascii_whitespace();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            let (left_end, right_start) = (left.span.end as usize, right.span.start as usize);
            let op = segment.get(left_end..right_start)?;
            let op_offset = op.len() - op.trim_start().len();
            let mut l = left_end + op_offset;
            let mut r = l + 1;
            if op_offset + 1 < op.len() && !space(op.as_bytes()[op_offset + 1]) {
                r += 1;
            }
            while l < b.len() && (space(b[l]) || b[l] == b')' || b[l] == b'#') {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, index } => {
            let mut l = value.span.end as usize;
            let mut r = index.span.end as usize + 1;
            while l < b.len() && b[l] != b'[' {
                l += 1;
            }
            while r < b.len() && b[r] != b']' {
                r += 1;
            }
            if r < b.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// The innermost frame as a miette report: its source with the failing
/// expression (or statement) labelled, the `did you mean` help, then the
/// message.
fn frame_report(entry: &TracebackEntry, message: &str, label: &str, help: Option<&str>, color: bool) -> String {
    let source = &entry.source;
    let text_len = source.text.len();
    let line_no = entry_line(entry);
    let (start, len) = match entry.expr.and_then(|e| marks(source, line_no, e)) {
        Some(m) => {
            // The `^` part when there is one, else the expression on its
            // first line (as CPython marks it).
            let line = source.line_text(line_no);
            let byte = |c: usize| line_start_byte(line, c) + source.line_start(line_no);
            let (l, r) = match m.anchors {
                Some((l, r)) if r > l => (l, r),
                _ => (m.start, m.end),
            };
            (byte(l), byte(r).saturating_sub(byte(l)))
        }
        None => {
            let line = source.line_text(line_no);
            let indent = line.len() - line.trim_start().len();
            (source.line_start(line_no) + indent, line.trim().len())
        }
    };
    let start = start.min(text_len);
    let len = len.min(text_len - start);
    let diag = SyntaxDiagnostic {
        message: message.to_string(),
        help: help.map(str::to_string),
        label: LabeledSpan::new(Some(label.to_string()), start, len),
        source: NamedSource::new(&source.name, source.text.clone()),
    };
    let mut out = render_miette(&diag, color).unwrap_or_else(|| source_lines(entry));
    if !out.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// The byte offset of char `c` of `line`.
fn line_start_byte(line: &str, c: usize) -> usize {
    line.char_indices().nth(c).map(|(b, _)| b).unwrap_or(line.len())
}
