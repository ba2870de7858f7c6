//! Conformance cases: every `tests/cases/<dir>/NAME.py` is run as `dictpy NAME.py`
//! from inside its directory, and its stdout, exit status and last stderr line are
//! compared with the CPython 3.12 results checked in next to it:
//!
//! * `NAME.out` – the exact expected stdout;
//! * `NAME.err` – present only when the program must end in an uncaught exception:
//!   the expected last non-empty stderr line; the exit status must then be 1 (else 0).
//!
//! `tests/cases/regen.sh` regenerates the expected files with CPython; this test needs
//! no Python. `tests/cases/xfail.txt` lists `dir/NAME` cases expected to fail for now:
//! they are reported but do not fail the test, and a listed case that passes (XPASS)
//! or a listed name that does not exist does fail it, so the list can only shrink.
//!
//! Environment variables:
//! * `DICTPY_CASES=substring` – run only the cases whose `dir/NAME` contains it;
//! * `DICTPY_CONFORMANCE_CMD="python3"` – run another command instead of the dictpy
//!   binary (split on spaces), e.g. to check the cases and this harness against CPython;
//! * `DICTPY_CASES_DIR` – where the case directories live (default `tests/cases`).

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(10);

/// One case: `dir/NAME` and the path of its `.py` file.
struct Case {
    name: String,
    py: PathBuf,
}

/// What running a case produced.
struct RunOutput {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// `None` when killed by a signal or on timeout.
    status: Option<i32>,
    timed_out: bool,
}

enum Verdict {
    Pass,
    /// The reasons, then a short report (first differing line, stderr tail).
    Fail(Vec<String>, String),
}

#[test]
fn conformance() {
    let cases_dir = PathBuf::from(
        std::env::var("DICTPY_CASES_DIR")
            .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases").to_string()),
    );
    let command = interpreter_command();
    let filter = std::env::var("DICTPY_CASES").unwrap_or_default();

    let all = find_cases(&cases_dir);
    let xfail = read_xfail(&cases_dir.join("xfail.txt"));
    let mut problems: Vec<String> = Vec::new();
    let known: BTreeSet<&str> = all.iter().map(|c| c.name.as_str()).collect();
    for name in &xfail {
        if !known.contains(name.as_str()) {
            problems.push(format!("xfail.txt names no case: {name}"));
        }
    }

    let cases: Vec<Case> = all.into_iter().filter(|c| c.name.contains(&filter)).collect();
    assert!(
        !cases.is_empty(),
        "no conformance cases found in {} (filter {:?})",
        cases_dir.display(),
        filter
    );

    // Run the cases on a few threads; each thread takes the next unclaimed case.
    let verdicts: Vec<Mutex<Option<Verdict>>> = cases.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let threads = thread::available_parallelism().map_or(4, |n| n.get()).clamp(2, 8);
    thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(case) = cases.get(i) else { break };
                *verdicts[i].lock().unwrap() = Some(check_case(case, &command));
            });
        }
    });

    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    let mut reports = Vec::new();
    for (case, verdict) in cases.iter().zip(verdicts) {
        let expected_to_fail = xfail.contains(&case.name);
        match (verdict.into_inner().unwrap().expect("case was run"), expected_to_fail) {
            (Verdict::Pass, false) => passed += 1,
            (Verdict::Pass, true) => {
                failed += 1;
                reports.push(format!("XPASS {}: passes now; remove it from xfail.txt", case.name));
            }
            (Verdict::Fail(reasons, _), true) => {
                skipped += 1;
                println!("xfail {}: {}", case.name, reasons.join("; "));
            }
            (Verdict::Fail(reasons, detail), false) => {
                failed += 1;
                reports.push(format!("FAIL {}: {}\n{}", case.name, reasons.join("; "), detail));
            }
        }
    }

    for report in &reports {
        println!("{report}");
    }
    for problem in &problems {
        println!("{problem}");
    }
    println!("{passed} passed, {failed} failed, {skipped} skipped");
    assert!(
        failed == 0 && problems.is_empty(),
        "{failed} conformance case(s) failed{}",
        if problems.is_empty() { "" } else { " and xfail.txt is out of date" }
    );
}

/// The command that runs a case: `DICTPY_CONFORMANCE_CMD` split on spaces, or the binary.
fn interpreter_command() -> Vec<String> {
    let mut cmd: Vec<String> = match std::env::var("DICTPY_CONFORMANCE_CMD") {
        Ok(s) if !s.trim().is_empty() => s.split_whitespace().map(String::from).collect(),
        _ => vec![env!("CARGO_BIN_EXE_dictpy").to_string()],
    };
    // Cases run inside their own directory, so a relative program path must be made absolute.
    let program = Path::new(&cmd[0]);
    if program.is_relative() && cmd[0].contains('/') {
        if let Ok(abs) = std::env::current_dir().map(|d| d.join(program)) {
            cmd[0] = abs.to_string_lossy().into_owned();
        }
    }
    cmd
}

/// Every `<dir>/NAME.py` one level below `cases_dir`, sorted by `dir/NAME`.
fn find_cases(cases_dir: &Path) -> Vec<Case> {
    let mut cases = Vec::new();
    let dirs = fs::read_dir(cases_dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", cases_dir.display()));
    for dir in dirs.flatten().map(|e| e.path()).filter(|p| p.is_dir()) {
        let dir_name = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in fs::read_dir(&dir).into_iter().flatten().flatten() {
            let py = file.path();
            if py.extension().is_some_and(|ext| ext == "py") {
                let stem = py.file_stem().unwrap().to_string_lossy().into_owned();
                cases.push(Case { name: format!("{dir_name}/{stem}"), py });
            }
        }
    }
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

/// The names in xfail.txt: one `dir/NAME` a line, `#` starts a comment.
fn read_xfail(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .map(|line| line.split('#').next().unwrap().trim())
        .filter(|line| !line.is_empty())
        .map(String::from)
        .collect()
}

fn check_case(case: &Case, command: &[String]) -> Verdict {
    let dir = case.py.parent().unwrap();
    let stem = case.py.file_stem().unwrap().to_string_lossy().into_owned();
    let expected_out = fs::read(dir.join(format!("{stem}.out")));
    let expected_err = fs::read_to_string(dir.join(format!("{stem}.err"))).ok();

    let run = match run_case(command, dir, &format!("{stem}.py")) {
        Ok(run) => run,
        Err(e) => return Verdict::Fail(vec![format!("cannot run {:?}: {e}", command[0])], String::new()),
    };

    let mut reasons = Vec::new();
    let mut detail = String::new();
    if run.timed_out {
        reasons.push(format!("timed out after {}s", TIMEOUT.as_secs()));
    }
    match &expected_out {
        Err(_) => reasons.push(format!("missing {stem}.out (run tests/cases/regen.sh)")),
        Ok(want) if *want != run.stdout => {
            reasons.push("stdout differs".to_string());
            detail.push_str(&first_difference(want, &run.stdout));
        }
        Ok(_) => {}
    }
    let want_status = if expected_err.is_some() { 1 } else { 0 };
    if !run.timed_out && run.status != Some(want_status) {
        let got = run.status.map_or("a signal".to_string(), |c| c.to_string());
        reasons.push(format!("exit status {got} (expected {want_status})"));
    }
    if let Some(want) = &expected_err {
        let want_line = last_nonempty_line(want.as_bytes());
        let got_line = last_nonempty_line(&run.stderr);
        if want_line != got_line {
            reasons.push("last stderr line differs".to_string());
            detail.push_str(&format!(
                "    expected last stderr line: {want_line}\n    actual   last stderr line: {got_line}\n"
            ));
        }
    }
    if reasons.is_empty() {
        return Verdict::Pass;
    }
    if !run.stderr.is_empty() {
        detail.push_str("    stderr (tail):\n");
        let text = String::from_utf8_lossy(&run.stderr);
        let lines: Vec<&str> = text.lines().collect();
        for line in &lines[lines.len().saturating_sub(5)..] {
            detail.push_str(&format!("      {line}\n"));
        }
    }
    Verdict::Fail(reasons, detail)
}

/// Runs `command file` in `dir` with stdin closed, killing it after TIMEOUT.
fn run_case(command: &[String], dir: &Path, file: &str) -> std::io::Result<RunOutput> {
    let mut child = Command::new(&command[0])
        .args(&command[1..])
        .arg(file)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    // Drain both pipes on their own threads so a chatty child never blocks on a full pipe.
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if Instant::now() >= deadline {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        thread::sleep(Duration::from_millis(5));
    };
    Ok(RunOutput {
        stdout: out_reader.join().unwrap_or_default(),
        stderr: err_reader.join().unwrap_or_default(),
        status: if timed_out { None } else { status.code() },
        timed_out,
    })
}

/// The last line with non-whitespace content, trailing whitespace removed.
fn last_nonempty_line(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    text.lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .trim_end()
        .to_string()
}

/// "line N: expected ... got ..." for the first line where stdout differs.
fn first_difference(want: &[u8], got: &[u8]) -> String {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let (mut w, mut g) = (want.split_inclusive('\n'), got.split_inclusive('\n'));
    let mut line = 1;
    loop {
        match (w.next(), g.next()) {
            (Some(a), Some(b)) if a == b => line += 1,
            (a, b) => {
                let show = |s: Option<&str>| s.map_or("<end of output>".to_string(), |s| format!("{s:?}"));
                return format!(
                    "    stdout line {line}:\n      expected: {}\n      got:      {}\n",
                    show(a),
                    show(b)
                );
            }
        }
    }
}
