//! The builtin functions: print, len, sorted, min, max, isinstance, ...

use std::io::Write;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{arity, iter_obj, kwarg, no_kwargs, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::ops::{as_i64, is_int, to_bigint};
use crate::eval::{ExcKind, Interp, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::value::format;
use crate::value::*;

pub fn install(interp: &Interp) {
    let fns: &[(&'static str, BuiltinFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("all", all),
        ("any", any),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("divmod", divmod),
        ("format", format_fn),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("hash", hash),
        ("id", id),
        ("input", input),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("max", max),
        ("min", min),
        ("pow", pow),
        ("round", round),
        ("sorted", sorted),
        ("sum", sum),
        ("vars", vars),
        ("dir", dir),
        ("eval", eval),
    ];
    for (name, f) in fns {
        let v = Value::Builtin(Rc::new(Builtin { name, func: *f, owner: None }));
        dictops::set_str(&interp.builtins, interp.intern(name), v);
    }
    install_quitters(interp);
}

/// `exit` and `quit`: instances of CPython's `_sitebuiltins.Quitter`, whose
/// repr says how to leave the REPL and whose call raises SystemExit(code).
fn install_quitters(interp: &Interp) {
    let ns = interp.new_dict_rc();
    let class = interp
        .make_user_class(interp.intern("Quitter"), "Quitter".into(), vec![], ns, "_sitebuiltins")
        .expect("Quitter derives from object");
    interp.add_method(&class, "__repr__", quitter_repr);
    interp.add_method(&class, "__call__", quitter_call);
    for name in ["exit", "quit"] {
        let Ok(q @ Value::Instance(_)) = interp.new_instance(&class, &[]) else { continue };
        if let Value::Instance(inst) = &q {
            dictops::set_str(&inst.attrs, interp.intern("name"), Value::str(name));
            dictops::set_str(&inst.attrs, interp.intern("eof"), Value::str("Ctrl-D (i.e. EOF)"));
        }
        dictops::set_str(&interp.builtins, interp.intern(name), q);
    }
}

fn quitter_repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let name = interp.str_of(&interp.getattr(&this, &interp.intern("name"))?)?;
    let eof = interp.str_of(&interp.getattr(&this, &interp.intern("eof"))?)?;
    Ok(Value::string(format!("Use {}() or {} to exit", name, eof)))
}

fn quitter_call(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "Quitter.__call__", kwargs, &["code"])?;
    if args.len() > 2 {
        return Err(interp.type_error(format!(
            "Quitter.__call__() takes from 1 to 2 positional arguments but {} were given",
            args.len()
        )));
    }
    let code = args.get(1).or_else(|| kwarg(kwargs, "code")).cloned().unwrap_or(Value::None);
    Err(interp.error_with_args(ExcKind::SystemExit, vec![code]))
}

/// Writes text to the interpreter's stdout or to stderr (fd 2).
pub fn write_fd(interp: &Interp, fd: i64, text: &str) {
    if fd == 2 {
        interp.flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    } else if let Ok(mut out) = interp.stdout.try_borrow_mut() {
        let _ = out.write_all(text.as_bytes());
    }
}

fn print(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "print", kwargs, &["sep", "end", "file", "flush"])?;
    let sep = match kwarg(kwargs, "sep") {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => return Err(interp.type_error(format!("sep must be None or a string, not {}", interp.type_name(v)))),
    };
    let end = match kwarg(kwargs, "end") {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => return Err(interp.type_error(format!("end must be None or a string, not {}", interp.type_name(v)))),
    };
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&interp.str_of(a)?);
    }
    out.push_str(&end);
    match kwarg(kwargs, "file") {
        None | Some(Value::None) => write_fd(interp, 1, &out),
        Some(f) => {
            let write = interp.getattr(f, &interp.intern("write"))?;
            interp.call(&write, &[Value::string(out)], &[])?;
        }
    }
    if let Some(fl) = kwarg(kwargs, "flush") {
        if interp.truthy(fl)? {
            interp.flush_stdout();
        }
    }
    Ok(Value::None)
}

pub fn len_of(interp: &Interp, v: &Value) -> PyResult<usize> {
    Ok(match v {
        Value::Str(s) => s.chars,
        Value::Bytes(b) => b.b.len(),
        Value::ByteArray(b) => b.b.borrow().len(),
        Value::Tuple(t) => t.items.len(),
        Value::List(l) => l.items.borrow().len(),
        Value::Dict(d) => d.len(),
        Value::Set(s) => s.table.borrow().len(),
        Value::Range(r) => r.len() as usize,
        Value::View(v) => v.dict.len(),
        Value::Instance(inst) => {
            if let Some(f) = interp.class_lookup(&inst.class, &interp.names.len) {
                if !matches!(f, Value::Builtin(_)) {
                    let r = interp.call(&f, &[v.clone()], &[])?;
                    return interp.len_result(r);
                }
            }
            match &inst.payload {
                Payload::Dict(d) => d.len(),
                Payload::List(l) => l.items.borrow().len(),
                _ => return Err(interp.type_error(format!("object of type '{}' has no len()", inst.class.name.s))),
            }
        }
        _ => return Err(interp.type_error(format!("object of type '{}' has no len()", interp.type_name(v)))),
    })
}

fn len(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "len", kwargs)?;
    arity(interp, "len", args, 1, 1)?;
    Ok(Value::Int(len_of(interp, &args[0])? as i64))
}

fn repr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "repr", args, 1, 1)?;
    Ok(Value::string(interp.repr(&args[0])?))
}

fn ascii(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "ascii", args, 1, 1)?;
    Ok(Value::string(format::ascii_escape(&interp.repr(&args[0])?)))
}

fn abs(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "abs", args, 1, 1)?;
    Ok(match &args[0] {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        v @ Value::Instance(inst) => match interp.class_lookup(&inst.class, &interp.names.abs) {
            Some(f) => interp.call(&f, &[v.clone()], &[])?,
            None => return Err(interp.type_error(format!("bad operand type for abs(): '{}'", inst.class.name.s))),
        },
        v => return Err(interp.type_error(format!("bad operand type for abs(): '{}'", interp.type_name(v)))),
    })
}

fn all(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "all", args, 1, 1)?;
    let it = interp.iter(&args[0])?;
    while let Some(v) = interp.next(&it)? {
        if !interp.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn any(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "any", args, 1, 1)?;
    let it = interp.iter(&args[0])?;
    while let Some(v) = interp.next(&it)? {
        if interp.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn int_index(interp: &Interp, v: &Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => {
            if let Value::Instance(inst) = v {
                if let Some(f) = interp.class_lookup(&inst.class, &interp.names.index) {
                    let r = interp.call(&f, &[v.clone()], &[])?;
                    return int_index(interp, &r);
                }
            }
            Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
    }
}

fn radix(interp: &Interp, args: &[Value], name: &str, base: u32) -> PyResult<Value> {
    arity(interp, name, args, 1, 1)?;
    let n = int_index(interp, &args[0])?;
    Ok(Value::string(format::int_to_string_radix(&n, base, true)))
}

fn bin(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(interp, args, "bin", 2)
}
fn oct(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(interp, args, "oct", 8)
}
fn hex(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    radix(interp, args, "hex", 16)
}

pub fn is_callable(interp: &Interp, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
        Value::Instance(inst) => interp.class_lookup(&inst.class, &interp.names.call).is_some(),
        _ => false,
    }
}

fn callable(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "callable", args, 1, 1)?;
    Ok(Value::Bool(is_callable(interp, &args[0])))
}

fn chr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "chr", args, 1, 1)?;
    let i = match &args[0] {
        v if is_int(v) => as_i64(v).unwrap_or(i64::MAX),
        v => {
            return Err(interp.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                interp.type_name(v)
            )))
        }
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        None if (0..0x110000).contains(&i) => Err(interp.value_error("surrogate code points are not supported by dictpy")),
        None => Err(interp.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "ord", args, 1, 1)?;
    match &args[0] {
        Value::Str(s) => {
            let mut chars = s.s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(interp.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars
                ))),
            }
        }
        Value::Bytes(b) if b.b.len() == 1 => Ok(Value::Int(b.b[0] as i64)),
        Value::Bytes(b) => Err(interp.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.b.len()
        ))),
        v => Err(interp.type_error(format!(
            "ord() expected string of length 1, but {} found",
            interp.type_name(v)
        ))),
    }
}

fn divmod(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "divmod", args, 2, 2)?;
    interp.divmod(&args[0], &args[1])
}

fn format_fn(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "format", args, 1, 2)?;
    let spec = match args.get(1) {
        Some(Value::Str(s)) => s.s.to_string(),
        Some(v) => {
            return Err(interp.type_error(format!(
                "format() argument 2 must be str, not {}",
                interp.type_name(v)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(interp.format_value(&args[0], &spec)?))
}

fn attr_name(interp: &Interp, v: &Value, _fname: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(interp.intern(&s.s)),
        other => Err(interp.type_error(format!(
            "attribute name must be string, not '{}'",
            interp.type_name(other)
        ))),
    }
}

fn getattr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "getattr", args, 2, 3)?;
    let name = attr_name(interp, &args[1], "getattr")?;
    match interp.getattr(&args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.len() == 3 && interp.err_is(&e, ExcKind::AttributeError) => Ok(args[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "setattr", args, 3, 3)?;
    let name = attr_name(interp, &args[1], "setattr")?;
    interp.setattr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "delattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "delattr")?;
    interp.delattr(&args[0], &name)?;
    Ok(Value::None)
}

fn hasattr(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "hasattr", args, 2, 2)?;
    let name = attr_name(interp, &args[1], "hasattr")?;
    match interp.getattr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if interp.err_is(&e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn hash(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "hash", args, 1, 1)?;
    Ok(Value::Int(interp.hash(&args[0])?))
}

fn id(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "id", args, 1, 1)?;
    Ok(Value::Int(match args[0].ptr() {
        Some(p) => p as i64,
        None => match &args[0] {
            Value::Int(i) => 0x1000_0000 + i.wrapping_mul(32),
            Value::Bool(b) => 0x0900_0000 + *b as i64 * 32,
            Value::None => 0x0800_0000,
            Value::Float(f) => f.to_bits() as i64 >> 4,
            _ => 0x0700_0000,
        },
    }))
}

fn input(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "input", args, 0, 1)?;
    if let Some(p) = args.first() {
        write_fd(interp, 1, &interp.str_of(p)?);
    }
    interp.flush_stdout();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(interp.new_error(ExcKind::EOFError, "EOF when reading a line")),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            Ok(Value::string(line))
        }
        Err(e) => Err(interp.new_error(ExcKind::OSError, e.to_string())),
    }
}

/// isinstance(v, c) / issubclass(v, c) for one class, including the ABC
/// (registered and one-trick classes) and TypedDict rules.
pub fn check_one_class(interp: &Interp, v: &Value, c: &Rc<Class>, sub: bool) -> PyResult<bool> {
    let r = if sub {
        match v {
            Value::Class(vc) => interp.is_subclass(vc, c),
            _ => return Err(interp.type_error("issubclass() arg 1 must be a class")),
        }
    } else {
        interp.isinstance(v, c)
    };
    if !r && !c.builtin {
        return super::abc::fallback(interp, v, c, sub);
    }
    Ok(r)
}

fn class_check(interp: &Interp, v: &Value, t: &Value, fname: &str, sub: bool) -> PyResult<bool> {
    match t {
        Value::Class(c) => check_one_class(interp, v, c, sub),
        Value::Tuple(items) => {
            for it in items.items.iter() {
                if class_check(interp, v, it, fname, sub)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => {
            if let Some(r) = super::typing::abc_check(interp, v, other, sub)? {
                return Ok(r);
            }
            Err(interp.type_error(format!(
                "{}() arg 2 must be a type, a tuple of types, or a union",
                fname
            )))
        }
    }
}

fn isinstance(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "isinstance", args, 2, 2)?;
    Ok(Value::Bool(class_check(interp, &args[0], &args[1], "isinstance", false)?))
}

fn issubclass(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "issubclass", args, 2, 2)?;
    Ok(Value::Bool(class_check(interp, &args[0], &args[1], "issubclass", true)?))
}

fn iter(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "iter", kwargs)?;
    arity(interp, "iter", args, 1, 2)?;
    if args.len() == 2 {
        if !is_callable(interp, &args[0]) {
            return Err(interp.type_error("iter(object, sentinel): object must be callable"));
        }
        return Ok(iter_obj(IterState::Callable { func: args[0].clone(), sentinel: args[1].clone() }));
    }
    interp.iter(&args[0])
}

fn next(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "next", args, 1, 2)?;
    let it = &args[0];
    if !matches!(it, Value::Iterator(_) | Value::Generator(_) | Value::Instance(_)) {
        return Err(interp.type_error(format!("'{}' object is not an iterator", interp.type_name(it))));
    }
    if let Value::Instance(inst) = it {
        // A user iterator: let its StopIteration (with its value) propagate.
        let Some(f) = interp.class_lookup(&inst.class, &interp.names.next) else {
            return Err(interp.type_error(format!("'{}' object is not an iterator", inst.class.name.s)));
        };
        return match interp.call(&f, &[it.clone()], &[]) {
            Err(e) if args.len() == 2 && interp.err_is(&e, ExcKind::StopIteration) => Ok(args[1].clone()),
            r => r,
        };
    }
    if let Value::Generator(g) = it {
        return match interp.generator_resume(g, crate::eval::generator::Resume::Send(Value::None))? {
            crate::eval::generator::GenStep::Yielded(v) => Ok(v),
            crate::eval::generator::GenStep::Returned(r) => match args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(interp.stop_iteration(r)),
            },
        };
    }
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(interp.stop_iteration(Value::None)),
        },
    }
}

fn min_max(interp: &Interp, args: &[Value], kwargs: Kwargs, name: &str, op: CmpOp) -> PyResult<Value> {
    only_kwargs(interp, name, kwargs, &["key", "default"])?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kwargs, "default").cloned();
    let items: Vec<Value> = match args.len() {
        0 => return Err(interp.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => {
            if !interp.is_iterable(&args[0]) {
                return Err(interp.type_error(format!("'{}' object is not iterable", interp.type_name(&args[0]))));
            }
            interp.collect(&args[0])?
        }
        _ => {
            if default.is_some() {
                return Err(interp.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => interp.call(f, &[item.clone()], &[])?,
            None => item.clone(),
        };
        best = match best {
            None => Some((k, item)),
            Some((bk, bv)) => {
                let better = interp.compare(&k, &bk, op)?;
                if interp.truthy(&better)? {
                    Some((k, item))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(interp.value_error(format!("{}() iterable argument is empty", name))),
        },
    }
}

fn max(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(interp, args, kwargs, "max", CmpOp::Gt)
}

fn min(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    min_max(interp, args, kwargs, "min", CmpOp::Lt)
}

fn pow(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "pow", kwargs, &["base", "exp", "mod"])?;
    arity(interp, "pow", args, 2, 3)?;
    if let Some(m) = args.get(2).filter(|m| !m.is_none()) {
        if let Value::Instance(inst) = &args[0] {
            if let Some(f) = interp.class_lookup(&inst.class, &interp.intern("__pow__")) {
                let r = interp.call(&f, &[args[0].clone(), args[1].clone(), m.clone()], &[])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (Some(b), Some(e), Some(m)) = (to_bigint(&args[0]), to_bigint(&args[1]), to_bigint(m)) else {
            return Err(interp.type_error("pow() 3rd argument not allowed unless all arguments are integers"));
        };
        if m.is_zero() {
            return Err(interp.value_error("pow() 3rd argument cannot be 0"));
        }
        let base = if e.is_negative() {
            match modinv(&b, &m) {
                Some(inv) => inv,
                None => return Err(interp.value_error("base is not invertible for the given modulus")),
            }
        } else {
            b
        };
        let e = e.abs();
        let mm = m.abs();
        let mut r = base.modpow(&e, &mm);
        if m.is_negative() && !r.is_zero() {
            r += &m;
        }
        use num_integer::Integer;
        let r = r.mod_floor(&m);
        return Ok(Value::from_bigint(r));
    }
    interp.binary(BinOp::Pow, &args[0], &args[1])
}

fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

fn round(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "round", kwargs, &["number", "ndigits"])?;
    arity(interp, "round", args, 1, 2)?;
    let nd = args.get(1).or_else(|| kwarg(kwargs, "ndigits")).filter(|v| !v.is_none()).cloned();
    match &args[0] {
        Value::Float(f) => match nd {
            None => {
                let r = format::round_half_even(*f);
                if r.is_nan() {
                    return Err(interp.value_error("cannot convert float NaN to integer"));
                }
                if r.is_infinite() {
                    return Err(interp.overflow_error("cannot convert float infinity to integer"));
                }
                Ok(Value::from_bigint(format::float_to_bigint(r).map_err(|e| interp.format_err(e))?))
            }
            Some(n) => {
                let n = interp.index_value(&n)?;
                Ok(Value::Float(format::round_float(*f, n).map_err(|e| interp.format_err(e))?))
            }
        },
        v if is_int(v) => match nd {
            None => Ok(match v {
                Value::Bool(b) => Value::Int(*b as i64),
                other => other.clone(),
            }),
            Some(n) => {
                let n = interp.index_value(&n)?;
                if n >= 0 {
                    return Ok(match v {
                        Value::Bool(b) => Value::Int(*b as i64),
                        other => other.clone(),
                    });
                }
                // Round to 10**(-n), half to even.
                use num_integer::Integer;
                let x = to_bigint(v).unwrap();
                let p = num_traits::pow::Pow::pow(&BigInt::from(10), (-n) as u32);
                let (q, r) = x.div_mod_floor(&p);
                let twice = &r * 2;
                let q = if twice > p || (twice == p && q.is_odd()) { q + 1 } else { q };
                Ok(Value::from_bigint(q * p))
            }
        },
        v @ Value::Instance(inst) => match interp.class_lookup(&inst.class, &interp.names.round) {
            Some(f) => {
                let mut a = vec![v.clone()];
                if let Some(n) = nd {
                    a.push(n);
                }
                interp.call(&f, &a, &[])
            }
            None => Err(interp.type_error(format!(
                "type {} doesn't define __round__ method",
                inst.class.name.s
            ))),
        },
        v => Err(interp.type_error(format!("type {} doesn't define __round__ method", interp.type_name(v)))),
    }
}

/// Sorts values in place with an optional key function (stable, like CPython).
pub fn sort_values(interp: &Interp, items: &mut Vec<Value>, key: Option<&Value>, reverse: bool) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(interp.call(f, &[it.clone()], &[])?);
            }
            ks
        }
        None => items.clone(),
    };
    let mut idx: Vec<usize> = (0..items.len()).collect();
    let mut err = None;
    // Fast paths: all ints, all floats, all strs.
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        idx.sort_by_key(|&i| if let Value::Int(x) = keys[i] { x } else { 0 });
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        idx.sort_by(|&a, &b| keys[a].as_str().unwrap_or("").cmp(keys[b].as_str().unwrap_or("")));
    } else {
        // Merge sort using `<` only, as CPython's list.sort does.
        let lt = |a: &Value, b: &Value, err: &mut Option<crate::eval::PyErr>| -> bool {
            if err.is_some() {
                return false;
            }
            match interp.compare(a, b, CmpOp::Lt).and_then(|r| interp.truthy(&r)) {
                Ok(r) => r,
                Err(e) => {
                    *err = Some(e);
                    false
                }
            }
        };
        idx.sort_by(|&a, &b| {
            if lt(&keys[a], &keys[b], &mut err) {
                std::cmp::Ordering::Less
            } else if lt(&keys[b], &keys[a], &mut err) {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        });
    }
    if let Some(e) = err {
        return Err(e);
    }
    if reverse {
        // Stable reverse: reverse runs of equal keys keep their order.
        idx.reverse();
        let mut i = 0;
        while i < idx.len() {
            let mut j = i + 1;
            while j < idx.len() && !less_either(interp, &keys[idx[i]], &keys[idx[j]])? {
                j += 1;
            }
            idx[i..j].reverse();
            i = j;
        }
    }
    let old = std::mem::take(items);
    *items = idx.into_iter().map(|i| old[i].clone()).collect();
    Ok(())
}

fn less_either(interp: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return Ok(x != y);
    }
    let r = interp.compare(a, b, CmpOp::Lt)?;
    if interp.truthy(&r)? {
        return Ok(true);
    }
    let r = interp.compare(b, a, CmpOp::Lt)?;
    interp.truthy(&r)
}

fn sorted(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "sort", kwargs, &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(interp.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let mut items = interp.collect(&args[0])?;
    let key = kwarg(kwargs, "key").filter(|k| !k.is_none());
    let reverse = match kwarg(kwargs, "reverse") {
        Some(r) => interp.truthy(r)?,
        None => false,
    };
    sort_values(interp, &mut items, key, reverse)?;
    Ok(interp.new_list(items))
}

fn sum(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "sum", kwargs, &["start"])?;
    arity(interp, "sum", args, 1, 2)?;
    let mut acc = args.get(1).or_else(|| kwarg(kwargs, "start")).cloned().unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => return Err(interp.type_error("sum() can't sum strings [use ''.join(seq) instead]")),
        Value::Bytes(_) => return Err(interp.type_error("sum() can't sum bytes [use b''.join(seq) instead]")),
        _ => {}
    }
    let it = interp.iter(&args[0])?;
    // Floats are summed with compensation, as CPython does.
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(v) = interp.next(&it)? {
        if let (Value::Float(a), Value::Float(x)) = (&acc, &v) {
            let (s, c) = fsum.get_or_insert((*a, 0.0));
            let t = *s + x;
            if s.abs() >= x.abs() {
                *c += (*s - t) + x;
            } else {
                *c += (x - t) + *s;
            }
            *s = t;
            acc = Value::Float(t);
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            acc = Value::Float(s + c);
        }
        acc = interp.binary(BinOp::Add, &acc, &v)?;
    }
    if let Some((s, c)) = fsum {
        acc = Value::Float(s + c);
    }
    Ok(acc)
}

fn vars(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "vars", args, 1, 1)?;
    match interp.getattr(&args[0], &interp.names.dict) {
        Ok(d) => Ok(d),
        Err(_) => Err(interp.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "dir", args, 1, 1)?;
    let names = dir_names(interp, &args[0]);
    Ok(interp.new_list(names.into_iter().map(Value::string).collect()))
}

/// `dir(v)`: the sorted attribute names of `v` (also the candidates of an
/// AttributeError's suggestion).
pub fn dir_names(interp: &Interp, v: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut add_dict = |d: &Dict| {
        for k in dictops::keys(d) {
            if let Value::Str(s) = k {
                if !names.contains(&s.s.to_string()) {
                    names.push(s.s.to_string());
                }
            }
        }
    };
    match v {
        Value::Instance(inst) => {
            add_dict(&inst.attrs);
            add_dict(&inst.class.dict);
            for c in &inst.class.mro {
                add_dict(&c.dict);
            }
        }
        Value::Class(c) => {
            add_dict(&c.dict);
            for m in &c.mro {
                add_dict(&m.dict);
            }
        }
        Value::Module(m) => add_dict(&m.dict),
        v => {
            let c = interp.type_of(v);
            add_dict(&c.dict);
        }
    }
    // Attributes that are not in a type's dict in dictpy (CPython has them
    // there as descriptors), for `dir()` and for suggestions.
    let extra: &[&str] = match v {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => &["denominator", "imag", "numerator", "real"],
        Value::Float(_) => &["imag", "real"],
        Value::Range(_) | Value::Slice(_) => &["start", "step", "stop"],
        Value::Dict(d) if matches!(d.kind, DictKind::Default(_)) => &["default_factory"],
        Value::Instance(inst) if inst.exc().is_some() => &["__cause__", "__context__", "__suppress_context__", "__traceback__", "args"],
        Value::Instance(inst) => match &inst.payload {
            Payload::Dict(d) if matches!(d.kind, DictKind::Default(_)) => &["default_factory"],
            _ => &[],
        },
        _ => &[],
    };
    for name in extra {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_string());
        }
    }
    names.sort();
    names
}

pub fn int_new(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "int", kwargs, &["base"])?;
    arity(interp, "int", args, 0, 2)?;
    let base = args.get(1).or_else(|| kwarg(kwargs, "base")).cloned();
    let Some(v) = args.first() else {
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = interp.index_value(&b)?;
        return match v {
            Value::Str(s) => {
                if !(b == 0 || (2..=36).contains(&b)) {
                    return Err(interp.value_error("int() base must be >= 2 and <= 36, or 0"));
                }
                format::parse_int(&s.s, b as u32).map(Value::from_bigint).map_err(|e| interp.format_err(e))
            }
            Value::Bytes(by) => {
                let s = String::from_utf8_lossy(&by.b).to_string();
                format::parse_int(&s, b as u32).map(Value::from_bigint).map_err(|e| interp.format_err(e))
            }
            _ => Err(interp.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if f.is_nan() {
                return Err(interp.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(interp.overflow_error("cannot convert float infinity to integer"));
            }
            format::float_to_bigint(f.trunc()).map(Value::from_bigint).map_err(|e| interp.format_err(e))
        }
        Value::Str(s) => format::parse_int(&s.s, 10).map(Value::from_bigint).map_err(|e| interp.format_err(e)),
        Value::Bytes(by) => {
            let s = String::from_utf8_lossy(&by.b).to_string();
            format::parse_int(&s, 10).map(Value::from_bigint).map_err(|e| interp.format_err(e))
        }
        Value::Instance(inst) => {
            for name in [&interp.names.int, &interp.names.index] {
                if let Some(f) = interp.class_lookup(&inst.class, name) {
                    let r = interp.call(&f, &[v.clone()], &[])?;
                    if !is_int(&r) {
                        return Err(interp.type_error(format!(
                            "__int__ returned non-int (type {})",
                            interp.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
            Err(interp.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                inst.class.name.s
            )))
        }
        other => Err(interp.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            interp.type_name(other)
        ))),
    }
}

pub fn to_float(interp: &Interp, v: &Value) -> PyResult<Value> {
    Ok(Value::Float(match v {
        Value::Float(f) => *f,
        Value::Int(i) => *i as f64,
        Value::Bool(b) => *b as i64 as f64,
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => f,
            _ => return Err(interp.overflow_error("int too large to convert to float")),
        },
        Value::Str(s) => format::parse_float(&s.s).map_err(|e| interp.format_err(e))?,
        Value::Instance(inst) => {
            for name in [&interp.names.float, &interp.names.index] {
                if let Some(f) = interp.class_lookup(&inst.class, name) {
                    let r = interp.call(&f, &[v.clone()], &[])?;
                    return to_float(interp, &r);
                }
            }
            return Err(interp.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                inst.class.name.s
            )));
        }
        other => {
            return Err(interp.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                interp.type_name(other)
            )))
        }
    }))
}

pub fn range_new(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "range", kwargs)?;
    if args.is_empty() {
        return Err(interp.type_error("range expected at least 1 argument, got 0"));
    }
    if args.len() > 3 {
        return Err(interp.type_error(format!("range expected at most 3 arguments, got {}", args.len())));
    }
    let mut v = Vec::with_capacity(3);
    for a in args {
        v.push(match a {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(interp.overflow_error("Python int too large to convert to C ssize_t")),
            other => {
                if let Value::Instance(_) = other {
                    interp.index_value(other)?
                } else {
                    return Err(interp.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        interp.type_name(other)
                    )));
                }
            }
        });
    }
    let (start, stop, step) = match v.len() {
        1 => (0, v[0], 1),
        2 => (v[0], v[1], 1),
        _ => (v[0], v[1], v[2]),
    };
    if step == 0 {
        return Err(interp.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

pub fn type_new(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    if args.len() == 1 && kwargs.is_empty() {
        return Ok(Value::Class(interp.type_of(&args[0])));
    }
    if args.len() != 3 {
        return Err(interp.type_error("type() takes 1 or 3 arguments"));
    }
    let Value::Str(name) = &args[0] else {
        return Err(interp.type_error("type.__new__() argument 1 must be str"));
    };
    let mut bases = Vec::new();
    if let Value::Tuple(t) = &args[1] {
        for b in t.items.iter() {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                _ => return Err(interp.type_error("bases must be types")),
            }
        }
    }
    let Value::Dict(ns) = &args[2] else {
        return Err(interp.type_error("type.__new__() argument 3 must be dict"));
    };
    let ns2 = dictops::copy(interp, ns);
    let c = interp.make_user_class(interp.intern(&name.s), name.s.to_string(), bases, ns2, "__main__")?;
    Ok(Value::Class(c))
}

pub fn reversed(interp: &Interp, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::List(l) => {
            let n = l.items.borrow().len() as isize;
            iter_obj(IterState::Reversed { seq: v.clone(), index: n - 1 })
        }
        Value::Tuple(t) => iter_obj(IterState::Reversed { seq: v.clone(), index: t.items.len() as isize - 1 }),
        Value::Str(s) => {
            // A `reversed` object over the characters (indexing a str by
            // char position from the end would be quadratic).
            let chars: Vec<Value> = s.s.chars().map(|c| Value::string(c.to_string())).collect();
            let n = chars.len() as isize;
            iter_obj(IterState::Reversed { seq: Value::tuple(chars), index: n - 1 })
        }
        Value::Range(r) => {
            // range.__reversed__ is a range_iterator going the other way.
            let n = r.len();
            let back = if n == 0 {
                Some((0, 0, 1))
            } else {
                match (r.step.checked_neg(), r.start.checked_sub(r.step)) {
                    (Some(step), Some(stop)) => Some((r.get(n - 1), stop, step)),
                    _ => None,
                }
            };
            match back {
                Some((next, stop, step)) => iter_obj(IterState::Range { next, stop, step }),
                None => iter_obj(IterState::Reversed { seq: v.clone(), index: n as isize - 1 }),
            }
        }
        Value::Dict(d) => dict_reversed(d, ViewKind::Keys),
        Value::View(view) => dict_reversed(&view.dict, view.kind),
        Value::Instance(inst) => {
            if let Some(f) = interp.class_lookup(&inst.class, &interp.names.reversed) {
                if f.is_none() {
                    return Err(interp.type_error(format!("'{}' object is not reversible", inst.class.name.s)));
                }
                return interp.call(&f, &[v.clone()], &[]);
            }
            match &inst.payload {
                Payload::Dict(d) => return Ok(dict_reversed(d, ViewKind::Keys)),
                Payload::List(l) => return reversed(interp, &Value::List(l.clone())),
                _ => {}
            }
            if interp.class_lookup(&inst.class, &interp.names.getitem).is_some()
                && interp.class_lookup(&inst.class, &interp.names.len).is_some()
            {
                let n = len_of(interp, v)? as isize;
                return Ok(iter_obj(IterState::Reversed { seq: v.clone(), index: n - 1 }));
            }
            return Err(interp.type_error(format!("'{}' object is not reversible", inst.class.name.s)));
        }
        _ => return Err(interp.type_error(format!("'{}' object is not reversible", interp.type_name(v)))),
    })
}

fn dict_reversed(d: &Rc<Dict>, kind: ViewKind) -> Value {
    let t = d.table.borrow();
    let len = t.len();
    let pos = t.last_entry().map(|(i, ..)| i + 1).unwrap_or(0);
    let layout = super::collections::iter_stamp(d, &t);
    drop(t);
    iter_obj(IterState::DictReversed { dict: d.clone(), pos, len, layout, kind })
}

/// `eval(source[, globals[, locals]])` called with no caller frame at hand
/// (through `map(eval, ...)`, say): the namespace holds only the builtins.
/// A call expression `eval(...)` goes to [`eval_in`] with the caller's
/// namespace instead.
pub fn eval(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    eval_in(interp, None, args, kwargs)
}

/// `eval(source[, globals[, locals]])`: evaluates an expression. `caller`
/// is the namespace the caller sees (its globals, or for a function a
/// snapshot of its globals and locals), used when no globals are passed.
pub fn eval_in(interp: &Interp, caller: Option<Rc<Dict>>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    no_kwargs(interp, "eval", kwargs)?;
    arity(interp, "eval", args, 1, 3)?;
    let text = match &args[0] {
        Value::Str(s) => s.s.to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.b).into_owned(),
        _ => return Err(interp.type_error("eval() arg 1 must be a string, bytes or code object")),
    };
    let mut ns = match args.get(1) {
        None | Some(Value::None) => caller.unwrap_or_else(|| interp.new_dict_rc()),
        Some(Value::Dict(d)) => d.clone(),
        Some(Value::Instance(inst)) if matches!(inst.payload, Payload::Dict(_)) => match &inst.payload {
            Payload::Dict(d) => d.clone(),
            _ => unreachable!(),
        },
        Some(_) => return Err(interp.type_error("globals must be a dict")),
    };
    if let Some(locals) = args.get(2).filter(|v| !matches!(v, Value::None)) {
        // Names resolve in the locals first: evaluate in a merged snapshot.
        let merged = dictops::copy(interp, &ns);
        dictops::update_from(interp, &merged, locals, false)?;
        ns = merged;
    }
    // CPython strips leading spaces and tabs from eval() input.
    let trimmed = text.trim_start_matches([' ', '\t']);
    let expr = crate::syntax::parse_expression(trimmed).map_err(|e| {
        let kind = match e.kind {
            crate::syntax::SyntaxErrorKind::IndentationError => ExcKind::IndentationError,
            crate::syntax::SyntaxErrorKind::TabError => ExcKind::TabError,
            _ => ExcKind::SyntaxError,
        };
        interp.new_error(kind, e.message.clone())
    })?;
    // Compiled as `<eval> = expr` at module level in the namespace, then
    // the result is taken out again.
    use crate::syntax::ast;
    let span = expr.span;
    let target = ast::Expr { kind: ast::ExprKind::Name("<eval>".into()), span };
    let module = ast::Module { body: vec![ast::Stmt { kind: ast::StmtKind::Assign { targets: vec![target], value: expr }, span }] };
    let file = Rc::new(crate::eval::SourceFile::new("<string>", trimmed.to_string()));
    let code = {
        let mut interner = interp.interner.borrow_mut();
        crate::compile::compile_module(&module, file, &mut interner)
    }
    .map_err(|e| interp.new_error(ExcKind::SyntaxError, e.message.clone()))?;
    let key = interp.intern("<eval>");
    let r = interp.run_module_code(&code, &ns);
    let value = dictops::get_str(&ns, &key);
    dictops::del_str(&ns, &key);
    r?;
    Ok(value.unwrap_or(Value::None))
}
