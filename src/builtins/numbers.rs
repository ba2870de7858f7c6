//! The methods of int and float (`bit_length`, `to_bytes`, `is_integer`,
//! `as_integer_ratio`, `hex`, `fromhex`, ...).

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{kwarg, method_arity, no_kwargs, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::ops::to_bigint;
use crate::eval::{Interp, PyResult};
use crate::value::*;

pub fn install(interp: &Interp) {
    let int = interp.types.int.clone();
    let int_methods: &[(&'static str, BuiltinFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("is_integer", int_is_integer),
        ("to_bytes", int_to_bytes),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__float__", int_float),
    ];
    for (name, f) in int_methods {
        interp.add_method(&int, name, *f);
    }
    let fb = Value::Builtin(Rc::new(Builtin { name: "from_bytes", func: int_from_bytes, owner: Some("int") }));
    crate::eval::dictops::set_str(&int.dict, interp.intern("from_bytes"), Value::Wrapper(Rc::new(Wrapper::ClassMethod(fb))));
    let float = interp.types.float.clone();
    let float_methods: &[(&'static str, BuiltinFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("conjugate", float_conjugate),
        ("__int__", float_int),
        ("__float__", float_conjugate),
    ];
    for (name, f) in float_methods {
        interp.add_method(&float, name, *f);
    }
    let fh = Value::Builtin(Rc::new(Builtin { name: "fromhex", func: float_fromhex, owner: Some("float") }));
    crate::eval::dictops::set_str(&float.dict, interp.intern("fromhex"), Value::Wrapper(Rc::new(Wrapper::ClassMethod(fh))));
}

/// The int a method of int was called on (bools are ints).
fn this_int(interp: &Interp, args: &[Value], name: &str) -> PyResult<BigInt> {
    match args.first().and_then(to_bigint) {
        Some(b) => Ok(b),
        None => Err(interp.type_error(format!(
            "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
            name,
            args.first().map(|v| interp.type_name(v)).unwrap_or_default()
        ))),
    }
}

fn this_float(interp: &Interp, args: &[Value], name: &str) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        v => Err(interp.type_error(format!(
            "descriptor '{}' for 'float' objects doesn't apply to a '{}' object",
            name,
            v.map(|v| interp.type_name(v)).unwrap_or_default()
        ))),
    }
}

/// Checks a method of int or float that takes no arguments.
fn noargs(interp: &Interp, owner: &str, name: &str, args: &[Value], kw: Kwargs) -> PyResult<()> {
    let qual = format!("{}.{}", owner, name);
    no_kwargs(interp, &qual, kw)?;
    method_arity(interp, &qual, args, 0, 0)
}

fn int_bit_length(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "bit_length", args, kw)?;
    Ok(Value::Int(this_int(interp, args, "bit_length")?.bits() as i64))
}

fn int_bit_count(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "bit_count", args, kw)?;
    let n = this_int(interp, args, "bit_count")?;
    let ones: u64 = n.magnitude().to_u64_digits().iter().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(ones as i64))
}

fn int_conjugate(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "conjugate", args, kw)?;
    Ok(Value::from_bigint(this_int(interp, args, "conjugate")?))
}

fn int_index(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "__index__", args, kw)?;
    Ok(Value::from_bigint(this_int(interp, args, "__index__")?))
}

fn int_float(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "__float__", args, kw)?;
    let n = this_int(interp, args, "__float__")?;
    match n.to_f64() {
        Some(f) if f.is_finite() => Ok(Value::Float(f)),
        _ => Err(interp.overflow_error("int too large to convert to float")),
    }
}

fn int_as_integer_ratio(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "as_integer_ratio", args, kw)?;
    Ok(Value::pair(Value::from_bigint(this_int(interp, args, "as_integer_ratio")?), Value::Int(1)))
}

fn int_is_integer(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "int", "is_integer", args, kw)?;
    this_int(interp, args, "is_integer")?;
    Ok(Value::Bool(true))
}

/// The `byteorder` argument of to_bytes/from_bytes: true for little-endian.
fn byteorder(interp: &Interp, v: Option<&Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &*s.s {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => Err(interp.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(interp.type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            interp.type_name(other)
        ))),
    }
}

fn int_to_bytes(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "to_bytes", kwargs, &["length", "byteorder", "signed"])?;
    method_arity(interp, "to_bytes", args, 0, 2)?;
    let n = this_int(interp, args, "to_bytes")?;
    let length = match args.get(1).or_else(|| kwarg(kwargs, "length")) {
        Some(v) => interp.index_value(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(interp.value_error("length argument must be non-negative"));
    }
    let little = byteorder(interp, args.get(2).or_else(|| kwarg(kwargs, "byteorder")))?;
    let signed = match kwarg(kwargs, "signed") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(interp.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = n.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        bytes.pop();
    }
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(interp.overflow_error("int too big to convert"));
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(PyBytes { b: bytes.into_boxed_slice() })))
}

fn int_from_bytes(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "from_bytes", kwargs, &["bytes", "byteorder", "signed"])?;
    method_arity(interp, "from_bytes", args, 0, 2)?;
    let Some(src) = args.get(1).or_else(|| kwarg(kwargs, "bytes")) else {
        return Err(interp.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let mut bytes: Vec<u8> = match src {
        Value::Bytes(b) => b.b.to_vec(),
        Value::Str(_) => return Err(interp.type_error("cannot convert 'str' object to bytes")),
        other => {
            let mut out = Vec::new();
            for x in interp.collect(other)? {
                let i = interp.index_value(&x)?;
                if !(0..256).contains(&i) {
                    return Err(interp.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            out
        }
    };
    let little = byteorder(interp, args.get(2).or_else(|| kwarg(kwargs, "byteorder")))?;
    let signed = match kwarg(kwargs, "signed") {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    Ok(Value::from_bigint(n))
}

fn float_is_integer(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "float", "is_integer", args, kw)?;
    let f = this_float(interp, args, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_conjugate(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "float", "conjugate", args, kw)?;
    Ok(Value::Float(this_float(interp, args, "conjugate")?))
}

fn float_int(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "float", "__int__", args, kw)?;
    let f = this_float(interp, args, "__int__")?;
    super::functions::int_new(interp, &[Value::Float(f)], &[])
}

/// The exact ratio of a finite float, in lowest terms.
pub fn float_ratio(interp: &Interp, f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_infinite() {
        return Err(interp.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(interp.value_error("cannot convert NaN to integer ratio"));
    }
    if f == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let tz = mant.trailing_zeros() as i64;
    mant >>= tz;
    e += tz;
    let mut num = BigInt::from(mant);
    if f < 0.0 {
        num = -num;
    }
    Ok(if e >= 0 { (num << (e as usize), BigInt::one()) } else { (num, BigInt::one() << ((-e) as usize)) })
}

fn float_as_integer_ratio(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "float", "as_integer_ratio", args, kw)?;
    let (n, d) = float_ratio(interp, this_float(interp, args, "as_integer_ratio")?)?;
    Ok(Value::pair(Value::from_bigint(n), Value::from_bigint(d)))
}

fn float_hex(interp: &Interp, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    noargs(interp, "float", "hex", args, kw)?;
    let f = this_float(interp, args, "hex")?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f < 0.0 { "-inf" } else { "inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{}0x0.0p+0", sign)));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    Ok(Value::string(format!("{}0x{}.{:013x}p{:+}", sign, lead, frac, e)))
}

fn float_fromhex(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    method_arity(interp, "float.fromhex", args, 1, 1)?;
    let Value::Str(s) = &args[1] else {
        return Err(interp.type_error(format!("bad argument type for built-in operation")));
    };
    let invalid = || interp.value_error("invalid hexadecimal floating-point string");
    let text = s.s.trim();
    let (neg, body) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let lower = body.to_ascii_lowercase();
    let signed = |f: f64| Value::Float(if neg { -f } else { f });
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(f64::NAN)),
        _ => {}
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match rest.find('p') {
        Some(i) => {
            let e: i64 = rest[i + 1..].parse().map_err(|_| invalid())?;
            (&rest[..i], e)
        }
        None => (rest, 0),
    };
    let (int_part, frac_part) = match digits.find('.') {
        Some(i) => (&digits[..i], &digits[i + 1..]),
        None => (digits, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(invalid());
    }
    // Accumulate the hex digits exactly, then scale by the binary exponent.
    let mut mant = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or_else(invalid)?;
        mant = mant * 16 + d;
    }
    let e = exp - 4 * frac_part.len() as i64;
    let value = big_times_pow2(&mant, e);
    if value.is_infinite() {
        return Err(interp.overflow_error("hexadecimal value too large to represent as a float"));
    }
    Ok(signed(value))
}

/// `m * 2**e` correctly rounded to the nearest float.
fn big_times_pow2(m: &BigInt, e: i64) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    let bits = m.bits() as i64;
    // Keep 64 significant bits (plus a sticky bit) so that one rounding to
    // 53 bits gives the correctly rounded result.
    let shift = bits - 64;
    let (top, e) = if shift > 0 {
        let top: BigInt = m >> (shift as usize);
        let sticky = (&top << (shift as usize)) != *m;
        let mut t = top.to_u64().unwrap_or(u64::MAX);
        if sticky {
            t |= 1;
        }
        (t, e + shift)
    } else {
        (m.to_u64().unwrap_or(0), e)
    };
    // Subnormal results: round at the subnormal precision.
    let top_bits = 64 - top.leading_zeros() as i64;
    let result_exp = e + top_bits - 1;
    if result_exp < -1022 {
        // Drop the bits below 2**-1074 with round-half-even, then scale exactly.
        let drop = -1074 - e;
        if drop >= 64 {
            return 0.0;
        }
        if drop > 0 {
            let half = 1u128 << (drop - 1);
            let t = top as u128;
            let mut q = t >> drop;
            let r = t & ((1u128 << drop) - 1);
            if r > half || (r == half && q & 1 == 1) {
                q += 1;
            }
            // 2**-1074, the smallest subnormal: the product is exact.
            return (q as f64) * f64::from_bits(1);
        }
    }
    let f = top as f64;
    scale2(f, e)
}

/// `f * 2**e` without intermediate overflow or underflow.
fn scale2(mut f: f64, mut e: i64) -> f64 {
    while e > 1000 {
        f *= 2f64.powi(1000);
        e -= 1000;
        if f.is_infinite() {
            return f;
        }
    }
    while e < -1000 {
        f *= 2f64.powi(-1000);
        e += 1000;
    }
    f * 2f64.powi(e as i32)
}
