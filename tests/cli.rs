//! The `dictpy` command line: how scripts run, exit statuses, stderr.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dictpy(args: &[&str], stdin: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run dictpy");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn script(name: &str, body: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("dictpy-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, body).unwrap();
    p
}

#[test]
fn dash_c_runs_code_and_sets_argv() {
    let out = dictpy(&["-c", "import sys\nprint(sys.argv, {'a': 1} | {'b': 2})", "x", "y"], None);
    assert_eq!(text(&out.stdout), "['-c', 'x', 'y'] {'a': 1, 'b': 2}\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn stdin_runs_as_a_script() {
    let out = dictpy(&["-"], Some("d = {i: i * i for i in range(4)}\nprint(d)\n"));
    assert_eq!(text(&out.stdout), "{0: 0, 1: 1, 2: 4, 3: 9}\n");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn an_uncaught_exception_prints_a_traceback_and_exits_1() {
    let p = script("tb.py", "def lookup(d):\n    return d['colr']\n\nprint('start')\nlookup({'color': 1})\n");
    let out = dictpy(&[p.to_str().unwrap()], None);
    assert_eq!(text(&out.stdout), "start\n");
    let err = text(&out.stderr);
    assert!(err.starts_with("Traceback (most recent call last):\n"), "{}", err);
    assert!(err.contains("line 5, in <module>\n    lookup({'color': 1})\n"), "{}", err);
    assert!(err.contains("line 2, in lookup\n    return d['colr']\n"), "{}", err);
    assert!(err.ends_with("KeyError: 'colr'\n"), "{}", err);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_syntax_error_exits_1_with_cpythons_message_last() {
    let p = script("syn.py", "d = {'a': 1,\nprint(d)\n");
    let out = dictpy(&[p.to_str().unwrap()], None);
    let err = text(&out.stderr);
    assert_eq!(err.lines().last(), Some("SyntaxError: '{' was never closed"), "{}", err);
    assert!(err.contains("line 1"), "{}", err);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "");
}

#[test]
fn sys_exit_sets_the_status() {
    assert_eq!(dictpy(&["-c", "import sys; sys.exit(4)"], None).status.code(), Some(4));
    assert_eq!(dictpy(&["-c", "raise SystemExit"], None).status.code(), Some(0));
    let out = dictpy(&["-c", "import sys; sys.exit('fatal: bad config')"], None);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "fatal: bad config\n");
}

#[test]
fn a_missing_file_exits_2() {
    let out = dictpy(&["no-such-file.py"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file 'no-such-file.py'"));
}

#[test]
fn stdout_and_stderr_keep_their_order() {
    let out = dictpy(&["-c", "import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')"], None);
    assert_eq!(text(&out.stdout), "a\nc\n");
    assert_eq!(text(&out.stderr), "b\n");
}

const PHANTOM: &str = "from collections import defaultdict
groups = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    groups[k].append(v)
hits = 0
for probe in ['a', 'x', 'y', 'x']:
    if groups[probe]:
        hits += 1
total = defaultdict(int)
total['n'] += 5
print(hits, total['n'], sorted(groups))
";

#[test]
fn phantom_keys_are_reported_with_their_location() {
    let p = script("phantom.py", PHANTOM);
    let out = dictpy(&["--warn-phantom-keys", p.to_str().unwrap()], None);
    assert_eq!(text(&out.stdout), "1 5 ['a', 'b', 'x', 'y']\n");
    let err = text(&out.stderr);
    assert!(err.starts_with("dictpy: 2 phantom keys:"), "{}", err);
    assert!(err.contains("phantom.py:7:8: 2 keys (e.g. 'x') created by `groups[probe]`"), "{}", err);
    assert_eq!(out.status.code(), Some(0));
    // -X phantom-keys is the same switch.
    let out = dictpy(&["-X", "phantom-keys", p.to_str().unwrap()], None);
    assert!(text(&out.stderr).starts_with("dictpy: 2 phantom keys:"));
}

#[test]
fn phantom_keys_are_off_by_default_and_used_entries_are_not_reported() {
    let p = script("phantom2.py", PHANTOM);
    let out = dictpy(&[p.to_str().unwrap()], None);
    assert_eq!(text(&out.stderr), "");
    // Entries that were filled, replaced or read again are not phantoms.
    let q = script(
        "used.py",
        "from collections import defaultdict\nd = defaultdict(list)\nd['a']\nd['a'].append(1)\nd['b']\nd['b'] = [2]\nd['c']\nprint(d['c'])\n",
    );
    let out = dictpy(&["--warn-phantom-keys", q.to_str().unwrap()], None);
    assert_eq!(text(&out.stdout), "[]\n");
    assert_eq!(text(&out.stderr), "");
}

/// The allocator's options: dictpy's own defaults (commit on demand, purge
/// after 5 ms) apply whether or not the environment names any mimalloc
/// option, and an option set in the environment wins over them (start-up
/// skips mimalloc's scan of the environment only when no MIMALLOC_
/// variable is there).
#[test]
fn allocator_options_come_from_dictpy_and_the_environment() {
    let run = |vars: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_dictpy"));
        cmd.args(["-c", "print(len({i: i for i in range(1000)}))"]);
        for (k, v) in vars {
            cmd.env(k, v);
        }
        let out = cmd.output().expect("run dictpy");
        assert_eq!(text(&out.stdout), "1000\n");
        text(&out.stderr)
    };
    let verbose = run(&[("MIMALLOC_VERBOSE", "1")]);
    assert!(verbose.contains("option 'purge_delay': 5"), "{verbose}");
    assert!(verbose.contains("option 'arena_eager_commit': 0"), "{verbose}");
    let set = run(&[("MIMALLOC_VERBOSE", "1"), ("mimalloc_purge_delay", "7"), ("MIMALLOC_ARENA_EAGER_COMMIT", "1")]);
    assert!(set.contains("option 'purge_delay': 7"), "{set}");
    assert!(set.contains("option 'arena_eager_commit': 1"), "{set}");
    assert_eq!(run(&[]), "");
}

/// When the system will not map another generator stack (here: the address
/// space limited to 4 GB with `ulimit -v`; by default Linux allows about
/// 65,000 mappings), creating a generator raises MemoryError, which the
/// program can catch and go on from, instead of an internal error.
#[test]
fn generators_past_the_address_space_raise_memory_error() {
    let p = script(
        "many_generators.py",
        "gens = []\ntry:\n    for i in range(1000000):\n        gens.append((x for x in range(3)))\n\
         except MemoryError as e:\n    print(type(e).__name__, len(gens) > 100)\n\
         del gens[100:]\nprint(sum(next(g) for g in gens))\n",
    );
    let out = Command::new("sh")
        .args(["-c", "ulimit -v 4000000 && exec \"$0\" \"$1\"", env!("CARGO_BIN_EXE_dictpy")])
        .arg(&p)
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(text(&out.stdout), "MemoryError True\n0\n", "stderr: {}", text(&out.stderr));
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
}
