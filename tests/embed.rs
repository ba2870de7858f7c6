//! The embedding API: chunks in one namespace, captured output, errors as
//! values, moving an interpreter between threads, and memory reclaimed.

use dictpy::{Error, Interpreter};

#[test]
fn chunks_share_one_namespace() {
    let mut py = Interpreter::capturing();
    py.run("config = {'color': 'red'}", "<host>").unwrap();
    py.run("config |= {'size': 3}\ndef describe(c):\n    return ', '.join(f'{k}={v}' for k, v in c.items())", "<host>")
        .unwrap();
    py.run("print(describe(config))", "<host>").unwrap();
    assert_eq!(py.take_output(), "color=red, size=3\n");
    assert_eq!(py.repr_global("config").as_deref(), Some("{'color': 'red', 'size': 3}"));
    assert_eq!(py.repr_global("missing"), None);
}

#[test]
fn an_uncaught_exception_is_an_error_value_and_the_namespace_survives() {
    let mut py = Interpreter::capturing();
    py.run("d = {'a': 1}", "<host>").unwrap();
    let err = py.run("print('before')\nd['b']", "chunk.py").unwrap_err();
    match &err {
        Error::Exception { type_name, message, rendered } => {
            assert_eq!(type_name, "KeyError");
            assert_eq!(message, "'b'");
            assert!(rendered.starts_with("Traceback (most recent call last):\n"), "{}", rendered);
            assert!(rendered.contains("File \"chunk.py\", line 2, in <module>"), "{}", rendered);
            assert!(rendered.ends_with("KeyError: 'b'\n"), "{}", rendered);
        }
        other => panic!("expected an exception, got {:?}", other),
    }
    assert_eq!(err.exit_code(), 1);
    py.run("print(d)", "<host>").unwrap();
    assert_eq!(py.take_output(), "before\n{'a': 1}\n");
}

#[test]
fn syntax_errors_report_the_line_and_run_nothing() {
    let mut py = Interpreter::capturing();
    let err = py.run("print('no')\nx = (1,\n", "bad.py").unwrap_err();
    match err {
        Error::Syntax { message, line, rendered, .. } => {
            assert_eq!(message, "'(' was never closed");
            assert_eq!(line, 2);
            assert!(rendered.ends_with("SyntaxError: '(' was never closed\n"), "{}", rendered);
        }
        other => panic!("expected a syntax error, got {:?}", other),
    }
    assert_eq!(py.take_output(), "");
}

#[test]
fn sys_exit_is_an_exit_code() {
    let mut py = Interpreter::capturing();
    let err = py.run("import sys\nsys.exit(3)", "<host>").unwrap_err();
    assert_eq!(err, Error::Exit { code: 3, message: None });
    let err = py.run("import sys\nsys.exit('bye')", "<host>").unwrap_err();
    assert_eq!(err.exit_code(), 1);
    assert_eq!(err.rendered(), "bye\n");
}

#[test]
fn an_interpreter_moves_to_another_thread() {
    let mut py = Interpreter::capturing();
    py.run("counts = {}\nfor w in 'a b a'.split():\n    counts[w] = counts.get(w, 0) + 1", "<host>").unwrap();
    let handle = std::thread::spawn(move || {
        py.run("print(counts)", "<host>").unwrap();
        py
    });
    let mut py = handle.join().unwrap();
    assert_eq!(py.take_output(), "{'a': 2, 'b': 1}\n");
}

/// A host thread with a small stack (256 KiB) drops an interpreter whose
/// namespace holds data nested 200,000 deep (lists, dicts, tuples,
/// instances, closures through their cells, functions through their
/// defaults, iterators through their inner ones, exceptions through their
/// causes), and runs a chunk that drops more of it: no stack overflow,
/// as the destructors defer past a fixed depth instead of recursing.
#[test]
fn deeply_nested_data_is_dropped_on_a_small_host_stack() {
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut py = Interpreter::capturing();
            py.run(
                "class Node:\n    def __init__(self, nxt):\n        self.next = nxt\n\
                 x = None\nfor i in range(200000):\n    x = [{'k': (x, Node(x))}]\n\
                 y = x\nprint(len(x))\n\
                 c = k = None\nfor i in range(200000):\n    c = (lambda g: (lambda: g))(c)\n    k = (lambda x=k: x)\n\
                 m = iter([])\ne = None\nfor i in range(200000):\n    m = map(abs, m)\n\
                 \x20   try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\n",
                "<host>",
            )
            .unwrap();
            py.run("x = None\nprint('kept', len(y))", "<host>").unwrap();
            assert_eq!(py.take_output(), "1\nkept 1\n");
            drop(py);
        })
        .unwrap();
    handle.join().expect("dropping nested data overflowed the host stack or panicked");
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let mut py = Interpreter::capturing();
    py.run(
        "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError as e:\n    print(type(e).__name__, e)",
        "<host>",
    )
    .unwrap();
    assert_eq!(py.take_output(), "RecursionError maximum recursion depth exceeded\n");
}

#[test]
fn cycles_are_reclaimed() {
    let mut py = Interpreter::capturing();
    // Each iteration makes a dict that refers to itself and a pair of
    // instances that refer to each other; none is reachable afterwards.
    py.run(
        "class Node:\n    pass\nfor i in range(50000):\n    d = {}\n    d['self'] = d\n    a = Node(); b = Node(); a.other = b; b.other = a\n",
        "<host>",
    )
    .unwrap();
    py.collect_garbage();
    assert!(py.tracked_objects() < 1000, "tracked objects left: {}", py.tracked_objects());
}

/// In an interpreter that has run `setup`, runs each way of making cyclic
/// garbage in a loop (`body` puts the way's lines into the loop), drops
/// what the loop left with `reset`, collects, and checks that the
/// registrations are back near what they were after `setup`.
fn assert_cycles_reclaimed(setup: &str, ways: &[&str], body: impl Fn(&str) -> String, reset: &str) {
    let mut py = Interpreter::capturing();
    py.run(setup, "<host>").unwrap();
    py.collect_garbage();
    let baseline = py.tracked_objects();
    for way in ways {
        let src = format!("for i in range(300):\n{}\n", body(&way.replace('\n', "\n    ")));
        py.run(&src, "<host>").unwrap_or_else(|e| panic!("{way}: {}", e.rendered()));
        py.run(reset, "<host>").unwrap();
        py.collect_garbage();
        let left = py.tracked_objects() - baseline;
        assert!(left < 50, "{way}: {left} registrations left");
    }
}

/// Lists are registered with the collector only once they hold a value
/// that could lead back to them; every way of putting such a value into a
/// list (here each closes a cycle through a dict) must register it, or the
/// cycle would never be collected.
#[test]
fn cycles_through_lists_are_reclaimed_however_the_list_got_its_items() {
    let ways = [
        "l = []; l.append(d)",
        "l = [1]; l.insert(0, d)",
        "l = ['a']; l.extend([d])",
        "l = ['a']; l.extend((d,))",
        "l = [2.5]; l += [d]",
        "l = [0]; l[0] = d",
        "l = [0]; l[-1] = d",
        "l = []; l[0:0] = [d]",
        "l = [0, 1]; l[::2] = [d]",
        "l = [d for _ in range(1)]",
        "l = list((d,))",
        "l = [d]",
        "l = [0, None, d]",
        "l = [d] * 2",
        "l = sorted([d])",
        "l = [0]; l.__setitem__(0, d)",
        "l = []; list.append(l, d)",
        "l = [(d,)]",
        "l = []; l.append([d])",
        "class L(list): pass\nl = L(); l.append(d)",
    ];
    assert_cycles_reclaimed("x = 1", &ways, |way| format!("    d = {{}}\n    {way}\n    d['l'] = l"), "d = l = None");
}

/// Cycles that pass through each kind of object the collector registers
/// (and through tuples, bound methods and str-keyed entries it looks
/// through or skips) are all reclaimed.
#[test]
fn cycles_through_every_registered_kind_are_reclaimed() {
    let ways = [
        "d = {'k': 'text', 1: 2.5}; d['t'] = ('x', (d,))",
        "o = Obj(); s = {o}; o.s = s",
        "o = Obj(); o.bound = o.m",
        "def outer():\n    f = None\n    def inner():\n        return f\n    f = inner\n    return inner\ng = outer()",
        "d = {}\ndef h(a=d):\n    pass\nd['h'] = h",
        "class C:\n    pass\nC.me = C",
        "l = ['s', 3, b'b', range(2)]; l.append({'back': l})",
    ];
    assert_cycles_reclaimed("class Obj:\n    def m(self):\n        pass\n", &ways, |way| format!("    {way}"), "d = s = o = g = h = C = l = None");
}

#[test]
fn generators_are_lazy() {
    let mut py = Interpreter::capturing();
    py.run(
        "def gen():\n    for i in range(3):\n        print('yield', i)\n        yield i\ng = gen()\nprint('made')\nprint(next(g))\nprint(list(g))",
        "<host>",
    )
    .unwrap();
    assert_eq!(py.take_output(), "made\nyield 0\n0\nyield 1\nyield 2\n[1, 2]\n");
}

/// Source nested as deeply as the parser allows (1000 levels) is parsed,
/// compiled and run on a thread with Rust's default 2 MiB stack: all three
/// run on the interpreter's own evaluation stack (990 nested lambdas used to
/// overflow the host thread's stack while compiling).
#[test]
fn deeply_nested_source_runs_on_a_default_sized_thread() {
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            let n = 990;
            let sources = [
                format!("x = {}1\n", "-".repeat(n)),
                format!("x = {}1\n", "not ".repeat(n)),
                format!("x = {}1\n", "~".repeat(n)),
                format!("x = {}1\n", "1 if 1 else ".repeat(n)),
                format!("f = {}1\n", "lambda: ".repeat(n)),
                format!("x = {}1{}\n", "(".repeat(190), ")".repeat(190)),
                format!("x = f'{{{}1{}}}'\n", "[".repeat(150), "]".repeat(150)),
            ];
            let mut results = Vec::new();
            for src in &sources {
                let mut py = Interpreter::capturing();
                results.push(py.run(src, "deep.py").map_err(|e| e.rendered().to_string()));
            }
            let too_deep = Interpreter::capturing().run(&format!("x = {}1\n", "-".repeat(5000)), "deep.py");
            (results, too_deep.is_err())
        })
        .unwrap();
    let (results, too_deep_rejected) = handle.join().expect("no stack overflow");
    for r in &results {
        assert!(r.is_ok(), "{:?}", r);
    }
    assert!(too_deep_rejected);
}

#[test]
fn dead_old_objects_are_released_between_collections() {
    let mut py = Interpreter::capturing();
    // Each round builds a structure of 30000 lists and drops the previous
    // one: the dead lists' registrations (which hold their memory) must not
    // pile up until the next full collection.
    py.run("docs = None", "<host>").unwrap();
    let mut most = 0;
    for _ in 0..8 {
        // (Each inner list holds a tuple, so that it is registered: a list
        // of ints cannot be part of a cycle and is not.)
        py.run("docs = [[(i,)] for i in range(30000)]", "<host>").unwrap();
        most = most.max(py.tracked_objects());
    }
    // Two structures are alive at once while the next one is built; a
    // third (dead) one held until a full collection would make 90000.
    assert!(most < 75_000, "registrations held: {most}");
}
