//! The iteration protocol, and constructors for containers.

use std::cell::RefCell;
use std::rc::Rc;

use super::{dictops, ExcKind, Interp, PyResult};
use crate::dict::{KeyEq, SetProbe};
use crate::value::*;

fn iter_value(state: IterState) -> Value {
    Value::Iterator(Rc::new(IterObj { state: RefCell::new(state) }))
}

/// The elements of a set in slot order (a snapshot).
pub fn set_items(s: &Set) -> Vec<Value> {
    s.table.borrow().iter().cloned().collect()
}

/// How many empty lists [`Interp::release_temporary`] keeps (CPython's
/// list free list holds 80).
const SPARE_LISTS: usize = 32;

impl Interp {
    pub fn new_list(&self, items: Vec<Value>) -> Value {
        if items.capacity() == 0 {
            if let Some(l) = self.spare_lists.borrow_mut().pop() {
                return Value::List(l);
            }
        }
        let l = Rc::new(List::new(items));
        self.heap.track_list_holding_any(&l, &l.items.borrow());
        Value::List(l)
    }

    /// Drops a call's temporary argument. An empty list of which this was
    /// the last reference (the `[]` of `d.setdefault(k, [])`, dropped
    /// whenever the key is there) is kept for the next `[]`, as CPython's
    /// list free list does: the allocation and the free are skipped, and
    /// the object reused is one the cache has just seen. Only a list that
    /// never had a buffer and that the collector does not know is kept, so
    /// what is kept is its 56-byte object alone.
    #[inline(always)]
    pub fn release_temporary(&self, v: Value) {
        if let Value::List(l) = &v {
            if Rc::strong_count(l) == 1 && Rc::weak_count(l) == 0 && !l.tracked.get() && l.items.try_borrow().is_ok_and(|items| items.capacity() == 0) {
                let mut spare = self.spare_lists.borrow_mut();
                if spare.len() < SPARE_LISTS {
                    let Value::List(l) = v else { unreachable!("matched above") };
                    spare.push(l);
                    return;
                }
            }
        }
        v.release();
    }

    pub fn new_dict_rc(&self) -> Rc<Dict> {
        let d = Rc::new(Dict::new());
        self.heap.track_dict(&d);
        d
    }

    pub fn new_dict_kind(&self, kind: DictKind) -> Rc<Dict> {
        let d = Rc::new(Dict::with_kind(kind));
        self.heap.track_dict(&d);
        d
    }

    pub fn new_set(&self, frozen: bool) -> Rc<Set> {
        let s = Rc::new(Set { table: RefCell::new(crate::dict::SetTable::new()), frozen });
        self.heap.track_set(&s);
        s
    }

    /// Adds to a set (hashing, with the deferred-eq protocol).
    pub fn set_add(&self, s: &Set, item: Value) -> PyResult<()> {
        let hash = dictops::hash_key(self, &item)?;
        let mut probe = s.table.borrow().lookup(hash, |k| dictops::key_eq_fast(k, &item));
        loop {
            match probe {
                SetProbe::Found { .. } => return Ok(()),
                SetProbe::Missing(vacant) => {
                    s.table.borrow_mut().insert_new_at(vacant, hash, item);
                    return Ok(());
                }
                SetProbe::Deferred { state, slot } => {
                    let stored = s.table.borrow().key_at(slot).cloned().unwrap_or(Value::Unbound);
                    let equal = self.eq(&stored, &item)?;
                    probe = s.table.borrow().resume_add(state, equal, |k| k.is(&stored), |k| {
                        dictops::key_eq_fast(k, &item)
                    });
                }
            }
        }
    }

    /// The slot of `item` in the set, if present.
    pub fn set_find(&self, s: &Set, item: &Value) -> PyResult<Option<usize>> {
        let hash = dictops::hash_key(self, item)?;
        let mut probe = s.table.borrow().lookup(hash, |k| dictops::key_eq_fast(k, item));
        loop {
            match probe {
                SetProbe::Found { slot } => return Ok(Some(slot)),
                SetProbe::Missing(_) => return Ok(None),
                SetProbe::Deferred { state, slot } => {
                    let stored = s.table.borrow().key_at(slot).cloned().unwrap_or(Value::Unbound);
                    let equal = self.eq(&stored, item)?;
                    probe = s.table.borrow().resume(state, equal, |k| k.is(&stored), |k| {
                        dictops::key_eq_fast(k, item)
                    });
                }
            }
        }
    }

    pub fn set_contains(&self, s: &Set, item: &Value) -> PyResult<bool> {
        // An unhashable set is looked up as a frozenset, as CPython does.
        if let Value::Set(inner) = item {
            if !inner.frozen {
                let f = self.new_set(true);
                *f.table.borrow_mut() = inner.table.borrow().copy();
                return Ok(self.set_find(s, &Value::Set(f))?.is_some());
            }
        }
        Ok(self.set_find(s, item)?.is_some())
    }

    pub fn set_discard(&self, s: &Set, item: &Value) -> PyResult<bool> {
        match self.set_find(s, item)? {
            Some(slot) => {
                let removed = s.table.borrow_mut().remove_at(slot);
                drop(removed);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn set_from_iterable(&self, v: &Value) -> PyResult<Rc<Set>> {
        let s = self.new_set(false);
        match v {
            Value::Set(o) => *s.table.borrow_mut() = o.table.borrow().copy(),
            _ => {
                for item in self.collect(v)? {
                    self.set_add(&s, item)?;
                }
            }
        }
        Ok(s)
    }

    pub fn view_to_set(&self, v: &View) -> PyResult<Rc<Set>> {
        let s = self.new_set(false);
        match v.kind {
            ViewKind::Keys => {
                let entries: Vec<(i64, Value)> =
                    v.dict.table.borrow().iter_hashed().map(|(h, k, _)| (h, k.clone())).collect();
                s.table.borrow_mut().presize_for(entries.len());
                for (_, k) in entries {
                    self.set_add(&s, k)?;
                }
            }
            _ => {
                for (k, val) in dictops::items(&v.dict) {
                    self.set_add(&s, Value::pair(k, val))?;
                }
            }
        }
        Ok(s)
    }

    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
            | Value::Iterator(_)
            | Value::Generator(_)
            | Value::View(_) => true,
            Value::Instance(inst) => {
                self.class_lookup(&inst.class, &self.names.iter).is_some()
                    || self.class_lookup(&inst.class, &self.names.getitem).is_some()
                    || !matches!(inst.payload, Payload::None | Payload::Exception(_))
            }
            _ => false,
        }
    }

    /// A mapping for `**m` and dict.update: a dict, or has `keys` and `__getitem__`.
    pub fn is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(inst) => {
                // Like CPython's dict merge: anything with keys() is taken
                // as a mapping (a missing __getitem__ fails when used).
                matches!(inst.payload, Payload::Dict(_)) || self.class_lookup(&inst.class, &self.intern("keys")).is_some()
            }
            _ => false,
        }
    }

    /// The items of a mapping (dict fast path; otherwise keys() and [k]).
    pub fn mapping_items(&self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = m {
            return Ok(dictops::items(d));
        }
        let tmp = self.new_dict_rc();
        dictops::update_from(self, &tmp, m, false)?;
        Ok(dictops::items(&tmp))
    }

    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult<Value> {
        Ok(match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                iter_value(IterState::Seq { seq: v.clone(), index: 0 })
            }
            Value::Range(r) => iter_value(IterState::Range { next: r.start, stop: r.stop, step: r.step }),
            Value::Dict(d) => self.dict_iter(d, ViewKind::Keys),
            Value::View(view) => self.dict_iter(&view.dict, view.kind),
            Value::Set(s) => {
                let len = s.table.borrow().len();
                iter_value(IterState::Set { set: s.clone(), pos: 0, len })
            }
            Value::Iterator(_) | Value::Generator(_) => v.clone(),
            Value::Instance(inst) => {
                if let Some(f) = self.class_lookup(&inst.class, &self.names.iter) {
                    if !matches!(f, Value::Builtin(_)) {
                        let it = self.call(&f, &[v.clone()], &[])?;
                        if !self.is_iterator(&it) {
                            return Err(self.type_error(format!(
                                "iter() returned non-iterator of type '{}'",
                                self.type_name(&it)
                            )));
                        }
                        return Ok(it);
                    }
                }
                match &inst.payload {
                    Payload::Dict(d) => return Ok(self.dict_iter(d, ViewKind::Keys)),
                    Payload::List(l) => return Ok(iter_value(IterState::Seq { seq: Value::List(l.clone()), index: 0 })),
                    _ => {}
                }
                if self.class_lookup(&inst.class, &self.names.getitem).is_some() {
                    return Ok(iter_value(IterState::GetItem { obj: v.clone(), index: 0 }));
                }
                return Err(self.type_error(format!("'{}' object is not iterable", inst.class.name.s)));
            }
            _ => return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v)))),
        })
    }

    fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Iterator(_) | Value::Generator(_) => true,
            Value::Instance(inst) => self.class_lookup(&inst.class, &self.names.next).is_some(),
            _ => false,
        }
    }

    pub fn dict_iter(&self, d: &Rc<Dict>, kind: ViewKind) -> Value {
        let t = d.table.borrow();
        let len = t.len();
        let layout = crate::builtins::collections::iter_stamp(d, &t);
        drop(t);
        iter_value(IterState::Dict { dict: d.clone(), pos: 0, len, layout, kind, remaining: len })
    }

    /// One step of an iterator: `Some(item)` or `None` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(obj) => self.next_builtin(obj),
            Value::Generator(g) => self.generator_next(g),
            Value::Instance(inst) => {
                let Some(f) = self.class_lookup(&inst.class, &self.names.next) else {
                    return Err(self.type_error(format!("'{}' object is not an iterator", inst.class.name.s)));
                };
                match self.call(&f, &[it.clone()], &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.err_is(&e, ExcKind::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                }
            }
            _ => Err(self.type_error(format!("'{}' object is not an iterator", self.type_name(it)))),
        }
    }

    /// One step of a dict iterator: the position of the next entry, after
    /// the checks that raise when the dict changed under the iterator.
    /// Inlined: it is most of the work of every step of a dict loop.
    #[inline(always)]
    fn dict_iter_step(
        &self,
        dict: &Dict,
        t: &crate::dict::DictTable<Value, Value>,
        pos: &mut usize,
        len: &mut usize,
        remaining: &mut usize,
        layout: u64,
    ) -> PyResult<Option<usize>> {
        if t.len() != *len || crate::builtins::collections::od_mutated(dict, t, layout) {
            *len = usize::MAX;
            return Err(self.runtime_error(crate::builtins::collections::changed_during_iteration(dict)));
        }
        match t.next_entry(*pos) {
            Some((i, ..)) => {
                if *remaining == 0 {
                    return Err(self.runtime_error(match dict.kind {
                        DictKind::Ordered => crate::builtins::collections::changed_during_iteration(dict),
                        _ => "dictionary keys changed during iteration",
                    }));
                }
                *pos = i + 1;
                *remaining -= 1;
                Ok(Some(i))
            }
            None => Ok(None),
        }
    }

    /// For `for k, v in d.items()`: the next key and value, without the
    /// pair tuple that `next` would make. None when `it` is not a dict items
    /// iterator.
    pub fn next_dict_item(&self, it: &Value) -> Option<PyResult<Option<(Value, Value)>>> {
        let Value::Iterator(obj) = it else { return None };
        let mut st = obj.state.borrow_mut();
        let IterState::Dict { dict, pos, len, kind: ViewKind::Items, remaining, layout } = &mut *st else {
            return None;
        };
        let t = dict.table.borrow();
        Some(self.dict_iter_step(dict, &t, pos, len, remaining, *layout).map(|step| {
            step.map(|i| {
                let (k, v) = t.entry(i).expect("a live entry");
                (k.clone(), v.clone())
            })
        }))
    }

    fn next_builtin(&self, obj: &IterObj) -> PyResult<Option<Value>> {
        let mut st = obj.state.borrow_mut();
        match &mut *st {
            IterState::Seq { seq, index } => {
                let i = *index;
                let item = match seq {
                    Value::List(l) => l.items.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.items.get(i).cloned(),
                    Value::Str(s) => {
                        if s.is_ascii() {
                            s.s.get(i..i + 1).map(Value::str)
                        } else {
                            // `index` is a byte offset for non-ASCII strings.
                            s.s[i..].chars().next().map(|c| {
                                *index += c.len_utf8() - 1;
                                Value::string(c.to_string())
                            })
                        }
                    }
                    Value::Bytes(b) => b.b.get(i).map(|x| Value::Int(*x as i64)),
                    Value::ByteArray(b) => b.b.borrow().get(i).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::Range { next, stop, step } => {
                let n = *next;
                if (*step > 0 && n < *stop) || (*step < 0 && n > *stop) {
                    *next = n.saturating_add(*step);
                    if *next == n {
                        *st = IterState::Exhausted;
                    }
                    Ok(Some(Value::Int(n)))
                } else {
                    Ok(None)
                }
            }
            IterState::Dict { dict, pos, len, kind, remaining, layout } => {
                let t = dict.table.borrow();
                let Some(i) = self.dict_iter_step(dict, &t, pos, len, remaining, *layout)? else {
                    return Ok(None);
                };
                let (k, v) = t.entry(i).expect("a live entry");
                Ok(Some(match kind {
                    ViewKind::Keys => k.clone(),
                    ViewKind::Values => v.clone(),
                    ViewKind::Items => Value::pair(k.clone(), v.clone()),
                }))
            }
            IterState::DictReversed { dict, pos, len, kind, layout } => {
                let t = dict.table.borrow();
                if t.len() != *len || crate::builtins::collections::od_mutated(dict, &t, *layout) {
                    *len = usize::MAX;
                    return Err(self.runtime_error(crate::builtins::collections::changed_during_iteration(dict)));
                }
                if *pos == 0 {
                    return Ok(None);
                }
                match t.prev_entry(*pos) {
                    Some((i, _, k, v)) => {
                        *pos = i;
                        Ok(Some(match kind {
                            ViewKind::Keys => k.clone(),
                            ViewKind::Values => v.clone(),
                            ViewKind::Items => Value::pair(k.clone(), v.clone()),
                        }))
                    }
                    None => {
                        *pos = 0;
                        Ok(None)
                    }
                }
            }
            IterState::Set { set, pos, len } => {
                let t = set.table.borrow();
                if t.len() != *len {
                    *len = usize::MAX;
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                match t.next_slot(*pos) {
                    Some((i, _, k)) => {
                        *pos = i + 1;
                        Ok(Some(k.clone()))
                    }
                    None => Ok(None),
                }
            }
            IterState::Enumerate { inner, count } => {
                let (inner, count_v) = (inner.clone(), count.clone());
                drop(st);
                match self.next(&inner)? {
                    Some(v) => {
                        let next = self.binary(crate::syntax::ast::BinOp::Add, &count_v, &Value::Int(1))?;
                        if let IterState::Enumerate { count, .. } = &mut *obj.state.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::pair(count_v, v)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iters, strict } => {
                let (iters, strict) = (iters.clone(), *strict);
                drop(st);
                let mut out = Vec::with_capacity(iters.len());
                for (i, it) in iters.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let plural = if i == 1 { " " } else { "s 1-" };
                                    return Err(self.value_error(format!(
                                        "zip() argument {} is shorter than argument{}{}",
                                        i + 1,
                                        plural,
                                        i
                                    )));
                                }
                                for (j, other) in iters.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let plural = if j == 1 { " " } else { "s 1-" };
                                        return Err(self.value_error(format!(
                                            "zip() argument {} is longer than argument{}{}",
                                            j + 1,
                                            plural,
                                            j
                                        )));
                                    }
                                }
                            }
                            *obj.state.borrow_mut() = IterState::Exhausted;
                            return Ok(None);
                        }
                    }
                }
                if iters.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(st);
                let mut args = Vec::with_capacity(iters.len());
                for it in &iters {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                self.call(&func, &args, &[]).map(Some)
            }
            IterState::Filter { func, iter } => {
                let (func, iter) = (func.clone(), iter.clone());
                drop(st);
                while let Some(v) = self.next(&iter)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call(&func, &[v.clone()], &[])?;
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
                Ok(None)
            }
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    return Ok(None);
                }
                let i = *index as usize;
                let item = match seq {
                    Value::List(l) => l.items.borrow().get(i).cloned(),
                    Value::Tuple(t) => t.items.get(i).cloned(),
                    Value::Str(s) => s.s.chars().nth(i).map(|c| Value::string(c.to_string())),
                    Value::Range(r) => Some(Value::Int(r.get(i as i64))),
                    _ => {
                        let seq = seq.clone();
                        drop(st);
                        let v = self.getitem(&seq, &Value::Int(i as i64))?;
                        if let IterState::Reversed { index, .. } = &mut *obj.state.borrow_mut() {
                            *index -= 1;
                        }
                        return Ok(Some(v));
                    }
                };
                *index -= 1;
                Ok(item)
            }
            IterState::Callable { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let v = self.call(&func, &[], &[])?;
                if self.eq(&v, &sentinel)? {
                    *obj.state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(v))
            }
            IterState::GetItem { obj: target, index } => {
                let (target, i) = (target.clone(), *index);
                drop(st);
                match self.getitem(&target, &Value::Int(i)) {
                    Ok(v) => {
                        if let IterState::GetItem { index, .. } = &mut *obj.state.borrow_mut() {
                            *index += 1;
                        }
                        Ok(Some(v))
                    }
                    Err(e) if self.err_is(&e, ExcKind::IndexError) || self.err_is(&e, ExcKind::StopIteration) => {
                        *obj.state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            IterState::Exhausted => Ok(None),
        }
    }

    /// All items of an iterable.
    pub fn collect(&self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            Value::Dict(d) => return Ok(dictops::keys(d)),
            Value::Range(r) => {
                let n = r.len();
                return Ok((0..n).map(|i| Value::Int(r.get(i))).collect());
            }
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Builds a set with keys already hashed (used by view set operations).
    pub fn set_add_hashed_fast(&self, s: &Set, item: Value, hash: i64) {
        let mut t = s.table.borrow_mut();
        if let SetProbe::Missing(v) = t.lookup(hash, |k| match dictops::key_eq_fast(k, &item) {
            KeyEq::Unknown => KeyEq::No,
            other => other,
        }) {
            t.insert_new_at(v, hash, item);
        }
    }
}
