//! Rendering of errors for people: syntax errors through miette (file, line,
//! column, the snippet with the span labelled), and CPython-style tracebacks.
//! Both end with the plain line `Type: message` that tools and tests read.

use std::fmt;
use std::rc::Rc;

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};

use crate::eval::{ExcKind, Interp, SourceFile};
use crate::syntax::SyntaxError;
use crate::value::{Instance, Value};

/// A syntax error as a miette diagnostic.
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

/// A syntax error: the miette report, then `SyntaxError: message`.
pub fn render_syntax_error(e: &SyntaxError, file: &SourceFile, color: bool) -> String {
    let len = file.text.len();
    let start = (e.span.start as usize).min(len);
    let end = (e.span.end as usize).clamp(start, len);
    let line = file.line_of(start);
    let col = start - file.line_start(line) + 1;
    let diag = SyntaxDiagnostic {
        message: format!("{}: {}", e.kind.name(), e.message),
        help: e.help.clone(),
        label: LabeledSpan::new(Some(e.message.clone()), start, end - start),
        source: NamedSource::new(format!("{}:{}:{}", file.name, line, col), file.text.clone()),
    };
    let mut out = String::new();
    if handler(color).render_report(&mut out, &diag).is_err() {
        out.clear();
    }
    if !out.ends_with('\n') {
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

/// A CPython-style traceback, with chained exceptions first.
pub fn render_traceback(interp: &Interp, exc: &Rc<Instance>, color: bool) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    render_chain(interp, exc, &mut out, &mut seen, color);
    out
}

fn render_chain(interp: &Interp, exc: &Rc<Instance>, out: &mut String, seen: &mut Vec<usize>, color: bool) {
    seen.push(Rc::as_ptr(exc) as usize);
    if let Some(data) = exc.exc() {
        let cause = data.cause.borrow().clone();
        let context = data.context.borrow().clone();
        if let Value::Instance(c) = &cause {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                render_chain(interp, c, out, seen, color);
                out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
            }
        } else if let (Value::Instance(c), false) = (&context, data.suppress_context.get()) {
            if !seen.contains(&(Rc::as_ptr(c) as usize)) {
                render_chain(interp, c, out, seen, color);
                out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        let tb = data.traceback.borrow();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for entry in tb.iter().rev() {
                let line = entry.source.line_of(entry.span.start as usize);
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    entry.source.name, line, entry.func_name
                ));
                let text = entry.source.line_text(line).trim();
                if !text.is_empty() {
                    out.push_str(&format!("    {}\n", text));
                }
            }
        }
    }
    let _ = color;
    let _ = ExcKind::BaseException;
    out.push_str(&exception_line(interp, exc));
    out.push('\n');
}
