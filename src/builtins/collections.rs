//! The native collections mappings over the shared compact table:
//! OrderedDict's ordering methods and Counter's multiset arithmetic.
//! (defaultdict's `__missing__` lives with subscription in eval/attr.rs.)

use std::rc::Rc;

use super::{arity, kwarg, only_kwargs};
use crate::eval::call::Kwargs;
use crate::eval::dictops;
use crate::eval::{ExcKind, Interp, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::value::*;

pub fn install(interp: &Interp) {
    let od = interp.types.ordered_dict.clone();
    interp.add_method(&od, "move_to_end", od_move_to_end);
    let c = interp.types.counter.clone();
    interp.add_method(&c, "most_common", counter_most_common);
    interp.add_method(&c, "elements", counter_elements);
    interp.add_method(&c, "total", counter_total);
    interp.add_method(&c, "subtract", counter_subtract);
    let dd = interp.types.defaultdict.clone();
    interp.add_method(&dd, "__copy__", defaultdict_copy);
}

fn this(interp: &Interp, args: &[Value], name: &str) -> PyResult<Rc<Dict>> {
    super::dicts::this(interp, args, name)
}

fn defaultdict_copy(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "__copy__")?;
    Ok(Value::Dict(dictops::copy(interp, &d)))
}

fn od_move_to_end(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "move_to_end", kwargs, &["last"])?;
    arity(interp, "move_to_end", args, 2, 3)?;
    let d = this(interp, args, "move_to_end")?;
    let last = match args.get(2).or_else(|| kwarg(kwargs, "last")) {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let hash = dictops::hash_key(interp, &args[1])?;
    match dictops::find(interp, &d, &args[1], hash)? {
        Some((slot, entry)) => {
            let mut t = d.table.borrow_mut();
            if last {
                t.move_to_back(slot, entry);
            } else {
                t.move_to_front(slot, entry);
            }
            Ok(Value::None)
        }
        None => Err(interp.key_error(args[1].clone())),
    }
}

pub fn od_popitem(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    only_kwargs(interp, "popitem", kwargs, &["last"])?;
    arity(interp, "popitem", args, 1, 2)?;
    let last = match args.get(1).or_else(|| kwarg(kwargs, "last")) {
        Some(v) => interp.truthy(v)?,
        None => true,
    };
    let r = if last { d.table.borrow_mut().pop_last() } else { d.table.borrow_mut().pop_first() };
    match r {
        Some((_, k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(interp.new_error(ExcKind::KeyError, "dictionary is empty")),
    }
}

/// Counter.update (sign 1) and Counter.subtract (sign -1).
pub fn counter_update(interp: &Interp, d: &Rc<Dict>, args: &[Value], kwargs: Kwargs, sign: i64) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(interp.type_error(format!("expected at most 1 argument, got {}", args.len())));
    }
    let add = |k: Value, n: Value| -> PyResult<()> {
        let cur = dictops::get(interp, d, &k)?.unwrap_or(Value::Int(0));
        let new = if sign > 0 { interp.binary(BinOp::Add, &cur, &n)? } else { interp.binary(BinOp::Sub, &cur, &n)? };
        dictops::set(interp, d, k, new)
    };
    if let Some(src) = args.first() {
        if interp.is_mapping(src) {
            if d.len() == 0 && sign > 0 && !matches!(src, Value::Dict(s) if matches!(s.kind, DictKind::Counter)) {
                // A fresh counter takes a mapping's values as they are.
                for (k, v) in interp.mapping_items(src)? {
                    dictops::set(interp, d, k, v)?;
                }
            } else {
                for (k, v) in interp.mapping_items(src)? {
                    add(k, v)?;
                }
            }
        } else {
            let it = interp.iter(src)?;
            while let Some(k) = interp.next(&it)? {
                add(k, Value::Int(1))?;
            }
        }
    }
    for (k, v) in kwargs {
        add(Value::Str(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

fn counter_subtract(interp: &Interp, args: &[Value], kwargs: Kwargs) -> PyResult<Value> {
    let d = this(interp, args, "subtract")?;
    counter_update(interp, &d, &args[1..], kwargs, -1)
}

/// Items sorted by count, highest first; ties keep insertion order.
fn sorted_by_count(interp: &Interp, d: &Dict) -> PyResult<Vec<(Value, Value)>> {
    let mut items = dictops::items(d);
    let mut err = None;
    items.sort_by(|a, b| {
        if err.is_some() {
            return std::cmp::Ordering::Equal;
        }
        match interp.compare(&b.1, &a.1, CmpOp::Lt).and_then(|r| interp.truthy(&r)) {
            Ok(true) => std::cmp::Ordering::Less,
            Ok(false) => match interp.compare(&a.1, &b.1, CmpOp::Lt).and_then(|r| interp.truthy(&r)) {
                Ok(true) => std::cmp::Ordering::Greater,
                Ok(false) => std::cmp::Ordering::Equal,
                Err(e) => {
                    err = Some(e);
                    std::cmp::Ordering::Equal
                }
            },
            Err(e) => {
                err = Some(e);
                std::cmp::Ordering::Equal
            }
        }
    });
    match err {
        Some(e) => Err(e),
        None => Ok(items),
    }
}

fn counter_most_common(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "most_common", args, 1, 2)?;
    let d = this(interp, args, "most_common")?;
    let mut items = sorted_by_count(interp, &d)?;
    if let Some(n) = args.get(1).filter(|n| !n.is_none()) {
        let n = interp.index_value(n)?.max(0) as usize;
        items.truncate(n);
    }
    Ok(interp.new_list(items.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()))
}

fn counter_elements(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "elements", args, 1, 1)?;
    let d = this(interp, args, "elements")?;
    let mut out = Vec::new();
    for (k, v) in dictops::items(&d) {
        let n = match v {
            Value::Int(n) => n,
            Value::Bool(b) => b as i64,
            other => {
                return Err(interp.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    interp.type_name(&other)
                )))
            }
        };
        for _ in 0..n.max(0) {
            out.push(k.clone());
        }
    }
    interp.iter(&interp.new_list(out))
}

fn counter_total(interp: &Interp, args: &[Value], _: Kwargs) -> PyResult<Value> {
    arity(interp, "total", args, 1, 1)?;
    let d = this(interp, args, "total")?;
    let mut acc = Value::Int(0);
    for v in dictops::values(&d) {
        acc = interp.binary(BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

pub fn counter_repr(interp: &Interp, d: &Dict, name: Option<&str>) -> PyResult<String> {
    let name = name.unwrap_or("Counter");
    if d.len() == 0 {
        return Ok(format!("{}()", name));
    }
    let items = match sorted_by_count(interp, d) {
        Ok(i) => i,
        Err(_) => dictops::items(d),
    };
    let mut body = String::new();
    for (i, (k, v)) in items.iter().enumerate() {
        if i > 0 {
            body.push_str(", ");
        }
        body.push_str(&interp.repr(k)?);
        body.push_str(": ");
        body.push_str(&interp.repr(v)?);
    }
    Ok(format!("{}({{{}}})", name, body))
}

fn positive(interp: &Interp, v: &Value) -> PyResult<bool> {
    let r = interp.compare(v, &Value::Int(0), CmpOp::Gt)?;
    interp.truthy(&r)
}

/// `+c` and `-c`.
pub fn counter_unary(interp: &Interp, d: &Dict, negate: bool) -> PyResult<Value> {
    let out = interp.new_dict_kind(DictKind::Counter);
    for (k, v) in dictops::items(d) {
        let v = if negate { interp.binary(BinOp::Sub, &Value::Int(0), &v)? } else { v };
        if positive(interp, &v)? {
            dictops::set(interp, &out, k, v)?;
        }
    }
    Ok(Value::Dict(out))
}

/// `a + b`, `a - b`, `a | b`, `a & b` for Counters; None for other operators.
pub fn counter_binary(interp: &Interp, a: &Dict, op: BinOp, b: &Value) -> PyResult<Option<Value>> {
    let Value::Dict(bd) = b else { return Ok(None) };
    if !matches!(bd.kind, DictKind::Counter) || !matches!(op, BinOp::Add | BinOp::Sub | BinOp::BitOr | BinOp::BitAnd) {
        return Ok(None);
    }
    let out = interp.new_dict_kind(DictKind::Counter);
    let zero = Value::Int(0);
    for (k, av) in dictops::items(a) {
        let bv = dictops::get(interp, bd, &k)?;
        let r = match op {
            BinOp::Add => interp.binary(BinOp::Add, &av, bv.as_ref().unwrap_or(&zero))?,
            BinOp::Sub => interp.binary(BinOp::Sub, &av, bv.as_ref().unwrap_or(&zero))?,
            BinOp::BitOr => match &bv {
                Some(bv) if interp.truthy(&interp.compare(&av, bv, CmpOp::Lt)?)? => bv.clone(),
                _ => av.clone(),
            },
            _ => match &bv {
                Some(bv) => {
                    if interp.truthy(&interp.compare(bv, &av, CmpOp::Lt)?)? {
                        bv.clone()
                    } else {
                        av.clone()
                    }
                }
                None => continue,
            },
        };
        if positive(interp, &r)? {
            dictops::set(interp, &out, k, r)?;
        }
    }
    if matches!(op, BinOp::Add | BinOp::BitOr) {
        for (k, bv) in dictops::items(bd) {
            if dictops::get(interp, a, &k)?.is_none() && positive(interp, &bv)? {
                dictops::set(interp, &out, k, bv)?;
            }
        }
    }
    if op == BinOp::Sub {
        for (k, bv) in dictops::items(bd) {
            if dictops::get(interp, a, &k)?.is_none() {
                let r = interp.binary(BinOp::Sub, &zero, &bv)?;
                if positive(interp, &r)? {
                    dictops::set(interp, &out, k, r)?;
                }
            }
        }
    }
    Ok(Some(Value::Dict(out)))
}

/// `a += b` etc. for Counters: computed, then stored into `a`.
pub fn counter_inplace(interp: &Interp, a: &Rc<Dict>, op: BinOp, b: &Value) -> PyResult<Option<Value>> {
    match counter_binary(interp, a, op, b)? {
        Some(Value::Dict(r)) => {
            let new = std::mem::take(&mut *r.table.borrow_mut());
            let old = std::mem::replace(&mut *a.table.borrow_mut(), new);
            drop(old);
            Ok(Some(Value::Dict(a.clone())))
        }
        _ => Ok(None),
    }
}
