//! The importable modules: sys, math, collections (+ .abc), typing.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::{arity, kwarg};
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::ops::{is_int, to_bigint};
use crate::eval::{ExcKind, Interp, PyResult};
use crate::value::*;

impl Interp {
    /// `import name`: the module object (created once per interpreter).
    pub fn import_module(&self, name: &str) -> PyResult<Value> {
        if let Some(m) = self.modules.borrow().get(name) {
            return Ok(m.clone());
        }
        let m = match name {
            "sys" => make_sys(self),
            "math" => make_math(self),
            "time" => make_time(self),
            "collections" => make_collections(self)?,
            "collections.abc" | "typing" => {
                if name == "typing" {
                    make_typing(self)
                } else {
                    make_abc(self)?
                }
            }
            _ => {
                return Err(self.new_error(ExcKind::ModuleNotFoundError, format!("No module named '{}'", name)));
            }
        };
        self.modules.borrow_mut().insert(name.to_string(), m.clone());
        Ok(m)
    }
}

fn module(interp: &Interp, name: &str) -> (Value, Rc<Dict>) {
    let d = interp.new_dict_rc();
    dictops::set_str(&d, interp.names.name.clone(), Value::str(name));
    (Value::Module(Rc::new(Module { name: name.into(), dict: d.clone() })), d)
}

fn set(interp: &Interp, d: &Rc<Dict>, name: &str, v: Value) {
    dictops::set_str(d, interp.intern(name), v);
}

fn func(interp: &Interp, d: &Rc<Dict>, name: &'static str, f: BuiltinFn) {
    set(interp, d, name, Value::Builtin(Rc::new(Builtin { name, func: f, owner: None })));
}

// ---- sys ------------------------------------------------------------------

fn make_sys(interp: &Interp) -> Value {
    let (m, d) = module(interp, "sys");
    let argv: Vec<Value> = interp.argv.borrow().iter().map(|a| Value::str(a)).collect();
    set(interp, &d, "argv", interp.new_list(argv));
    set(interp, &d, "maxsize", Value::Int(i64::MAX));
    set(interp, &d, "version", Value::str("3.12.1 (dictpy)"));
    set(interp, &d, "platform", Value::str("linux"));
    set(interp, &d, "byteorder", Value::str("little"));
    set(interp, &d, "version_info", Value::tuple(vec![Value::Int(3), Value::Int(12), Value::Int(1), Value::str("final"), Value::Int(0)]));
    set(interp, &d, "stdout", stream(interp, 1));
    set(interp, &d, "stderr", stream(interp, 2));
    func(interp, &d, "exit", sys_exit);
    func(interp, &d, "getrecursionlimit", sys_getrecursionlimit);
    func(interp, &d, "setrecursionlimit", sys_setrecursionlimit);
    func(interp, &d, "getsizeof", sys_getsizeof);
    func(interp, &d, "intern", sys_intern);
    m
}

/// sys.stdout / sys.stderr: objects with write() and flush().
fn stream(interp: &Interp, fd: i64) -> Value {
    let key = format!("_stream{}", fd);
    let class = match interp.modules.borrow().get(&key) {
        Some(Value::Class(c)) => Some(c.clone()),
        _ => None,
    };
    let class = class.unwrap_or_else(|| {
        let ns = interp.new_dict_rc();
        dictops::set_str(&ns, interp.intern("write"), Value::Builtin(Rc::new(Builtin { name: "write", func: stream_write, owner: Some("TextIOWrapper") })));
        dictops::set_str(&ns, interp.intern("flush"), Value::Builtin(Rc::new(Builtin { name: "flush", func: stream_flush, owner: Some("TextIOWrapper") })));
        let c = interp.make_user_class(interp.intern("TextIOWrapper"), "TextIOWrapper".into(), vec![], ns, "_io").expect("stream class");
        interp.modules.borrow_mut().insert(key, Value::Class(c.clone()));
        c
    });
    let inst = interp.new_instance(&class, &[]).expect("stream instance");
    if let Value::Instance(i) = &inst {
        dictops::set_str(&i.attrs, interp.intern("_fd"), Value::Int(fd));
    }
    inst
}

fn stream_write(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "write", args, 2, 2)?;
    let fd = match &args[0] {
        Value::Instance(i) => match dictops::get_str(&i.attrs, &interp.intern("_fd")) {
            Some(Value::Int(fd)) => fd,
            _ => 1,
        },
        _ => 1,
    };
    let Value::Str(s) = &args[1] else {
        return Err(interp.type_error(format!("write() argument must be str, not {}", interp.type_name(&args[1]))));
    };
    super::functions::write_fd(interp, fd, &s.s);
    Ok(Value::Int(s.chars as i64))
}

fn stream_flush(interp: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    interp.flush_stdout();
    Ok(Value::None)
}

fn sys_exit(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "exit", args, 0, 1)?;
    // Like raising SystemExit from C: a None status means no args.
    let args = match args.first() {
        None | Some(Value::None) => vec![],
        Some(v) => vec![v.clone()],
    };
    Err(interp.error_with_args(ExcKind::SystemExit, args))
}

fn sys_getrecursionlimit(interp: &Interp, _: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(interp.recursion_limit.get() as i64))
}

fn sys_setrecursionlimit(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "setrecursionlimit", args, 1, 1)?;
    let n = interp.index_value(&args[0])?;
    if n < 1 {
        return Err(interp.value_error("recursion limit must be greater or equal than 1"));
    }
    interp.recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(Value::None)
}

/// CPython 3.12's sizes on 64-bit, so programs that print them agree.
fn sys_getsizeof(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "getsizeof", args, 1, 2)?;
    let n: usize = match &args[0] {
        Value::Dict(d) => {
            let t = d.table.borrow();
            if t.is_unallocated() {
                64
            } else {
                64 + t.cpython_keys_sizeof()
            }
        }
        Value::Set(s) => s.table.borrow().cpython_sizeof(),
        Value::List(l) => 56 + 8 * l.items.borrow().capacity(),
        Value::Tuple(t) => 40 + 8 * t.items.len(),
        Value::Str(s) => {
            let max = s.s.chars().map(|c| c as u32).max().unwrap_or(0);
            let (base, width) = if max < 128 { (41, 1) } else if max < 256 { (57, 1) } else if max < 65536 { (57, 2) } else { (57, 4) };
            base + width * s.chars
        }
        Value::Int(i) => {
            if *i == 0 {
                24
            } else {
                24 + 4 * ((64 - i.unsigned_abs().leading_zeros() as usize).div_ceil(30))
            }
        }
        Value::BigInt(b) => 24 + 4 * (b.bits() as usize).div_ceil(30),
        Value::Bool(_) => 28,
        Value::Float(_) => 24,
        Value::None => 16,
        _ => 56,
    };
    Ok(Value::Int(n as i64))
}

fn sys_intern(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "intern", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(Value::Str(interp.intern(&s.s))),
        v => Err(interp.type_error(format!("intern() argument 1 must be str, not {}", interp.type_name(v)))),
    }
}

// ---- math -----------------------------------------------------------------

fn num(interp: &Interp, v: &Value) -> PyResult<f64> {
    if matches!(v, Value::Str(_) | Value::Bytes(_)) {
        return Err(interp.type_error(format!("must be real number, not {}", interp.type_name(v))));
    }
    match super::functions::to_float(interp, v) {
        Ok(Value::Float(f)) if !matches!(v, Value::Str(_)) => Ok(f),
        Err(e) if !interp.err_is(&e, ExcKind::TypeError) => Err(e),
        _ => Err(interp.type_error(format!("must be real number, not {}", interp.type_name(v)))),
    }
}

fn domain(interp: &Interp) -> crate::eval::PyErr {
    interp.value_error("math domain error")
}

macro_rules! unary_math {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
            arity(interp, stringify!($name), args, 1, 1)?;
            let x = num(interp, &args[0])?;
            let f: fn(f64) -> Option<f64> = $f;
            match f(x) {
                Some(r) if r.is_finite() || !x.is_finite() => Ok(Value::Float(r)),
                Some(_) => Err(interp.overflow_error("math range error")),
                None => Err(domain(interp)),
            }
        })*
    };
}

unary_math! {
    math_sqrt => |x| if x < 0.0 { None } else { Some(x.sqrt()) },
    math_exp => |x| Some(x.exp()),
    math_sin => |x| if x.is_infinite() { None } else { Some(x.sin()) },
    math_cos => |x| if x.is_infinite() { None } else { Some(x.cos()) },
    math_tan => |x| if x.is_infinite() { None } else { Some(x.tan()) },
    math_asin => |x| if !(-1.0..=1.0).contains(&x) { None } else { Some(x.asin()) },
    math_acos => |x| if !(-1.0..=1.0).contains(&x) { None } else { Some(x.acos()) },
    math_atan => |x| Some(x.atan()),
    math_fabs => |x| Some(x.abs()),
    math_log2 => |x| if x <= 0.0 { None } else { Some(x.log2()) },
    math_log10 => |x| if x <= 0.0 { None } else { Some(x.log10()) },
    math_degrees => |x| Some(x.to_degrees()),
    math_radians => |x| Some(x.to_radians()),
    math_sinh => |x| Some(x.sinh()),
    math_cosh => |x| Some(x.cosh()),
    math_tanh => |x| Some(x.tanh()),
    math_log1p => |x| if x <= -1.0 { None } else { Some(x.ln_1p()) },
    math_expm1 => |x| Some(x.exp_m1()),
}

fn math_log(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "log", args, 1, 2)?;
    let ln = |v: &Value| -> PyResult<f64> {
        if let Value::BigInt(b) = v {
            if b.is_positive() {
                // ln of a huge int: scale down by a power of two first.
                let bits = b.bits();
                let shift = bits.saturating_sub(60);
                let top = (&**b >> shift).to_f64().unwrap_or(f64::MAX);
                return Ok(top.ln() + shift as f64 * std::f64::consts::LN_2);
            }
            return Err(domain(interp));
        }
        let x = num(interp, v)?;
        if x <= 0.0 {
            return Err(domain(interp));
        }
        Ok(x.ln())
    };
    let a = ln(&args[0])?;
    match args.get(1) {
        Some(b) => {
            let lb = ln(b)?;
            if lb == 0.0 {
                return Err(interp.zero_division("float division by zero"));
            }
            Ok(Value::Float(a / lb))
        }
        None => Ok(Value::Float(a)),
    }
}

fn math_pow(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "pow", args, 2, 2)?;
    let (x, y) = (num(interp, &args[0])?, num(interp, &args[1])?);
    if x == 0.0 && y < 0.0 {
        return Err(domain(interp));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(domain(interp));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(interp.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn math_atan2(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "atan2", args, 2, 2)?;
    Ok(Value::Float(num(interp, &args[0])?.atan2(num(interp, &args[1])?)))
}

fn math_fmod(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "fmod", args, 2, 2)?;
    let (x, y) = (num(interp, &args[0])?, num(interp, &args[1])?);
    if y == 0.0 || x.is_infinite() {
        return Err(domain(interp));
    }
    Ok(Value::Float(x % y))
}

fn math_copysign(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "copysign", args, 2, 2)?;
    Ok(Value::Float(num(interp, &args[0])?.copysign(num(interp, &args[1])?)))
}

fn math_hypot(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in args {
        let x = num(interp, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn to_int_or_float_rounded(interp: &Interp, v: &Value, f: fn(f64) -> f64, name: &str) -> PyResult<Value> {
    if is_int(v) {
        return Ok(match v {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        });
    }
    if let Value::Instance(inst) = v {
        let dunder = interp.intern(&format!("__{}__", name));
        if let Some(m) = interp.class_lookup(&inst.class, &dunder) {
            return interp.call(&m, &[v.clone()], &[]);
        }
    }
    let x = num(interp, v)?;
    if x.is_nan() {
        return Err(interp.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(interp.overflow_error("cannot convert float infinity to integer"));
    }
    crate::value::format::float_to_bigint(f(x)).map(Value::from_bigint).map_err(|e| interp.format_err(e))
}

fn math_floor(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "floor", args, 1, 1)?;
    to_int_or_float_rounded(interp, &args[0], f64::floor, "floor")
}
fn math_ceil(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "ceil", args, 1, 1)?;
    to_int_or_float_rounded(interp, &args[0], f64::ceil, "ceil")
}
fn math_trunc(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "trunc", args, 1, 1)?;
    to_int_or_float_rounded(interp, &args[0], f64::trunc, "trunc")
}

fn int_arg(interp: &Interp, v: &Value) -> PyResult<BigInt> {
    to_bigint(v).ok_or_else(|| {
        interp.type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(v)))
    })
}

fn math_gcd(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = BigInt::zero();
    for a in args {
        acc = acc.gcd(&int_arg(interp, a)?);
    }
    Ok(Value::from_bigint(acc))
}

fn math_lcm(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    use num_integer::Integer;
    let mut acc = BigInt::one();
    for a in args {
        let x = int_arg(interp, a)?;
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        acc = acc.lcm(&x);
    }
    Ok(Value::from_bigint(acc))
}

fn math_factorial(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "factorial", args, 1, 1)?;
    if let Value::Float(_) = &args[0] {
        return Err(interp.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = int_arg(interp, &args[0])?;
    if n.is_negative() {
        return Err(interp.value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| interp.overflow_error("factorial() argument should not exceed 9223372036854775807"))?;
    let mut acc = BigInt::one();
    for i in 2..=n {
        acc *= i;
    }
    Ok(Value::from_bigint(acc))
}

fn comb_perm(interp: &Interp, args: &[Value], name: &str, comb: bool) -> PyResult<Value> {
    arity(interp, name, args, if comb { 2 } else { 1 }, 2)?;
    let n = int_arg(interp, &args[0])?;
    let k = match args.get(1) {
        Some(Value::None) | None => n.clone(),
        Some(v) => int_arg(interp, v)?,
    };
    if n.is_negative() {
        return Err(interp.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(interp.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(0);
    let mut acc = BigInt::one();
    for i in 0..k {
        acc *= &n - BigInt::from(i);
    }
    if comb {
        for i in 1..=k {
            acc /= BigInt::from(i);
        }
    }
    Ok(Value::from_bigint(acc))
}

fn math_comb(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    comb_perm(interp, args, "comb", true)
}
fn math_perm(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    comb_perm(interp, args, "perm", false)
}

fn math_isqrt(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isqrt", args, 1, 1)?;
    let n = int_arg(interp, &args[0])?;
    if n.is_negative() {
        return Err(interp.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn math_isclose(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity(interp, "isclose", args, 2, 2)?;
    let (a, b) = (num(interp, &args[0])?, num(interp, &args[1])?);
    let rel = match kwarg(kwargs, "rel_tol") {
        Some(v) => num(interp, v)?,
        None => 1e-9,
    };
    let abs = match kwarg(kwargs, "abs_tol") {
        Some(v) => num(interp, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(interp.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn math_isnan(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isnan", args, 1, 1)?;
    Ok(Value::Bool(num(interp, &args[0])?.is_nan()))
}
fn math_isinf(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isinf", args, 1, 1)?;
    Ok(Value::Bool(num(interp, &args[0])?.is_infinite()))
}
fn math_isfinite(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isfinite", args, 1, 1)?;
    Ok(Value::Bool(num(interp, &args[0])?.is_finite()))
}

fn math_fsum(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "fsum", args, 1, 1)?;
    // Shewchuk's algorithm (exact partial sums), as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    for v in interp.collect(&args[0])? {
        let mut x = num(interp, &v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    Ok(Value::Float(partials.iter().sum()))
}

fn math_prod(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    arity(interp, "prod", args, 1, 1)?;
    let mut acc = kwarg(kwargs, "start").cloned().unwrap_or(Value::Int(1));
    for v in interp.collect(&args[0])? {
        acc = interp.binary(crate::syntax::ast::BinOp::Mult, &acc, &v)?;
    }
    Ok(acc)
}

fn math_modf(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "modf", args, 1, 1)?;
    let x = num(interp, &args[0])?;
    Ok(Value::pair(Value::Float(x.fract()), Value::Float(x.trunc())))
}

fn math_frexp(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "frexp", args, 1, 1)?;
    let x = num(interp, &args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::pair(Value::Float(x), Value::Int(0)));
    }
    // Normalise subnormals first, then read the exponent from the bits.
    let (y, adjust) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(64), -64) } else { (x, 0) };
    let bits = y.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    Ok(Value::pair(Value::Float(m), Value::Int(e + adjust)))
}

fn math_ldexp(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "ldexp", args, 2, 2)?;
    let x = num(interp, &args[0])?;
    let Some(e) = to_bigint(&args[1]) else {
        return Err(interp.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_positive() { i64::MAX } else { i64::MIN }).clamp(-10_000, 10_000);
    // Scale in steps so that intermediate results neither overflow nor underflow early.
    let mut r = x;
    let mut k = e;
    while k > 0 {
        let step = k.min(1000);
        r *= 2f64.powi(step as i32);
        k -= step;
    }
    while k < 0 {
        let step = (-k).min(1000);
        r *= 2f64.powi(-(step as i32));
        k += step;
    }
    if r.is_infinite() {
        return Err(interp.overflow_error("math range error"));
    }
    Ok(Value::Float(r))
}

fn math_dist(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "dist", args, 2, 2)?;
    let seq = |v: &Value, which: &str| -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.items.to_vec()),
            Value::List(l) => Ok(l.items.borrow().clone()),
            other => Err(interp.type_error(format!(
                "dist() argument {} must be tuple, not {}",
                which,
                interp.type_name(other)
            ))),
        }
    };
    let p = seq(&args[0], "1")?;
    let q = seq(&args[1], "2")?;
    if p.len() != q.len() {
        return Err(interp.value_error("both points must have the same number of dimensions"));
    }
    let mut acc = 0.0f64;
    for (a, b) in p.iter().zip(q.iter()) {
        acc = acc.hypot(num(interp, a)? - num(interp, b)?);
    }
    Ok(Value::Float(acc))
}

fn make_math(interp: &Interp) -> Value {
    let (m, d) = module(interp, "math");
    set(interp, &d, "pi", Value::Float(std::f64::consts::PI));
    set(interp, &d, "e", Value::Float(std::f64::consts::E));
    set(interp, &d, "tau", Value::Float(std::f64::consts::TAU));
    set(interp, &d, "inf", Value::Float(f64::INFINITY));
    set(interp, &d, "nan", Value::Float(f64::NAN));
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("sqrt", math_sqrt), ("exp", math_exp), ("sin", math_sin), ("cos", math_cos), ("tan", math_tan),
        ("asin", math_asin), ("acos", math_acos), ("atan", math_atan), ("atan2", math_atan2), ("fabs", math_fabs),
        ("log", math_log), ("log2", math_log2), ("log10", math_log10), ("log1p", math_log1p), ("expm1", math_expm1),
        ("pow", math_pow), ("degrees", math_degrees), ("radians", math_radians), ("sinh", math_sinh),
        ("cosh", math_cosh), ("tanh", math_tanh), ("fmod", math_fmod), ("copysign", math_copysign),
        ("hypot", math_hypot), ("floor", math_floor), ("ceil", math_ceil), ("trunc", math_trunc),
        ("gcd", math_gcd), ("lcm", math_lcm), ("factorial", math_factorial), ("comb", math_comb),
        ("perm", math_perm), ("isqrt", math_isqrt), ("isclose", math_isclose), ("isnan", math_isnan),
        ("isinf", math_isinf), ("isfinite", math_isfinite), ("fsum", math_fsum), ("prod", math_prod),
        ("modf", math_modf), ("frexp", math_frexp), ("ldexp", math_ldexp), ("dist", math_dist),
    ];
    for (n, f) in fns {
        func(interp, &d, n, *f);
    }
    m
}

// ---- time -----------------------------------------------------------------

/// The origin of `perf_counter` and `monotonic`: the first call in the process.
fn clock_origin() -> std::time::Instant {
    static ORIGIN: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    *ORIGIN.get_or_init(std::time::Instant::now)
}

fn since_origin(interp: &Interp, name: &str, args: &[Value]) -> PyResult<std::time::Duration> {
    arity(interp, name, args, 0, 0)?;
    Ok(clock_origin().elapsed())
}

fn since_epoch(interp: &Interp, name: &str, args: &[Value]) -> PyResult<std::time::Duration> {
    arity(interp, name, args, 0, 0)?;
    Ok(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default())
}

fn time_perf_counter(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(since_origin(interp, "perf_counter", args)?.as_secs_f64()))
}

fn time_perf_counter_ns(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(since_origin(interp, "perf_counter_ns", args)?.as_nanos() as i64))
}

fn time_time(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Float(since_epoch(interp, "time", args)?.as_secs_f64()))
}

fn time_time_ns(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(since_epoch(interp, "time_ns", args)?.as_nanos() as i64))
}

/// `time.sleep(secs)`, in short steps so that an interrupt (Ctrl-C, or a
/// host's time bound) stops it.
fn time_sleep(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "sleep", args, 1, 1)?;
    if !matches!(args[0], Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_)) {
        return Err(interp.type_error(format!("'{}' object cannot be interpreted as an integer", interp.type_name(&args[0]))));
    }
    let secs = num(interp, &args[0])?;
    if secs.is_nan() {
        return Err(interp.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(interp.value_error("sleep length must be non-negative"));
    }
    if secs > 1e12 {
        return Err(interp.overflow_error("sleep length is too large"));
    }
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(secs);
    loop {
        interp.check_interrupt()?;
        let now = std::time::Instant::now();
        if now >= end {
            return Ok(Value::None);
        }
        std::thread::sleep((end - now).min(std::time::Duration::from_millis(20)));
    }
}

fn make_time(interp: &Interp) -> Value {
    let (m, d) = module(interp, "time");
    clock_origin();
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("perf_counter", time_perf_counter), ("perf_counter_ns", time_perf_counter_ns),
        ("monotonic", time_perf_counter), ("monotonic_ns", time_perf_counter_ns),
        ("time", time_time), ("time_ns", time_time_ns), ("sleep", time_sleep),
    ];
    for (n, f) in fns {
        func(interp, &d, n, *f);
    }
    m
}

// ---- collections / typing -------------------------------------------------

fn make_collections(interp: &Interp) -> PyResult<Value> {
    let (m, d) = module(interp, "collections");
    let t = &interp.types;
    for c in [&t.defaultdict, &t.ordered_dict, &t.counter] {
        set(interp, &d, &c.name.s.clone(), Value::Class(c.clone()));
    }
    let abc = interp.import_module("collections.abc")?;
    // ChainMap and UserDict are defined with the ABCs (MutableMappings) and moved here.
    if let Value::Module(am) = &abc {
        for name in ["ChainMap", "UserDict"] {
            let key = interp.intern(name);
            if let Some(cm) = dictops::get_str(&am.dict, &key) {
                dictops::del_str(&am.dict, &key);
                dictops::set_str(&d, key, cm);
            }
        }
    }
    set(interp, &d, "abc", abc);
    Ok(m)
}

fn make_abc(interp: &Interp) -> PyResult<Value> {
    super::abc::make_module(interp)
}

fn make_typing(interp: &Interp) -> Value {
    let (m, d) = module(interp, "typing");
    func(interp, &d, "TypedDict", super::typing::typeddict_function);
    for name in [
        "Required", "NotRequired", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Any",
        "Callable", "Iterable", "Iterator", "Mapping", "MutableMapping", "Sequence", "Type", "DefaultDict",
        "Counter", "OrderedDict", "ChainMap", "Literal", "Final", "ClassVar", "Generator",
    ] {
        set(interp, &d, name, super::typing::special_form(interp, name));
    }
    m
}
