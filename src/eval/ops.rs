//! Operators: arithmetic, comparison, truth, hashing and equality, with fast
//! paths for ints, floats and strs and dunder dispatch for instances.

use std::rc::Rc;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{ExcKind, Interp, PyResult};
use crate::dict::hash;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::value::*;

pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// An int-like value (int or bool) as i64 when it fits.
pub fn as_i64(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// int or float as f64 (None for other types); errors for huge ints.
fn as_f64(interp: &Interp, v: &Value) -> PyResult<Option<f64>> {
    Ok(match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) => Some(*i as f64),
        Value::Bool(b) => Some(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(f) if f.is_finite() => Some(f),
            _ => return Err(interp.overflow_error("int too large to convert to float")),
        },
        _ => None,
    })
}

fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

impl Interp {
    #[inline]
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(*b),
            Value::None => Ok(false),
            Value::Int(i) => Ok(*i != 0),
            _ => self.truthy_object(v),
        }
    }

    /// `truthy` for everything but None, bools and small ints.
    fn truthy_object(&self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Float(f) => *f != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.s.is_empty(),
            Value::Bytes(b) => !b.b.is_empty(),
            Value::ByteArray(b) => !b.b.borrow().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::List(l) => !l.items.borrow().is_empty(),
            Value::Dict(d) => d.len() > 0,
            Value::Set(s) => s.table.borrow().len() > 0,
            Value::Range(r) => r.len() > 0,
            Value::View(v) => v.dict.len() > 0,
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.bool_) {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(f) = self.class_lookup(&inst.class, &self.names.len) {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    return Ok(self.len_result(r)? != 0);
                }
                match &inst.payload {
                    Payload::Dict(d) => d.len() > 0,
                    Payload::List(l) => !l.items.borrow().is_empty(),
                    _ => true,
                }
            }
            _ => true,
        })
    }

    /// Checks what a `__len__` returned.
    pub fn len_result(&self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            Value::BigInt(_) => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(&other)
            ))),
        }
    }

    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => hash::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::Str(s) => s.hash(),
            Value::Float(f) => match hash::hash_f64(*f) {
                Some(h) => h,
                // A NaN hashes by identity (its bits: see format::fresh_nan).
                None => hash::hash_pointer(f.to_bits() as usize),
            },
            Value::BigInt(b) => hash::hash_bigint(b),
            // CPython 3.12 gives None a constant hash (gh-99540).
            Value::None => 0xFCA86420,
            Value::Tuple(t) => {
                let mut hs = Vec::with_capacity(t.items.len());
                for it in t.items.iter() {
                    hs.push(self.hash(it)?);
                }
                hash::tuple_hash(hs.into_iter(), t.items.len())
            }
            Value::Bytes(b) => hash::hash_bytes(&b.b, crate::value::hash_secret()),
            Value::Set(s) if s.frozen => {
                let t = s.table.borrow();
                let hs: Vec<i64> = t.hashes().collect();
                hash::frozenset_hash(hs.into_iter())
            }
            // A values view has identity hashing; keys and items views are unhashable.
            Value::View(view) if view.kind == ViewKind::Values => hash::hash_pointer(v.ptr().unwrap_or(0)),
            Value::ByteArray(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::View(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(inst) => {
                match self.class_lookup(&inst.class, &self.names.hash) {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", inst.class.name.s)))
                    }
                    Some(Value::Builtin(_)) | None => {
                        if matches!(inst.payload, Payload::Dict(_) | Payload::List(_)) {
                            return Err(self.type_error(format!("unhashable type: '{}'", inst.class.name.s)));
                        }
                        hash::hash_pointer(v.ptr().unwrap_or(0))
                    }
                    Some(f) => {
                        let r = self.call(&f, &[v.clone()], &[])?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::Bool(b) => b as i64,
                            Value::BigInt(b) => hash::hash_bigint(&b),
                            _ => return Err(self.type_error("__hash__ method should return an integer")),
                        }
                    }
                }
            }
            // hash((len, start, step)), with None for what doesn't matter.
            Value::Range(r) => {
                let n = r.len();
                let none = self.hash(&Value::None)?;
                let (h1, h2) = match n {
                    0 => (none, none),
                    1 => (hash::hash_i64(r.start), none),
                    _ => (hash::hash_i64(r.start), hash::hash_i64(r.step)),
                };
                hash::tuple_hash([hash::hash_i64(n), h1, h2].into_iter(), 3)
            }
            Value::Slice(sl) => hash::slice_hash([self.hash(&sl.start)?, self.hash(&sl.stop)?, self.hash(&sl.step)?]),
            _ => hash::hash_pointer(v.ptr().unwrap_or(0)),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = fast_eq(a, b) {
            return Ok(r);
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison (`<`, `==`, ...) with the reflected fallback.
    pub fn compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        use std::cmp::Ordering;
        // Numbers.
        if let Some(ord) = num_cmp(a, b) {
            let r = match op {
                CmpOp::Eq => ord == Some(Ordering::Equal),
                CmpOp::NotEq => ord != Some(Ordering::Equal),
                CmpOp::Lt => ord == Some(Ordering::Less),
                CmpOp::LtE => matches!(ord, Some(Ordering::Less | Ordering::Equal)),
                CmpOp::Gt => ord == Some(Ordering::Greater),
                CmpOp::GtE => matches!(ord, Some(Ordering::Greater | Ordering::Equal)),
                _ => unreachable!(),
            };
            return Ok(Value::Bool(r));
        }
        let (a_inst, b_inst) = (matches!(a, Value::Instance(_)), matches!(b, Value::Instance(_)));
        if !a_inst && !b_inst {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(Value::Bool(r));
            }
        } else {
            let (name, rname) = match op {
                CmpOp::Eq => (&self.names.eq, &self.names.eq),
                CmpOp::NotEq => (&self.names.ne, &self.names.ne),
                CmpOp::Lt => (&self.names.lt, &self.names.gt),
                CmpOp::LtE => (&self.names.le, &self.names.ge),
                CmpOp::Gt => (&self.names.gt, &self.names.lt),
                CmpOp::GtE => (&self.names.ge, &self.names.le),
                _ => unreachable!(),
            };
            // A subclass's reflected method goes first.
            let ta = self.type_of(a);
            let tb = self.type_of(b);
            let reflected_first = !Rc::ptr_eq(&ta, &tb) && self.is_subclass(&tb, &ta) && b_inst;
            let try_side = |x: &Value, y: &Value, n: &Rc<PyStr>| -> PyResult<Value> {
                if let Value::Instance(inst) = x {
                    if let Some(f) = self.class_lookup(&inst.class, n) {
                        if !matches!(f, Value::Builtin(_)) {
                            return self.call(&f, &[x.clone(), y.clone()], &[]);
                        }
                        // A builtin base's comparison (dict/list subclass).
                        return self.builtin_compare_payload(x, y, op);
                    }
                    return self.builtin_compare_payload(x, y, op);
                }
                match self.builtin_compare(x, y, op)? {
                    Some(r) => Ok(Value::Bool(r)),
                    None => Ok(Value::NotImplemented),
                }
            };
            if reflected_first {
                let r = try_side(b, a, rname)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
                let r = try_side(a, b, name)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            } else {
                let r = try_side(a, b, name)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
                let r = try_side(b, a, rname)?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
            if op == CmpOp::NotEq {
                // Default __ne__ inverts __eq__.
                if let Value::Instance(inst) = a {
                    if let Some(f) = self.class_lookup(&inst.class, &self.names.eq) {
                        if !matches!(f, Value::Builtin(_)) {
                            let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                            if !matches!(r, Value::NotImplemented) {
                                return Ok(Value::Bool(!self.truthy(&r)?));
                            }
                        }
                    }
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// Comparison of an instance of a dict/list subclass by its payload.
    fn builtin_compare_payload(&self, x: &Value, y: &Value, op: CmpOp) -> PyResult<Value> {
        let xv = self.payload_value(x);
        let yv = self.payload_value(y);
        if matches!(xv, Value::Instance(_)) {
            return Ok(Value::NotImplemented);
        }
        match self.builtin_compare(&xv, &yv, op)? {
            Some(r) => Ok(Value::Bool(r)),
            None => Ok(Value::NotImplemented),
        }
    }

    /// The builtin value inside an instance of a dict/list subclass, or the value itself.
    pub fn payload_value(&self, v: &Value) -> Value {
        if let Value::Instance(inst) = v {
            match &inst.payload {
                Payload::Dict(d) => return Value::Dict(d.clone()),
                Payload::List(l) => return Value::List(l.clone()),
                _ => {}
            }
        }
        v.clone()
    }

    /// Comparison between builtin values; None when the types don't compare.
    fn builtin_compare(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
        use std::cmp::Ordering;
        let b = &self.payload_value(b);
        let ord_result = |ord: Ordering| -> bool {
            match op {
                CmpOp::Eq => ord == Ordering::Equal,
                CmpOp::NotEq => ord != Ordering::Equal,
                CmpOp::Lt => ord == Ordering::Less,
                CmpOp::LtE => ord != Ordering::Greater,
                CmpOp::Gt => ord == Ordering::Greater,
                CmpOp::GtE => ord != Ordering::Less,
                _ => false,
            }
        };
        let is_eq = matches!(op, CmpOp::Eq | CmpOp::NotEq);
        let eq_result = |eq: bool| if op == CmpOp::Eq { eq } else { !eq };
        if matches!(a, Value::View(_)) || matches!(b, Value::View(_)) {
            if let Some(r) = super::dictops::view_compare(self, a, b, op)? {
                return Ok(Some(r));
            }
        }
        if crate::builtins::collections::is_native_counter(a) {
            if let Some(r) = crate::builtins::collections::counter_compare(self, a, b, op)? {
                return Ok(Some(r));
            }
        }
        Ok(match (a, b) {
            (Value::Str(x), Value::Str(y)) => Some(ord_result(x.s.cmp(&y.s))),
            (Value::Bytes(x), Value::Bytes(y)) => Some(ord_result(x.b.cmp(&y.b))),
            (Value::ByteArray(x), Value::ByteArray(y)) => Some(ord_result(x.b.borrow().as_slice().cmp(y.b.borrow().as_slice()))),
            (Value::ByteArray(x), Value::Bytes(y)) => Some(ord_result(x.b.borrow().as_slice().cmp(&y.b[..]))),
            (Value::Bytes(x), Value::ByteArray(y)) => Some(ord_result(x.b[..].cmp(y.b.borrow().as_slice()))),
            (Value::Tuple(x), Value::Tuple(y)) => Some(self.nested("in comparison", || self.seq_compare(&x.items, &y.items, op))?),
            (Value::List(x), Value::List(y)) => {
                let (xs, ys) = (x.items.borrow().clone(), y.items.borrow().clone());
                Some(self.nested("in comparison", || self.seq_compare(&xs, &ys, op))?)
            }
            (Value::Dict(x), Value::Dict(y)) if is_eq => Some(eq_result(self.nested("in comparison", || self.dict_eq(x, y))?)),
            (Value::Set(x), Value::Set(y)) => Some(self.set_compare(x, y, op)?),
            (Value::Range(x), Value::Range(y)) if is_eq => {
                let (lx, ly) = (x.len(), y.len());
                let same = lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)));
                Some(eq_result(same))
            }
            (Value::None, Value::None) if is_eq => Some(eq_result(true)),
            (Value::Slice(x), Value::Slice(y)) if is_eq => {
                let tx = Value::tuple(vec![x.start.clone(), x.stop.clone(), x.step.clone()]);
                let ty = Value::tuple(vec![y.start.clone(), y.stop.clone(), y.step.clone()]);
                Some(eq_result(self.eq(&tx, &ty)?))
            }
            // An instance on the right gets its reflected __eq__ first (NotImplemented here).
            _ if is_eq && matches!(b, Value::Instance(_)) => None,
            // An instance may answer with its reflected __eq__/__ne__.
            (_, Value::Instance(_)) | (Value::Instance(_), _) => None,
            _ if is_eq => {
                if a.ptr().is_some() || b.ptr().is_some() || std::mem::discriminant(a) != std::mem::discriminant(b) {
                    Some(eq_result(a.is(b)))
                } else {
                    None
                }
            }
            _ => None,
        })
    }

    fn seq_compare(&self, xs: &[Value], ys: &[Value], op: CmpOp) -> PyResult<bool> {
        // Find the first index where the items differ.
        let n = xs.len().min(ys.len());
        for i in 0..n {
            if !(xs[i].is(&ys[i]) || self.eq(&xs[i], &ys[i])?) {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::NotEq => Ok(true),
                    _ => {
                        let r = self.compare(&xs[i], &ys[i], op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        let (lx, ly) = (xs.len(), ys.len());
        Ok(match op {
            CmpOp::Eq => lx == ly,
            CmpOp::NotEq => lx != ly,
            CmpOp::Lt => lx < ly,
            CmpOp::LtE => lx <= ly,
            CmpOp::Gt => lx > ly,
            CmpOp::GtE => lx >= ly,
            _ => false,
        })
    }

    pub fn dict_eq(&self, x: &Rc<Dict>, y: &Rc<Dict>) -> PyResult<bool> {
        if Rc::ptr_eq(x, y) {
            return Ok(true);
        }
        if x.len() != y.len() {
            return Ok(false);
        }
        // Two OrderedDicts compare in order.
        if matches!(x.kind, DictKind::Ordered) && matches!(y.kind, DictKind::Ordered) {
            let xs = super::dictops::items(x);
            let ys = super::dictops::items(y);
            for ((k1, v1), (k2, v2)) in xs.iter().zip(ys.iter()) {
                if !self.eq(k1, k2)? || !self.eq(v1, v2)? {
                    return Ok(false);
                }
            }
            return Ok(true);
        }
        for (k, v) in super::dictops::items(x) {
            match super::dictops::get(self, y, &k)? {
                Some(v2) => {
                    if !(v.is(&v2) || self.eq(&v, &v2)?) {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    fn set_compare(&self, x: &Rc<Set>, y: &Rc<Set>, op: CmpOp) -> PyResult<bool> {
        let (lx, ly) = (x.table.borrow().len(), y.table.borrow().len());
        let subset = |a: &Rc<Set>, b: &Rc<Set>| -> PyResult<bool> {
            for item in super::iter::set_items(a) {
                if !self.set_contains(b, &item)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
        Ok(match op {
            CmpOp::Eq => lx == ly && subset(x, y)?,
            CmpOp::NotEq => !(lx == ly && subset(x, y)?),
            CmpOp::LtE => lx <= ly && subset(x, y)?,
            CmpOp::Lt => lx < ly && subset(x, y)?,
            CmpOp::GtE => lx >= ly && subset(y, x)?,
            CmpOp::Gt => lx > ly && subset(y, x)?,
            _ => false,
        })
    }

    pub fn unary(&self, op: UnaryOp, v: &Value) -> PyResult<Value> {
        match (op, v) {
            (UnaryOp::Not, _) => Ok(Value::Bool(!self.truthy(v)?)),
            (UnaryOp::USub, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            (UnaryOp::USub, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::USub, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone())),
            (UnaryOp::USub, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::UAdd, Value::Int(_) | Value::Float(_) | Value::BigInt(_)) => Ok(v.clone()),
            (UnaryOp::UAdd, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            (_, Value::Instance(inst)) => {
                let name = match op {
                    UnaryOp::USub => &self.names.neg,
                    UnaryOp::UAdd => &self.names.pos,
                    _ => &self.names.invert,
                };
                match self.class_lookup(&inst.class, name) {
                    Some(f) => self.call(&f, &[v.clone()], &[]),
                    None => Err(self.bad_unary(op, v)),
                }
            }
            (UnaryOp::UAdd | UnaryOp::USub, Value::Dict(d)) if matches!(d.kind, DictKind::Counter) => {
                crate::builtins::collections::counter_unary(self, d, op == UnaryOp::USub)
            }
            _ => Err(self.bad_unary(op, v)),
        }
    }

    fn bad_unary(&self, op: UnaryOp, v: &Value) -> super::PyErr {
        let sym = match op {
            UnaryOp::USub => "-",
            UnaryOp::UAdd => "+",
            UnaryOp::Invert => "~",
            UnaryOp::Not => "not",
        };
        self.type_error(format!("bad operand type for unary {}: '{}'", sym, self.type_name(v)))
    }

    /// `a op b`, including the reflected operand and `NotImplemented`.
    pub fn binary(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match self.try_binary(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.binop_error(op, a, b, false)),
        }
    }

    /// `a op b`, or None when neither operand supports it.
    fn try_binary(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // Fast path: two small ints.
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int_fast(op, *x, *y) {
                return Ok(Some(r));
            }
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            match op {
                BinOp::Add => return Ok(Some(Value::Float(x + y))),
                BinOp::Sub => return Ok(Some(Value::Float(x - y))),
                BinOp::Mult => return Ok(Some(Value::Float(x * y))),
                _ => {}
            }
        }
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            self.binary_dunder(op, a, b)
        } else {
            self.builtin_binary(op, a, b)
        }
    }

    /// The TypeError of an unsupported `a op b` (`inplace`: `a op= b`).
    /// Like CPython, `+` and `*` fall back on the sequence protocol of the
    /// left (for `*` also the right) operand, which has its own messages.
    pub fn binop_error(&self, op: BinOp, a: &Value, b: &Value, inplace: bool) -> super::PyErr {
        let seq_name = |v: &Value| -> Option<&'static str> {
            match self.payload_value(v) {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                Value::Bytes(_) => Some("bytes"),
                _ => None,
            }
        };
        match op {
            BinOp::Add => match seq_name(a) {
                Some("bytes") => {
                    return self.type_error(format!("can't concat {} to bytes", self.type_name(b)));
                }
                Some(n) => {
                    return self.type_error(format!(
                        "can only concatenate {} (not \"{}\") to {}",
                        n,
                        self.type_name(b),
                        n
                    ));
                }
                None => {}
            },
            BinOp::Mult => {
                let other = if seq_name(a).is_some() {
                    Some(b)
                } else if seq_name(b).is_some() {
                    Some(a)
                } else {
                    None
                };
                if let Some(o) = other {
                    return self.type_error(format!(
                        "can't multiply sequence by non-int of type '{}'",
                        self.type_name(o)
                    ));
                }
            }
            _ => {}
        }
        let sym = if op == BinOp::Pow && !inplace { "** or pow()".to_string() } else { format!("{}{}", op.symbol(), if inplace { "=" } else { "" }) };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a op= b`: the in-place method if there is one, else `a op b`.
    pub fn inplace(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            if let Some(r) = int_fast(op, *x, *y) {
                return Ok(r);
            }
        }
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect(b).map_err(|e| {
                    if self.err_is(&e, ExcKind::TypeError) {
                        self.type_error(format!("'{}' object is not iterable", self.type_name(b)))
                    } else {
                        e
                    }
                })?;
                self.heap.track_list_holding_any(l, &items);
                l.items.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                let n = self.index_value(b)?;
                let mut items = l.items.borrow_mut();
                let copy = items.clone();
                items.clear();
                for _ in 0..n.max(0) {
                    items.extend(copy.iter().cloned());
                }
                return Ok(a.clone());
            }
            (_, Value::Dict(d)) if matches!(d.kind, DictKind::Counter) => {
                if let Some(r) = crate::builtins::collections::counter_inplace(self, d, op, b)? {
                    return Ok(r);
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                super::dictops::update_from(self, d, b, true)?;
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) if !s.frozen => {
                if let Value::Set(other) = b {
                    crate::builtins::sets::inplace(self, s, op, other)?;
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(inst)) => {
                let name = self.intern(dunder_names(op)[2]);
                if let Some(f) = self.class_lookup(&inst.class, &name) {
                    let r = self.call(&f, &[a.clone(), b.clone()], &[])?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
                // dict.__ior__ of a dict subclass: updates in place.
                if let (BinOp::BitOr, Payload::Dict(d)) = (op, &inst.payload) {
                    super::dictops::update_from(self, d, b, true)?;
                    return Ok(a.clone());
                }
            }
            _ => {}
        }
        match self.try_binary(op, a, b)? {
            Some(r) => Ok(r),
            None => Err(self.binop_error(op, a, b, true)),
        }
    }

    fn binary_dunder(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        let [forward, reflected, _] = dunder_names(op);
        let name = self.intern(forward);
        let rname = self.intern(reflected);
        // A keys/items view on the left runs its set operation first (it
        // raises for a non-iterable rather than deferring to the right).
        if matches!(a, Value::View(v) if v.kind != ViewKind::Values) {
            if let Some(r) = super::dictops::view_binary(self, op, a, b)? {
                return Ok(Some(r));
            }
        }
        if let Some(v) = self.dunder_pair(a, b, &name, &rname)? {
            return Ok(Some(v));
        }
        // OrderedDict/defaultdict subclasses: `|` builds type(self)(...).
        if op == BinOp::BitOr {
            if let Some(r) = crate::builtins::collections::subclass_or(self, a, b)? {
                return Ok(Some(r));
            }
        }
        // Instances of dict/list subclasses fall back on their payload.
        let pa = self.payload_value(a);
        let pb = self.payload_value(b);
        // dict.__or__ on a subclass of dict gives a plain dict.
        if let (BinOp::BitOr, Value::Instance(_), Value::Dict(x), Value::Dict(y)) = (op, a, &pa, &pb) {
            if matches!(x.kind, DictKind::Plain) {
                return super::dictops::merge(self, x, y).map(Some);
            }
        }
        if !matches!(pa, Value::Instance(_)) && !matches!(pb, Value::Instance(_)) {
            return self.builtin_binary(op, &pa, &pb);
        }
        if let (false, Value::Instance(_)) = (matches!(pa, Value::Instance(_)), &pb) {
            return self.builtin_binary(op, &pa, &pb);
        }
        // The view's reflected set operation: set(a) op b.
        if matches!(b, Value::View(v) if v.kind != ViewKind::Values) {
            return super::dictops::view_binary(self, op, a, b);
        }
        Ok(None)
    }

    /// `divmod(a, b)`.
    pub fn divmod(&self, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let name = self.intern("__divmod__");
            let rname = self.intern("__rdivmod__");
            if let Some(v) = self.dunder_pair(a, b, &name, &rname)? {
                return Ok(v);
            }
        }
        let num = |v: &Value| is_int(v) || matches!(v, Value::Float(_));
        if !num(a) || !num(b) {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for divmod(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )));
        }
        if (matches!(a, Value::Float(_)) || matches!(b, Value::Float(_))) && as_f64(self, b)? == Some(0.0) {
            return Err(self.zero_division("float divmod()"));
        }
        let q = self.binary(BinOp::FloorDiv, a, b)?;
        let r = self.binary(BinOp::Mod, a, b)?;
        Ok(Value::pair(q, r))
    }

    /// Calls `a.name(b)` or the reflected `b.rname(a)` of user classes, in
    /// CPython's order (the reflected one first for a subclass on the right).
    pub fn dunder_pair(&self, a: &Value, b: &Value, name: &Rc<PyStr>, rname: &Rc<PyStr>) -> PyResult<Option<Value>> {
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let lookup = |v: &Value, n: &Rc<PyStr>| -> Option<Value> {
            match v {
                Value::Instance(inst) => self.class_lookup(&inst.class, n).filter(|f| !matches!(f, Value::Builtin(_))),
                _ => None,
            }
        };
        let left = lookup(a, name);
        let right = if Rc::ptr_eq(&ta, &tb) { None } else { lookup(b, rname) };
        if let Some(r) = &right {
            if self.is_subclass(&tb, &ta) {
                let v = self.call(r, &[b.clone(), a.clone()], &[])?;
                if !matches!(v, Value::NotImplemented) {
                    return Ok(Some(v));
                }
            }
        }
        if let Some(l) = left {
            let v = self.call(&l, &[a.clone(), b.clone()], &[])?;
            if !matches!(v, Value::NotImplemented) {
                return Ok(Some(v));
            }
        }
        if let Some(r) = right {
            let v = self.call(&r, &[b.clone(), a.clone()], &[])?;
            if !matches!(v, Value::NotImplemented) {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Arithmetic between builtin values; None when unsupported.
    fn builtin_binary(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        // bool's own &, | and ^ keep the result a bool.
        if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(x & y))),
                BinOp::BitOr => return Ok(Some(Value::Bool(x | y))),
                BinOp::BitXor => return Ok(Some(Value::Bool(x ^ y))),
                _ => {}
            }
        }
        // Numbers.
        if is_int(a) && is_int(b) {
            return self.int_binary(op, a, b).map(Some);
        }
        let a_num = matches!(a, Value::Float(_)) || is_int(a);
        let b_num = matches!(b, Value::Float(_)) || is_int(b);
        if a_num && b_num && !matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMult) {
            let x = as_f64(self, a)?.unwrap_or(0.0);
            let y = as_f64(self, b)?.unwrap_or(0.0);
            return self.float_binary(op, x, y).map(Some);
        }
        Ok(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Some(Value::string(s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                let mut v = x.items.borrow().clone();
                v.extend(y.items.borrow().iter().cloned());
                Some(self.new_list(v))
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Some(Value::tuple(v))
            }
            (BinOp::Add, Value::ByteArray(x), Value::Bytes(_) | Value::ByteArray(_)) => {
                let mut v = x.b.borrow().clone();
                match b {
                    Value::Bytes(y) => v.extend_from_slice(&y.b),
                    Value::ByteArray(y) => v.extend_from_slice(&y.b.borrow()),
                    _ => unreachable!(),
                }
                Some(Value::ByteArray(Rc::new(ByteArray { b: std::cell::RefCell::new(v) })))
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                let mut v = x.b.to_vec();
                v.extend_from_slice(&y.b);
                Some(Value::Bytes(Rc::new(PyBytes { b: v.into_boxed_slice() })))
            }
            (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_), n) if is_int(n) => {
                Some(self.repeat(a, n)?)
            }
            (BinOp::Mult, n, Value::Str(_) | Value::List(_) | Value::Tuple(_) | Value::Bytes(_)) if is_int(n) => {
                Some(self.repeat(b, n)?)
            }
            (BinOp::Mod, Value::Str(s), _) => Some(crate::builtins::strings::percent_format(self, &s.s, b)?),
            (BinOp::Mod, Value::Bytes(s), _) => Some(crate::builtins::strings::bytes_percent_format(self, &s.b, b)?),
            (BinOp::Add | BinOp::Sub | BinOp::BitAnd, Value::Dict(x), _) if matches!(x.kind, DictKind::Counter) => {
                crate::builtins::collections::counter_binary(self, x, op, b)?
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => Some(crate::builtins::collections::dict_or(self, x, y)?),
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::View(_), _)
            | (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, _, Value::View(_))
                if matches!(a, Value::View(v) if v.kind != ViewKind::Values)
                    || matches!(b, Value::View(v) if v.kind != ViewKind::Values) =>
            {
                super::dictops::view_binary(self, op, a, b)?
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(x), Value::Set(y)) => {
                Some(crate::builtins::sets::binary(self, x, op, y, x.frozen)?)
            }
            _ => None,
        })
    }

    fn repeat(&self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match as_i64(n) {
            Some(n) => n.max(0) as usize,
            None => {
                if let Value::BigInt(b) = n {
                    if b.is_negative() {
                        0
                    } else {
                        return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                    }
                } else {
                    0
                }
            }
        };
        let limit = 1usize << 34;
        Ok(match seq {
            Value::Str(s) => {
                if s.s.len().saturating_mul(n) > limit {
                    return Err(self.new_error(ExcKind::MemoryError, ""));
                }
                Value::string(s.s.repeat(n))
            }
            Value::Bytes(b) => Value::Bytes(Rc::new(PyBytes { b: b.b.repeat(n).into_boxed_slice() })),
            Value::List(l) => {
                let items = l.items.borrow();
                if items.len().saturating_mul(n) > limit {
                    return Err(self.new_error(ExcKind::MemoryError, ""));
                }
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                self.new_list(v)
            }
            Value::Tuple(t) => {
                if t.items.len().saturating_mul(n) > limit {
                    return Err(self.new_error(ExcKind::MemoryError, ""));
                }
                let mut v = Vec::with_capacity(t.items.len() * n);
                for _ in 0..n {
                    v.extend(t.items.iter().cloned());
                }
                Value::tuple(v)
            }
            _ => unreachable!(),
        })
    }

    fn float_binary(&self, op: BinOp, x: f64, y: f64) -> PyResult<Value> {
        Ok(Value::Float(match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.zero_division("float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => {
                if y == 0.0 {
                    return Err(self.zero_division("float floor division by zero"));
                }
                float_floordiv(x, y)
            }
            BinOp::Mod => {
                if y == 0.0 {
                    return Err(self.zero_division("float modulo"));
                }
                float_mod(x, y)
            }
            BinOp::Pow => {
                if x == 0.0 && y < 0.0 {
                    return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                }
                if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                    return Err(self.value_error("complex numbers are not supported by dictpy"));
                }
                let r = x.powf(y);
                if r.is_infinite() && x.is_finite() && y.is_finite() {
                    return Err(self.overflow_error("(34, 'Numerical result out of range')"));
                }
                r
            }
            _ => unreachable!(),
        }))
    }

    fn int_binary(&self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_i64(a), as_i64(b)) {
            if let Some(r) = int_fast(op, x, y) {
                return Ok(r);
            }
            match op {
                BinOp::Div => {
                    if y == 0 {
                        return Err(self.zero_division("division by zero"));
                    }
                    return Ok(Value::Float(int_true_div(&BigInt::from(x), &BigInt::from(y))));
                }
                BinOp::FloorDiv | BinOp::Mod if y == 0 => {
                    return Err(self.zero_division(if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    }))
                }
                _ => {}
            }
        }
        let x = to_bigint(a).unwrap();
        let y = to_bigint(b).unwrap();
        Ok(match op {
            BinOp::Add => Value::from_bigint(x + y),
            BinOp::Sub => Value::from_bigint(x - y),
            BinOp::Mult => Value::from_bigint(x * y),
            BinOp::FloorDiv => {
                if y.is_zero() {
                    return Err(self.zero_division("integer division or modulo by zero"));
                }
                Value::from_bigint(x.div_floor(&y))
            }
            BinOp::Mod => {
                if y.is_zero() {
                    return Err(self.zero_division("integer modulo by zero"));
                }
                Value::from_bigint(x.mod_floor(&y))
            }
            BinOp::Div => {
                if y.is_zero() {
                    return Err(self.zero_division("division by zero"));
                }
                let q = int_true_div(&x, &y);
                if q.is_infinite() {
                    return Err(self.overflow_error("integer division result too large for a float"));
                }
                Value::Float(q)
            }
            BinOp::Pow => {
                if y.is_negative() {
                    if x.is_zero() {
                        return Err(self.zero_division("0.0 cannot be raised to a negative power"));
                    }
                    let xf = x.to_f64().unwrap_or(f64::INFINITY);
                    let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                    return Ok(Value::Float(xf.powf(yf)));
                }
                let e = match y.to_u32() {
                    Some(e) => e,
                    None => {
                        if x.is_zero() || x == BigInt::from(1) {
                            return Ok(Value::from_bigint(x));
                        }
                        if x == BigInt::from(-1) {
                            return Ok(Value::Int(if y.is_even() { 1 } else { -1 }));
                        }
                        return Err(self.new_error(ExcKind::MemoryError, ""));
                    }
                };
                if x.bits() as u128 * e as u128 > 1 << 32 {
                    return Err(self.new_error(ExcKind::MemoryError, ""));
                }
                Value::from_bigint(num_traits::pow::Pow::pow(&x, e))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_u64().filter(|&s| s < 1 << 32).ok_or_else(|| self.overflow_error("too many digits in integer"))?;
                Value::from_bigint(x << s)
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                match y.to_u64() {
                    Some(s) => Value::from_bigint(x >> s),
                    None => Value::Int(if x.is_negative() { -1 } else { 0 }),
                }
            }
            BinOp::BitAnd => Value::from_bigint(x & y),
            BinOp::BitOr => {
                if matches!((a, b), (Value::Bool(_), Value::Bool(_))) {
                    return Ok(Value::Bool(self.truthy(a)? | self.truthy(b)?));
                }
                Value::from_bigint(x | y)
            }
            BinOp::BitXor => {
                if matches!((a, b), (Value::Bool(_), Value::Bool(_))) {
                    return Ok(Value::Bool(self.truthy(a)? ^ self.truthy(b)?));
                }
                Value::from_bigint(x ^ y)
            }
            BinOp::MatMult => {
                return Err(self.type_error(format!(
                    "unsupported operand type(s) for @: '{}' and '{}'",
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        })
        .map(|v| match (op, a, b, &v) {
            (BinOp::BitAnd, Value::Bool(_), Value::Bool(_), Value::Int(i)) => Value::Bool(*i != 0),
            _ => v,
        })
    }

    /// `x in container`.
    pub fn contains(&self, container: &Value, x: &Value) -> PyResult<bool> {
        match container {
            Value::Dict(d) => super::dictops::contains(self, d, x),
            Value::Set(s) => self.set_contains(s, x),
            Value::View(v) => super::dictops::view_contains(self, v, x),
            Value::Str(s) => match x {
                Value::Str(sub) => Ok(s.s.contains(&*sub.s)),
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(x)
                ))),
            },
            Value::ByteArray(b) => {
                let v = Value::Bytes(Rc::new(PyBytes { b: b.b.borrow().clone().into_boxed_slice() }));
                self.contains(&v, x)
            }
            Value::Bytes(b) => match x {
                Value::Bytes(sub) => Ok(sub.b.is_empty() || b.b.windows(sub.b.len()).any(|w| w == &*sub.b)),
                Value::Int(i) => Ok(b.b.contains(&(*i as u8))),
                _ => Err(self.type_error("a bytes-like object is required")),
            },
            Value::Range(r) => {
                if let Some(i) = as_i64(x) {
                    let n = r.len();
                    if n == 0 {
                        return Ok(false);
                    }
                    let off = i as i128 - r.start as i128;
                    if off % r.step as i128 != 0 {
                        return Ok(false);
                    }
                    let k = off / r.step as i128;
                    return Ok(k >= 0 && k < n as i128);
                }
                for item in self.collect(container)? {
                    if self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::List(l) => {
                let mut i = 0;
                loop {
                    let item = match l.items.borrow().get(i) {
                        Some(v) => v.clone(),
                        None => return Ok(false),
                    };
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if item.is(x) || self.eq(item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.contains) {
                    if !matches!(f, Value::Builtin(_)) {
                        let r = self.call(&f, &[container.clone(), x.clone()], &[])?;
                        return self.truthy(&r);
                    }
                }
                match &inst.payload {
                    Payload::Dict(d) => return Ok(super::dictops::get(self, d, x)?.is_some()),
                    Payload::List(l) => return self.contains(&Value::List(l.clone()), x),
                    _ => {}
                }
                if !self.is_iterable(container) {
                    return Err(self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    )));
                }
                let it = self.iter(container)?;
                while let Some(item) = self.next(&it)? {
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Iterator(_) | Value::Generator(_) => {
                let it = self.iter(container)?;
                while let Some(item) = self.next(&it)? {
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(format!("argument of type '{}' is not iterable", self.type_name(container)))),
        }
    }

    /// An index argument (`__index__` semantics) as i64.
    pub fn index_value(&self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(self.index_error("cannot fit 'int' into an index-sized integer")),
            Value::Instance(inst) => match self.class_lookup(&inst.class, &self.names.index) {
                Some(f) => {
                    let r = self.call(&f, &[v.clone()], &[])?;
                    self.index_value(&r)
                }
                None => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(v)
                ))),
            },
            _ => Err(self.type_error(format!("'{}' object cannot be interpreted as an integer", self.type_name(v)))),
        }
    }
}

/// Equality that needs no Python code: identity, numbers, strs. None when
/// the answer needs the full comparison.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Str(x), Value::Str(y)) => Some(Rc::ptr_eq(x, y) || x.s == y.s),
        (Value::None, Value::None) => Some(true),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => Some(int_float_eq(*x, *y)),
        (Value::Int(x), Value::Bool(y)) | (Value::Bool(y), Value::Int(x)) => Some(*x == *y as i64),
        (Value::Str(_), Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) | Value::Tuple(_))
        | (Value::Int(_) | Value::Float(_) | Value::None | Value::Bool(_) | Value::Tuple(_), Value::Str(_)) => Some(false),
        _ => None,
    }
}

fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() < 9.0e18 {
        (f as i64) == i
    } else {
        BigInt::from(i).to_f64() == Some(f) && num_traits::FromPrimitive::from_f64(f) == Some(BigInt::from(i))
    }
}

/// Orders two numbers (None inside when NaN is involved); None when not both numbers.
fn num_cmp(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    use num_traits::FromPrimitive;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(Some(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(x.partial_cmp(y)),
        _ => {
            let an = is_int(a) || matches!(a, Value::Float(_));
            let bn = is_int(b) || matches!(b, Value::Float(_));
            if !(an && bn) {
                return None;
            }
            match (a, b) {
                (Value::Float(x), _) => {
                    let y = to_bigint(b).unwrap();
                    if x.is_nan() {
                        return Some(None);
                    }
                    if x.is_infinite() {
                        return Some(Some(if *x > 0.0 { std::cmp::Ordering::Greater } else { std::cmp::Ordering::Less }));
                    }
                    // Compare exactly: floor of x against y, then the fraction.
                    let fl = x.floor();
                    let xb = BigInt::from_f64(fl).unwrap();
                    let ord = xb.cmp(&y);
                    if ord == std::cmp::Ordering::Equal && x.fract() != 0.0 {
                        return Some(Some(std::cmp::Ordering::Greater));
                    }
                    Some(Some(ord))
                }
                (_, Value::Float(_)) => num_cmp(b, a).map(|o| o.map(|o| o.reverse())),
                _ => Some(Some(to_bigint(a).unwrap().cmp(&to_bigint(b).unwrap()))),
            }
        }
    }
}

/// `a op b` for two small ints; None when the operands or the operator
/// (`in`) need the full path.
#[inline]
pub fn int_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    Some(match op {
        CmpOp::Eq => x == y,
        CmpOp::NotEq => x != y,
        CmpOp::Lt => x < y,
        CmpOp::LtE => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::GtE => x >= y,
        CmpOp::Is => x == y,
        CmpOp::IsNot => x != y,
        CmpOp::In | CmpOp::NotIn => return None,
    })
}

#[inline]
pub fn int_fast(op: BinOp, x: i64, y: i64) -> Option<Value> {
    Some(Value::Int(match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mult => x.checked_mul(y)?,
        BinOp::FloorDiv => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::div_floor(&x, &y)
        }
        BinOp::Mod => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            Integer::mod_floor(&x, &y)
        }
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::LShift => {
            if !(0..64).contains(&y) {
                return None;
            }
            let r = x.checked_shl(y as u32)?;
            if (r >> y) != x {
                return None;
            }
            r
        }
        BinOp::RShift => {
            if y < 0 {
                return None;
            }
            if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }
        }
        BinOp::Pow => {
            if y < 0 || y > u32::MAX as i64 {
                return None;
            }
            x.checked_pow(y as u32)?
        }
        BinOp::Div => {
            if y == 0 {
                return None;
            }
            // Exact when both fit in the 53-bit mantissa.
            if x.abs() < (1 << 53) && y.abs() < (1 << 53) {
                return Some(Value::Float(x as f64 / y as f64));
            }
            return None;
        }
        BinOp::MatMult => return None,
    }))
}

/// Correctly rounded int / int.
fn int_true_div(x: &BigInt, y: &BigInt) -> f64 {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.abs() < (1 << 53) && b.abs() < (1 << 53) {
            return a as f64 / b as f64;
        }
    }
    // Scale so the quotient has 64+ significant bits, then divide.
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = (b.bits() as i64) - (a.bits() as i64) + 66;
    let (num, den) = if shift > 0 { (a << shift as u64, b) } else { (a, b << (-shift) as u64) };
    let (q, r) = num.div_rem(&den);
    let q = if r.is_zero() { q } else { q | BigInt::from(1) };
    let f = q.to_f64().unwrap_or(f64::INFINITY) * 2f64.powi(-(shift as i32));
    let f = if shift > 1000 || shift < -1000 { q.to_f64().unwrap_or(f64::INFINITY) / 2f64.powf(shift as f64) } else { f };
    if neg {
        -f
    } else {
        f
    }
}

/// The methods behind a binary operator: forward, reflected and in-place.
pub fn dunder_names(op: BinOp) -> [&'static str; 3] {
    match op {
        BinOp::Add => ["__add__", "__radd__", "__iadd__"],
        BinOp::Sub => ["__sub__", "__rsub__", "__isub__"],
        BinOp::Mult => ["__mul__", "__rmul__", "__imul__"],
        BinOp::MatMult => ["__matmul__", "__rmatmul__", "__imatmul__"],
        BinOp::Div => ["__truediv__", "__rtruediv__", "__itruediv__"],
        BinOp::FloorDiv => ["__floordiv__", "__rfloordiv__", "__ifloordiv__"],
        BinOp::Mod => ["__mod__", "__rmod__", "__imod__"],
        BinOp::Pow => ["__pow__", "__rpow__", "__ipow__"],
        BinOp::LShift => ["__lshift__", "__rlshift__", "__ilshift__"],
        BinOp::RShift => ["__rshift__", "__rrshift__", "__irshift__"],
        BinOp::BitOr => ["__or__", "__ror__", "__ior__"],
        BinOp::BitXor => ["__xor__", "__rxor__", "__ixor__"],
        BinOp::BitAnd => ["__and__", "__rand__", "__iand__"],
    }
}
