//! Number and string formatting and parsing, matching CPython 3.12 exactly.
//!
//! Everything here is a pure function over plain Rust values (`f64`, `&str`,
//! `BigInt`, bytes); the interpreter supplies Python semantics (`str()`,
//! `repr()`, `__index__`, ...) where needed through the [`PercentArgs`] trait.
//!
//! Contents:
//! * [`float_repr`]: `repr(float)` / `str(float)`.
//! * The format-spec mini-language: [`parse_format_spec`], [`format_int`],
//!   [`format_i64`], [`format_float`], [`format_str`] and the one-call
//!   conveniences [`format_int_spec`], [`format_float_spec`], [`format_str_spec`].
//! * printf-style formatting: [`percent_format`] with [`PercentArgs`].
//! * Parsing: [`parse_int`], [`parse_float`].
//! * Rounding: [`round_float`], [`round_half_even`], plus conversions
//!   [`float_to_bigint`], [`bigint_to_f64`].
//! * Reprs: [`repr_str`], [`ascii_str`], [`ascii_escape`], [`repr_bytes`].
//! * Unicode helpers: [`is_printable`], [`is_space`], [`decimal_value`].
//! * Integer/string conversion: [`int_to_decimal_string`],
//!   [`int_to_string_radix`] and the `sys.set_int_max_str_digits` limit.
//!
//! The algorithms are ports of CPython's `Python/formatter_unicode.c`,
//! `Python/pystrtod.c` (`format_float_short`), `Objects/unicodeobject.c`
//! (`PyUnicode_Format`), `Objects/longobject.c` (`PyLong_FromString`) and
//! `Objects/floatobject.c` (`float.__round__`).  Decimal digit generation uses
//! Rust's float formatting, which is correctly rounded (round-half-even on the
//! exact binary value) just like David Gay's dtoa used by CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};
use std::fmt;
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// The Python exception type a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExcKind {
    ValueError,
    TypeError,
    OverflowError,
    /// Raised instead of attempting absurdly large (> 1 GiB) paddings/precisions.
    MemoryError,
}

impl ExcKind {
    /// The Python name of the exception type, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::MemoryError => "MemoryError",
        }
    }
}

/// An error to be raised as a Python exception of type `kind` with `message`
/// (CPython's exact message).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ExcKind,
    pub message: String,
}

impl FormatError {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Self {
        FormatError { kind, message: message.into() }
    }
    /// The Python exception type name, e.g. `"ValueError"`.
    pub fn type_name(&self) -> &'static str {
        self.kind.name()
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "{}", self.kind.name())
        } else {
            write!(f, "{}: {}", self.kind.name(), self.message)
        }
    }
}

impl std::error::Error for FormatError {}

fn value_error(msg: impl Into<String>) -> FormatError {
    FormatError::new(ExcKind::ValueError, msg)
}
fn type_error(msg: impl Into<String>) -> FormatError {
    FormatError::new(ExcKind::TypeError, msg)
}
fn overflow_error(msg: impl Into<String>) -> FormatError {
    FormatError::new(ExcKind::OverflowError, msg)
}

/// Paddings / precisions beyond this many characters raise MemoryError
/// instead of trying to allocate (CPython would try, and usually fail).
const MAX_ALLOC_CHARS: i64 = 1 << 30;

fn check_alloc(n: i64) -> Result<(), FormatError> {
    if n > MAX_ALLOC_CHARS {
        Err(FormatError::new(ExcKind::MemoryError, ""))
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// int <-> str digit limit (sys.set_int_max_str_digits)
// ---------------------------------------------------------------------------

/// CPython's default for `sys.get_int_max_str_digits()`.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;
/// The smallest non-zero value `sys.set_int_max_str_digits` accepts.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// Set the process-wide limit used by decimal int<->str conversions here
/// (0 = unlimited).  The caller validates the value like
/// `sys.set_int_max_str_digits` does.
pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
}

/// The current limit (0 = unlimited).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

fn to_str_limit_error(limit: usize) -> FormatError {
    value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// `str(int)`: decimal digits with a leading `-`, subject to the
/// int-max-str-digits limit (ValueError like CPython when exceeded).
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, FormatError> {
    let (neg, digits) = IntRef::Big(v).radix_digits(10)?;
    Ok(if neg { format!("-{}", digits) } else { digits })
}

/// Digits of `v` in `radix` (2..=36, lowercase), with a leading `-` and, when
/// `prefix` is set, the `0b`/`0o`/`0x` prefix for radix 2/8/16 (as `bin()`,
/// `oct()`, `hex()`).  Not subject to the int-max-str-digits limit: use
/// [`int_to_decimal_string`] for `str(int)`.
pub fn int_to_string_radix(v: &BigInt, radix: u32, prefix: bool) -> String {
    let mut s = String::new();
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    if prefix {
        match radix {
            2 => s.push_str("0b"),
            8 => s.push_str("0o"),
            16 => s.push_str("0x"),
            _ => {}
        }
    }
    s.push_str(&v.magnitude().to_str_radix(radix));
    s
}

/// An integer argument: a machine int or a reference to a BigInt.
#[derive(Clone, Copy, Debug)]
enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// (negative, magnitude digits in lowercase).  Applies the
    /// int-max-str-digits limit for radix 10.
    fn radix_digits(self, radix: u32) -> Result<(bool, String), FormatError> {
        match self {
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                let s = match radix {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    10 => m.to_string(),
                    r => BigUint::from(m).to_str_radix(r),
                };
                Ok((v < 0, s))
            }
            IntRef::Big(b) => {
                let neg = b.sign() == Sign::Minus;
                if radix == 10 {
                    let limit = int_max_str_digits();
                    if limit > 0 {
                        // Cheap pre-check: a number of `bits` bits has at least
                        // floor((bits-1)*log10(2))+1 decimal digits.
                        let bits = b.bits();
                        if bits > 0 {
                            let min_digits = ((bits - 1) as f64 * std::f64::consts::LOG10_2).floor() as u64 + 1;
                            if min_digits > limit as u64 + 1 {
                                return Err(to_str_limit_error(limit));
                            }
                        }
                        let s = b.magnitude().to_str_radix(10);
                        if s.len() > limit {
                            return Err(to_str_limit_error(limit));
                        }
                        return Ok((neg, s));
                    }
                }
                Ok((neg, b.magnitude().to_str_radix(radix)))
            }
        }
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(v) => Some(v),
            IntRef::Big(b) => b.to_i64(),
        }
    }

    fn to_f64(self) -> Result<f64, FormatError> {
        match self {
            IntRef::Small(v) => Ok(v as f64),
            IntRef::Big(b) => bigint_to_f64(b),
        }
    }
}

/// `float(int)`: correctly rounded (half-even) conversion; OverflowError
/// "int too large to convert to float" when out of range.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let r = if bits <= 64 {
        mag.to_u64().unwrap() as f64
    } else {
        let shift = bits - 64;
        let top: BigUint = mag >> shift;
        let mut top = top.to_u64().unwrap();
        // Sticky bit: any non-zero bit below the 64 we kept.
        let tz = mag.trailing_zeros().unwrap_or(0);
        if tz < shift {
            top |= 1;
        }
        let t = top as f64; // rounds half-even to 53 bits
        if shift > 1023 {
            f64::INFINITY
        } else {
            t * f64::from_bits((1023 + shift) << 52)
        }
    };
    if r.is_infinite() {
        return Err(overflow_error("int too large to convert to float"));
    }
    Ok(if v.sign() == Sign::Minus { -r } else { r })
}

/// `int(float)` (truncation toward zero), with CPython's errors for inf/nan.
pub fn float_to_bigint(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e18 {
        return Ok(BigInt::from(t as i64));
    }
    let bits = t.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // |t| >= 9e18 > 2^53 so exp > 0.
    let mag = BigUint::from(mant) << (exp as usize);
    Ok(BigInt::from_biguint(if t < 0.0 { Sign::Minus } else { Sign::Plus }, mag))
}

// ---------------------------------------------------------------------------
// Unicode helpers
// ---------------------------------------------------------------------------

/// `str.isprintable()` for one code point (Unicode 15.0, as in CPython 3.12).
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7f {
        return cp >= 0x20;
    }
    let idx = PRINTABLE_BOUNDS.partition_point(|&b| b <= cp);
    idx % 2 == 1
}

/// `str.isspace()` for one code point.
pub fn is_space(c: char) -> bool {
    matches!(c as u32,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a
        | 0x2028 | 0x2029 | 0x202f | 0x205f | 0x3000)
}

/// `unicodedata.decimal(c)`: the value of a Unicode decimal digit (category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    if cp < 0x80 {
        return if c.is_ascii_digit() { Some(cp - 0x30) } else { None };
    }
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if idx == 0 {
        return None;
    }
    let d = cp - DECIMAL_ZEROS[idx - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes ' ', non-ASCII decimal digits become ASCII digits, and
/// the first other non-ASCII character becomes '?' and ends the string.
fn transform_decimal_and_space_to_ascii(s: &str) -> Vec<u8> {
    if s.is_ascii() {
        return s.as_bytes().to_vec();
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 127 {
            out.push(cp as u8);
        } else if is_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `Py_ISSPACE` (ASCII whitespace only).
fn c_isspace(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

// ---------------------------------------------------------------------------
// repr / ascii
// ---------------------------------------------------------------------------

fn push_hex_escape(out: &mut String, cp: u32) {
    use std::fmt::Write;
    if cp <= 0xff {
        let _ = write!(out, "\\x{:02x}", cp);
    } else if cp <= 0xffff {
        let _ = write!(out, "\\u{:04x}", cp);
    } else {
        let _ = write!(out, "\\U{:08x}", cp);
    }
}

/// `repr(str)`.
pub fn repr_str(s: &str) -> String {
    let has_squote = s.contains('\'');
    let quote = if has_squote && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => push_hex_escape(&mut out, c as u32),
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c => push_hex_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// Escape every non-ASCII character with `\xhh`, `\uhhhh` or `\Uhhhhhhhh`
/// (the `backslashreplace` step of `ascii()`); apply to any repr.
pub fn ascii_escape(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(&mut out, c as u32);
        }
    }
    out
}

/// `ascii(str)`.
pub fn ascii_str(s: &str) -> String {
    ascii_escape(&repr_str(s))
}

/// `repr(bytes)`: `b'...'`.
pub fn repr_bytes(b: &[u8]) -> String {
    use std::fmt::Write;
    let squote = b.contains(&b'\'');
    let quote = if squote && !b.contains(&b'"') { b'"' } else { b'\'' };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        if c == quote || c == b'\\' {
            out.push('\\');
            out.push(c as char);
        } else if c == b'\t' {
            out.push_str("\\t");
        } else if c == b'\n' {
            out.push_str("\\n");
        } else if c == b'\r' {
            out.push_str("\\r");
        } else if !(0x20..0x7f).contains(&c) {
            let _ = write!(out, "\\x{:02x}", c);
        } else {
            out.push(c as char);
        }
    }
    out.push(quote as char);
    out
}

/// `repr(s)` truncated to `n` characters (CPython's `%.200R`).
fn repr_truncated(s: &str, n: usize) -> String {
    let r = repr_str(s);
    match r.char_indices().nth(n) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

// ---------------------------------------------------------------------------
// Float -> decimal digits (dtoa replacement) and PyOS_double_to_string
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug)]
enum DtoaMode {
    /// Shortest digits that round-trip (mode 0).
    Shortest,
    /// `n` significant digits (mode 2; n >= 1).
    Significant(usize),
    /// `n` digits after the decimal point (mode 3).
    Fixed(usize),
}

/// Digits without leading/trailing zeros (zero is "0" with decpt 1); the
/// value is 0.DIGITS * 10**decpt.
struct Decimal {
    digits: Vec<u8>,
    decpt: i64,
}

fn decimal_from_exp_string(s: &str) -> Decimal {
    let (mant, exp) = match s.find('e') {
        Some(i) => (&s[..i], s[i + 1..].parse::<i64>().unwrap()),
        None => (s, 0),
    };
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && *digits.last().unwrap() == b'0' {
        digits.pop();
    }
    Decimal { digits, decpt: exp + 1 }
}

/// Decimal digits of |x| (x finite).
fn dtoa(ax: f64, mode: DtoaMode) -> Decimal {
    let ax = ax.abs();
    if ax == 0.0 {
        return Decimal { digits: vec![b'0'], decpt: 1 };
    }
    match mode {
        DtoaMode::Shortest => {
            // Rust gives the shortest round-tripping digits, but when two
            // candidates of that length are equally close it does not pick
            // the even one like dtoa does.  The correctly rounded (half-even)
            // candidate of the same length is dtoa's answer whenever it
            // round-trips.
            let short = decimal_from_exp_string(&format!("{:e}", ax));
            if !exact_decimal_is_short(ax) {
                return short; // no tie possible
            }
            let k = short.digits.len();
            let nearest_s = format!("{:.*e}", k - 1, ax);
            let nearest = decimal_from_exp_string(&nearest_s);
            if (nearest.digits != short.digits || nearest.decpt != short.decpt)
                && nearest.digits.len() == k
                && nearest_s.parse::<f64>() == Ok(ax)
            {
                return nearest;
            }
            short
        }
        DtoaMode::Significant(n) => {
            let n = n.max(1);
            decimal_from_exp_string(&format!("{:.*e}", n - 1, ax))
        }
        DtoaMode::Fixed(n) => {
            let s = format!("{:.*}", n, ax);
            let (ip, fp) = match s.find('.') {
                Some(i) => (&s[..i], &s[i + 1..]),
                None => (&s[..], ""),
            };
            let mut digits: Vec<u8> = Vec::with_capacity(ip.len() + fp.len());
            digits.extend_from_slice(ip.as_bytes());
            digits.extend_from_slice(fp.as_bytes());
            let mut decpt = ip.len() as i64;
            let lz = digits.iter().take_while(|&&b| b == b'0').count();
            if lz == digits.len() {
                return Decimal { digits: vec![b'0'], decpt: 1 };
            }
            digits.drain(..lz);
            decpt -= lz as i64;
            while *digits.last().unwrap() == b'0' {
                digits.pop();
            }
            Decimal { digits, decpt }
        }
    }
}

/// True if the exact decimal expansion of the finite non-zero `ax` has at
/// most 19 significant digits (only then can a shortest-repr tie occur).
fn exact_decimal_is_short(ax: f64) -> bool {
    let bits = ax.to_bits();
    let be = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if be == 0 { (frac, -1074i64) } else { (frac | (1u64 << 52), be - 1075) };
    if m == 0 {
        return true;
    }
    let tz = m.trailing_zeros();
    m >>= tz;
    e += tz as i64;
    let limit = 10u128.pow(19);
    if e < 0 {
        // x = m * 5**-e / 10**-e with m odd: no trailing zeros.
        if -e > 27 {
            return false;
        }
        (m as u128) * 5u128.pow((-e) as u32) < limit
    } else {
        // x = m * 2**e; drop the factors of 10.
        let mut t = 0;
        while t < e && m % 5 == 0 {
            m /= 5;
            t += 1;
        }
        let sh = e - t;
        sh <= 64 && ((m as u128) << sh) < limit
    }
}

#[derive(Clone, Copy, Default)]
struct DtsFlags {
    sign: bool,
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
}

/// Port of `PyOS_double_to_string` + `format_float_short`.  `code` is one of
/// e E f F g G r; `precision` is as given by the user (`r` ignores it).
fn double_to_string(val: f64, code: char, precision: i64, flags: DtsFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut precision = precision;
    let mode = match code {
        'e' => {
            precision += 1;
            DtoaMode::Significant(precision as usize)
        }
        'f' => DtoaMode::Fixed(precision as usize),
        'g' => {
            if precision == 0 {
                precision = 1;
            }
            DtoaMode::Significant(precision as usize)
        }
        _ => DtoaMode::Shortest,
    };

    let mut sign = val.is_sign_negative();
    let mut out = String::new();
    if !val.is_finite() {
        if val.is_nan() {
            sign = false;
        }
        if sign {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (val.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }

    let dec = dtoa(val, mode);
    let digits = &dec.digits;
    if flags.no_neg_0 && sign && digits.len() == 1 && digits[0] == b'0' {
        sign = false;
    }
    let digits_len = digits.len() as i64;
    let mut decpt = dec.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            if decpt <= -4 || decpt > (if flags.add_dot_0 { precision - 1 } else { precision }) {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0i64;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    out.reserve((vdigits_end - vdigits_start) as usize + 8);
    if sign {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let push_digits = |out: &mut String, d: &[u8]| {
        // digits are ASCII
        out.push_str(std::str::from_utf8(d).unwrap());
    };
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        push_digits(&mut out, &digits[..decpt as usize]);
        out.push('.');
        push_digits(&mut out, &digits[decpt as usize..]);
    } else {
        push_digits(&mut out, digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    }
    out
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtsFlags { add_dot_0: true, ..Default::default() })
}

// ---------------------------------------------------------------------------
// The format-spec mini-language
// ---------------------------------------------------------------------------

/// Which `__format__` is parsing the spec; decides the default type and
/// default alignment (and hence what a leading `0` means).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatTarget {
    /// int (and bool, int subclasses): default type 'd', right-aligned.
    Int,
    /// float: no default type, right-aligned.
    Float,
    /// str: default type 's', left-aligned.
    Str,
}

/// Thousands separator requested in a format spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Thousands {
    None,
    /// `,`: groups of 3.
    Comma,
    /// `_` with d/e/f/g/%/none: groups of 3.
    Underscore,
    /// `_` with b/o/x/X: groups of 4.
    UnderscoreFour,
}

/// A parsed `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// One of '<', '>', '^', '=' (already resolved with the target's default).
    pub align: char,
    /// '+', '-' or ' ' when given.
    pub sign: Option<char>,
    /// The `z` flag.
    pub no_neg_zero: bool,
    /// The `#` flag.
    pub alternate: bool,
    pub width: Option<usize>,
    pub thousands: Thousands,
    pub precision: Option<usize>,
    /// The presentation type; `None` only for floats with no type given
    /// (ints default to 'd', strs to 's').
    pub ty: Option<char>,
    /// Python type name of the formatted object, used in error messages.
    pub type_name: String,
}

fn is_alignment_token(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// CPython's `get_integer`: decimal digits (any Unicode Nd digit), with
/// overflow detection against PY_SSIZE_T_MAX.  Returns (value, digits consumed).
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(i64, usize), FormatError> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while *pos < chars.len() {
        let d = match decimal_value(chars[*pos]) {
            Some(d) => d as i64,
            None => break,
        };
        if acc > (i64::MAX - d) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc, n))
}

fn char_for_message(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        format!("'{}'", c)
    } else {
        format!("'\\x{:x}'", cp)
    }
}

/// Parse a format spec the way `int.__format__` / `float.__format__` /
/// `str.__format__` do (`parse_internal_render_format_spec`).  `type_name` is
/// the Python type name of the object being formatted (for messages).
pub fn parse_format_spec(spec: &str, target: FormatTarget, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let default_align = if target == FormatTarget::Str { '<' } else { '>' };
    let default_type = match target {
        FormatTarget::Int => Some('d'),
        FormatTarget::Float => None,
        FormatTarget::Str => Some('s'),
    };
    let mut fill = ' ';
    let mut align = default_align;
    let mut align_specified = false;
    let mut fill_specified = false;
    let mut sign = None;
    let mut no_neg_zero = false;
    let mut alternate = false;
    let mut thousands = Thousands::None;
    let mut precision = None;
    let mut ty = default_type;

    if end - pos >= 2 && is_alignment_token(chars[pos + 1]) {
        align = chars[pos + 1];
        fill = chars[pos];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_alignment_token(chars[pos]) {
        align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if end - pos >= 1 && matches!(chars[pos], '+' | '-' | ' ') {
        sign = Some(chars[pos]);
        pos += 1;
    }
    if end - pos >= 1 && chars[pos] == 'z' {
        no_neg_zero = true;
        pos += 1;
    }
    if end - pos >= 1 && chars[pos] == '#' {
        alternate = true;
        pos += 1;
    }
    if !fill_specified && end - pos >= 1 && chars[pos] == '0' {
        fill = '0';
        if !align_specified && default_align == '>' {
            align = '=';
        }
        pos += 1;
    }
    let (w, consumed) = get_integer(&chars, &mut pos)?;
    let width = if consumed == 0 { None } else { Some(w as usize) };

    if end - pos >= 1 && chars[pos] == ',' {
        thousands = Thousands::Comma;
        pos += 1;
    }
    if end - pos >= 1 && chars[pos] == '_' {
        if thousands != Thousands::None {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        thousands = Thousands::Underscore;
        pos += 1;
    }
    if end - pos >= 1 && chars[pos] == ',' && thousands == Thousands::Underscore {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if end - pos >= 1 && chars[pos] == '.' {
        pos += 1;
        let (p, consumed) = get_integer(&chars, &mut pos)?;
        if consumed == 0 {
            return Err(value_error("Format specifier missing precision"));
        }
        precision = Some(p as usize);
    }
    if end - pos > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        ty = Some(chars[pos]);
    }
    if thousands != Thousands::None {
        let sepc = if thousands == Thousands::Comma { ',' } else { '_' };
        match ty {
            None | Some('d') | Some('e') | Some('f') | Some('g') | Some('E') | Some('G') | Some('%') | Some('F') => {}
            Some('b') | Some('o') | Some('x') | Some('X') if thousands == Thousands::Underscore => {
                thousands = Thousands::UnderscoreFour;
            }
            Some(t) => {
                return Err(value_error(format!(
                    "Cannot specify '{}' with {}.",
                    sepc,
                    char_for_message(t)
                )));
            }
        }
    }
    Ok(FormatSpec {
        fill,
        align,
        sign,
        no_neg_zero,
        alternate,
        width,
        thousands,
        precision,
        ty,
        type_name: type_name.to_string(),
    })
}

fn unknown_presentation_type(t: char, type_name: &str) -> FormatError {
    value_error(format!(
        "Unknown format code {} for object of type '{}'",
        char_for_message(t),
        type_name
    ))
}

/// Decimal point / grouping in effect (`LocaleInfo`).  The 'n' type uses the
/// C locale (Python never sets LC_NUMERIC): '.' and no grouping.
struct LocaleInfo {
    thousands_sep: Option<char>,
    grouping: usize, // 0 = no grouping
}

fn locale_info(spec: &FormatSpec) -> LocaleInfo {
    if spec.ty == Some('n') {
        return LocaleInfo { thousands_sep: None, grouping: 0 };
    }
    match spec.thousands {
        Thousands::None => LocaleInfo { thousands_sep: None, grouping: 0 },
        Thousands::Comma => LocaleInfo { thousands_sep: Some(','), grouping: 3 },
        Thousands::Underscore => LocaleInfo { thousands_sep: Some('_'), grouping: 3 },
        Thousands::UnderscoreFour => LocaleInfo { thousands_sep: Some('_'), grouping: 4 },
    }
}

/// `_PyUnicode_InsertThousandsGrouping`: group `digits` (ASCII) right to
/// left, padding with '0' up to `min_width` characters.
fn insert_thousands_grouping(digits: &[u8], min_width: i64, locale: &LocaleInfo) -> Vec<char> {
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / 3 + 4);
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut pos = digits.len();
    let mut use_separator = false;
    let mut loop_broken = false;
    let emit = |rev: &mut Vec<char>, pos: &mut usize, n_chars: i64, n_zeros: i64, sep: bool| {
        if sep {
            if let Some(s) = locale.thousands_sep {
                rev.push(s);
            }
        }
        for _ in 0..n_chars {
            *pos -= 1;
            rev.push(digits[*pos] as char);
        }
        for _ in 0..n_zeros {
            rev.push('0');
        }
    };
    if locale.grouping > 0 {
        let sep_len = 1;
        loop {
            let mut l = locale.grouping as i64;
            l = l.min(remaining.max(min_width).max(1));
            let n_zeros = (l - remaining).max(0);
            let n_chars = remaining.min(l).max(0);
            emit(&mut rev, &mut pos, n_chars, n_zeros, use_separator);
            use_separator = true;
            remaining -= n_chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                loop_broken = true;
                break;
            }
            min_width -= sep_len;
        }
    }
    if !loop_broken {
        let l = remaining.max(min_width).max(1);
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        emit(&mut rev, &mut pos, n_chars, n_zeros, use_separator);
    }
    rev.reverse();
    rev
}

/// `calc_number_widths` + `fill_number`.
///
/// Layout: `<lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>`.
#[allow(clippy::too_many_arguments)]
fn fill_number(
    spec: &FormatSpec,
    negative: bool,
    prefix: &str,
    digits: &str,
    has_decimal: bool,
    remainder: &str,
    toupper: bool,
    locale: &LocaleInfo,
) -> Result<String, FormatError> {
    let width: i64 = match spec.width {
        Some(w) => {
            let w = w as i64;
            check_alloc(w)?;
            w
        }
        None => -1,
    };
    let sign_char = match spec.sign {
        Some('+') => Some(if negative { '-' } else { '+' }),
        Some(' ') => Some(if negative { '-' } else { ' ' }),
        _ => {
            if negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign_char.is_some() as i64;
    let n_prefix = prefix.chars().count() as i64;
    let n_decimal = has_decimal as i64;
    let n_remainder = remainder.chars().count() as i64;
    let n_non_digit_non_padding = n_sign + n_prefix + n_decimal + n_remainder;
    let n_min_width = if spec.fill == '0' && spec.align == '=' { width - n_non_digit_non_padding } else { 0 };
    let grouped: Vec<char> = if digits.is_empty() {
        Vec::new()
    } else {
        insert_thousands_grouping(digits.as_bytes(), n_min_width, locale)
    };
    let n_padding = width - (n_non_digit_non_padding + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0i64, 0i64, 0i64);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity(
        (lpad + spad + rpad) as usize * spec.fill.len_utf8() + grouped.len() + prefix.len() + remainder.len() + 2,
    );
    let fill = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    fill(&mut out, lpad);
    if let Some(s) = sign_char {
        out.push(s);
    }
    if toupper {
        out.push_str(&prefix.to_ascii_uppercase());
    } else {
        out.push_str(prefix);
    }
    fill(&mut out, spad);
    for c in grouped {
        out.push(if toupper { c.to_ascii_uppercase() } else { c });
    }
    if has_decimal {
        out.push('.');
    }
    out.push_str(remainder);
    fill(&mut out, rpad);
    Ok(out)
}

/// `format(int, spec)` for an arbitrary-precision int.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_ref(IntRef::Big(v), spec)
}

/// `format(int, spec)` for a machine int.
pub fn format_i64(v: i64, spec: &FormatSpec) -> Result<String, FormatError> {
    format_int_ref(IntRef::Small(v), spec)
}

fn format_int_ref(v: IntRef, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_long_internal(v, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = v.to_f64()?;
            format_float_internal(f, spec)
        }
        t => Err(unknown_presentation_type(t, &spec.type_name)),
    }
}

fn format_long_internal(v: IntRef, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(value_error("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    let locale = locale_info(spec);
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(value_error("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let x = v
            .to_i64()
            .ok_or_else(|| overflow_error("Python int too large to convert to C long"))?;
        if !(0..=0x10ffff).contains(&x) {
            return Err(overflow_error("%c arg not in range(0x110000)"));
        }
        let c = char::from_u32(x as u32).ok_or_else(surrogate_error)?;
        let mut buf = [0u8; 4];
        return fill_number(spec, false, "", "", false, c.encode_utf8(&mut buf), false, &locale);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let (neg, digits) = v.radix_digits(base)?;
    let prefix = if spec.alternate { prefix } else { "" };
    fill_number(spec, neg, prefix, &digits, false, "", ty == 'X', &locale)
}

fn surrogate_error() -> FormatError {
    value_error("surrogate code points are not supported in str")
}

/// `format(float, spec)`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('e') | Some('E') | Some('f') | Some('F') | Some('g') | Some('G') | Some('n') | Some('%') => {
            format_float_internal(x, spec)
        }
        Some(t) => Err(unknown_presentation_type(t, &spec.type_name)),
    }
}

fn format_float_internal(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(value_error("precision too big"));
        }
        check_alloc(p as i64)?;
    }
    let mut flags = DtsFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..Default::default() };
    let mut ty = spec.ty.unwrap_or('\0');
    let mut default_precision = 6i64;
    if ty == '\0' {
        flags.add_dot_0 = true;
        ty = 'r';
        default_precision = 0;
    }
    if ty == 'n' {
        ty = 'g';
    }
    let mut val = x;
    let mut add_pct = false;
    if ty == '%' {
        ty = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p as i64
        }
    };
    // 'f' on huge values produces ~310 digits plus the precision: fine.
    let mut buf = double_to_string(val, ty, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, &buf[..]),
    };
    let ndig = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    let digits = &body[..ndig];
    let rest = &body[ndig..];
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let locale = locale_info(spec);
    fill_number(spec, negative, "", digits, has_decimal, remainder, false, &locale)
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_presentation_type(t, &spec.type_name)),
    }
    if let Some(sign) = spec.sign {
        return Err(value_error(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if spec.align == '=' {
        return Err(value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut len = s.chars().count();
    let mut text = s;
    if let Some(p) = spec.precision {
        if len > p {
            len = p;
            let cut = s.char_indices().nth(p).map(|(i, _)| i).unwrap_or(s.len());
            text = &s[..cut];
        }
    }
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text.to_string());
    }
    check_alloc(width as i64)?;
    let total = width - len;
    let lpad = match spec.align {
        '>' => total,
        '^' => total / 2,
        _ => 0,
    };
    let rpad = total - lpad;
    let mut out = String::with_capacity(text.len() + total * spec.fill.len_utf8());
    for _ in 0..lpad {
        out.push(spec.fill);
    }
    out.push_str(text);
    for _ in 0..rpad {
        out.push(spec.fill);
    }
    Ok(out)
}

/// `int.__format__(spec)` in one call (`type_name` is "int", "bool", ...).
/// An empty spec gives the decimal string.  (Note `format(True, '')` is
/// `str(True)`: the interpreter should handle empty specs for subclasses.)
pub fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return int_to_decimal_string(v);
    }
    let fs = parse_format_spec(spec, FormatTarget::Int, type_name)?;
    format_int(v, &fs)
}

/// `int.__format__(spec)` for a machine int.
pub fn format_i64_spec(v: i64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let fs = parse_format_spec(spec, FormatTarget::Int, type_name)?;
    format_i64(v, &fs)
}

/// `float.__format__(spec)` in one call.
pub fn format_float_spec(x: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let fs = parse_format_spec(spec, FormatTarget::Float, type_name)?;
    format_float(x, &fs)
}

/// `str.__format__(spec)` in one call.
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let fs = parse_format_spec(spec, FormatTarget::Str, type_name)?;
    format_str(s, &fs)
}

// ---------------------------------------------------------------------------
// printf-style formatting: str % args
// ---------------------------------------------------------------------------

/// Which argument of the right operand of `%` is meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of the right operand, which is a tuple.
    Item(usize),
    /// The right operand itself (it is not a tuple).
    Whole,
    /// The value most recently looked up by [`PercentArgs::select_key`].
    Keyed,
}

/// What the formatter needs from an argument; the interpreter applies the
/// Python protocol and returns a [`PercentValue`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conversion {
    /// `%s`: return `Str(str(v))`.
    Str,
    /// `%r`: return `Str(repr(v))`.
    Repr,
    /// `%a`: return `Str(ascii(v))`.
    Ascii,
    /// `%d %i %u`: int (incl. bool / int subclasses) -> `Int`; float ->
    /// `Float` (truncated here); another object that is a number
    /// (`__index__`, `__int__`, `__float__`, ...) -> `Int(int(v))`, or
    /// `Other(type name)` if `int(v)` raises TypeError; a non-number ->
    /// `Other(type name)`.
    Int,
    /// `%o %x %X`: int (incl. bool) -> `Int`; an object with `__index__` ->
    /// `Int(v.__index__())`; anything else (floats too) -> `Other(type name)`.
    Index,
    /// `%e %E %f %F %g %G`: float -> `Float`; int (incl. bool) -> `Int`
    /// (converted here, with OverflowError); `__float__` -> `Float`;
    /// `__index__` -> `Int`; else `Other(type name)`.
    Float,
    /// `%c`: str -> `Str(the string itself)`; int or `__index__` -> `Int`;
    /// else `Other(type name)`.
    Char,
    /// `*` width/precision: only instances of int (incl. bool) -> `Int`;
    /// anything else -> `Other(type name)` (no `__index__`).
    Star,
}

/// An argument after the interpreter applied a [`Conversion`].
#[derive(Debug, Clone, PartialEq)]
pub enum PercentValue {
    Int(BigInt),
    SmallInt(i64),
    Float(f64),
    Str(String),
    /// Not convertible; carries the Python type name for the error message.
    Other(String),
}

/// The right operand of `str % args`, implemented by the interpreter.
///
/// Python semantics to follow (CPython's `PyUnicode_Format`):
/// * `tuple_len`: `Some(len)` iff the operand is a tuple (exact or subclass).
/// * `is_mapping`: the operand is not a tuple and not a str, and its type
///   supports `__getitem__` (dict, list, bytes, user classes with
///   `__getitem__`, ...).  Only then are `%(key)s` allowed and are leftover
///   arguments not an error.
/// * `select_key`: `operand[key]` (key is a str), remembered as the value
///   that [`ArgRef::Keyed`] refers to; propagate KeyError etc.
/// * `convert`: see [`Conversion`]; propagate exceptions raised by
///   `__str__`, `__repr__`, `__index__`, ... .
pub trait PercentArgs {
    type Error: From<FormatError>;
    fn tuple_len(&self) -> Option<usize>;
    fn is_mapping(&self) -> bool;
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    fn convert(&mut self, arg: ArgRef, conv: Conversion) -> Result<PercentValue, Self::Error>;
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

struct ArgCursor {
    arglen: i64,
    argidx: i64,
    cur: ArgRef,
}

impl ArgCursor {
    fn next(&mut self) -> Result<ArgRef, FormatError> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                Ok(self.cur)
            } else {
                Ok(ArgRef::Item(i as usize))
            }
        } else {
            Err(type_error("not enough arguments for format string"))
        }
    }
}

fn percent_value_to_int(v: &PercentValue) -> Option<IntRef<'_>> {
    match v {
        PercentValue::Int(b) => Some(IntRef::Big(b)),
        PercentValue::SmallInt(i) => Some(IntRef::Small(*i)),
        _ => None,
    }
}

/// `_PyUnicode_FormatLong`: digits for %d %i %u %o %x %X with precision
/// (minimum digit count) and the `#` prefix.
fn format_long_percent(v: IntRef, alt: bool, prec: i64, ty: char) -> Result<String, FormatError> {
    if prec > i32::MAX as i64 - 3 {
        return Err(overflow_error("precision too large"));
    }
    check_alloc(prec)?;
    let (base, prefix) = match ty {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let (neg, mut digits) = v.radix_digits(base)?;
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut out = String::with_capacity(digits.len() + 4 + prec.max(0) as usize);
    if neg {
        out.push('-');
    }
    if alt {
        out.push_str(prefix);
    }
    for _ in 0..(prec - digits.len() as i64).max(0) {
        out.push('0');
    }
    out.push_str(&digits);
    Ok(out)
}

/// `str % args` (CPython's `PyUnicode_Format`).  Works with `&mut dyn
/// PercentArgs<Error = E>` as well as concrete types.
pub fn percent_format<A: PercentArgs + ?Sized>(fmt: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = fmt.chars().collect();
    let n = chars.len() as i64;
    let read = |pos: i64| -> char {
        if pos >= 0 && pos < n {
            chars[pos as usize]
        } else {
            '\0'
        }
    };
    let tuple_len = args.tuple_len();
    let mut cursor = match tuple_len {
        Some(len) => ArgCursor { arglen: len as i64, argidx: 0, cur: ArgRef::Whole },
        None => ArgCursor { arglen: -1, argidx: -2, cur: ArgRef::Whole },
    };
    let dict = tuple_len.is_none() && args.is_mapping();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut fmtcnt = n;
    let mut fmtpos: i64 = 0;

    loop {
        fmtcnt -= 1;
        if fmtcnt < 0 {
            break;
        }
        if read(fmtpos) != '%' {
            let start = fmtpos as usize;
            let mut end = start + 1;
            while end < chars.len() && chars[end] != '%' {
                end += 1;
            }
            out.extend(&chars[start..end]);
            fmtpos = end as i64;
            fmtcnt = n - fmtpos;
            continue;
        }
        fmtpos += 1;
        // Here fmtcnt == number of characters from fmtpos to the end.
        let mut ch = read(fmtpos);
        if ch == '%' {
            fmtpos += 1;
            fmtcnt -= 1;
            out.push('%');
            continue;
        }
        let mut flags: u8 = 0;
        let mut width: i64 = -1;
        let mut prec: i64 = -1;

        // --- unicode_format_arg_parse ---
        if read(fmtpos) == '(' {
            if !dict {
                return Err(type_error("format requires a mapping").into());
            }
            fmtpos += 1;
            fmtcnt -= 1;
            let keystart = fmtpos;
            let mut pcount = 1;
            while pcount > 0 {
                fmtcnt -= 1;
                if fmtcnt < 0 {
                    break;
                }
                let c = read(fmtpos);
                if c == ')' {
                    pcount -= 1;
                } else if c == '(' {
                    pcount += 1;
                }
                fmtpos += 1;
            }
            if fmtcnt < 0 || pcount > 0 {
                return Err(value_error("incomplete format key").into());
            }
            let keylen = fmtpos - keystart - 1;
            let key: String = chars[keystart as usize..(keystart + keylen) as usize].iter().collect();
            args.select_key(&key)?;
            cursor.cur = ArgRef::Keyed;
            cursor.arglen = -1;
            cursor.argidx = -2;
        }
        loop {
            fmtcnt -= 1;
            if fmtcnt < 0 {
                break;
            }
            ch = read(fmtpos);
            fmtpos += 1;
            match ch {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
        }
        if ch == '*' {
            let a = cursor.next()?;
            let v = args.convert(a, Conversion::Star)?;
            let iv = percent_value_to_int(&v).ok_or_else(|| type_error("* wants int"))?;
            width = iv
                .to_i64()
                .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
            if width < 0 {
                flags |= F_LJUST;
                width = width.checked_neg().unwrap_or(i64::MAX);
            }
            fmtcnt -= 1;
            if fmtcnt >= 0 {
                ch = read(fmtpos);
                fmtpos += 1;
            }
        } else if ch.is_ascii_digit() {
            width = ch as i64 - '0' as i64;
            loop {
                fmtcnt -= 1;
                if fmtcnt < 0 {
                    break;
                }
                ch = read(fmtpos);
                fmtpos += 1;
                if !ch.is_ascii_digit() {
                    break;
                }
                let d = ch as i64 - '0' as i64;
                if width > (i64::MAX - d) / 10 {
                    return Err(value_error("width too big").into());
                }
                width = width * 10 + d;
            }
        }
        if ch == '.' {
            prec = 0;
            fmtcnt -= 1;
            if fmtcnt >= 0 {
                ch = read(fmtpos);
                fmtpos += 1;
            }
            if ch == '*' {
                let a = cursor.next()?;
                let v = args.convert(a, Conversion::Star)?;
                let iv = percent_value_to_int(&v).ok_or_else(|| type_error("* wants int"))?;
                prec = match iv.to_i64() {
                    Some(p) if p >= i32::MIN as i64 && p <= i32::MAX as i64 => p,
                    _ => return Err(overflow_error("Python int too large to convert to C int").into()),
                };
                if prec < 0 {
                    prec = 0;
                }
                fmtcnt -= 1;
                if fmtcnt >= 0 {
                    ch = read(fmtpos);
                    fmtpos += 1;
                }
            } else if ch.is_ascii_digit() {
                prec = ch as i64 - '0' as i64;
                loop {
                    fmtcnt -= 1;
                    if fmtcnt < 0 {
                        break;
                    }
                    ch = read(fmtpos);
                    fmtpos += 1;
                    if !ch.is_ascii_digit() {
                        break;
                    }
                    let d = ch as i64 - '0' as i64;
                    if prec > (i32::MAX as i64 - d) / 10 {
                        return Err(value_error("precision too big").into());
                    }
                    prec = prec * 10 + d;
                }
            }
        }
        if fmtcnt >= 0 && (ch == 'h' || ch == 'l' || ch == 'L') {
            fmtcnt -= 1;
            if fmtcnt >= 0 {
                ch = read(fmtpos);
                fmtpos += 1;
            }
        }
        if fmtcnt < 0 {
            return Err(value_error("incomplete format").into());
        }

        // --- unicode_format_arg_format ---
        let a = cursor.next()?;
        let mut numeric_sign = false;
        let text: String = match ch {
            's' | 'r' | 'a' => {
                let conv = match ch {
                    's' => Conversion::Str,
                    'r' => Conversion::Repr,
                    _ => Conversion::Ascii,
                };
                match args.convert(a, conv)? {
                    PercentValue::Str(s) => s,
                    PercentValue::Int(b) => int_to_decimal_string(&b)?,
                    PercentValue::SmallInt(i) => i.to_string(),
                    PercentValue::Float(f) => float_repr(f),
                    PercentValue::Other(t) => format!("<{} object>", t),
                }
            }
            'i' | 'd' | 'u' | 'o' | 'x' | 'X' => {
                let index_only = matches!(ch, 'o' | 'x' | 'X');
                let v = args.convert(a, if index_only { Conversion::Index } else { Conversion::Int })?;
                let wrongtype = |t: &str| {
                    if index_only {
                        type_error(format!("%{} format: an integer is required, not {}", ch, t))
                    } else {
                        type_error(format!("%{} format: a real number is required, not {}", ch, t))
                    }
                };
                let s = match &v {
                    PercentValue::Int(b) => format_long_percent(IntRef::Big(b), flags & F_ALT != 0, prec, ch)?,
                    PercentValue::SmallInt(i) => {
                        format_long_percent(IntRef::Small(*i), flags & F_ALT != 0, prec, ch)?
                    }
                    PercentValue::Float(f) if !index_only => {
                        let b = float_to_bigint(*f)?;
                        format_long_percent(IntRef::Big(&b), flags & F_ALT != 0, prec, ch)?
                    }
                    PercentValue::Float(_) => return Err(wrongtype("float").into()),
                    PercentValue::Str(_) => return Err(wrongtype("str").into()),
                    PercentValue::Other(t) => return Err(wrongtype(t).into()),
                };
                numeric_sign = true;
                s
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match args.convert(a, Conversion::Float)? {
                    PercentValue::Float(f) => f,
                    PercentValue::Int(b) => bigint_to_f64(&b)?,
                    PercentValue::SmallInt(i) => i as f64,
                    PercentValue::Str(_) => return Err(type_error("must be real number, not str").into()),
                    PercentValue::Other(t) => {
                        return Err(type_error(format!("must be real number, not {}", t)).into())
                    }
                };
                let p = if prec < 0 { 6 } else { prec };
                check_alloc(p)?;
                numeric_sign = true;
                double_to_string(x, ch, p, DtsFlags { alt: flags & F_ALT != 0, ..Default::default() })
            }
            'c' => {
                let c = match args.convert(a, Conversion::Char)? {
                    PercentValue::Str(s) => {
                        let mut it = s.chars();
                        match (it.next(), it.next()) {
                            (Some(c), None) => c,
                            _ => return Err(type_error("%c requires int or char").into()),
                        }
                    }
                    v @ (PercentValue::Int(_) | PercentValue::SmallInt(_)) => {
                        let x = percent_value_to_int(&v).unwrap().to_i64();
                        match x {
                            Some(x) if (0..=0x10ffff).contains(&x) => {
                                char::from_u32(x as u32).ok_or_else(surrogate_error)?
                            }
                            _ => return Err(overflow_error("%c arg not in range(0x110000)").into()),
                        }
                    }
                    _ => return Err(type_error("%c requires int or char").into()),
                };
                c.to_string()
            }
            _ => {
                let cp = ch as u32;
                let shown = if (31..=126).contains(&cp) { ch } else { '?' };
                return Err(value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown,
                    cp,
                    fmtpos - 1
                ))
                .into());
            }
        };

        // --- unicode_format_arg_output ---
        percent_output(&mut out, &text, ch, flags, width, prec, numeric_sign)?;

        if dict && cursor.argidx < cursor.arglen {
            return Err(type_error("not all arguments converted during mixed formatting").into());
        }
    }
    if cursor.argidx < cursor.arglen && !dict {
        return Err(type_error("not all arguments converted during string formatting").into());
    }
    Ok(out)
}

/// `unicode_format_arg_output`: padding, sign and `0x` placement.
fn percent_output(
    out: &mut String,
    s: &str,
    ch: char,
    flags: u8,
    width: i64,
    prec: i64,
    sign_allowed: bool,
) -> Result<(), FormatError> {
    let mut sign = sign_allowed;
    let fill = if sign && flags & F_ZERO != 0 { '0' } else { ' ' };
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = width;
    if (width == -1 || width <= len) && (prec == -1 || prec >= len) && flags & (F_SIGN | F_BLANK) == 0 {
        out.push_str(s);
        return Ok(());
    }
    check_alloc(width)?;
    if matches!(ch, 's' | 'r' | 'a') && prec >= 0 && len > prec {
        len = prec;
    }
    let mut pindex = 0usize;
    let mut signchar = '\0';
    if sign {
        let c0 = chars.first().copied().unwrap_or('\0');
        if c0 == '-' || c0 == '+' {
            signchar = c0;
            len -= 1;
            pindex += 1;
        } else if flags & F_SIGN != 0 {
            signchar = '+';
        } else if flags & F_BLANK != 0 {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if width < len {
        width = len;
    }
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags & F_ALT != 0 && matches!(ch, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width -= 2;
        if width < 0 {
            width = 0;
        }
        len -= 2;
    }
    if width > len && flags & F_LJUST == 0 {
        for _ in 0..(width - len) {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        if has_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    if len > 0 {
        out.extend(&chars[pindex..pindex + len as usize]);
    }
    if width > len {
        for _ in 0..(width - len) {
            out.push(' ');
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Parsing: int(str, base), float(str)
// ---------------------------------------------------------------------------

fn digit_value_ascii(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` for a str `s` (base 0 or 2..=36; other values give
/// CPython's ValueError).  Handles whitespace (incl. Unicode), sign, prefixes,
/// PEP 515 underscores, Unicode decimal digits and the int-max-str-digits
/// limit.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, FormatError> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
    }
    let buf = transform_decimal_and_space_to_ascii(s);
    let invalid = || {
        value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            repr_truncated(s, 200)
        ))
    };
    let at = |i: usize| -> u8 { buf.get(i).copied().unwrap_or(0) };
    let mut p = 0usize;
    while p < buf.len() && c_isspace(buf[p]) {
        p += 1;
    }
    let mut negative = false;
    if at(p) == b'+' {
        p += 1;
    } else if at(p) == b'-' {
        p += 1;
        negative = true;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        if at(p) != b'0' {
            b = 10;
        } else {
            match at(p + 1) {
                b'x' | b'X' => b = 16,
                b'o' | b'O' => b = 8,
                b'b' | b'B' => b = 2,
                _ => {
                    error_if_nonzero = true;
                    b = 10;
                }
            }
        }
    }
    if at(p) == b'0'
        && ((b == 16 && matches!(at(p + 1), b'x' | b'X'))
            || (b == 8 && matches!(at(p + 1), b'o' | b'O'))
            || (b == 2 && matches!(at(p + 1), b'b' | b'B')))
    {
        p += 2;
        if at(p) == b'_' {
            p += 1;
        }
    }
    // long_from_string_base
    let start = p;
    if at(start) == b'_' {
        return Err(invalid());
    }
    let mut digits: Vec<u8> = Vec::with_capacity(buf.len());
    let mut prev = 0u8;
    while p < buf.len() && (digit_value_ascii(buf[p]) < b || buf[p] == b'_') {
        if buf[p] == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            digits.push(buf[p]);
        }
        prev = buf[p];
        p += 1;
    }
    if prev == b'_' || p == start {
        return Err(invalid());
    }
    while p < buf.len() && c_isspace(buf[p]) {
        p += 1;
    }
    if p != buf.len() {
        return Err(invalid());
    }
    if !b.is_power_of_two() {
        let limit = int_max_str_digits();
        if digits.len() > INT_MAX_STR_DIGITS_THRESHOLD && limit > 0 && digits.len() > limit {
            return Err(value_error(format!(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; \
                 use sys.set_int_max_str_digits() to increase the limit",
                limit,
                digits.len()
            )));
        }
    }
    let mag = if digits.len() <= 12 {
        let mut v: u64 = 0;
        for &d in &digits {
            v = v * b as u64 + digit_value_ascii(d) as u64;
        }
        BigUint::from(v)
    } else {
        BigUint::parse_bytes(&digits, b).ok_or_else(invalid)?
    };
    if error_if_nonzero && !mag.is_zero() {
        return Err(invalid());
    }
    Ok(BigInt::from_biguint(if negative { Sign::Minus } else { Sign::Plus }, mag))
}

/// `float(s)` for a str `s`.
/// A quiet NaN with a payload of its own. Floats are immediates, and `is`
/// compares their bits: giving each `float('nan')` distinct bits keeps two
/// of them from being identical (so `{'k': float('nan')} == {'k':
/// float('nan')}` is False, as in CPython, while a NaN is still itself).
pub fn fresh_nan() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_ffff_ffff_ffff;
    f64::from_bits(0x7ff8_0000_0000_0000 | n.max(1))
}

pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    let err = || value_error(format!("could not convert string to float: {}", repr_str(s)));
    let mut buf = transform_decimal_and_space_to_ascii(s);
    if buf.contains(&b'_') {
        // _Py_string_to_number_with_underscores
        let mut dup = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &c in &buf {
            if c == 0 {
                return Err(err()); // embedded NUL
            }
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(err());
                }
            } else {
                dup.push(c);
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(err());
                }
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(err());
        }
        buf = dup;
    }
    // float_from_string_inner
    let mut lo = 0;
    let mut hi = buf.len();
    while lo < hi && c_isspace(buf[lo]) {
        lo += 1;
    }
    if lo == hi {
        return Err(err());
    }
    while hi > lo + 1 && c_isspace(buf[hi - 1]) {
        hi -= 1;
    }
    let t = &buf[lo..hi];
    let (negative, body) = match t.first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let lower: Vec<u8> = body.to_ascii_lowercase();
    let mag = if lower == b"inf" || lower == b"infinity" {
        f64::INFINITY
    } else if lower == b"nan" {
        fresh_nan()
    } else {
        // digits [. digits] [e [sign] digits], at least one mantissa digit
        let mut i = 0;
        let mut nd = 0;
        while i < body.len() && body[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
        if i < body.len() && body[i] == b'.' {
            i += 1;
            while i < body.len() && body[i].is_ascii_digit() {
                i += 1;
                nd += 1;
            }
        }
        if nd == 0 {
            return Err(err());
        }
        if i < body.len() && (body[i] == b'e' || body[i] == b'E') {
            i += 1;
            if i < body.len() && (body[i] == b'+' || body[i] == b'-') {
                i += 1;
            }
            let es = i;
            while i < body.len() && body[i].is_ascii_digit() {
                i += 1;
            }
            if i == es {
                return Err(err());
            }
        }
        if i != body.len() {
            return Err(err());
        }
        std::str::from_utf8(body).ok().and_then(|x| x.parse::<f64>().ok()).ok_or_else(err)?
    };
    Ok(if negative { -mag } else { mag })
}

// ---------------------------------------------------------------------------
// Rounding
// ---------------------------------------------------------------------------

/// `round(x)` for a float, as a float: round half to even.  Convert the
/// result with [`float_to_bigint`] to get CPython's int (and its errors).
pub fn round_half_even(x: f64) -> f64 {
    let rounded = x.round();
    if (x - rounded).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        rounded
    }
}

/// `round(x, ndigits)` for a float: correctly rounded to a multiple of
/// 10**-ndigits (half-even on the exact binary value), like CPython.
/// OverflowError "rounded value too large to represent" when the result
/// overflows.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() {
        return Ok(x);
    }
    // NDIGITS_MAX = (53 - (-1021)) * 0.30103 = 323; NDIGITS_MIN = -(1024 + 1) * 0.30103 = -308
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 {
        return Ok(x);
    }
    let negative = x.is_sign_negative();
    let (digits, exp) = if ndigits >= 0 {
        // Rust's fixed formatting is correctly rounded (half-even).
        let d = dtoa(x, DtoaMode::Fixed(ndigits as usize));
        let e = d.decpt - d.digits.len() as i64;
        (d.digits, e)
    } else {
        // Rounding to a multiple of 10**-ndigits >= 10: only the (exactly
        // printable) integer part matters, plus whether a fraction exists.
        let t = x.abs().trunc();
        let sticky = x.fract() != 0.0;
        let d = Decimal { digits: format!("{:.0}", t).into_bytes(), decpt: 0 };
        let d = Decimal { decpt: d.digits.len() as i64, ..d };
        // keep digits down to the 10**(-ndigits) place
        let keep = if t == 0.0 { -1 } else { d.decpt + ndigits };
        let unit_exp = -ndigits; // value of the last kept digit is 10**unit_exp
        if keep < 0 {
            (vec![b'0'], 0)
        } else {
            let k = keep as usize;
            let mut kept: Vec<u8> = d.digits.iter().copied().take(k).collect();
            while kept.len() < k {
                kept.push(b'0');
            }
            let rest: &[u8] = if d.digits.len() > k { &d.digits[k..] } else { &[] };
            let round_up = match rest.first() {
                None => false,
                Some(&r) if r > b'5' => true,
                Some(&r) if r < b'5' => false,
                Some(_) => {
                    if sticky || rest[1..].iter().any(|&c| c != b'0') {
                        true
                    } else {
                        // exact tie: round to even
                        kept.last().map(|&c| (c - b'0') % 2 == 1).unwrap_or(false)
                    }
                }
            };
            if round_up {
                let mut i = kept.len();
                loop {
                    if i == 0 {
                        kept.insert(0, b'1');
                        break;
                    }
                    i -= 1;
                    if kept[i] == b'9' {
                        kept[i] = b'0';
                    } else {
                        kept[i] += 1;
                        break;
                    }
                }
            }
            if kept.is_empty() {
                (vec![b'0'], 0)
            } else {
                (kept, unit_exp)
            }
        }
    };
    let s = format!("{}e{}", std::str::from_utf8(&digits).unwrap(), exp);
    let mag: f64 = s.parse().unwrap_or(0.0);
    if mag.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(if negative { -mag } else { mag })
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.12 / Unicode 15.0.0)
// ---------------------------------------------------------------------------

/// Code points where str.isprintable() flips, starting from "not printable"
/// at U+0000: [b0, b1) printable, [b1, b2) not, ...
#[rustfmt::skip]
static PRINTABLE_BOUNDS: [u32; 1422] = [
    0x20, 0x7f, 0xa1, 0xad, 0xae, 0x378, 0x37a, 0x380, 0x384, 0x38b,
    0x38c, 0x38d, 0x38e, 0x3a2, 0x3a3, 0x530, 0x531, 0x557, 0x559, 0x58b,
    0x58d, 0x590, 0x591, 0x5c8, 0x5d0, 0x5eb, 0x5ef, 0x5f5, 0x606, 0x61c,
    0x61d, 0x6dd, 0x6de, 0x70e, 0x710, 0x74b, 0x74d, 0x7b2, 0x7c0, 0x7fb,
    0x7fd, 0x82e, 0x830, 0x83f, 0x840, 0x85c, 0x85e, 0x85f, 0x860, 0x86b,
    0x870, 0x88f, 0x898, 0x8e2, 0x8e3, 0x984, 0x985, 0x98d, 0x98f, 0x991,
    0x993, 0x9a9, 0x9aa, 0x9b1, 0x9b2, 0x9b3, 0x9b6, 0x9ba, 0x9bc, 0x9c5,
    0x9c7, 0x9c9, 0x9cb, 0x9cf, 0x9d7, 0x9d8, 0x9dc, 0x9de, 0x9df, 0x9e4,
    0x9e6, 0x9ff, 0xa01, 0xa04, 0xa05, 0xa0b, 0xa0f, 0xa11, 0xa13, 0xa29,
    0xa2a, 0xa31, 0xa32, 0xa34, 0xa35, 0xa37, 0xa38, 0xa3a, 0xa3c, 0xa3d,
    0xa3e, 0xa43, 0xa47, 0xa49, 0xa4b, 0xa4e, 0xa51, 0xa52, 0xa59, 0xa5d,
    0xa5e, 0xa5f, 0xa66, 0xa77, 0xa81, 0xa84, 0xa85, 0xa8e, 0xa8f, 0xa92,
    0xa93, 0xaa9, 0xaaa, 0xab1, 0xab2, 0xab4, 0xab5, 0xaba, 0xabc, 0xac6,
    0xac7, 0xaca, 0xacb, 0xace, 0xad0, 0xad1, 0xae0, 0xae4, 0xae6, 0xaf2,
    0xaf9, 0xb00, 0xb01, 0xb04, 0xb05, 0xb0d, 0xb0f, 0xb11, 0xb13, 0xb29,
    0xb2a, 0xb31, 0xb32, 0xb34, 0xb35, 0xb3a, 0xb3c, 0xb45, 0xb47, 0xb49,
    0xb4b, 0xb4e, 0xb55, 0xb58, 0xb5c, 0xb5e, 0xb5f, 0xb64, 0xb66, 0xb78,
    0xb82, 0xb84, 0xb85, 0xb8b, 0xb8e, 0xb91, 0xb92, 0xb96, 0xb99, 0xb9b,
    0xb9c, 0xb9d, 0xb9e, 0xba0, 0xba3, 0xba5, 0xba8, 0xbab, 0xbae, 0xbba,
    0xbbe, 0xbc3, 0xbc6, 0xbc9, 0xbca, 0xbce, 0xbd0, 0xbd1, 0xbd7, 0xbd8,
    0xbe6, 0xbfb, 0xc00, 0xc0d, 0xc0e, 0xc11, 0xc12, 0xc29, 0xc2a, 0xc3a,
    0xc3c, 0xc45, 0xc46, 0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57, 0xc58, 0xc5b,
    0xc5d, 0xc5e, 0xc60, 0xc64, 0xc66, 0xc70, 0xc77, 0xc8d, 0xc8e, 0xc91,
    0xc92, 0xca9, 0xcaa, 0xcb4, 0xcb5, 0xcba, 0xcbc, 0xcc5, 0xcc6, 0xcc9,
    0xcca, 0xcce, 0xcd5, 0xcd7, 0xcdd, 0xcdf, 0xce0, 0xce4, 0xce6, 0xcf0,
    0xcf1, 0xcf4, 0xd00, 0xd0d, 0xd0e, 0xd11, 0xd12, 0xd45, 0xd46, 0xd49,
    0xd4a, 0xd50, 0xd54, 0xd64, 0xd66, 0xd80, 0xd81, 0xd84, 0xd85, 0xd97,
    0xd9a, 0xdb2, 0xdb3, 0xdbc, 0xdbd, 0xdbe, 0xdc0, 0xdc7, 0xdca, 0xdcb,
    0xdcf, 0xdd5, 0xdd6, 0xdd7, 0xdd8, 0xde0, 0xde6, 0xdf0, 0xdf2, 0xdf5,
    0xe01, 0xe3b, 0xe3f, 0xe5c, 0xe81, 0xe83, 0xe84, 0xe85, 0xe86, 0xe8b,
    0xe8c, 0xea4, 0xea5, 0xea6, 0xea7, 0xebe, 0xec0, 0xec5, 0xec6, 0xec7,
    0xec8, 0xecf, 0xed0, 0xeda, 0xedc, 0xee0, 0xf00, 0xf48, 0xf49, 0xf6d,
    0xf71, 0xf98, 0xf99, 0xfbd, 0xfbe, 0xfcd, 0xfce, 0xfdb, 0x1000, 0x10c6,
    0x10c7, 0x10c8, 0x10cd, 0x10ce, 0x10d0, 0x1249, 0x124a, 0x124e, 0x1250, 0x1257,
    0x1258, 0x1259, 0x125a, 0x125e, 0x1260, 0x1289, 0x128a, 0x128e, 0x1290, 0x12b1,
    0x12b2, 0x12b6, 0x12b8, 0x12bf, 0x12c0, 0x12c1, 0x12c2, 0x12c6, 0x12c8, 0x12d7,
    0x12d8, 0x1311, 0x1312, 0x1316, 0x1318, 0x135b, 0x135d, 0x137d, 0x1380, 0x139a,
    0x13a0, 0x13f6, 0x13f8, 0x13fe, 0x1400, 0x1680, 0x1681, 0x169d, 0x16a0, 0x16f9,
    0x1700, 0x1716, 0x171f, 0x1737, 0x1740, 0x1754, 0x1760, 0x176d, 0x176e, 0x1771,
    0x1772, 0x1774, 0x1780, 0x17de, 0x17e0, 0x17ea, 0x17f0, 0x17fa, 0x1800, 0x180e,
    0x180f, 0x181a, 0x1820, 0x1879, 0x1880, 0x18ab, 0x18b0, 0x18f6, 0x1900, 0x191f,
    0x1920, 0x192c, 0x1930, 0x193c, 0x1940, 0x1941, 0x1944, 0x196e, 0x1970, 0x1975,
    0x1980, 0x19ac, 0x19b0, 0x19ca, 0x19d0, 0x19db, 0x19de, 0x1a1c, 0x1a1e, 0x1a5f,
    0x1a60, 0x1a7d, 0x1a7f, 0x1a8a, 0x1a90, 0x1a9a, 0x1aa0, 0x1aae, 0x1ab0, 0x1acf,
    0x1b00, 0x1b4d, 0x1b50, 0x1b7f, 0x1b80, 0x1bf4, 0x1bfc, 0x1c38, 0x1c3b, 0x1c4a,
    0x1c4d, 0x1c89, 0x1c90, 0x1cbb, 0x1cbd, 0x1cc8, 0x1cd0, 0x1cfb, 0x1d00, 0x1f16,
    0x1f18, 0x1f1e, 0x1f20, 0x1f46, 0x1f48, 0x1f4e, 0x1f50, 0x1f58, 0x1f59, 0x1f5a,
    0x1f5b, 0x1f5c, 0x1f5d, 0x1f5e, 0x1f5f, 0x1f7e, 0x1f80, 0x1fb5, 0x1fb6, 0x1fc5,
    0x1fc6, 0x1fd4, 0x1fd6, 0x1fdc, 0x1fdd, 0x1ff0, 0x1ff2, 0x1ff5, 0x1ff6, 0x1fff,
    0x2010, 0x2028, 0x2030, 0x205f, 0x2070, 0x2072, 0x2074, 0x208f, 0x2090, 0x209d,
    0x20a0, 0x20c1, 0x20d0, 0x20f1, 0x2100, 0x218c, 0x2190, 0x2427, 0x2440, 0x244b,
    0x2460, 0x2b74, 0x2b76, 0x2b96, 0x2b97, 0x2cf4, 0x2cf9, 0x2d26, 0x2d27, 0x2d28,
    0x2d2d, 0x2d2e, 0x2d30, 0x2d68, 0x2d6f, 0x2d71, 0x2d7f, 0x2d97, 0x2da0, 0x2da7,
    0x2da8, 0x2daf, 0x2db0, 0x2db7, 0x2db8, 0x2dbf, 0x2dc0, 0x2dc7, 0x2dc8, 0x2dcf,
    0x2dd0, 0x2dd7, 0x2dd8, 0x2ddf, 0x2de0, 0x2e5e, 0x2e80, 0x2e9a, 0x2e9b, 0x2ef4,
    0x2f00, 0x2fd6, 0x2ff0, 0x2ffc, 0x3001, 0x3040, 0x3041, 0x3097, 0x3099, 0x3100,
    0x3105, 0x3130, 0x3131, 0x318f, 0x3190, 0x31e4, 0x31f0, 0x321f, 0x3220, 0xa48d,
    0xa490, 0xa4c7, 0xa4d0, 0xa62c, 0xa640, 0xa6f8, 0xa700, 0xa7cb, 0xa7d0, 0xa7d2,
    0xa7d3, 0xa7d4, 0xa7d5, 0xa7da, 0xa7f2, 0xa82d, 0xa830, 0xa83a, 0xa840, 0xa878,
    0xa880, 0xa8c6, 0xa8ce, 0xa8da, 0xa8e0, 0xa954, 0xa95f, 0xa97d, 0xa980, 0xa9ce,
    0xa9cf, 0xa9da, 0xa9de, 0xa9ff, 0xaa00, 0xaa37, 0xaa40, 0xaa4e, 0xaa50, 0xaa5a,
    0xaa5c, 0xaac3, 0xaadb, 0xaaf7, 0xab01, 0xab07, 0xab09, 0xab0f, 0xab11, 0xab17,
    0xab20, 0xab27, 0xab28, 0xab2f, 0xab30, 0xab6c, 0xab70, 0xabee, 0xabf0, 0xabfa,
    0xac00, 0xd7a4, 0xd7b0, 0xd7c7, 0xd7cb, 0xd7fc, 0xf900, 0xfa6e, 0xfa70, 0xfada,
    0xfb00, 0xfb07, 0xfb13, 0xfb18, 0xfb1d, 0xfb37, 0xfb38, 0xfb3d, 0xfb3e, 0xfb3f,
    0xfb40, 0xfb42, 0xfb43, 0xfb45, 0xfb46, 0xfbc3, 0xfbd3, 0xfd90, 0xfd92, 0xfdc8,
    0xfdcf, 0xfdd0, 0xfdf0, 0xfe1a, 0xfe20, 0xfe53, 0xfe54, 0xfe67, 0xfe68, 0xfe6c,
    0xfe70, 0xfe75, 0xfe76, 0xfefd, 0xff01, 0xffbf, 0xffc2, 0xffc8, 0xffca, 0xffd0,
    0xffd2, 0xffd8, 0xffda, 0xffdd, 0xffe0, 0xffe7, 0xffe8, 0xffef, 0xfffc, 0xfffe,
    0x10000, 0x1000c, 0x1000d, 0x10027, 0x10028, 0x1003b, 0x1003c, 0x1003e, 0x1003f, 0x1004e,
    0x10050, 0x1005e, 0x10080, 0x100fb, 0x10100, 0x10103, 0x10107, 0x10134, 0x10137, 0x1018f,
    0x10190, 0x1019d, 0x101a0, 0x101a1, 0x101d0, 0x101fe, 0x10280, 0x1029d, 0x102a0, 0x102d1,
    0x102e0, 0x102fc, 0x10300, 0x10324, 0x1032d, 0x1034b, 0x10350, 0x1037b, 0x10380, 0x1039e,
    0x1039f, 0x103c4, 0x103c8, 0x103d6, 0x10400, 0x1049e, 0x104a0, 0x104aa, 0x104b0, 0x104d4,
    0x104d8, 0x104fc, 0x10500, 0x10528, 0x10530, 0x10564, 0x1056f, 0x1057b, 0x1057c, 0x1058b,
    0x1058c, 0x10593, 0x10594, 0x10596, 0x10597, 0x105a2, 0x105a3, 0x105b2, 0x105b3, 0x105ba,
    0x105bb, 0x105bd, 0x10600, 0x10737, 0x10740, 0x10756, 0x10760, 0x10768, 0x10780, 0x10786,
    0x10787, 0x107b1, 0x107b2, 0x107bb, 0x10800, 0x10806, 0x10808, 0x10809, 0x1080a, 0x10836,
    0x10837, 0x10839, 0x1083c, 0x1083d, 0x1083f, 0x10856, 0x10857, 0x1089f, 0x108a7, 0x108b0,
    0x108e0, 0x108f3, 0x108f4, 0x108f6, 0x108fb, 0x1091c, 0x1091f, 0x1093a, 0x1093f, 0x10940,
    0x10980, 0x109b8, 0x109bc, 0x109d0, 0x109d2, 0x10a04, 0x10a05, 0x10a07, 0x10a0c, 0x10a14,
    0x10a15, 0x10a18, 0x10a19, 0x10a36, 0x10a38, 0x10a3b, 0x10a3f, 0x10a49, 0x10a50, 0x10a59,
    0x10a60, 0x10aa0, 0x10ac0, 0x10ae7, 0x10aeb, 0x10af7, 0x10b00, 0x10b36, 0x10b39, 0x10b56,
    0x10b58, 0x10b73, 0x10b78, 0x10b92, 0x10b99, 0x10b9d, 0x10ba9, 0x10bb0, 0x10c00, 0x10c49,
    0x10c80, 0x10cb3, 0x10cc0, 0x10cf3, 0x10cfa, 0x10d28, 0x10d30, 0x10d3a, 0x10e60, 0x10e7f,
    0x10e80, 0x10eaa, 0x10eab, 0x10eae, 0x10eb0, 0x10eb2, 0x10efd, 0x10f28, 0x10f30, 0x10f5a,
    0x10f70, 0x10f8a, 0x10fb0, 0x10fcc, 0x10fe0, 0x10ff7, 0x11000, 0x1104e, 0x11052, 0x11076,
    0x1107f, 0x110bd, 0x110be, 0x110c3, 0x110d0, 0x110e9, 0x110f0, 0x110fa, 0x11100, 0x11135,
    0x11136, 0x11148, 0x11150, 0x11177, 0x11180, 0x111e0, 0x111e1, 0x111f5, 0x11200, 0x11212,
    0x11213, 0x11242, 0x11280, 0x11287, 0x11288, 0x11289, 0x1128a, 0x1128e, 0x1128f, 0x1129e,
    0x1129f, 0x112aa, 0x112b0, 0x112eb, 0x112f0, 0x112fa, 0x11300, 0x11304, 0x11305, 0x1130d,
    0x1130f, 0x11311, 0x11313, 0x11329, 0x1132a, 0x11331, 0x11332, 0x11334, 0x11335, 0x1133a,
    0x1133b, 0x11345, 0x11347, 0x11349, 0x1134b, 0x1134e, 0x11350, 0x11351, 0x11357, 0x11358,
    0x1135d, 0x11364, 0x11366, 0x1136d, 0x11370, 0x11375, 0x11400, 0x1145c, 0x1145d, 0x11462,
    0x11480, 0x114c8, 0x114d0, 0x114da, 0x11580, 0x115b6, 0x115b8, 0x115de, 0x11600, 0x11645,
    0x11650, 0x1165a, 0x11660, 0x1166d, 0x11680, 0x116ba, 0x116c0, 0x116ca, 0x11700, 0x1171b,
    0x1171d, 0x1172c, 0x11730, 0x11747, 0x11800, 0x1183c, 0x118a0, 0x118f3, 0x118ff, 0x11907,
    0x11909, 0x1190a, 0x1190c, 0x11914, 0x11915, 0x11917, 0x11918, 0x11936, 0x11937, 0x11939,
    0x1193b, 0x11947, 0x11950, 0x1195a, 0x119a0, 0x119a8, 0x119aa, 0x119d8, 0x119da, 0x119e5,
    0x11a00, 0x11a48, 0x11a50, 0x11aa3, 0x11ab0, 0x11af9, 0x11b00, 0x11b0a, 0x11c00, 0x11c09,
    0x11c0a, 0x11c37, 0x11c38, 0x11c46, 0x11c50, 0x11c6d, 0x11c70, 0x11c90, 0x11c92, 0x11ca8,
    0x11ca9, 0x11cb7, 0x11d00, 0x11d07, 0x11d08, 0x11d0a, 0x11d0b, 0x11d37, 0x11d3a, 0x11d3b,
    0x11d3c, 0x11d3e, 0x11d3f, 0x11d48, 0x11d50, 0x11d5a, 0x11d60, 0x11d66, 0x11d67, 0x11d69,
    0x11d6a, 0x11d8f, 0x11d90, 0x11d92, 0x11d93, 0x11d99, 0x11da0, 0x11daa, 0x11ee0, 0x11ef9,
    0x11f00, 0x11f11, 0x11f12, 0x11f3b, 0x11f3e, 0x11f5a, 0x11fb0, 0x11fb1, 0x11fc0, 0x11ff2,
    0x11fff, 0x1239a, 0x12400, 0x1246f, 0x12470, 0x12475, 0x12480, 0x12544, 0x12f90, 0x12ff3,
    0x13000, 0x13430, 0x13440, 0x13456, 0x14400, 0x14647, 0x16800, 0x16a39, 0x16a40, 0x16a5f,
    0x16a60, 0x16a6a, 0x16a6e, 0x16abf, 0x16ac0, 0x16aca, 0x16ad0, 0x16aee, 0x16af0, 0x16af6,
    0x16b00, 0x16b46, 0x16b50, 0x16b5a, 0x16b5b, 0x16b62, 0x16b63, 0x16b78, 0x16b7d, 0x16b90,
    0x16e40, 0x16e9b, 0x16f00, 0x16f4b, 0x16f4f, 0x16f88, 0x16f8f, 0x16fa0, 0x16fe0, 0x16fe5,
    0x16ff0, 0x16ff2, 0x17000, 0x187f8, 0x18800, 0x18cd6, 0x18d00, 0x18d09, 0x1aff0, 0x1aff4,
    0x1aff5, 0x1affc, 0x1affd, 0x1afff, 0x1b000, 0x1b123, 0x1b132, 0x1b133, 0x1b150, 0x1b153,
    0x1b155, 0x1b156, 0x1b164, 0x1b168, 0x1b170, 0x1b2fc, 0x1bc00, 0x1bc6b, 0x1bc70, 0x1bc7d,
    0x1bc80, 0x1bc89, 0x1bc90, 0x1bc9a, 0x1bc9c, 0x1bca0, 0x1cf00, 0x1cf2e, 0x1cf30, 0x1cf47,
    0x1cf50, 0x1cfc4, 0x1d000, 0x1d0f6, 0x1d100, 0x1d127, 0x1d129, 0x1d173, 0x1d17b, 0x1d1eb,
    0x1d200, 0x1d246, 0x1d2c0, 0x1d2d4, 0x1d2e0, 0x1d2f4, 0x1d300, 0x1d357, 0x1d360, 0x1d379,
    0x1d400, 0x1d455, 0x1d456, 0x1d49d, 0x1d49e, 0x1d4a0, 0x1d4a2, 0x1d4a3, 0x1d4a5, 0x1d4a7,
    0x1d4a9, 0x1d4ad, 0x1d4ae, 0x1d4ba, 0x1d4bb, 0x1d4bc, 0x1d4bd, 0x1d4c4, 0x1d4c5, 0x1d506,
    0x1d507, 0x1d50b, 0x1d50d, 0x1d515, 0x1d516, 0x1d51d, 0x1d51e, 0x1d53a, 0x1d53b, 0x1d53f,
    0x1d540, 0x1d545, 0x1d546, 0x1d547, 0x1d54a, 0x1d551, 0x1d552, 0x1d6a6, 0x1d6a8, 0x1d7cc,
    0x1d7ce, 0x1da8c, 0x1da9b, 0x1daa0, 0x1daa1, 0x1dab0, 0x1df00, 0x1df1f, 0x1df25, 0x1df2b,
    0x1e000, 0x1e007, 0x1e008, 0x1e019, 0x1e01b, 0x1e022, 0x1e023, 0x1e025, 0x1e026, 0x1e02b,
    0x1e030, 0x1e06e, 0x1e08f, 0x1e090, 0x1e100, 0x1e12d, 0x1e130, 0x1e13e, 0x1e140, 0x1e14a,
    0x1e14e, 0x1e150, 0x1e290, 0x1e2af, 0x1e2c0, 0x1e2fa, 0x1e2ff, 0x1e300, 0x1e4d0, 0x1e4fa,
    0x1e7e0, 0x1e7e7, 0x1e7e8, 0x1e7ec, 0x1e7ed, 0x1e7ef, 0x1e7f0, 0x1e7ff, 0x1e800, 0x1e8c5,
    0x1e8c7, 0x1e8d7, 0x1e900, 0x1e94c, 0x1e950, 0x1e95a, 0x1e95e, 0x1e960, 0x1ec71, 0x1ecb5,
    0x1ed01, 0x1ed3e, 0x1ee00, 0x1ee04, 0x1ee05, 0x1ee20, 0x1ee21, 0x1ee23, 0x1ee24, 0x1ee25,
    0x1ee27, 0x1ee28, 0x1ee29, 0x1ee33, 0x1ee34, 0x1ee38, 0x1ee39, 0x1ee3a, 0x1ee3b, 0x1ee3c,
    0x1ee42, 0x1ee43, 0x1ee47, 0x1ee48, 0x1ee49, 0x1ee4a, 0x1ee4b, 0x1ee4c, 0x1ee4d, 0x1ee50,
    0x1ee51, 0x1ee53, 0x1ee54, 0x1ee55, 0x1ee57, 0x1ee58, 0x1ee59, 0x1ee5a, 0x1ee5b, 0x1ee5c,
    0x1ee5d, 0x1ee5e, 0x1ee5f, 0x1ee60, 0x1ee61, 0x1ee63, 0x1ee64, 0x1ee65, 0x1ee67, 0x1ee6b,
    0x1ee6c, 0x1ee73, 0x1ee74, 0x1ee78, 0x1ee79, 0x1ee7d, 0x1ee7e, 0x1ee7f, 0x1ee80, 0x1ee8a,
    0x1ee8b, 0x1ee9c, 0x1eea1, 0x1eea4, 0x1eea5, 0x1eeaa, 0x1eeab, 0x1eebc, 0x1eef0, 0x1eef2,
    0x1f000, 0x1f02c, 0x1f030, 0x1f094, 0x1f0a0, 0x1f0af, 0x1f0b1, 0x1f0c0, 0x1f0c1, 0x1f0d0,
    0x1f0d1, 0x1f0f6, 0x1f100, 0x1f1ae, 0x1f1e6, 0x1f203, 0x1f210, 0x1f23c, 0x1f240, 0x1f249,
    0x1f250, 0x1f252, 0x1f260, 0x1f266, 0x1f300, 0x1f6d8, 0x1f6dc, 0x1f6ed, 0x1f6f0, 0x1f6fd,
    0x1f700, 0x1f777, 0x1f77b, 0x1f7da, 0x1f7e0, 0x1f7ec, 0x1f7f0, 0x1f7f1, 0x1f800, 0x1f80c,
    0x1f810, 0x1f848, 0x1f850, 0x1f85a, 0x1f860, 0x1f888, 0x1f890, 0x1f8ae, 0x1f8b0, 0x1f8b2,
    0x1f900, 0x1fa54, 0x1fa60, 0x1fa6e, 0x1fa70, 0x1fa7d, 0x1fa80, 0x1fa89, 0x1fa90, 0x1fabe,
    0x1fabf, 0x1fac6, 0x1face, 0x1fadc, 0x1fae0, 0x1fae9, 0x1faf0, 0x1faf9, 0x1fb00, 0x1fb93,
    0x1fb94, 0x1fbcb, 0x1fbf0, 0x1fbfa, 0x20000, 0x2a6e0, 0x2a700, 0x2b73a, 0x2b740, 0x2b81e,
    0x2b820, 0x2cea2, 0x2ceb0, 0x2ebe1, 0x2f800, 0x2fa1e, 0x30000, 0x3134b, 0x31350, 0x323b0,
    0xe0100, 0xe01f0,
];

/// The zero digit of every run of ten Unicode decimal digits (category Nd).
#[rustfmt::skip]
static DECIMAL_ZEROS: [u32; 68] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6,
    0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0,
    0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620,
    0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10, 0x104a0, 0x10d30, 0x11066,
    0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0,
    0x11950, 0x11c50, 0x11d50, 0x11da0, 0x11f50, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8,
    0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e4f0, 0x1e950, 0x1fbf0,
];

// ---------------------------------------------------------------------------
// Tests.  Expected values were produced by CPython 3.12.1; an expected value
// starting with '!' is "ExceptionType: message".
// ---------------------------------------------------------------------------

#[cfg(test)]
#[allow(clippy::approx_constant, clippy::type_complexity)]
mod tests {
    use super::*;

    fn show<T: std::fmt::Display>(r: Result<T, FormatError>) -> String {
        match r {
            Ok(v) => v.to_string(),
            Err(e) => format!("!{}: {}", e.type_name(), e.message),
        }
    }

    fn check_table(name: &str, failures: Vec<String>, total: usize) {
        if !failures.is_empty() {
            panic!("{} of {} {} cases failed:\n{}", failures.len(), total, name, failures.join("\n"));
        }
    }

    fn pyfloat(s: &str) -> f64 {
        s.parse().unwrap()
    }

    #[test]
    fn examples_from_the_brief() {
        let i = |v: i64, spec: &str| show(format_i64_spec(v, spec, "int"));
        let f = |v: f64, spec: &str| show(format_float_spec(v, spec, "float"));
        assert_eq!(i(1234, "010,"), "00,001,234");
        assert_eq!(f(0.5, ".0f"), "0");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(i(-42, "#x"), "-0x2a");
        assert_eq!(i(255, "#010b"), "0b11111111");
        assert_eq!(show(format_str_spec("ab", "*^10", "str")), "****ab****");
        assert_eq!(i(42, "*^10"), "****42****");
        assert_eq!(f(1.0, "g"), "1");
        assert_eq!(f(1e-7, ""), "1e-07");
        assert_eq!(f(123.456, ".2%"), "12345.60%");
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(float_repr(1234567890123456.8), "1234567890123456.8");
        assert_eq!(float_repr(123456789012345.6), "123456789012345.6");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(1.5e300), "1.5e+300");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(parse_int("  -0x_1f  ", 0).unwrap(), BigInt::from(-31));
        let mut a = TestArgs { operand: T(vec![F(3.14159), I("42"), I("7")]), keyed: None };
        assert_eq!(percent_format("%5.1f|%-5d|%+d", &mut a).unwrap(), "  3.1|42   |+7");
        let mut a = TestArgs { operand: I("1234567"), keyed: None };
        assert_eq!(percent_format("%.3g", &mut a).unwrap(), "1.23e+06");
        assert_eq!(
            show(format_int_spec(&BigInt::from(5), "z", "int")),
            "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"
        );
    }

    #[test]
    fn int_format_table() {
        let mut fails = vec![];
        for &(v, spec, want) in INT_FORMAT_CASES {
            let big: BigInt = v.parse().unwrap();
            let got = show(format_int_spec(&big, spec, "int"));
            if got != want {
                fails.push(format!("format({}, {:?}): got {:?}, want {:?}", v, spec, got, want));
            }
            // the i64 path must agree
            if let Ok(small) = v.parse::<i64>() {
                let got = show(format_i64_spec(small, spec, "int"));
                if got != want {
                    fails.push(format!("format_i64({}, {:?}): got {:?}, want {:?}", v, spec, got, want));
                }
            }
        }
        check_table("int format", fails, INT_FORMAT_CASES.len());
    }

    #[test]
    fn float_format_table() {
        let mut fails = vec![];
        for &(v, spec, want) in FLOAT_FORMAT_CASES {
            let got = show(format_float_spec(pyfloat(v), spec, "float"));
            if got != want {
                fails.push(format!("format({}, {:?}): got {:?}, want {:?}", v, spec, got, want));
            }
        }
        check_table("float format", fails, FLOAT_FORMAT_CASES.len());
    }

    #[test]
    fn str_format_table() {
        let mut fails = vec![];
        for &(v, spec, want) in STR_FORMAT_CASES {
            let got = show(format_str_spec(v, spec, "str"));
            if got != want {
                fails.push(format!("format({:?}, {:?}): got {:?}, want {:?}", v, spec, got, want));
            }
        }
        check_table("str format", fails, STR_FORMAT_CASES.len());
    }

    #[test]
    fn float_repr_table() {
        let mut fails = vec![];
        for &(bits, want) in FLOAT_REPR_CASES {
            let x = f64::from_bits(bits);
            let got = float_repr(x);
            if got != want {
                fails.push(format!("repr({:#x}): got {:?}, want {:?}", bits, got, want));
            }
        }
        check_table("float repr", fails, FLOAT_REPR_CASES.len());
    }

    #[test]
    fn parse_int_table() {
        let mut fails = vec![];
        for &(s, base, want) in PARSE_INT_CASES {
            let got = show(parse_int(s, base).and_then(|v| int_to_decimal_string(&v)));
            if got != want {
                fails.push(format!("int({:?}, {}): got {:?}, want {:?}", s, base, got, want));
            }
        }
        check_table("parse_int", fails, PARSE_INT_CASES.len());
    }

    #[test]
    fn parse_float_table() {
        let mut fails = vec![];
        for &(s, want) in PARSE_FLOAT_CASES {
            let got = show(parse_float(s).map(float_repr));
            if got != want {
                fails.push(format!("float({:?}): got {:?}, want {:?}", s, got, want));
            }
        }
        check_table("parse_float", fails, PARSE_FLOAT_CASES.len());
        // sign of negative nan / zero
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("-0").unwrap().is_sign_negative());
    }

    #[test]
    fn round_table() {
        let mut fails = vec![];
        for &(x, n, want) in ROUND_CASES {
            let got = show(round_float(x, n).map(float_repr));
            if got != want {
                fails.push(format!("round({:?}, {}): got {:?}, want {:?}", x, n, got, want));
            }
        }
        for &(x, want) in ROUND_HALF_EVEN_CASES {
            let got = float_to_bigint(round_half_even(x)).unwrap().to_string();
            if got != want {
                fails.push(format!("round({:?}): got {:?}, want {:?}", x, got, want));
            }
        }
        check_table("round", fails, ROUND_CASES.len() + ROUND_HALF_EVEN_CASES.len());
    }

    #[test]
    fn repr_tables() {
        let mut fails = vec![];
        for &(s, want_repr, want_ascii) in REPR_CASES {
            let got = repr_str(s);
            if got != want_repr {
                fails.push(format!("repr({:?}): got {:?}, want {:?}", s, got, want_repr));
            }
            let got = ascii_str(s);
            if got != want_ascii {
                fails.push(format!("ascii({:?}): got {:?}, want {:?}", s, got, want_ascii));
            }
        }
        for &(b, want) in BYTES_REPR_CASES {
            let got = repr_bytes(b);
            if got != want {
                fails.push(format!("repr({:?}): got {:?}, want {:?}", b, got, want));
            }
        }
        for &(cp, want) in PRINTABLE_CASES {
            if is_printable(char::from_u32(cp).unwrap()) != want {
                fails.push(format!("isprintable({:#x}) != {}", cp, want));
            }
        }
        check_table("repr", fails, REPR_CASES.len() + BYTES_REPR_CASES.len() + PRINTABLE_CASES.len());
    }

    #[test]
    fn conversions() {
        assert_eq!(show(bigint_to_f64(&(BigInt::from(1) << 1024usize))), "!OverflowError: int too large to convert to float");
        // 2**1024 - 2**970 rounds up to 2**1024: overflow; one less than the halfway point does not.
        let max: BigInt = (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 971usize);
        assert_eq!(bigint_to_f64(&max).unwrap(), f64::MAX);
        let half: BigInt = (BigInt::from(1) << 1024usize) - (BigInt::from(1) << 970usize);
        assert!(bigint_to_f64(&half).is_err());
        assert_eq!(bigint_to_f64(&(half - 1)).unwrap(), f64::MAX);
        // half-even at 2**53 + 1 (tie -> even) and 2**53 + 3 (tie -> up)
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(bigint_to_f64(&(&two53 + 1)).unwrap(), 9007199254740992.0);
        assert_eq!(bigint_to_f64(&(&two53 + 3)).unwrap(), 9007199254740996.0);
        let big: BigInt = (BigInt::from(1) << 100usize) + 1;
        assert_eq!(bigint_to_f64(&-big).unwrap(), -1.2676506002282294e30);
        assert_eq!(float_to_bigint(-3.99).unwrap(), BigInt::from(-3));
        assert_eq!(float_to_bigint(1e20).unwrap().to_string(), "100000000000000000000");
        assert_eq!(float_to_bigint(-2f64.powi(70)).unwrap().to_string(), "-1180591620717411303424");
        assert_eq!(show(float_to_bigint(f64::NAN)), "!ValueError: cannot convert float NaN to integer");
        assert_eq!(show(float_to_bigint(f64::NEG_INFINITY)), "!OverflowError: cannot convert float infinity to integer");
        assert_eq!(int_to_string_radix(&BigInt::from(-31), 16, true), "-0x1f");
        assert_eq!(int_to_string_radix(&BigInt::from(5), 2, true), "0b101");
        assert_eq!(int_to_string_radix(&BigInt::from(8), 8, false), "10");
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('x'), None);
        assert!(is_space('\u{3000}') && !is_space('\u{200b}'));
    }

    #[test]
    fn int_str_digit_limit() {
        let big = BigInt::from(10).pow(4300u32); // 4301 digits
        assert_eq!(
            show(int_to_decimal_string(&big)),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let ok = BigInt::from(10).pow(4299u32); // 4300 digits
        assert_eq!(int_to_decimal_string(&ok).unwrap().len(), 4300);
        assert_eq!(int_to_decimal_string(&-ok).unwrap().len(), 4301);
        // hex is not limited
        assert!(format_int_spec(&big, "x", "int").is_ok());
        assert!(format_int_spec(&big, "d", "int").is_err());
        assert_eq!(
            show(format_int_spec(&big, "e", "int")),
            "!OverflowError: int too large to convert to float"
        );
    }

    #[test]
    fn spec_struct() {
        let s = parse_format_spec("*^+z#012_.3f", FormatTarget::Float, "float").unwrap();
        assert_eq!(
            s,
            FormatSpec {
                fill: '*',
                align: '^',
                sign: Some('+'),
                no_neg_zero: true,
                alternate: true,
                width: Some(12),
                thousands: Thousands::Underscore,
                precision: Some(3),
                ty: Some('f'),
                type_name: "float".into(),
            }
        );
        let s = parse_format_spec("_x", FormatTarget::Int, "int").unwrap();
        assert_eq!(s.thousands, Thousands::UnderscoreFour);
        let s = parse_format_spec("05", FormatTarget::Str, "str").unwrap();
        assert_eq!((s.fill, s.align), ('0', '<'));
        let s = parse_format_spec("05", FormatTarget::Int, "int").unwrap();
        assert_eq!((s.fill, s.align, s.ty), ('0', '=', Some('d')));
        assert_eq!(
            show(format_int_spec(&BigInt::from(5), "q", "bool")),
            "!ValueError: Unknown format code 'q' for object of type 'bool'"
        );
    }

    // ----- percent formatting -----

    #[derive(Clone, Debug)]
    enum TV {
        I(&'static str),
        P10(u32),
        B(bool),
        F(f64),
        S(&'static str),
        N,
        C,
        L(Vec<TV>),
        T(Vec<TV>),
        D(Vec<(&'static str, TV)>),
    }
    use TV::*;

    #[derive(Debug)]
    enum TErr {
        F(FormatError),
        Other(String),
    }
    impl From<FormatError> for TErr {
        fn from(e: FormatError) -> Self {
            TErr::F(e)
        }
    }

    fn tv_big(v: &TV) -> Option<BigInt> {
        match v {
            I(s) => Some(s.parse().unwrap()),
            P10(n) => Some(BigInt::from(10).pow(*n)),
            B(b) => Some(BigInt::from(*b as i32)),
            _ => None,
        }
    }

    fn tv_type(v: &TV) -> &'static str {
        match v {
            I(_) | P10(_) => "int",
            B(_) => "bool",
            F(_) => "float",
            S(_) => "str",
            N => "NoneType",
            C => "complex",
            L(_) => "list",
            T(_) => "tuple",
            D(_) => "dict",
        }
    }

    fn tv_repr(v: &TV) -> String {
        match v {
            S(s) => repr_str(s),
            _ => tv_str(v),
        }
    }

    fn tv_str(v: &TV) -> String {
        match v {
            I(s) => s.to_string(),
            P10(_) => int_to_decimal_string(&tv_big(v).unwrap()).unwrap(),
            B(b) => if *b { "True".into() } else { "False".into() },
            F(f) => float_repr(*f),
            S(s) => s.to_string(),
            N => "None".into(),
            C => "1j".into(),
            L(items) => format!("[{}]", items.iter().map(tv_repr).collect::<Vec<_>>().join(", ")),
            T(items) if items.len() == 1 => format!("({},)", tv_repr(&items[0])),
            T(items) => format!("({})", items.iter().map(tv_repr).collect::<Vec<_>>().join(", ")),
            D(items) => format!(
                "{{{}}}",
                items.iter().map(|(k, v)| format!("{}: {}", repr_str(k), tv_repr(v))).collect::<Vec<_>>().join(", ")
            ),
        }
    }

    struct TestArgs {
        operand: TV,
        keyed: Option<TV>,
    }

    impl PercentArgs for TestArgs {
        type Error = TErr;
        fn tuple_len(&self) -> Option<usize> {
            match &self.operand {
                T(items) => Some(items.len()),
                _ => None,
            }
        }
        fn is_mapping(&self) -> bool {
            matches!(self.operand, D(_) | L(_))
        }
        fn select_key(&mut self, key: &str) -> Result<(), TErr> {
            match &self.operand {
                D(items) => match items.iter().find(|(k, _)| *k == key) {
                    Some((_, v)) => {
                        self.keyed = Some(v.clone());
                        Ok(())
                    }
                    None => Err(TErr::Other(format!("KeyError: {}", repr_str(key)))),
                },
                L(_) => Err(TErr::Other("TypeError: list indices must be integers or slices, not str".into())),
                _ => unreachable!(),
            }
        }
        fn convert(&mut self, arg: ArgRef, conv: Conversion) -> Result<PercentValue, TErr> {
            let v = match arg {
                ArgRef::Item(i) => match &self.operand {
                    T(items) => items[i].clone(),
                    _ => unreachable!(),
                },
                ArgRef::Whole => self.operand.clone(),
                ArgRef::Keyed => self.keyed.clone().unwrap(),
            };
            let other = PercentValue::Other(tv_type(&v).to_string());
            Ok(match conv {
                Conversion::Str => PercentValue::Str(tv_str(&v)),
                Conversion::Repr => PercentValue::Str(tv_repr(&v)),
                Conversion::Ascii => PercentValue::Str(ascii_escape(&tv_repr(&v))),
                Conversion::Int => match &v {
                    F(f) => PercentValue::Float(*f),
                    _ => tv_big(&v).map(PercentValue::Int).unwrap_or(other),
                },
                Conversion::Index | Conversion::Star => tv_big(&v).map(PercentValue::Int).unwrap_or(other),
                Conversion::Float => match &v {
                    F(f) => PercentValue::Float(*f),
                    _ => tv_big(&v).map(PercentValue::Int).unwrap_or(other),
                },
                Conversion::Char => match &v {
                    S(s) => PercentValue::Str(s.to_string()),
                    _ => tv_big(&v).map(PercentValue::Int).unwrap_or(other),
                },
            })
        }
    }

    #[test]
    fn percent_table() {
        let mut fails = vec![];
        for &(fmt, args, want) in PERCENT_CASES {
            let mut a = TestArgs { operand: args(), keyed: None };
            let got = match percent_format(fmt, &mut a) {
                Ok(s) => s,
                Err(TErr::F(e)) => format!("!{}: {}", e.type_name(), e.message),
                Err(TErr::Other(m)) => format!("!{}", m),
            };
            if got != want {
                fails.push(format!("{:?} % {:?}: got {:?}, want {:?}", fmt, args(), got, want));
            }
        }
        check_table("percent", fails, PERCENT_CASES.len());
    }

    #[test]
    fn percent_through_dyn() {
        let mut a = TestArgs { operand: T(vec![I("3"), S("x")]), keyed: None };
        let d: &mut dyn PercentArgs<Error = TErr> = &mut a;
        assert_eq!(percent_format("%03d|%-3s|", d).unwrap(), "003|x  |");
    }

    // ----- test data (generated with CPython 3.12.1) -----

    #[rustfmt::skip]
    const INT_FORMAT_CASES: &[(&str, &str, &str)] = &[
        ("0", "", "0"),
        ("7", "", "7"),
        ("-42", "", "-42"),
        ("7", "d", "7"),
        ("-42", "d", "-42"),
        ("1234567", "d", "1234567"),
        ("-42", "5", "  -42"),
        ("1234567", "5", "1234567"),
        ("-1180591620717411303424", "5", "-1180591620717411303424"),
        ("1234567", "<5", "1234567"),
        ("-1180591620717411303424", "<5", "-1180591620717411303424"),
        ("0", "<5", "0    "),
        ("-1180591620717411303424", "^5", "-1180591620717411303424"),
        ("0", "^5", "  0  "),
        ("7", "^5", "  7  "),
        ("0", ">5", "    0"),
        ("7", ">5", "    7"),
        ("-42", ">5", "  -42"),
        ("7", "=5", "    7"),
        ("-42", "=5", "-  42"),
        ("1234567", "=5", "1234567"),
        ("-42", "*^10", "***-42****"),
        ("1234567", "*^10", "*1234567**"),
        ("-1180591620717411303424", "*^10", "-1180591620717411303424"),
        ("1234567", "+", "+1234567"),
        ("-1180591620717411303424", "+", "-1180591620717411303424"),
        ("0", "+", "+0"),
        ("-1180591620717411303424", "-", "-1180591620717411303424"),
        ("0", "-", "0"),
        ("7", "-", "7"),
        ("0", " ", " 0"),
        ("7", " ", " 7"),
        ("-42", " ", "-42"),
        ("7", "+d", "+7"),
        ("-42", "+d", "-42"),
        ("1234567", "+d", "+1234567"),
        ("-42", " d", "-42"),
        ("1234567", " d", " 1234567"),
        ("-1180591620717411303424", " d", "-1180591620717411303424"),
        ("1234567", "05", "1234567"),
        ("-1180591620717411303424", "05", "-1180591620717411303424"),
        ("0", "05", "00000"),
        ("-1180591620717411303424", "010", "-1180591620717411303424"),
        ("0", "010", "0000000000"),
        ("7", "010", "0000000007"),
        ("0", "010,", "00,000,000"),
        ("7", "010,", "00,000,007"),
        ("-42", "010,", "-0,000,042"),
        ("7", "0=10,", "00,000,007"),
        ("-42", "0=10,", "-0,000,042"),
        ("1234567", "0=10,", "01,234,567"),
        ("-42", "0>10,", "0000000-42"),
        ("1234567", "0>10,", "01,234,567"),
        ("-1180591620717411303424", "0>10,", "-1,180,591,620,717,411,303,424"),
        ("1234567", ",", "1,234,567"),
        ("-1180591620717411303424", ",", "-1,180,591,620,717,411,303,424"),
        ("0", ",", "0"),
        ("-1180591620717411303424", "_", "-1_180_591_620_717_411_303_424"),
        ("0", "_", "0"),
        ("7", "_", "7"),
        ("0", ",d", "0"),
        ("7", ",d", "7"),
        ("-42", ",d", "-42"),
        ("7", "_d", "7"),
        ("-42", "_d", "-42"),
        ("1234567", "_d", "1_234_567"),
        ("-42", "b", "-101010"),
        ("1234567", "b", "100101101011010000111"),
        ("-1180591620717411303424", "b", "-10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1234567", "#b", "0b100101101011010000111"),
        ("-1180591620717411303424", "#b", "-0b10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", "#b", "0b0"),
        ("-1180591620717411303424", "#010b", "-0b10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", "#010b", "0b00000000"),
        ("7", "#010b", "0b00000111"),
        ("0", "_b", "0"),
        ("7", "_b", "111"),
        ("-42", "_b", "-10_1010"),
        ("7", "#_b", "0b111"),
        ("-42", "#_b", "-0b10_1010"),
        ("1234567", "#_b", "0b1_0010_1101_0110_1000_0111"),
        ("-42", "o", "-52"),
        ("1234567", "o", "4553207"),
        ("-1180591620717411303424", "o", "-200000000000000000000000"),
        ("1234567", "#o", "0o4553207"),
        ("-1180591620717411303424", "#o", "-0o200000000000000000000000"),
        ("0", "#o", "0o0"),
        ("-1180591620717411303424", "_o", "-2000_0000_0000_0000_0000_0000"),
        ("0", "_o", "0"),
        ("7", "_o", "7"),
        ("0", "x", "0"),
        ("7", "x", "7"),
        ("-42", "x", "-2a"),
        ("7", "#x", "0x7"),
        ("-42", "#x", "-0x2a"),
        ("1234567", "#x", "0x12d687"),
        ("-42", "X", "-2A"),
        ("1234567", "X", "12D687"),
        ("-1180591620717411303424", "X", "-400000000000000000"),
        ("1234567", "#X", "0X12D687"),
        ("-1180591620717411303424", "#X", "-0X400000000000000000"),
        ("0", "#X", "0X0"),
        ("-1180591620717411303424", "#010x", "-0x400000000000000000"),
        ("0", "#010x", "0x00000000"),
        ("7", "#010x", "0x00000007"),
        ("0", "_x", "0"),
        ("7", "_x", "7"),
        ("-42", "_x", "-2a"),
        ("7", "#_x", "0x7"),
        ("-42", "#_x", "-0x2a"),
        ("1234567", "#_x", "0x12_d687"),
        ("-42", "#012_X", "-0X0000_002A"),
        ("1234567", "#012_X", "0X0_0012_D687"),
        ("-1180591620717411303424", "#012_X", "-0X40_0000_0000_0000_0000"),
        ("1234567", "n", "1234567"),
        ("-1180591620717411303424", "n", "-1180591620717411303424"),
        ("0", "n", "0"),
        ("-1180591620717411303424", "012n", "-1180591620717411303424"),
        ("0", "012n", "000000000000"),
        ("7", "012n", "000000000007"),
        ("0", "e", "0.000000e+00"),
        ("7", "e", "7.000000e+00"),
        ("-42", "e", "-4.200000e+01"),
        ("7", ".2e", "7.00e+00"),
        ("-42", ".2e", "-4.20e+01"),
        ("1234567", ".2e", "1.23e+06"),
        ("-42", "E", "-4.200000E+01"),
        ("1234567", "E", "1.234567E+06"),
        ("-1180591620717411303424", "E", "-1.180592E+21"),
        ("1234567", "f", "1234567.000000"),
        ("-1180591620717411303424", "f", "-1180591620717411303424.000000"),
        ("0", "f", "0.000000"),
        ("-1180591620717411303424", ".2f", "-1180591620717411303424.00"),
        ("0", ".2f", "0.00"),
        ("7", ".2f", "7.00"),
        ("0", ",.2f", "0.00"),
        ("7", ",.2f", "7.00"),
        ("-42", ",.2f", "-42.00"),
        ("7", "g", "7"),
        ("-42", "g", "-42"),
        ("1234567", "g", "1.23457e+06"),
        ("-42", "G", "-42"),
        ("1234567", "G", "1.23457E+06"),
        ("-1180591620717411303424", "G", "-1.18059E+21"),
        ("1234567", "%", "123456700.000000%"),
        ("-1180591620717411303424", "%", "-118059162071741130342400.000000%"),
        ("0", "%", "0.000000%"),
        ("-1180591620717411303424", ".1%", "-118059162071741130342400.0%"),
        ("0", ".1%", "0.0%"),
        ("7", ".1%", "700.0%"),
        ("0", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1234567", "zd", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-42", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("1234567", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("-1180591620717411303424", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("1234567", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1180591620717411303424", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("0", "s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1180591620717411303424", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("7", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("0", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("-42", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("-42", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("1234567", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("-42", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("1234567", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-1180591620717411303424", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("1234567", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("-1180591620717411303424", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("0", "_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("-1180591620717411303424", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("0", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("7", "xx", "!ValueError: Invalid format specifier 'xx' for object of type 'int'"),
        ("0", "=^10,", "====0====="),
        ("7", "=^10,", "====7====="),
        ("-42", "=^10,", "===-42===="),
        ("7", "\u{20ac}^9_", "\u{20ac}\u{20ac}\u{20ac}\u{20ac}7\u{20ac}\u{20ac}\u{20ac}\u{20ac}"),
        ("-42", "\u{20ac}^9_", "\u{20ac}\u{20ac}\u{20ac}-42\u{20ac}\u{20ac}\u{20ac}"),
        ("1234567", "\u{20ac}^9_", "1_234_567"),
        ("-42", "a<8", "-42aaaaa"),
        ("1234567", "a<8", "1234567a"),
        ("-1180591620717411303424", "a<8", "-1180591620717411303424"),
        ("1234567", "0<8", "12345670"),
        ("-1180591620717411303424", "0<8", "-1180591620717411303424"),
        ("0", "0<8", "00000000"),
        ("-1180591620717411303424", "0^8", "-1180591620717411303424"),
        ("0", "0^8", "00000000"),
        ("7", "0^8", "00070000"),
        ("0", " =8", "       0"),
        ("7", " =8", "       7"),
        ("-42", " =8", "-     42"),
        ("7", "+#x", "+0x7"),
        ("-42", "+#x", "-0x2a"),
        ("1234567", "+#x", "+0x12d687"),
        ("-42", "-#o", "-0o52"),
        ("1234567", "-#o", "0o4553207"),
        ("-1180591620717411303424", "-#o", "-0o200000000000000000000000"),
        ("1234567", " #b", " 0b100101101011010000111"),
        ("-1180591620717411303424", " #b", "-0b10000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", " #b", " 0b0"),
        ("-1180591620717411303424", "#", "-1180591620717411303424"),
        ("0", "#", "0"),
        ("7", "#", "7"),
        ("0", "+_", "+0"),
        ("7", "+_", "+7"),
        ("-42", "+_", "-42"),
        ("7", "013_", "0_000_000_007"),
        ("-42", "013_", "-0_000_000_042"),
        ("1234567", "013_", "0_001_234_567"),
        ("-42", "015_x", "-0000_0000_002a"),
        ("1234567", "015_x", "0_0000_0012_d687"),
        ("-1180591620717411303424", "015_x", "-40_0000_0000_0000_0000"),
        ("1234567", "09_b", "1_0010_1101_0110_1000_0111"),
        ("-1180591620717411303424", "09_b", "-100_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000"),
        ("0", "09_b", "0000_0000"),
        ("-1180591620717411303424", "+012,", "-1,180,591,620,717,411,303,424"),
        ("0", "+012,", "+000,000,000"),
        ("7", "+012,", "+000,000,007"),
        ("0", " 012_", " 000_000_000"),
        ("7", " 012_", " 000_000_007"),
        ("-42", " 012_", "-000_000_042"),
        ("7", "0=+8", "+0000007"),
        ("-42", "0=+8", "-0000042"),
        ("1234567", "0=+8", "+1234567"),
        ("-42", ">+9,", "      -42"),
        ("1234567", ">+9,", "+1,234,567"),
        ("-1180591620717411303424", ">+9,", "-1,180,591,620,717,411,303,424"),
        ("1234567", "^-9_", "1_234_567"),
        ("-1180591620717411303424", "^-9_", "-1_180_591_620_717_411_303_424"),
        ("0", "^-9_", "    0    "),
        ("-1180591620717411303424", ".", "!ValueError: Format specifier missing precision"),
        ("0", ".", "!ValueError: Format specifier missing precision"),
        ("7", ".", "!ValueError: Format specifier missing precision"),
        ("0", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("7", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("-42", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("7", "\u{661}\u{660}", "         7"),
        ("-42", "\u{661}\u{660}", "       -42"),
        ("1234567", "\u{661}\u{660}", "   1234567"),
        ("-42", ",_", "!ValueError: Cannot specify both ',' and '_'."),
        ("1234567", ",_", "!ValueError: Cannot specify both ',' and '_'."),
        ("-1180591620717411303424", ",_", "!ValueError: Cannot specify both ',' and '_'."),
        ("1234567", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("-1180591620717411303424", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("0", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("-1180591620717411303424", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("0", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("7", ",,", "!ValueError: Cannot specify ',' with ','."),
        ("0", "\u{e9}", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        ("7", "\u{e9}", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        ("-42", "\u{e9}", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        ("7", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("-42", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("1234567", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("-42", ",\u{1}", "!ValueError: Cannot specify ',' with '\\x1'."),
        ("1234567", ",\u{1}", "!ValueError: Cannot specify ',' with '\\x1'."),
        ("-1180591620717411303424", ",\u{1}", "!ValueError: Cannot specify ',' with '\\x1'."),
        ("1234567", "=", "1234567"),
        ("-1180591620717411303424", "=", "-1180591620717411303424"),
        ("0", "=", "0"),
        ("-1180591620717411303424", "<", "-1180591620717411303424"),
        ("0", "<", "0"),
        ("7", "<", "7"),
        ("0", "0", "0"),
        ("7", "0", "7"),
        ("-42", "0", "-42"),
        ("7", "00", "7"),
        ("-42", "00", "-42"),
        ("1234567", "00", "1234567"),
        ("-42", "0=", "-42"),
        ("1234567", "0=", "1234567"),
        ("-1180591620717411303424", "0=", "-1180591620717411303424"),
        ("1234567", "#0x", "0x12d687"),
        ("-1180591620717411303424", "#0x", "-0x400000000000000000"),
        ("0", "#0x", "0x0"),
        ("-1180591620717411303424", "z,", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", "z,", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "z,", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", ".0f", "0"),
        ("7", ".0f", "7"),
        ("-42", ".0f", "-42"),
        ("7", "#.0e", "7.e+00"),
        ("-42", "#.0e", "-4.e+01"),
        ("1234567", "#.0e", "1.e+06"),
        ("-42", "=10.3%", "-4200.000%"),
        ("1234567", "=10.3%", "123456700.000%"),
        ("-1180591620717411303424", "=10.3%", "-118059162071741130342400.000%"),
        ("65", "c", "A"),
        ("128512", "c", "\u{1f600}"),
        ("97", ">3c", "  a"),
        ("97", "*^5c", "**a**"),
        ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("1114112", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"),
        ("255", "08b", "11111111"),
        ("1267650600228229401496703205376", ",d", "1,267,650,600,228,229,401,496,703,205,376"),
        ("-1267650600228229401496703205376", "_x", "-10_0000_0000_0000_0000_0000_0000"),
        ("100000000000000000000", "n", "100000000000000000000"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "e", "!OverflowError: int too large to convert to float"),
        ("89884656743115795386465259539451236680898848947115328636715040578866337902750481566354238661203768010560056939935696678829394884407208311246423715319737062188883946712432742638151109800623047059726541476042502884419075341171231440736956555270413618581675255342293149119973622969239858152417678164812112068608", "e", "8.988466e+307"),
        ("9007199254740993", ".17g", "9007199254740992"),
        ("18014398509481987", "f", "18014398509481988.000000"),
        ("3", ".0%", "300%"),
        ("1", ".3", "!ValueError: Precision not allowed in integer format specifier"),
        ("12", "#_o", "0o14"),
        ("-255", "#x", "-0xff"),
        ("255", "#010b", "0b11111111"),
        ("-255", "#010b", "-0b11111111"),
        ("1234", "010,", "00,001,234"),
        ("-1234", "010,", "-0,001,234"),
        ("1234", "0=10_", "00_001_234"),
        ("123456789", "_x", "75b_cd15"),
        ("123456789", "_X", "75B_CD15"),
        ("123456789", "#_X", "0X75B_CD15"),
        ("0", "#x", "0x0"),
        ("0", "c", "\u{0}"),
        ("10", "c", "\n"),
        ("1", "d", "1"),
    ];
    #[rustfmt::skip]
    const FLOAT_FORMAT_CASES: &[(&str, &str, &str)] = &[
        ("0.0", "", "0.0"),
        ("-0.0", "", "-0.0"),
        ("1.0", "", "1.0"),
        ("-1.5", "", "-1.5"),
        ("0.5", "", "0.5"),
        ("2.5", "", "2.5"),
        ("3.14159", "", "3.14159"),
        ("1234567.891", "", "1234567.891"),
        ("-1234567.891", ".0", "-1e+06"),
        ("1e+16", ".0", "1e+16"),
        ("1e-07", ".0", "1e-07"),
        ("123.456", ".0", "1e+02"),
        ("1e+300", ".0", "1e+300"),
        ("5e-324", ".0", "5e-324"),
        ("inf", ".0", "inf"),
        ("-inf", ".0", "-inf"),
        ("nan", ".1", "nan"),
        ("0.1", ".1", "0.1"),
        ("100.0", ".1", "1e+02"),
        ("123456789.0", ".1", "1e+08"),
        ("1.5e-05", ".1", "2e-05"),
        ("1e+22", ".1", "1e+22"),
        ("0.000123", ".1", "0.0001"),
        ("9.995", ".1", "1e+01"),
        ("0.0001", ".3", "0.0001"),
        ("0.0", ".3", "0.0"),
        ("-0.0", ".3", "-0.0"),
        ("1.0", ".3", "1.0"),
        ("-1.5", ".3", "-1.5"),
        ("0.5", ".3", "0.5"),
        ("2.5", ".3", "2.5"),
        ("3.14159", ".3", "3.14"),
        ("1234567.891", ".10", "1234567.891"),
        ("-1234567.891", ".10", "-1234567.891"),
        ("1e+16", ".10", "1e+16"),
        ("1e-07", ".10", "1e-07"),
        ("123.456", ".10", "123.456"),
        ("1e+300", ".10", "1e+300"),
        ("5e-324", ".10", "4.940656458e-324"),
        ("inf", ".10", "inf"),
        ("-inf", "e", "-inf"),
        ("nan", "e", "nan"),
        ("0.1", "e", "1.000000e-01"),
        ("100.0", "e", "1.000000e+02"),
        ("123456789.0", "e", "1.234568e+08"),
        ("1.5e-05", "e", "1.500000e-05"),
        ("1e+22", "e", "1.000000e+22"),
        ("0.000123", "e", "1.230000e-04"),
        ("9.995", ".0e", "1e+01"),
        ("0.0001", ".0e", "1e-04"),
        ("0.0", ".0e", "0e+00"),
        ("-0.0", ".0e", "-0e+00"),
        ("1.0", ".0e", "1e+00"),
        ("-1.5", ".0e", "-2e+00"),
        ("0.5", ".0e", "5e-01"),
        ("2.5", ".0e", "2e+00"),
        ("3.14159", ".3e", "3.142e+00"),
        ("1234567.891", ".3e", "1.235e+06"),
        ("-1234567.891", ".3e", "-1.235e+06"),
        ("1e+16", ".3e", "1.000e+16"),
        ("1e-07", ".3e", "1.000e-07"),
        ("123.456", ".3e", "1.235e+02"),
        ("1e+300", ".3e", "1.000e+300"),
        ("5e-324", ".3e", "4.941e-324"),
        ("inf", "f", "inf"),
        ("-inf", "f", "-inf"),
        ("nan", "f", "nan"),
        ("0.1", "f", "0.100000"),
        ("100.0", "f", "100.000000"),
        ("123456789.0", "f", "123456789.000000"),
        ("1.5e-05", "f", "0.000015"),
        ("1e+22", "f", "10000000000000000000000.000000"),
        ("0.000123", ".0f", "0"),
        ("9.995", ".0f", "10"),
        ("0.0001", ".0f", "0"),
        ("0.0", ".0f", "0"),
        ("-0.0", ".0f", "-0"),
        ("1.0", ".0f", "1"),
        ("-1.5", ".0f", "-2"),
        ("0.5", ".0f", "0"),
        ("2.5", ".2f", "2.50"),
        ("3.14159", ".2f", "3.14"),
        ("1234567.891", ".2f", "1234567.89"),
        ("-1234567.891", ".2f", "-1234567.89"),
        ("1e+16", ".2f", "10000000000000000.00"),
        ("1e-07", ".2f", "0.00"),
        ("123.456", ".2f", "123.46"),
        ("1e+300", ".2f", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        ("5e-324", "g", "4.94066e-324"),
        ("inf", "g", "inf"),
        ("-inf", "g", "-inf"),
        ("nan", "g", "nan"),
        ("0.1", "g", "0.1"),
        ("100.0", "g", "100"),
        ("123456789.0", "g", "1.23457e+08"),
        ("1.5e-05", "g", "1.5e-05"),
        ("1e+22", ".3g", "1e+22"),
        ("0.000123", ".3g", "0.000123"),
        ("9.995", ".3g", "9.99"),
        ("0.0001", ".3g", "0.0001"),
        ("0.0", ".3g", "0"),
        ("-0.0", ".3g", "-0"),
        ("1.0", ".3g", "1"),
        ("-1.5", ".3g", "-1.5"),
        ("0.5", "#g", "0.500000"),
        ("2.5", "#g", "2.50000"),
        ("3.14159", "#g", "3.14159"),
        ("1234567.891", "#g", "1.23457e+06"),
        ("-1234567.891", "#g", "-1.23457e+06"),
        ("1e+16", "#g", "1.00000e+16"),
        ("1e-07", "#g", "1.00000e-07"),
        ("123.456", "#g", "123.456"),
        ("1e+300", "n", "1e+300"),
        ("5e-324", "n", "4.94066e-324"),
        ("inf", "n", "inf"),
        ("-inf", "n", "-inf"),
        ("nan", "n", "nan"),
        ("0.1", "n", "0.1"),
        ("100.0", "n", "100"),
        ("123456789.0", "n", "1.23457e+08"),
        ("1.5e-05", "%", "0.001500%"),
        ("1e+22", "%", "999999999999999983222784.000000%"),
        ("0.000123", "%", "0.012300%"),
        ("9.995", "%", "999.500000%"),
        ("0.0001", "%", "0.010000%"),
        ("0.0", "%", "0.000000%"),
        ("-0.0", "%", "-0.000000%"),
        ("1.0", "%", "100.000000%"),
        ("-1.5", ".2%", "-150.00%"),
        ("0.5", ".2%", "50.00%"),
        ("2.5", ".2%", "250.00%"),
        ("3.14159", ".2%", "314.16%"),
        ("1234567.891", ".2%", "123456789.10%"),
        ("-1234567.891", ".2%", "-123456789.10%"),
        ("1e+16", ".2%", "1000000000000000000.00%"),
        ("1e-07", ".2%", "0.00%"),
        ("123.456", ",.2f", "123.46"),
        ("1e+300", ",.2f", "1,000,000,000,000,000,052,504,760,255,204,420,248,704,468,581,108,159,154,915,854,115,511,802,457,988,908,195,786,371,375,080,447,864,043,704,443,832,883,878,176,942,523,235,360,430,575,644,792,184,786,706,982,848,387,200,926,575,803,737,830,233,794,788,090,059,368,953,234,970,799,945,081,119,038,967,640,880,074,652,742,780,142,494,579,258,788,820,056,842,838,115,669,472,196,386,865,459,400,540,160.00"),
        ("5e-324", ",.2f", "0.00"),
        ("inf", ",.2f", "inf"),
        ("-inf", ",.2f", "-inf"),
        ("nan", ",.2f", "nan"),
        ("0.1", ",.2f", "0.10"),
        ("100.0", ",.2f", "100.00"),
        ("123456789.0", "010.2f", "123456789.00"),
        ("1.5e-05", "010.2f", "0000000.00"),
        ("1e+22", "010.2f", "10000000000000000000000.00"),
        ("0.000123", "010.2f", "0000000.00"),
        ("9.995", "010.2f", "0000009.99"),
        ("0.0001", "010.2f", "0000000.00"),
        ("0.0", "010.2f", "0000000.00"),
        ("-0.0", "010.2f", "-000000.00"),
        ("1.0", "z.1f", "1.0"),
        ("-1.5", "z.1f", "-1.5"),
        ("0.5", "z.1f", "0.5"),
        ("2.5", "z.1f", "2.5"),
        ("3.14159", "z.1f", "3.1"),
        ("1234567.891", "z.1f", "1234567.9"),
        ("-1234567.891", "z.1f", "-1234567.9"),
        ("1e+16", "z.1f", "10000000000000000.0"),
        ("1e-07", "z", "1e-07"),
        ("123.456", "z", "123.456"),
        ("1e+300", "z", "1e+300"),
        ("5e-324", "z", "5e-324"),
        ("inf", "z", "inf"),
        ("-inf", "z", "-inf"),
        ("nan", "z", "nan"),
        ("0.1", "z", "0.1"),
        ("100.0", "^12.3", "   1e+02    "),
        ("123456789.0", "^12.3", "  1.23e+08  "),
        ("1.5e-05", "^12.3", "  1.5e-05   "),
        ("1e+22", "^12.3", "   1e+22    "),
        ("0.000123", "^12.3", "  0.000123  "),
        ("9.995", "^12.3", "    9.99    "),
        ("0.0001", "^12.3", "   0.0001   "),
        ("0.0", "^12.3", "    0.0     "),
        ("-0.0", ",", "-0.0"),
        ("1.0", ",", "1.0"),
        ("-1.5", ",", "-1.5"),
        ("0.5", ",", "0.5"),
        ("2.5", ",", "2.5"),
        ("3.14159", ",", "3.14159"),
        ("1234567.891", ",", "1,234,567.891"),
        ("-1234567.891", ",", "-1,234,567.891"),
        ("1e+16", ".17", "1e+16"),
        ("1e-07", ".17", "9.9999999999999995e-08"),
        ("123.456", ".17", "123.456"),
        ("1e+300", ".17", "1.0000000000000001e+300"),
        ("5e-324", ".17", "4.9406564584124654e-324"),
        ("inf", ".17", "inf"),
        ("-inf", ".17", "-inf"),
        ("nan", ".17", "nan"),
        ("-0.0", "#.0e", "-0.e+00"),
        ("0.5", "#.0e", "5.e-01"),
        ("-1234567.891", "#.0e", "-1.e+06"),
        ("1e+16", "#.0e", "1.e+16"),
        ("1e-07", "E", "1.000000E-07"),
        ("inf", "E", "INF"),
        ("nan", "E", "NAN"),
        ("123.456", "E", "1.234560E+02"),
        ("-0.0001", "#.0f", "-0."),
        ("0.125", "#.0f", "0."),
        ("-0.0", "#.0f", "-0."),
        ("0.5", "#.0f", "0."),
        ("-1234567.891", ".10f", "-1234567.8910000001"),
        ("1e+16", ".10f", "10000000000000000.0000000000"),
        ("1e-07", ".10f", "0.0000001000"),
        ("inf", ".10f", "inf"),
        ("nan", "F", "NAN"),
        ("123.456", "F", "123.456000"),
        ("-0.0001", "F", "-0.000100"),
        ("0.125", "F", "0.125000"),
        ("-0.0", ".0g", "-0"),
        ("0.5", ".0g", "0.5"),
        ("-1234567.891", ".0g", "-1e+06"),
        ("1e+16", ".0g", "1e+16"),
        ("1e-07", "#.3g", "1.00e-07"),
        ("inf", "#.3g", "inf"),
        ("nan", "#.3g", "nan"),
        ("123.456", "#.3g", "123."),
        ("-0.0001", "G", "-0.0001"),
        ("0.125", "G", "0.125"),
        ("-0.0", "G", "-0"),
        ("0.5", "G", "0.5"),
        ("-1234567.891", "_.2f", "-1_234_567.89"),
        ("1e+16", "_.2f", "10_000_000_000_000_000.00"),
        ("1e-07", "_.2f", "0.00"),
        ("inf", "_.2f", "inf"),
        ("nan", "_", "nan"),
        ("123.456", "_", "123.456"),
        ("-0.0001", "_", "-0.0001"),
        ("0.125", "_", "0.125"),
        ("-0.0", "+.1f", "-0.0"),
        ("0.5", "+.1f", "+0.5"),
        ("-1234567.891", "+.1f", "-1234567.9"),
        ("1e+16", "+.1f", "+10000000000000000.0"),
        ("1e-07", " .1f", " 0.0"),
        ("inf", " .1f", " inf"),
        ("nan", " .1f", " nan"),
        ("123.456", " .1f", " 123.5"),
        ("-0.0001", "z.0f", "0"),
        ("0.125", "z.0f", "0"),
        ("-0.0", "z.0f", "0"),
        ("0.5", "z.0f", "0"),
        ("-1234567.891", "*<12g", "-1.23457e+06"),
        ("1e+16", "*<12g", "1e+16*******"),
        ("1e-07", "*<12g", "1e-07*******"),
        ("inf", "*<12g", "inf*********"),
        ("nan", "=+12.3f", "+        nan"),
        ("123.456", "=+12.3f", "+    123.456"),
        ("-0.0001", "=+12.3f", "-      0.000"),
        ("0.125", "=+12.3f", "+      0.125"),
        ("-0.0", "0=12,.1f", "-0,000,000.0"),
        ("0.5", "0=12,.1f", "00,000,000.5"),
        ("-1234567.891", "0=12,.1f", "-1,234,567.9"),
        ("1e+16", "0=12,.1f", "10,000,000,000,000,000.0"),
        ("1e-07", "0=12_.1f", "00_000_000.0"),
        ("inf", "0=12_.1f", "000000000inf"),
        ("nan", "0=12_.1f", "000000000nan"),
        ("123.456", "0=12_.1f", "00_000_123.5"),
        ("-0.0001", ",g", "-0.0001"),
        ("0.125", ",g", "0.125"),
        ("-0.0", ",g", "-0"),
        ("0.5", ",g", "0.5"),
        ("-1234567.891", ",e", "-1.234568e+06"),
        ("1e+16", ",e", "1.000000e+16"),
        ("1e-07", ",e", "1.000000e-07"),
        ("inf", ",e", "inf"),
        ("nan", "#", "nan"),
        ("123.456", "#", "123.456"),
        ("-0.0001", "#", "-0.0001"),
        ("0.125", "#", "0.125"),
        ("-0.0", "#.1", "-0.e+00"),
        ("0.5", "#.1", "0.5"),
        ("-1234567.891", "#.1", "-1.e+06"),
        ("1e+16", "#.1", "1.e+16"),
        ("1e-07", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        ("inf", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        ("nan", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        ("123.456", "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        ("-0.0001", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        ("0.125", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        ("-0.0", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        ("0.5", "d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        ("-1234567.891", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
        ("1e+16", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
        ("1e-07", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
        ("inf", "c", "!ValueError: Unknown format code 'c' for object of type 'float'"),
        ("nan", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        ("123.456", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        ("-0.0001", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        ("0.125", "s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        ("-0.0", ",.0%", "-0%"),
        ("0.5", ",.0%", "50%"),
        ("-1234567.891", ",.0%", "-123,456,789%"),
        ("1e+16", ",.0%", "1,000,000,000,000,000,000%"),
        ("1e-07", "15", "          1e-07"),
        ("inf", "15", "            inf"),
        ("nan", "15", "            nan"),
        ("123.456", "15", "        123.456"),
        ("-0.0001", "<15", "-0.0001        "),
        ("0.125", "<15", "0.125          "),
        ("-0.0", "<15", "-0.0           "),
        ("0.5", "<15", "0.5            "),
        ("-1234567.891", "-", "-1234567.891"),
        ("1e+16", "-", "1e+16"),
        ("1e-07", "-", "1e-07"),
        ("inf", "-", "inf"),
        ("nan", "+", "+nan"),
        ("123.456", "+", "+123.456"),
        ("-0.0001", "+", "-0.0001"),
        ("0.125", "+", "+0.125"),
        ("-0.0", "#.0", "-0.e+00"),
        ("0.5", "#.0", "0.5"),
        ("-1234567.891", "#.0", "-1.e+06"),
        ("1e+16", "#.0", "1.e+16"),
        ("1e-07", ".20g", "9.9999999999999995475e-08"),
        ("inf", ".20g", "inf"),
        ("nan", ".20g", "nan"),
        ("123.456", ".20g", "123.45600000000000307"),
        ("-0.0001", "zg", "-0.0001"),
        ("0.125", "zg", "0.125"),
        ("-0.0", "zg", "0"),
        ("0.5", "zg", "0.5"),
        ("-1234567.891", "z.3e", "-1.235e+06"),
        ("1e+16", "z.3e", "1.000e+16"),
        ("1e-07", "z.3e", "1.000e-07"),
        ("inf", "z.3e", "inf"),
        ("nan", "n", "nan"),
        ("123.456", "n", "123.456"),
        ("-0.0001", "n", "-0.0001"),
        ("0.125", "n", "0.125"),
        ("-0.0", ".2n", "-0"),
        ("0.5", ".2n", "0.5"),
        ("-1234567.891", ".2n", "-1.2e+06"),
        ("1e+16", ".2n", "1e+16"),
        ("1e-07", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("inf", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("nan", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("123.456", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-0.0001", "012", "-000000.0001"),
        ("0.125", "012", "00000000.125"),
        ("-0.0", "012", "-000000000.0"),
        ("0.5", "012", "0000000000.5"),
        ("-1234567.891", "+012", "-1234567.891"),
        ("1e+16", "+012", "+0000001e+16"),
        ("1e-07", "+012", "+0000001e-07"),
        ("inf", "+012", "+00000000inf"),
        ("nan", "012,", "000000000nan"),
        ("123.456", "012,", "0,000,123.456"),
        ("-0.0001", "012,", "-00,000.0001"),
        ("0.125", "012,", "0,000,000.125"),
        ("-0.0", "012,.3", "-0,000,000.0"),
        ("0.5", "012,.3", "00,000,000.5"),
        ("-1234567.891", "012,.3", "-0,001.23e+06"),
        ("1e+16", "012,.3", "0,000,001e+16"),
        ("1e-07", "0<12", "1e-070000000"),
        ("inf", "0<12", "inf000000000"),
        ("nan", "0<12", "nan000000000"),
        ("123.456", "0<12", "123.45600000"),
        ("-0.0001", "\u{20ac}>12.2e", "\u{20ac}\u{20ac}\u{20ac}-1.00e-04"),
        ("0.125", "\u{20ac}>12.2e", "\u{20ac}\u{20ac}\u{20ac}\u{20ac}1.25e-01"),
        ("-0.0", "\u{20ac}>12.2e", "\u{20ac}\u{20ac}\u{20ac}-0.00e+00"),
        ("0.5", "\u{20ac}>12.2e", "\u{20ac}\u{20ac}\u{20ac}\u{20ac}5.00e-01"),
        ("-1234567.891", ".1000", "-1234567.89100000006146728992462158203125"),
        ("1e+16", ".1000", "10000000000000000.0"),
        ("1e-07", ".1000", "9.99999999999999954748111825886258685613938723690807819366455078125e-08"),
        ("inf", ".1000", "inf"),
        ("nan", ".99999999999", "!ValueError: precision too big"),
        ("123.456", ".99999999999", "!ValueError: precision too big"),
        ("-0.0001", ".99999999999", "!ValueError: precision too big"),
        ("0.125", ".99999999999", "!ValueError: precision too big"),
        ("-0.0", ".2147483648f", "!ValueError: precision too big"),
        ("0.5", ".2147483648f", "!ValueError: precision too big"),
        ("-1234567.891", ".2147483648f", "!ValueError: precision too big"),
        ("1e+16", ".2147483648f", "!ValueError: precision too big"),
        ("1e-07", "z%", "0.000010%"),
        ("inf", "z%", "inf%"),
        ("nan", "z%", "nan%"),
        ("123.456", "z%", "12345.600000%"),
        ("-0.0001", "z.0%", "0%"),
        ("0.125", "z.0%", "12%"),
        ("-0.0", "z.0%", "0%"),
        ("0.5", "z.0%", "50%"),
        ("-1234567.891", "#%", "-123456789.100000%"),
        ("1e+16", "#%", "1000000000000000000.000000%"),
        ("1e-07", "#%", "0.000010%"),
        ("inf", "#%", "inf%"),
        ("nan", "#.0%", "nan%"),
        ("123.456", "#.0%", "12346.%"),
        ("-0.0001", "#.0%", "-0.%"),
        ("0.125", "#.0%", "12.%"),
        ("-0.0", ".50f", "-0.00000000000000000000000000000000000000000000000000"),
        ("0.5", ".50f", "0.50000000000000000000000000000000000000000000000000"),
        ("-1234567.891", ".50f", "-1234567.89100000006146728992462158203125000000000000000000"),
        ("1e+16", ".50f", "10000000000000000.00000000000000000000000000000000000000000000000000"),
        ("1e-07", ".30e", "9.999999999999999547481118258863e-08"),
        ("inf", ".30e", "inf"),
        ("nan", ".30e", "nan"),
        ("123.456", ".30e", "1.234560000000000030695446184836e+02"),
        ("-0.0001", ".25g", "-0.0001000000000000000047921736"),
        ("0.125", ".25g", "0.125"),
        ("-0.0", ".25g", "-0"),
        ("0.5", ".25g", "0.5"),
        ("-1234567.891", "Z", "!ValueError: Unknown format code 'Z' for object of type 'float'"),
        ("1e+16", "Z", "!ValueError: Unknown format code 'Z' for object of type 'float'"),
        ("1e-07", "Z", "!ValueError: Unknown format code 'Z' for object of type 'float'"),
        ("inf", "Z", "!ValueError: Unknown format code 'Z' for object of type 'float'"),
        ("nan", "=12", "         nan"),
        ("123.456", "=12", "     123.456"),
        ("-0.0001", "=12", "-     0.0001"),
        ("0.125", "=12", "       0.125"),
        ("-0.0", "^", "-0.0"),
        ("0.5", "^", "0.5"),
        ("-1234567.891", "^", "-1234567.891"),
        ("1e+16", "^", "1e+16"),
        ("1e-07", ".0n", "1e-07"),
        ("inf", ".0n", "inf"),
        ("nan", ".0n", "nan"),
        ("123.456", ".0n", "1e+02"),
        ("1234567.891", ",.2f", "1,234,567.89"),
        ("123.456", ".2%", "12345.60%"),
        ("1.0", "g", "1"),
        ("1e-07", "", "1e-07"),
        ("0.5", ".0f", "0"),
        ("1.5", ".0f", "2"),
        ("2.5", ".0f", "2"),
        ("0.125", ".2f", "0.12"),
        ("0.375", ".2f", "0.38"),
        ("2.675", ".2f", "2.67"),
        ("1e+23", "f", "99999999999999991611392.000000"),
        ("1e+23", "", "1e+23"),
        ("1e-310", "", "1e-310"),
        ("1e-310", "e", "1.000000e-310"),
        ("1.7976931348623157e+308", "", "1.7976931348623157e+308"),
        ("1.7976931348623157e+308", "f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"),
        ("1.7976931348623157e+308", ",.0f", "179,769,313,486,231,570,814,527,423,731,704,356,798,070,567,525,844,996,598,917,476,803,157,260,780,028,538,760,589,558,632,766,878,171,540,458,953,514,382,464,234,321,326,889,464,182,768,467,546,703,537,516,986,049,910,576,551,282,076,245,490,090,389,328,944,075,868,508,455,133,942,304,583,236,903,222,948,165,808,559,332,123,348,274,797,826,204,144,723,168,738,177,180,919,299,881,250,404,026,184,124,858,368"),
        ("12345.6789", "_.3f", "12_345.679"),
        ("-12345.6789", "+015,.2f", "-000,012,345.68"),
        ("12345.6789", "020_.2e", "0_000_000_001.23e+04"),
        ("0.1", ".55f", "0.1000000000000000055511151231257827021181583404541015625"),
        ("123.0", ".3", "1.23e+02"),
        ("123.0", ".2", "1.2e+02"),
        ("1000000000000000.0", "", "1000000000000000.0"),
        ("1e+16", ".17", "1e+16"),
        ("1234567890123456.8", "", "1234567890123456.8"),
        ("123456789012345.6", "", "123456789012345.6"),
        ("0.0001", "", "0.0001"),
        ("1e-05", "", "1e-05"),
        ("1.5", ".0", "2e+00"),
        ("9.5", ".0", "1e+01"),
        ("10.5", ".0", "1e+01"),
        ("1e+100", "g", "1e+100"),
        ("1e-100", "G", "1E-100"),
        ("-0.0", "+", "-0.0"),
        ("-0.0", "z+", "!ValueError: Unknown format code '+' for object of type 'float'"),
        ("-1e-10", "z.3f", "0.000"),
        ("-1e-10", "z.3e", "-1.000e-10"),
        ("-1e-10", "z.3g", "-1e-10"),
        ("-1e-10", "z.3%", "0.000%"),
        ("-inf", "z", "-inf"),
        ("nan", "z+", "!ValueError: Unknown format code '+' for object of type 'float'"),
        ("nan", "", "nan"),
        ("inf", "010", "0000000inf"),
        ("nan", "+010,", "+000000nan"),
        ("inf", "E", "INF"),
        ("nan", "F", "NAN"),
        ("-inf", "=+10", "-      inf"),
        ("inf", "*^9", "***inf***"),
    ];
    #[rustfmt::skip]
    const STR_FORMAT_CASES: &[(&str, &str, &str)] = &[
        ("", "", ""),
        ("a", "", "a"),
        ("abc", "", "abc"),
        ("a", "s", "a"),
        ("abc", "s", "abc"),
        ("h\u{e9}llo", "s", "h\u{e9}llo"),
        ("abc", "5", "abc  "),
        ("h\u{e9}llo", "5", "h\u{e9}llo"),
        ("\u{65e5}\u{672c}", "5", "\u{65e5}\u{672c}   "),
        ("h\u{e9}llo", "<5", "h\u{e9}llo"),
        ("\u{65e5}\u{672c}", "<5", "\u{65e5}\u{672c}   "),
        ("\u{1f600}x", "<5", "\u{1f600}x   "),
        ("\u{65e5}\u{672c}", ">5", "   \u{65e5}\u{672c}"),
        ("\u{1f600}x", ">5", "   \u{1f600}x"),
        ("", ">5", "     "),
        ("\u{1f600}x", "^5", " \u{1f600}x  "),
        ("", "^5", "     "),
        ("a", "^5", "  a  "),
        ("", "^6", "      "),
        ("a", "^6", "  a   "),
        ("abc", "^6", " abc  "),
        ("a", "*^7", "***a***"),
        ("abc", "*^7", "**abc**"),
        ("h\u{e9}llo", "*^7", "*h\u{e9}llo*"),
        ("abc", ".2", "ab"),
        ("h\u{e9}llo", ".2", "h\u{e9}"),
        ("\u{65e5}\u{672c}", ".2", "\u{65e5}\u{672c}"),
        ("h\u{e9}llo", "10.2", "h\u{e9}        "),
        ("\u{65e5}\u{672c}", "10.2", "\u{65e5}\u{672c}        "),
        ("\u{1f600}x", "10.2", "\u{1f600}x        "),
        ("\u{65e5}\u{672c}", "0", "\u{65e5}\u{672c}"),
        ("\u{1f600}x", "0", "\u{1f600}x"),
        ("", "0", ""),
        ("\u{1f600}x", "05", "\u{1f600}x000"),
        ("", "05", "00000"),
        ("a", "05", "a0000"),
        ("", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("abc", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("h\u{e9}llo", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("abc", " ", "!ValueError: Space not allowed in string format specifier"),
        ("h\u{e9}llo", " ", "!ValueError: Space not allowed in string format specifier"),
        ("\u{65e5}\u{672c}", " ", "!ValueError: Space not allowed in string format specifier"),
        ("h\u{e9}llo", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("\u{65e5}\u{672c}", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("\u{1f600}x", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("\u{65e5}\u{672c}", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("\u{1f600}x", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("\u{1f600}x", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("abc", ",", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("h\u{e9}llo", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{65e5}\u{672c}", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'str'"),
        ("\u{65e5}\u{672c}", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'str'"),
        ("\u{1f600}x", "x5", "!ValueError: Invalid format specifier 'x5' for object of type 'str'"),
        ("\u{65e5}\u{672c}", ".0", ""),
        ("\u{1f600}x", ".0", ""),
        ("", ".0", ""),
        ("\u{1f600}x", "\u{65e5}>6", "\u{65e5}\u{65e5}\u{65e5}\u{65e5}\u{1f600}x"),
        ("", "\u{65e5}>6", "\u{65e5}\u{65e5}\u{65e5}\u{65e5}\u{65e5}\u{65e5}"),
        ("a", "\u{65e5}>6", "\u{65e5}\u{65e5}\u{65e5}\u{65e5}\u{65e5}a"),
        ("", "0>5", "00000"),
        ("a", "0>5", "0000a"),
        ("abc", "0>5", "00abc"),
        ("a", ".2s", "a"),
        ("abc", ".2s", "ab"),
        ("h\u{e9}llo", ".2s", "h\u{e9}"),
        ("abc", "ss", "!ValueError: Invalid format specifier 'ss' for object of type 'str'"),
        ("h\u{e9}llo", "ss", "!ValueError: Invalid format specifier 'ss' for object of type 'str'"),
        ("\u{65e5}\u{672c}", "ss", "!ValueError: Invalid format specifier 'ss' for object of type 'str'"),
        ("h\u{e9}llo", ">0", "h\u{e9}llo"),
        ("\u{65e5}\u{672c}", ">0", "\u{65e5}\u{672c}"),
        ("\u{1f600}x", ">0", "\u{1f600}x"),
        ("\u{65e5}\u{672c}", "08.1", "\u{65e5}0000000"),
        ("\u{1f600}x", "08.1", "\u{1f600}0000000"),
        ("", "08.1", "00000000"),
        ("\u{1f600}x", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("a", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("", "_s", "!ValueError: Cannot specify '_' with 's'."),
        ("a", "_s", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", "_s", "!ValueError: Cannot specify '_' with 's'."),
        ("a", "c", "!ValueError: Unknown format code 'c' for object of type 'str'"),
        ("abc", "c", "!ValueError: Unknown format code 'c' for object of type 'str'"),
        ("h\u{e9}llo", "c", "!ValueError: Unknown format code 'c' for object of type 'str'"),
        ("abc", "^", "abc"),
        ("h\u{e9}llo", "^", "h\u{e9}llo"),
        ("\u{65e5}\u{672c}", "^", "\u{65e5}\u{672c}"),
        ("h\u{e9}llo", ".", "!ValueError: Format specifier missing precision"),
        ("\u{65e5}\u{672c}", ".", "!ValueError: Format specifier missing precision"),
        ("\u{1f600}x", ".", "!ValueError: Format specifier missing precision"),
        ("\u{65e5}\u{672c}", "<1", "\u{65e5}\u{672c}"),
        ("\u{1f600}x", "<1", "\u{1f600}x"),
        ("", "<1", " "),
    ];
    #[rustfmt::skip]
    const FLOAT_REPR_CASES: &[(u64, &str)] = &[
        (0x0000000000000000, "0.0"),
        (0x8000000000000000, "-0.0"),
        (0x3ff0000000000000, "1.0"),
        (0xbff0000000000000, "-1.0"),
        (0x3fb999999999999a, "0.1"),
        (0x3fd3333333333334, "0.30000000000000004"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x4341c37937e08000, "1e+16"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4376345785d8a000, "1e+17"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x7e41eb2d66005835, "1.5e+300"),
        (0x81b01297d23ab683, "-1.5e-300"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x7ff0000000000000, "inf"),
        (0xfff0000000000000, "-inf"),
        (0x7ff8000000000000, "nan"),
        (0x42dc12218377de66, "123456789012345.6"),
        (0x43118b54f22aeb03, "1234567890123456.8"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x4351c37937e08002, "2.000000000000001e+16"),
        (0x4059000000000000, "100.0"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x405edd2f1a9fbe77, "123.456"),
        (0x400921fb54442d18, "3.141592653589793"),
        (0x0000000000000003, "1.5e-323"),
        (0x4011666666666666, "4.35"),
        (0x3fd3333333333333, "0.3"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0xbb91433a6aa79987, "-9.1387497028769e-22"),
        (0xd1f6f86c029a7245, "-7.139820454309632e+86"),
        (0xcd8778e7d340bbcd, "-3.089900467300506e+65"),
        (0xdaea58ba4c73a942, "-9.131299887434701e+129"),
        (0xee8971105e503a67, "-2.942877356480083e+224"),
        (0x452ec40a3193ca54, "1.8596773229471727e+25"),
        (0x6facaa5090e5e945, "8.692067227002291e+229"),
        (0x5f811cb929645f8b, "1.1202983176732331e+152"),
        (0xdfc9e3b11fcff454, "-2.71187804877673e+153"),
        (0x42d6cb5c6ed4e94b, "100250739757989.17"),
        (0xa091250e8fe46024, "-8.183770430730414e-152"),
        (0x9c9cea0c2ca1c789, "-7.481942688750341e-171"),
        (0x2fd2b7a48d9fe5b9, "2.525722336173709e-78"),
        (0xbcf74d7a5adad121, "-5.1742273216317384e-15"),
        (0xbb9d58e4f543bbcf, "-1.5536301412264183e-21"),
        (0x87f26aee175f0cd2, "-2.1789094907487126e-270"),
        (0xbc428d42fa882692, "-2.011390540120253e-18"),
        (0x95c5fb986980a81f, "-8.764271883973625e-204"),
        (0x2aa4857e8101e89a, "2.863253393402251e-103"),
        (0x34a9af4125ece845, "5.2374923668024025e-55"),
        (0x13ed748bb80e3b0d, "1.0936941514836716e-212"),
        (0xd64a3ce030a1f6d5, "-4.8141078806962144e+107"),
        (0x527122dc57708107, "1.3635548534927665e+89"),
        (0x7576714a06057c82, "6.739508595758605e+257"),
        (0x06e0f45856eaa301, "1.5303059611217572e-275"),
        (0x82bde024f7acee22, "-1.8272601399104736e-295"),
        (0xb0d26ee6fa928906, "-1.6301294128168097e-73"),
        (0x6a5ccc2cbe99854a, "2.2572140005785964e+204"),
        (0x01b5577d00e266d0, "1.9917479904700448e-300"),
        (0xa9f559fcf0b37868, "-1.4546223495953267e-106"),
        (0x29ef41d0deea959e, "1.0647315861075762e-106"),
        (0x94820a06c555663f, "-6.85882119867777e-210"),
        (0x495cfa4f2dcaabd5, "2.5849035208654928e+45"),
        (0xa70ce1b51978cec0, "-1.3980865026926386e-120"),
        (0x1b1bcf726a1eccda, "4.2893241473530543e-178"),
        (0xae711399e2b2848b, "-5.493913207906451e-85"),
        (0x2e80dbd593fd7234, "1.084765896058589e-84"),
        (0x600027e8bc90a6ec, "2.7076892184663095e+154"),
        (0xf5cdb9413b8d0e76, "-2.8563304288860733e+259"),
        (0x9893588c860a7da1, "-2.713760756235414e-190"),
        (0x4575a669b0a8087f, "4.1877287497e+26"),
        (0xc65d03a54c158272, "-9.19498e+30"),
        (0xc31607aec61f5300, "-1550224179320000.0"),
        (0xc1c2b9e0f8251eb9, "-628343280.2900001"),
        (0x3b5925bb69cd4b34, "8.3205737e-23"),
        (0x465e473a390dadbf, "9.595554793000001e+30"),
        (0x3dd2435e3cae7a6e, "6.6440977e-11"),
        (0xbceb121a8f66fe2e, "-3.0054534168e-15"),
        (0xbb7139a891efb9e7, "-2.27974e-22"),
        (0xbbf9eba4ba4c8ac6, "-8.782201005269001e-20"),
        (0xc5328321680409ad, "-2.2379911e+25"),
        (0xbda579aa7bcd3f7e, "-9.7658165138e-12"),
        (0x4115d09133333333, "357412.3"),
        (0x432150d73e731000, "2436980000000000.0"),
        (0xc6d43cbecd14003c, "-1.6418437276e+33"),
        (0x3fb72b6956af03fc, "0.0905061566"),
        (0x42290a08eedfffff, "53771269999.99999"),
        (0xbcff8e4d6cb9b4f9, "-7.006810444587e-15"),
        (0x3dd59404198c072c, "7.8500989031e-11"),
        (0xbea3ea16843a6efc, "-5.934955500000001e-07"),
        (0xc1c4da5eda000000, "-699710900.0"),
        (0x3ade49477e7a8054, "3.9144057000000005e-25"),
        (0x45d979aba039875a, "3.1536863e+28"),
        (0x3e2277eff8523fe5, "2.1500170000000003e-09"),
        (0x3b5f3bd1acab0227, "1.0334353894e-22"),
        (0x404d0b9aa2e4a69d, "58.09065662541"),
        (0xbb1ec2d81eaba335, "-6.3612484999999995e-24"),
        (0xc00455756282ac18, "-2.5417278000000003"),
        (0xc6bfc426a4808ead, "-6.442953768673e+32"),
        (0xc187f16161202753, "-50211884.140700005"),
    ];
    #[rustfmt::skip]
    const PARSE_INT_CASES: &[(&str, u32, &str)] = &[
        ("0", 10, "0"),
        ("42", 10, "42"),
        ("-42", 10, "-42"),
        ("+42", 10, "42"),
        ("  -0x_1f  ", 0, "-31"),
        ("  -0x_1f  ", 16, "-31"),
        ("0x1f", 10, "!ValueError: invalid literal for int() with base 10: '0x1f'"),
        ("0_7", 0, "!ValueError: invalid literal for int() with base 0: '0_7'"),
        ("00", 0, "0"),
        ("010", 0, "!ValueError: invalid literal for int() with base 0: '010'"),
        ("0", 0, "0"),
        ("-0", 0, "0"),
        ("0x", 16, "!ValueError: invalid literal for int() with base 16: '0x'"),
        ("0x", 0, "!ValueError: invalid literal for int() with base 0: '0x'"),
        ("1", 1, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("1", 37, "!ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("_1", 10, "!ValueError: invalid literal for int() with base 10: '_1'"),
        ("1__0", 10, "!ValueError: invalid literal for int() with base 10: '1__0'"),
        ("1_0", 10, "10"),
        ("\u{661}\u{662}", 10, "12"),
        ("12\u{2003}", 10, "12"),
        ("\u{a0}12\u{3000}", 10, "12"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", 10, "!ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
        ("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}", 10, "!ValueError: invalid literal for int() with base 10: '\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("0b1_1", 2, "3"),
        ("0b_1", 0, "1"),
        ("0b", 0, "!ValueError: invalid literal for int() with base 0: '0b'"),
        ("0B101", 0, "5"),
        ("0O17", 0, "15"),
        ("0o8", 0, "!ValueError: invalid literal for int() with base 0: '0o8'"),
        ("1_", 10, "!ValueError: invalid literal for int() with base 10: '1_'"),
        ("", 10, "!ValueError: invalid literal for int() with base 10: ''"),
        ("   ", 10, "!ValueError: invalid literal for int() with base 10: '   '"),
        ("12 ", 10, "12"),
        (" 12", 10, "12"),
        ("1 2", 10, "!ValueError: invalid literal for int() with base 10: '1 2'"),
        ("1\u{0}2", 10, "!ValueError: invalid literal for int() with base 10: '1\\x002'"),
        ("\u{1c}1", 10, "!ValueError: invalid literal for int() with base 10: '\\x1c1'"),
        ("1\u{7f}", 10, "!ValueError: invalid literal for int() with base 10: '1\\x7f'"),
        ("12\u{e9}", 10, "!ValueError: invalid literal for int() with base 10: '12\u{e9}'"),
        ("z", 36, "35"),
        ("Z", 36, "35"),
        ("zz", 35, "!ValueError: invalid literal for int() with base 35: 'zz'"),
        ("123456789012345678901234567890", 10, "123456789012345678901234567890"),
        ("-123456789012345678901234567890", 0, "-123456789012345678901234567890"),
        ("ffffffffffffffffffffffff", 16, "79228162514264337593543950335"),
        ("0xFFFFFFFFFFFFFFFFFFFF", 0, "1208925819614629174706175"),
        ("1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, "1111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111"),
        ("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 10, "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"),
        ("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 2, "141246703213942603683520966701614733366889617518454111681368808585711816984270751255808912631671152637335603208431366082764203838069979338335971185726639923431051777851865399011877999645131707069373498212631323752553111215372844035950900535954860733418453405575566736801565587405464699640499050849699472357900905617571376618228216434213181520991556677126498651782204174061830939239176861341383294018240225838692725596147005144243281075275629495339093813198966735633606329691023842454125835888656873133981287240980008838073668221804264432910894030789020219440578198488267339768238872279902157420307247570510423845868872596735891805818727796435753018518086641356012851302546726823009250218328018251907340245449863183265637987862198511046362985461949587281119139907228004385942880953958816554567625296086916885774828934449941362416588675326940332561103664556982622206834474219811081872404929503481991376740379825998791411879802717583885498575115299471743469241117070230398103378615232793710290992656444842895511830355733152020804157920090041811951880456705515468349446182731742327685989277607620709525878318766488368348965015474997864119765441433356928012344111765735336393557879214937004347568208665958717764059293592887514292843557047089164876483116615691886203812997555690171892169733755224469032475078797830901321579940127337210694377283439922280274060798234786740434893458120198341101033812506720046609891160700284002100980452964039788704335302619337597862052192280371481132164147186514169090917191909375"),
        ("11111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111111", 16, "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("'\"", 10, "!ValueError: invalid literal for int() with base 10: '\\'\"'"),
        ("a'b", 10, "!ValueError: invalid literal for int() with base 10: \"a'b\""),
        ("\t+7\n", 10, "7"),
        ("- 7", 10, "!ValueError: invalid literal for int() with base 10: '- 7'"),
        ("+-7", 10, "!ValueError: invalid literal for int() with base 10: '+-7'"),
        ("0x_", 0, "!ValueError: invalid literal for int() with base 0: '0x_'"),
        ("0x__1", 0, "!ValueError: invalid literal for int() with base 0: '0x__1'"),
        ("0_", 0, "!ValueError: invalid literal for int() with base 0: '0_'"),
        ("0__0", 0, "!ValueError: invalid literal for int() with base 0: '0__0'"),
        ("0_0", 0, "0"),
        ("09", 0, "!ValueError: invalid literal for int() with base 0: '09'"),
        ("0_00", 0, "0"),
        ("1e5", 10, "!ValueError: invalid literal for int() with base 10: '1e5'"),
        ("7.0", 10, "!ValueError: invalid literal for int() with base 10: '7.0'"),
        ("\u{1d7d7}", 10, "9"),
        ("\u{663}_\u{664}", 10, "34"),
        ("0b12", 2, "!ValueError: invalid literal for int() with base 2: '0b12'"),
        ("12", 2, "!ValueError: invalid literal for int() with base 2: '12'"),
        ("0o12", 8, "10"),
        ("0x12", 8, "!ValueError: invalid literal for int() with base 8: '0x12'"),
        ("0b1", 16, "177"),
        ("0b1", 0, "1"),
    ];
    #[rustfmt::skip]
    const PARSE_FLOAT_CASES: &[(&str, &str)] = &[
        ("1_0", "10.0"),
        (" 1_0 ", "10.0"),
        ("_1", "!ValueError: could not convert string to float: '_1'"),
        ("1_", "!ValueError: could not convert string to float: '1_'"),
        ("1__0", "!ValueError: could not convert string to float: '1__0'"),
        ("1e", "!ValueError: could not convert string to float: '1e'"),
        ("1e5", "100000.0"),
        ("1E+05", "100000.0"),
        ("1e-5", "1e-05"),
        ("infinity", "inf"),
        ("-nAn", "nan"),
        ("nan", "nan"),
        ("+inf", "inf"),
        ("-Infinity", "-inf"),
        ("infinit", "!ValueError: could not convert string to float: 'infinit'"),
        ("in_f", "!ValueError: could not convert string to float: 'in_f'"),
        ("1_e5", "!ValueError: could not convert string to float: '1_e5'"),
        ("1e_5", "!ValueError: could not convert string to float: '1e_5'"),
        ("1e5_0", "1e+50"),
        ("1_000.000_1", "1000.0001"),
        ("1._0", "!ValueError: could not convert string to float: '1._0'"),
        ("1_.0", "!ValueError: could not convert string to float: '1_.0'"),
        ("", "!ValueError: could not convert string to float: ''"),
        ("  ", "!ValueError: could not convert string to float: '  '"),
        ("1\u{0}", "!ValueError: could not convert string to float: '1\\x00'"),
        (".5", "0.5"),
        ("5.", "5.0"),
        (".", "!ValueError: could not convert string to float: '.'"),
        ("+.5", "0.5"),
        ("-.5e-3", "-0.0005"),
        ("0x10", "!ValueError: could not convert string to float: '0x10'"),
        ("1e500", "inf"),
        ("-1e500", "-inf"),
        ("1e-400", "0.0"),
        ("\u{661}\u{66b}\u{665}", "!ValueError: could not convert string to float: '\u{661}\u{66b}\u{665}'"),
        ("\u{661}.\u{665}", "1.5"),
        ("\u{a0}3.5\u{2003}", "3.5"),
        ("3.5\u{e9}", "!ValueError: could not convert string to float: '3.5\u{e9}'"),
        ("++1", "!ValueError: could not convert string to float: '++1'"),
        ("1.2.3", "!ValueError: could not convert string to float: '1.2.3'"),
        ("  -0.0  ", "-0.0"),
        ("2.5e+3", "2500.0"),
        ("0.1", "0.1"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("4.9e-324", "5e-324"),
        ("2.4703282292062328e-324", "5e-324"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("1.7976931348623159e308", "inf"),
        ("nan(1)", "!ValueError: could not convert string to float: 'nan(1)'"),
        ("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "!ValueError: could not convert string to float: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'"),
        ("'", "!ValueError: could not convert string to float: \"'\""),
        ("\t\n1.5\r\u{b}\u{c}", "1.5"),
        ("\u{1c}1.5", "!ValueError: could not convert string to float: '\\x1c1.5'"),
        ("1 .5", "!ValueError: could not convert string to float: '1 .5'"),
        ("9007199254740993", "9007199254740992.0"),
        ("0.30000000000000004", "0.30000000000000004"),
        ("1e0001", "10.0"),
        ("e5", "!ValueError: could not convert string to float: 'e5'"),
        ("-", "!ValueError: could not convert string to float: '-'"),
        ("+", "!ValueError: could not convert string to float: '+'"),
    ];
    #[rustfmt::skip]
    const ROUND_CASES: &[(f64, i64, &str)] = &[
        (0.125, 2, "0.12"),
        (0.375, 2, "0.38"),
        (2.675, 2, "2.67"),
        (2.5, 0, "2.0"),
        (3.5, 0, "4.0"),
        (-2.5, 0, "-2.0"),
        (-0.4, 0, "-0.0"),
        (1234.5678, -2, "1200.0"),
        (1250.0, -2, "1200.0"),
        (1350.0, -2, "1400.0"),
        (-1250.0, -2, "-1200.0"),
        (5.0, -1, "0.0"),
        (15.0, -1, "20.0"),
        (25.0, -1, "20.0"),
        (0.5, -1, "0.0"),
        (6.0, -1, "10.0"),
        (-6.0, -1, "-10.0"),
        (1e+300, 400, "1e+300"),
        (1e+300, 323, "1e+300"),
        (1e+300, -300, "1e+300"),
        (1.5e+300, -300, "2e+300"),
        (1.7976931348623157e+308, -308, "!OverflowError: rounded value too large to represent"),
        (1.7976931348623157e+308, -307, "!OverflowError: rounded value too large to represent"),
        (-1.5, -1000, "-0.0"),
        (1.5, 1000, "1.5"),
        (1e-300, 300, "1e-300"),
        (1e-300, 299, "0.0"),
        (0.1, 1, "0.1"),
        (0.15, 1, "0.1"),
        (0.25, 1, "0.2"),
        (0.35, 1, "0.3"),
        (1.0000000000000002, 15, "1.0"),
        (1.0000000000000002, 16, "1.0000000000000002"),
        (123456789.12345679, 5, "123456789.12346"),
        (f64::INFINITY, 2, "inf"),
        (f64::NEG_INFINITY, -2, "-inf"),
        (f64::NAN, 0, "nan"),
        (0.0, 5, "0.0"),
        (-0.0, -5, "-0.0"),
        (5e-324, 323, "0.0"),
        (5e-324, 324, "5e-324"),
        (5e-324, 322, "0.0"),
        (999.5, 0, "1000.0"),
        (999.5, -3, "1000.0"),
        (499.9, -3, "0.0"),
        (500.0, -3, "0.0"),
        (1500.0, -3, "2000.0"),
        (2500.0, -3, "2000.0"),
        (2500.0000000000005, -3, "3000.0"),
        (12.345, 2, "12.35"),
        (1.005, 2, "1.0"),
        (8500000000000000.0, -16, "1e+16"),
        (9500000000000000.0, -16, "1e+16"),
        (4.5e-05, 5, "5e-05"),
    ];
    #[rustfmt::skip]
    const ROUND_HALF_EVEN_CASES: &[(f64, &str)] = &[
        (0.5, "0"),
        (1.5, "2"),
        (2.5, "2"),
        (-0.5, "0"),
        (-1.5, "-2"),
        (-2.5, "-2"),
        (0.49999999999999994, "0"),
        (4503599627370495.5, "4503599627370496"),
        (4503599627370497.0, "4503599627370497"),
        (1e+300, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160"),
        (-0.0, "0"),
        (2.4999, "2"),
        (2.5000001, "3"),
        (-7.5, "-8"),
    ];
    #[rustfmt::skip]
    const REPR_CASES: &[(&str, &str, &str)] = &[
        ("", "''", "''"),
        ("abc", "'abc'", "'abc'"),
        ("it's", "\"it's\"", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'", "'both \\' and \"'"),
        ("back\\slash", "'back\\\\slash'", "'back\\\\slash'"),
        ("tab\tnl\ncr\r", "'tab\\tnl\\ncr\\r'", "'tab\\tnl\\ncr\\r'"),
        ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{9f}\u{a0}\u{ad}\u{e9}", "'\\x80\\x9f\\xa0\\xad\u{e9}'", "'\\x80\\x9f\\xa0\\xad\\xe9'"),
        ("\u{e9}\u{65e5}\u{672c}\u{1f600}", "'\u{e9}\u{65e5}\u{672c}\u{1f600}'", "'\\xe9\\u65e5\\u672c\\U0001f600'"),
        ("\u{200b}\u{2028}\u{a0}\u{3000}", "'\\u200b\\u2028\\xa0\\u3000'", "'\\u200b\\u2028\\xa0\\u3000'"),
        ("\u{d7ff}\u{e000}\u{f8ff}\u{fffd}\u{ffff}", "'\\ud7ff\\ue000\\uf8ff\u{fffd}\\uffff'", "'\\ud7ff\\ue000\\uf8ff\\ufffd\\uffff'"),
        ("\u{e0001}\u{10ffff}\u{1f600}\u{20000}", "'\\U000e0001\\U0010ffff\u{1f600}\u{20000}'", "'\\U000e0001\\U0010ffff\\U0001f600\\U00020000'"),
        ("\u{378}\u{600}\u{61c}", "'\\u0378\\u0600\\u061c'", "'\\u0378\\u0600\\u061c'"),
        ("\u{ff}\u{100}", "'\u{ff}\u{100}'", "'\\xff\\u0100'"),
        ("\u{1d7ce}", "'\u{1d7ce}'", "'\\U0001d7ce'"),
        ("\u{1b}[0m", "'\\x1b[0m'", "'\\x1b[0m'"),
        ("'", "\"'\"", "\"'\""),
        ("\"", "'\"'", "'\"'"),
        ("'\"", "'\\'\"'", "'\\'\"'"),
        ("a\\'b", "\"a\\\\'b\"", "\"a\\\\'b\""),
    ];
    #[rustfmt::skip]
    const BYTES_REPR_CASES: &[(&[u8], &str)] = &[
        (&[], "b''"),
        (&[97, 98, 99], "b'abc'"),
        (&[105, 116, 39, 115], "b\"it's\""),
        (&[115, 97, 121, 32, 34, 104, 105, 34], "b'say \"hi\"'"),
        (&[98, 111, 116, 104, 32, 39, 32, 97, 110, 100, 32, 34], "b'both \\' and \"'"),
        (&[92], "b'\\\\'"),
        (&[9, 10, 13, 0, 127, 128, 255], "b'\\t\\n\\r\\x00\\x7f\\x80\\xff'"),
        (&[0, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126, 133, 140, 147, 154, 161, 168, 175, 182, 189, 196, 203, 210, 217, 224, 231, 238, 245, 252], "b'\\x00\\x07\\x0e\\x15\\x1c#*18?FMT[bipw~\\x85\\x8c\\x93\\x9a\\xa1\\xa8\\xaf\\xb6\\xbd\\xc4\\xcb\\xd2\\xd9\\xe0\\xe7\\xee\\xf5\\xfc'"),
    ];
    #[rustfmt::skip]
    const PRINTABLE_CASES: &[(u32, bool)] = &[
        (0x0, false),
        (0x20, true),
        (0x7e, true),
        (0x7f, false),
        (0xa0, false),
        (0xa1, true),
        (0xad, false),
        (0x378, false),
        (0x3000, false),
        (0x3001, true),
        (0xe000, false),
        (0xfffd, true),
        (0xffff, false),
        (0x1f600, true),
        (0x1f7ff, false),
        (0x20000, true),
        (0x2a6df, true),
        (0x2a6e0, false),
        (0xe0001, false),
        (0xe0100, true),
        (0x10ffff, false),
    ];
    #[rustfmt::skip]
    const PERCENT_CASES: &[(&str, fn() -> TV, &str)] = &[
        ("%5%", || T(vec![]), "!TypeError: not enough arguments for format string"),
        ("%(a)%", || D(vec![("a", I("1"))]), "!ValueError: unsupported format character '%' (0x25) at index 4"),
        ("%y", || T(vec![]), "!TypeError: not enough arguments for format string"),
        ("%y", || I("1"), "!ValueError: unsupported format character 'y' (0x79) at index 1"),
        ("%", || T(vec![]), "!ValueError: incomplete format"),
        ("abc%", || T(vec![]), "!ValueError: incomplete format"),
        ("%(a", || D(vec![("a", I("1"))]), "!ValueError: incomplete format key"),
        ("%(a)", || D(vec![("a", I("1"))]), "!ValueError: incomplete format"),
        ("%-", || T(vec![I("1")]), "!ValueError: incomplete format"),
        ("%5", || T(vec![I("1")]), "!ValueError: incomplete format"),
        ("%.", || T(vec![I("1")]), "!ValueError: incomplete format"),
        ("%5.", || T(vec![I("1")]), "!ValueError: incomplete format"),
        ("%l", || T(vec![I("1")]), "!ValueError: incomplete format"),
        ("%c", || S("ab"), "!TypeError: %c requires int or char"),
        ("%c", || F(1.5_f64), "!TypeError: %c requires int or char"),
        ("%c", || I("-1"), "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", || I("1180591620717411303424"), "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", || I("1114112"), "!OverflowError: %c arg not in range(0x110000)"),
        ("%c", || I("1114111"), "\u{10ffff}"),
        ("%c", || N, "!TypeError: %c requires int or char"),
        ("%c", || C, "!TypeError: %c requires int or char"),
        ("%c", || S("\u{e9}"), "\u{e9}"),
        ("%5c", || S("\u{e9}"), "    \u{e9}"),
        ("%-5c|", || I("65"), "A    |"),
        ("%c%c", || T(vec![I("65"), S("B")]), "AB"),
        ("%05c", || I("65"), "    A"),
        ("%f", || S("x"), "!TypeError: must be real number, not str"),
        ("%d", || S("x"), "!TypeError: %d format: a real number is required, not str"),
        ("%x", || F(1.5_f64), "!TypeError: %x format: an integer is required, not float"),
        ("%x", || S("a"), "!TypeError: %x format: an integer is required, not str"),
        ("%o", || N, "!TypeError: %o format: an integer is required, not NoneType"),
        ("%d", || C, "!TypeError: %d format: a real number is required, not complex"),
        ("%f", || C, "!TypeError: must be real number, not complex"),
        ("%f", || N, "!TypeError: must be real number, not NoneType"),
        ("%i", || L(vec![I("1")]), "!TypeError: %i format: a real number is required, not list"),
        ("%*d", || T(vec![S("a"), I("1")]), "!TypeError: * wants int"),
        ("%*d", || T(vec![I("1180591620717411303424"), I("1")]), "!OverflowError: Python int too large to convert to C ssize_t"),
        ("%.*f", || T(vec![I("1099511627776"), F(1.0_f64)]), "!OverflowError: Python int too large to convert to C int"),
        ("%.*f", || T(vec![I("-1099511627776"), F(1.0_f64)]), "!OverflowError: Python int too large to convert to C int"),
        ("%*d", || T(vec![F(1.5_f64), I("1")]), "!TypeError: * wants int"),
        ("%*d", || T(vec![B(true), I("1")]), "1"),
        ("%(a)s %s", || D(vec![("a", I("1"))]), "!TypeError: not enough arguments for format string"),
        ("%s %(a)s", || D(vec![("a", I("1"))]), "{'a': 1} 1"),
        ("hi", || L(vec![]), "hi"),
        ("hi", || I("5"), "!TypeError: not all arguments converted during string formatting"),
        ("hi", || S("x"), "!TypeError: not all arguments converted during string formatting"),
        ("hi", || T(vec![]), "hi"),
        ("%s", || T(vec![I("1"), I("2")]), "!TypeError: not all arguments converted during string formatting"),
        ("%(a)s", || I("5"), "!TypeError: format requires a mapping"),
        ("%(a)s", || T(vec![I("5")]), "!TypeError: format requires a mapping"),
        ("%(a)*d", || D(vec![("a", I("5"))]), "!TypeError: not enough arguments for format string"),
        ("%(a)s", || L(vec![I("1")]), "!TypeError: list indices must be integers or slices, not str"),
        ("%(b)s", || D(vec![("a", I("1"))]), "!KeyError: 'b'"),
        ("%d", || F(f64::INFINITY), "!OverflowError: cannot convert float infinity to integer"),
        ("%d", || F(f64::NAN), "!ValueError: cannot convert float NaN to integer"),
        ("%f", || I("114813069527425452423283320117768198402231770208869520047764273682576626139237031385665948631650626991844596463898746277344711896086305533142593135616665318539129989145312280000688779148240044871428926990063486244781615463646388363947317026040466353970904996558162398808944629605623311649536164221970332681344168908984458505602379484807914058900934776500429002716706625830522008132236281291761267883317206598995396418127021779858404042159853183251540889433902091920554957783589672039160081957216630582755380425583726015528348786419432054508915275783882625175435528800822842770817965453762184851149029376"), "!OverflowError: int too large to convert to float"),
        ("%.2147483648f", || F(1.0_f64), "!ValueError: precision too big"),
        ("%99999999999999999999d", || I("1"), "!ValueError: width too big"),
        ("%.3000000000d", || I("1"), "!ValueError: precision too big"),
        ("%.2147483647d", || I("1"), "!OverflowError: precision too large"),
        ("%\u{e9}", || I("1"), "!ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("%\u{1}", || I("1"), "!ValueError: unsupported format character '?' (0x1) at index 1"),
        ("%\u{7f}", || I("1"), "!ValueError: unsupported format character '?' (0x7f) at index 1"),
        ("ab%\u{20ac}", || I("1"), "!ValueError: unsupported format character '?' (0x20ac) at index 3"),
        ("%\u{1f600}", || I("1"), "!ValueError: unsupported format character '?' (0x1f600) at index 1"),
        ("%5.2\u{e9}", || I("1"), "!ValueError: unsupported format character '?' (0xe9) at index 4"),
        ("%(a)y", || D(vec![("a", I("1"))]), "!ValueError: unsupported format character 'y' (0x79) at index 4"),
        ("%(zz)y", || D(vec![]), "!KeyError: 'zz'"),
        ("%(a)s", || D(vec![("a", I("1"))]), "1"),
        ("%(a)s%%", || D(vec![("a", I("1"))]), "1%"),
        ("%s", || D(vec![("a", I("1"))]), "{'a': 1}"),
        ("%(a)s %(a)r", || D(vec![("a", S("x"))]), "x 'x'"),
        ("%(a(b))s", || D(vec![("a(b)", I("3"))]), "3"),
        ("%()s", || D(vec![("", I("7"))]), "7"),
        ("%(a)-5d|", || D(vec![("a", I("3"))]), "3    |"),
        ("%*.*f", || T(vec![I("8"), I("2"), F(3.14159_f64)]), "    3.14"),
        ("%-*d|", || T(vec![I("-5"), I("3")]), "3    |"),
        ("%*d|", || T(vec![I("-5"), I("3")]), "3    |"),
        ("%.*d", || T(vec![I("-3"), I("5")]), "5"),
        ("%.*s", || T(vec![I("2"), S("abc")]), "ab"),
        ("%*s|", || T(vec![I("0"), S("ab")]), "ab|"),
        ("%#o", || I("0"), "0o0"),
        ("%#x", || I("0"), "0x0"),
        ("%#X", || I("255"), "0XFF"),
        ("%#08X", || I("255"), "0X0000FF"),
        ("%+#x", || I("255"), "+0xff"),
        ("% #o", || I("8"), " 0o10"),
        ("%#.5x", || I("255"), "0x000ff"),
        ("%#10.5x|", || I("-255"), "  -0x000ff|"),
        ("%-#10x|", || I("255"), "0xff      |"),
        ("%#-010x|", || I("-255"), "-0xff     |"),
        ("%#010o", || I("-8"), "-0o0000010"),
        ("%e", || I("0"), "0.000000e+00"),
        ("%#g", || I("1"), "1.00000"),
        ("%g", || F(1e-05_f64), "1e-05"),
        ("%g", || I("123456789"), "1.23457e+08"),
        ("%.3g", || I("1234567"), "1.23e+06"),
        ("%G", || F(1e-10_f64), "1E-10"),
        ("%+.2f", || F(-0.0_f64), "-0.00"),
        ("%010.2f", || F(-3.14159_f64), "-000003.14"),
        ("%-010.2f|", || F(3.1_f64), "3.10      |"),
        ("% 010.2f", || F(3.1_f64), " 000003.10"),
        ("%+ f", || F(1.0_f64), "+1.000000"),
        ("%f", || F(f64::INFINITY), "inf"),
        ("%010f", || F(f64::NEG_INFINITY), "-000000inf"),
        ("%+f", || F(f64::NAN), "+nan"),
        ("%5s|%-5s|", || T(vec![S("a"), S("b")]), "    a|b    |"),
        ("%.0s|", || S("abc"), "|"),
        ("%5.1f|%-5d|%+d", || T(vec![F(3.14159_f64), I("42"), I("7")]), "  3.1|42   |+7"),
        ("%x", || I("-255"), "-ff"),
        ("%o", || I("-8"), "-10"),
        ("%d", || F(3.99_f64), "3"),
        ("%d", || F(-3.99_f64), "-3"),
        ("%i", || I("1180591620717411303424"), "1180591620717411303424"),
        ("%X", || I("1180591620717411303424"), "400000000000000000"),
        ("%s", || F(2.5_f64), "2.5"),
        ("%r", || F(2.5_f64), "2.5"),
        ("%5r|", || S("a"), "  'a'|"),
        ("%.2r", || S("abc"), "'a"),
        ("%r", || S("it's"), "\"it's\""),
        ("%a", || S("\u{e9}"), "'\\xe9'"),
        ("%a", || S("x\u{1f600}"), "'x\\U0001f600'"),
        ("%u", || I("-3"), "-3"),
        ("%.0e", || I("12345"), "1e+04"),
        ("%#.0e", || I("12345"), "1.e+04"),
        ("%.1f", || F(0.05_f64), "0.1"),
        ("%.1f", || F(0.25_f64), "0.2"),
        ("%.2f", || F(2.675_f64), "2.67"),
        ("%.20f", || F(0.1_f64), "0.10000000000000000555"),
        ("%.17g", || F(0.1_f64), "0.10000000000000001"),
        ("%g", || I("100000"), "100000"),
        ("%g", || I("1000000"), "1e+06"),
        ("%#.3g", || I("1"), "1.00"),
        ("%.0g", || F(0.5_f64), "0.5"),
        ("%ld %hd %Lf", || T(vec![I("1"), I("2"), F(3.0_f64)]), "1 2 3.000000"),
        ("%(a)d %(b)s", || D(vec![("a", I("1")), ("b", I("2"))]), "1 2"),
        ("%s %s", || T(vec![I("1")]), "!TypeError: not enough arguments for format string"),
        ("%s", || T(vec![]), "!TypeError: not enough arguments for format string"),
        ("%s", || T(vec![T(vec![I("1"), I("2")])]), "(1, 2)"),
        ("%s", || L(vec![I("1"), I("2")]), "[1, 2]"),
        ("%s", || N, "None"),
        ("%s %s", || T(vec![B(true), B(false)]), "True False"),
        ("%d", || B(true), "1"),
        ("%x", || B(true), "1"),
        ("%05d", || I("-42"), "-0042"),
        ("%+05d", || I("42"), "+0042"),
        ("% 5d", || I("42"), "   42"),
        ("%-+5d|", || I("42"), "+42  |"),
        ("%.3d", || I("-5"), "-005"),
        ("%8.3d|", || I("-5"), "    -005|"),
        ("%-8.3d|", || I("5"), "005     |"),
        ("%08.3d|", || I("5"), "00000005|"),
        ("%#.3o", || I("8"), "0o010"),
        ("%#5o|", || I("8"), " 0o10|"),
        ("%#05o", || I("8"), "0o010"),
        ("%+#o", || I("8"), "+0o10"),
        ("%.1000f", || F(1.0_f64), "1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("%.60e", || F(0.3333333333333333_f64), "3.333333333333333148296162562473909929394721984863281250000000e-01"),
        ("%s=%r", || T(vec![S("k"), S("v")]), "k='v'"),
        ("100%% sure %s", || S("yes"), "100% sure yes"),
        ("%%%s%%", || S("x"), "%x%"),
        ("%-3s|", || S("\u{65e5}\u{672c}\u{8a9e}x"), "\u{65e5}\u{672c}\u{8a9e}x|"),
        ("%5s|", || S("\u{65e5}\u{672c}"), "   \u{65e5}\u{672c}|"),
        ("%.1s|", || S("\u{1f600}x"), "\u{1f600}|"),
        ("%i %i", || T(vec![F(1.9_f64), F(-1.9_f64)]), "1 -1"),
        ("%e", || F(1e+300_f64), "1.000000e+300"),
        ("%E", || F(-1e-300_f64), "-1.000000E-300"),
        ("%F", || F(f64::INFINITY), "INF"),
        ("%G", || F(f64::NAN), "NAN"),
        ("%10.3E|", || F(12345.678_f64), " 1.235E+04|"),
        ("%-12.4G|", || F(1.2345e-05_f64), "1.234E-05   |"),
        ("%#x %#X %#o", || T(vec![I("255"), I("255"), I("255")]), "0xff 0XFF 0o377"),
        ("%3$s", || T(vec![I("1")]), "!ValueError: unsupported format character '$' (0x24) at index 2"),
        ("%-", || T(vec![]), "!ValueError: incomplete format"),
        ("%(", || D(vec![]), "!ValueError: incomplete format key"),
        ("%(a)s %(b)s", || D(vec![("a", I("1"))]), "!KeyError: 'b'"),
        ("%d", || P10(5000), "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("%x", || I("10000000000"), "2540be400"),
    ];
}
