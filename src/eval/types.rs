//! The builtin type objects, interned dunder names, class creation and the MRO.

use std::cell::Cell;
use std::rc::Rc;

use super::{ExcKind, Interp, PyResult};
use crate::compile::Interner;
use crate::value::*;

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Interned names the evaluator looks up often.
        pub struct Names { $(pub $field: Rc<PyStr>),* }
        impl Names {
            pub fn new(i: &mut Interner) -> Names {
                Names { $($field: i.intern($text)),* }
            }
        }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__", eq = "__eq__",
    ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", bool_ = "__bool__", iter = "__iter__", next = "__next__",
    contains = "__contains__", getitem = "__getitem__", setitem = "__setitem__",
    delitem = "__delitem__", missing = "__missing__", call = "__call__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__",
    delattr = "__delattr__", enter = "__enter__", exit = "__exit__", name = "__name__",
    qualname = "__qualname__", module = "__module__", doc = "__doc__", dict = "__dict__",
    class = "__class__", annotations = "__annotations__", index = "__index__",
    int = "__int__", float = "__float__", neg = "__neg__", pos = "__pos__",
    invert = "__invert__", abs = "__abs__", format = "__format__", reversed = "__reversed__",
    init_subclass = "__init_subclass__", class_getitem = "__class_getitem__", args = "args",
    set_name = "__set_name__", round = "__round__", main = "__main__", builtins = "__builtins__",
}

/// The builtin classes.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub defaultdict: Rc<Class>,
    pub ordered_dict: Rc<Class>,
    pub counter: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub module: Rc<Class>,
    pub cell: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub list_iterator: Rc<Class>,
    pub list_reverseiterator: Rc<Class>,
    pub tuple_iterator: Rc<Class>,
    pub str_iterator: Rc<Class>,
    pub range_iterator: Rc<Class>,
    pub dict_keyiterator: Rc<Class>,
    pub dict_valueiterator: Rc<Class>,
    pub dict_itemiterator: Rc<Class>,
    pub dict_reversekeyiterator: Rc<Class>,
    pub dict_reversevalueiterator: Rc<Class>,
    pub dict_reverseitemiterator: Rc<Class>,
    pub set_iterator: Rc<Class>,
    pub enumerate: Rc<Class>,
    pub zip: Rc<Class>,
    pub map: Rc<Class>,
    pub filter: Rc<Class>,
    pub reversed: Rc<Class>,
    pub iterator: Rc<Class>,
    pub exceptions: Vec<Rc<Class>>,
}

/// Creates a class object with its MRO (C3 linearisation).
pub fn new_class(
    name: Rc<PyStr>,
    qualname: String,
    module: &str,
    bases: Vec<Rc<Class>>,
    base_kind: BaseKind,
    builtin: bool,
) -> Result<Rc<Class>, String> {
    let mro = compute_mro(&bases)?;
    let dict = Rc::new(Dict::new());
    dict.table.borrow_mut().watch();
    Ok(Rc::new(Class { name, qualname, module: module.into(), bases, mro, dict, base_kind, builtin, plain_attrs: Cell::new(None) }))
}

/// C3 linearisation of the bases (the class itself is not included).
pub fn compute_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    // One base (every builtin type and most classes): the merge is the base
    // followed by its own MRO.
    if let [base] = bases {
        let mut mro = Vec::with_capacity(1 + base.mro.len());
        mro.push(base.clone());
        mro.extend(base.mro.iter().cloned());
        return Ok(mro);
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| Rc::ptr_eq(o, b)) {
            return Err(format!("duplicate base class {}", b.name.s));
        }
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            // CPython names the heads of the lists left to merge, once each.
            let mut heads: Vec<&Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, &s[0])) {
                    heads.push(&s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|b| b.name.s.to_string()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in &mut seqs {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Types {
    pub fn new(_names: &Names, i: &mut Interner) -> Types {
        let mk = |i: &mut Interner, name: &str, bases: Vec<Rc<Class>>, kind: BaseKind| {
            new_class(i.intern(name), name.to_string(), "builtins", bases, kind, true).expect("builtin MRO")
        };
        let object = mk(i, "object", vec![], BaseKind::Object);
        let o = || vec![object.clone()];
        let native = BaseKind::Native;
        let int = mk(i, "int", o(), native);
        let dict = mk(i, "dict", o(), BaseKind::Dict);
        let mut exceptions: Vec<Rc<Class>> = Vec::new();
        for kind in ExcKind::ALL {
            let base = match kind.parent() {
                Some(p) => exceptions[p as usize].clone(),
                None => object.clone(),
            };
            exceptions.push(mk(i, kind.name(), vec![base], BaseKind::Exception));
        }
        let mk_coll = |i: &mut Interner, name: &str| {
            new_class(i.intern(name), name.to_string(), "collections", vec![dict.clone()], BaseKind::Dict, true)
                .expect("builtin MRO")
        };
        Types {
            type_: mk(i, "type", o(), native),
            none: mk(i, "NoneType", o(), native),
            not_implemented: mk(i, "NotImplementedType", o(), native),
            ellipsis: mk(i, "ellipsis", o(), native),
            bool_: mk(i, "bool", vec![int.clone()], native),
            float: mk(i, "float", o(), native),
            str_: mk(i, "str", o(), native),
            bytes: mk(i, "bytes", o(), native),
            bytearray: mk(i, "bytearray", o(), native),
            tuple: mk(i, "tuple", o(), native),
            list: mk(i, "list", o(), BaseKind::List),
            defaultdict: mk_coll(i, "defaultdict"),
            ordered_dict: mk_coll(i, "OrderedDict"),
            counter: mk_coll(i, "Counter"),
            set: mk(i, "set", o(), native),
            frozenset: mk(i, "frozenset", o(), native),
            range: mk(i, "range", o(), native),
            slice: mk(i, "slice", o(), native),
            function: mk(i, "function", o(), native),
            builtin_function: mk(i, "builtin_function_or_method", o(), native),
            method: mk(i, "method", o(), native),
            generator: mk(i, "generator", o(), native),
            property: mk(i, "property", o(), native),
            staticmethod: mk(i, "staticmethod", o(), native),
            classmethod: mk(i, "classmethod", o(), native),
            super_: mk(i, "super", o(), native),
            module: mk(i, "module", o(), native),
            cell: mk(i, "cell", o(), native),
            dict_keys: mk(i, "dict_keys", o(), native),
            dict_values: mk(i, "dict_values", o(), native),
            dict_items: mk(i, "dict_items", o(), native),
            list_iterator: mk(i, "list_iterator", o(), native),
            list_reverseiterator: mk(i, "list_reverseiterator", o(), native),
            tuple_iterator: mk(i, "tuple_iterator", o(), native),
            str_iterator: mk(i, "str_ascii_iterator", o(), native),
            range_iterator: mk(i, "range_iterator", o(), native),
            dict_keyiterator: mk(i, "dict_keyiterator", o(), native),
            dict_valueiterator: mk(i, "dict_valueiterator", o(), native),
            dict_itemiterator: mk(i, "dict_itemiterator", o(), native),
            dict_reversekeyiterator: mk(i, "dict_reversekeyiterator", o(), native),
            dict_reversevalueiterator: mk(i, "dict_reversevalueiterator", o(), native),
            dict_reverseitemiterator: mk(i, "dict_reverseitemiterator", o(), native),
            set_iterator: mk(i, "set_iterator", o(), native),
            enumerate: mk(i, "enumerate", o(), native),
            zip: mk(i, "zip", o(), native),
            map: mk(i, "map", o(), native),
            filter: mk(i, "filter", o(), native),
            reversed: mk(i, "reversed", o(), native),
            iterator: mk(i, "iterator", o(), native),
            int,
            dict,
            object,
            exceptions,
        }
    }
}

/// Registers the builtin methods of the builtin types (tables in `builtins`).
pub fn install_methods(interp: &Interp) {
    crate::builtins::methods::install(interp);
}

impl Interp {
    /// The class of the common receivers of method calls, borrowed (None
    /// for the rest, which [`Interp::type_of`] handles).
    #[inline]
    pub fn common_type<'a>(&'a self, v: &'a Value) -> Option<&'a Rc<Class>> {
        let t = &self.types;
        Some(match v {
            Value::Instance(i) => &i.class,
            Value::Str(_) => &t.str_,
            Value::List(_) => &t.list,
            Value::Dict(d) => match d.kind {
                DictKind::Plain => &t.dict,
                DictKind::Default(_) => &t.defaultdict,
                DictKind::Ordered => &t.ordered_dict,
                DictKind::Counter => &t.counter,
            },
            Value::Set(s) if !s.frozen => &t.set,
            Value::Tuple(_) => &t.tuple,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Bytes(_) => &t.bytes,
            _ => return None,
        })
    }

    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(d) => match d.kind {
                DictKind::Plain => t.dict.clone(),
                DictKind::Default(_) => t.defaultdict.clone(),
                DictKind::Ordered => t.ordered_dict.clone(),
                DictKind::Counter => t.counter.clone(),
            },
            Value::Set(s) => {
                if s.frozen {
                    t.frozenset.clone()
                } else {
                    t.set.clone()
                }
            }
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::Method(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Iterator(it) => match &*it.state.borrow() {
                IterState::Seq { seq: Value::List(_), .. } => t.list_iterator.clone(),
                IterState::Seq { seq: Value::Tuple(_), .. } => t.tuple_iterator.clone(),
                IterState::Seq { seq: Value::Str(_), .. } => t.str_iterator.clone(),
                IterState::Range { .. } => t.range_iterator.clone(),
                IterState::Dict { kind: ViewKind::Keys, .. } => t.dict_keyiterator.clone(),
                IterState::Dict { kind: ViewKind::Values, .. } => t.dict_valueiterator.clone(),
                IterState::Dict { kind: ViewKind::Items, .. } => t.dict_itemiterator.clone(),
                IterState::DictReversed { kind: ViewKind::Keys, .. } => t.dict_reversekeyiterator.clone(),
                IterState::DictReversed { kind: ViewKind::Values, .. } => t.dict_reversevalueiterator.clone(),
                IterState::DictReversed { kind: ViewKind::Items, .. } => t.dict_reverseitemiterator.clone(),
                IterState::Set { .. } => t.set_iterator.clone(),
                IterState::Enumerate { .. } => t.enumerate.clone(),
                IterState::Zip { .. } => t.zip.clone(),
                IterState::Map { .. } => t.map.clone(),
                IterState::Filter { .. } => t.filter.clone(),
                IterState::Reversed { seq: Value::List(_), .. } => t.list_reverseiterator.clone(),
                IterState::Reversed { .. } => t.reversed.clone(),
                _ => t.iterator.clone(),
            },
            Value::Generator(_) => t.generator.clone(),
            Value::View(view) if matches!(view.dict.kind, DictKind::Ordered) => {
                crate::builtins::collections::odict_view_class(self, view.kind)
            }
            Value::View(view) => match view.kind {
                ViewKind::Keys => t.dict_keys.clone(),
                ViewKind::Values => t.dict_values.clone(),
                ViewKind::Items => t.dict_items.clone(),
            },
            Value::Module(_) => t.module.clone(),
            Value::Wrapper(w) => match &**w {
                Wrapper::Property { .. } => t.property.clone(),
                Wrapper::StaticMethod(_) => t.staticmethod.clone(),
                Wrapper::ClassMethod(_) => t.classmethod.clone(),
                Wrapper::Super { .. } => t.super_.clone(),
            },
            Value::Cell(_) => t.cell.clone(),
            Value::Unbound => t.none.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        if let Value::Dict(d) = v {
            // CPython's tp_name of the C mapping types: 'collections.OrderedDict'.
            if let Some(n) = crate::builtins::collections::kind_type_name(d) {
                return n.to_string();
            }
        }
        self.type_of(v).name.s.to_string()
    }

    pub fn is_subclass(&self, c: &Rc<Class>, of: &Rc<Class>) -> bool {
        Rc::ptr_eq(c, of) || c.mro.iter().any(|m| Rc::ptr_eq(m, of))
    }

    pub fn isinstance(&self, v: &Value, of: &Rc<Class>) -> bool {
        // Fast paths for the common builtin checks.
        match v {
            Value::Instance(i) => self.is_subclass(&i.class, of),
            _ => self.is_subclass(&self.type_of(v), of),
        }
    }

    /// Looks `name` up on `class` and its MRO, through the lookup cache.
    pub fn class_lookup(&self, class: &Rc<Class>, name: &Rc<PyStr>) -> Option<Value> {
        let epoch = crate::dict::table::watched_epoch();
        let slot = LookupCache::slot(class, name);
        if let Some(v) = self.lookup_cache.borrow().get(slot, class, name, epoch) {
            return v;
        }
        let found = self.class_lookup_uncached(class, name);
        self.lookup_cache.borrow_mut().put(slot, class, name, epoch, found.clone());
        found
    }

    /// Whether instances of `class` keep their attributes plainly in their
    /// `__dict__`: a user class with an ordinary layout whose MRO defines no
    /// property and no Python `__setattr__`, `__getattr__`, `__delattr__`
    /// or `__getattribute__`. Then `obj.x` is the instance dict's entry when
    /// it has one, and `obj.x = v` stores there. Decided once per change of
    /// any class namespace (the epoch).
    #[inline]
    pub fn plain_instance_attrs(&self, class: &Rc<Class>) -> bool {
        let epoch = crate::dict::table::watched_epoch();
        match class.plain_attrs.get() {
            Some((at, plain)) if at == epoch => plain,
            _ => {
                let plain = self.decide_plain_instance_attrs(class);
                class.plain_attrs.set(Some((epoch, plain)));
                plain
            }
        }
    }

    #[cold]
    fn decide_plain_instance_attrs(&self, class: &Rc<Class>) -> bool {
        if class.base_kind != BaseKind::Object || class.builtin {
            return false;
        }
        let hooks = [&self.names.setattr, &self.names.getattr, &self.names.delattr, &self.names.getattribute];
        for c in std::iter::once(class).chain(class.mro.iter()) {
            for (k, v) in super::dictops::items(&c.dict) {
                if let Value::Wrapper(w) = &v {
                    if let Wrapper::Property { .. } = &**w {
                        return false;
                    }
                }
                if let Value::Str(k) = &k {
                    if !matches!(v, Value::Builtin(_)) && hooks.iter().any(|h| h.s == k.s) {
                        return false;
                    }
                }
            }
        }
        true
    }

    fn class_lookup_uncached(&self, class: &Rc<Class>, name: &PyStr) -> Option<Value> {
        if let Some(v) = super::dictops::get_str(&class.dict, name) {
            return Some(v);
        }
        for c in &class.mro {
            if let Some(v) = super::dictops::get_str(&c.dict, name) {
                return Some(v);
            }
        }
        None
    }

    /// Adds a builtin function to a class dict.
    pub fn add_method(&self, class: &Rc<Class>, name: &'static str, func: BuiltinFn) {
        let key = self.intern(name);
        let f = Value::Builtin(Rc::new(Builtin { name, func, owner: Some(leak_name(&class.name.s)) }));
        super::dictops::set_str(&class.dict, key, f);
    }

    /// Creates a user class (the `class` statement and `type(name, bases, ns)`).
    pub fn make_user_class(&self, name: Rc<PyStr>, qualname: String, bases: Vec<Rc<Class>>, ns: Rc<Dict>, module: &str) -> PyResult<Rc<Class>> {
        let bases = if bases.is_empty() { vec![self.types.object.clone()] } else { bases };
        let mut kind = BaseKind::Object;
        for b in &bases {
            let t = &self.types;
            let final_type = [&t.bool_, &t.none, &t.not_implemented, &t.ellipsis, &t.range, &t.slice, &t.function]
                .iter()
                .any(|f| Rc::ptr_eq(b, f));
            if final_type {
                return Err(self.type_error(format!("type '{}' is not an acceptable base type", b.name.s)));
            }
            if b.base_kind == BaseKind::Native && !Rc::ptr_eq(b, &self.types.object) {
                return Err(self.type_error(format!(
                    "subclassing the builtin type '{}' is not supported by dictpy",
                    b.name.s
                )));
            }
            if b.base_kind != BaseKind::Object {
                if kind != BaseKind::Object && kind != b.base_kind {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                kind = b.base_kind;
            }
        }
        let mro = compute_mro(&bases).map_err(|m| self.type_error(m))?;
        // A class that defines __eq__ but not __hash__ is unhashable.
        if super::dictops::get_str(&ns, &self.names.eq).is_some() && super::dictops::get_str(&ns, &self.names.hash).is_none() {
            super::dictops::set_str(&ns, self.names.hash.clone(), Value::None);
        }
        ns.table.borrow_mut().watch();
        let class = Rc::new(Class {
            name,
            qualname,
            module: module.into(),
            bases,
            mro,
            dict: ns,
            base_kind: kind,
            builtin: false,
            plain_attrs: Cell::new(None),
        });
        self.heap.track_class(&class);
        Ok(class)
    }
}

/// Builtin method owners need a `&'static str`; type names are few and live
/// as long as the process, so leaking each once is fine.
fn leak_name(s: &str) -> &'static str {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static NAMES: Mutex<Option<HashMap<String, &'static str>>> = Mutex::new(None);
    // Methods are installed a class at a time: the last name usually matches.
    thread_local! {
        static LAST: Cell<Option<&'static str>> = const { Cell::new(None) };
    }
    if let Some(last) = LAST.get() {
        if last == s {
            return last;
        }
    }
    let mut g = NAMES.lock().unwrap_or_else(|e| e.into_inner());
    let map = g.get_or_insert_with(HashMap::new);
    let leaked: &'static str = match map.get(s) {
        Some(n) => n,
        None => {
            let leaked: &'static str = Box::leak(s.to_string().into_boxed_str());
            map.insert(s.to_string(), leaked);
            leaked
        }
    };
    LAST.set(Some(leaked));
    leaked
}

/// CPython's type attribute cache: what looking `name` up on a class (and
/// its MRO) gave, for recent (class, name) pairs. Entries are valid while no
/// class namespace has changed since they were made
/// (`crate::dict::table::watched_epoch`). The `Weak` keeps a dead class's
/// address from being reused by another class; a name matches when it is
/// the very object stored (held, so its address is not reused), or failing
/// that by text.
pub struct LookupCache {
    entries: Vec<Option<LookupEntry>>,
}

struct LookupEntry {
    class: std::rc::Weak<Class>,
    name: Rc<PyStr>,
    epoch: u64,
    found: Option<Value>,
}

impl LookupCache {
    const SIZE: usize = 1024;

    /// Empty; the table is allocated at the first store (an empty script
    /// never needs it).
    pub fn new() -> LookupCache {
        LookupCache { entries: Vec::new() }
    }

    #[inline]
    fn slot(class: &Rc<Class>, name: &Rc<PyStr>) -> usize {
        ((Rc::as_ptr(class) as usize >> 4) ^ name.hash() as usize) & (Self::SIZE - 1)
    }

    /// The cached result (which may be "not found"), or None on a miss.
    #[inline]
    fn get(&self, slot: usize, class: &Rc<Class>, name: &Rc<PyStr>, epoch: u64) -> Option<Option<Value>> {
        let e = self.entries.get(slot)?.as_ref()?;
        if e.epoch == epoch
            && std::ptr::eq(e.class.as_ptr(), Rc::as_ptr(class))
            && (Rc::ptr_eq(&e.name, name) || e.name.s == name.s)
        {
            Some(e.found.clone())
        } else {
            None
        }
    }

    fn put(&mut self, slot: usize, class: &Rc<Class>, name: &Rc<PyStr>, epoch: u64, found: Option<Value>) {
        if self.entries.is_empty() {
            self.entries = (0..Self::SIZE).map(|_| None).collect();
        }
        self.entries[slot] = Some(LookupEntry { class: Rc::downgrade(class), name: name.clone(), epoch, found });
    }
}
