//! Robustness of the evaluator against hostile scripts: a grammar-based script fuzzer (with
//! byte-level mutations), cancellation of long-running scripts from another thread, every
//! limit in `Limits` and in the RAM backend, and isolation of overlapping runs.
//!
//! Every run happens on its own thread with a big stack, guarded by `catch_unwind` and a
//! watchdog, so that a panic or a hang is reported with the script that caused it instead
//! of taking the test binary down. Everything is deterministic: the fuzzer draws from a
//! xorshift generator with fixed seeds (`MIRAGE_FUZZ_N` and `MIRAGE_FUZZ_SEED` widen the
//! ignored long run).
//!
//! Bugs the fuzzer found have a minimal regression test at the end (`regression_*`).

use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::task::{Poll, Waker};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use futures::executor::block_on;
use mirage_core::sync::BoxFuture;
use mirage_core::vfs::{DynBackend, MemoryBackend, MemoryLimits, MountMode, MountTable};
use mirage_core::{CancelHandle, Clock, ExecResult, ExecuteOptions, Limits, Workspace};

/// Stack of the threads that run scripts (the size `mirage_core::limits` recommends).
const STACK: usize = mirage_core::limits::RECOMMENDED_STACK;

// ---------------------------------------------------------------------------------------
// Harness: a real clock, guarded runs
// ---------------------------------------------------------------------------------------

/// A wall clock: `now` from `SystemTime`, `sleep` on a helper thread that wakes the future.
/// The helper polls in small steps and gives up once the future is dropped (a cancelled
/// `sleep 1000` must not leave a thread behind for 1000 s).
struct RealClock;

#[derive(Default)]
struct Timer {
    done: bool,
    dropped: bool,
    waker: Option<Waker>,
}

struct Sleep(Arc<Mutex<Timer>>);

impl std::future::Future for Sleep {
    type Output = ();

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        let mut t = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if t.done {
            Poll::Ready(())
        } else {
            t.waker = Some(cx.waker().clone());
            Poll::Pending
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).dropped = true;
    }
}

impl Clock for RealClock {
    fn now(&self) -> Duration {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default()
    }

    fn sleep(&self, dur: Duration) -> BoxFuture<'static, ()> {
        let timer = Arc::new(Mutex::new(Timer::default()));
        let shared = timer.clone();
        let start = Instant::now();
        std::thread::spawn(move || {
            loop {
                let left = dur.saturating_sub(start.elapsed());
                let mut t = shared.lock().unwrap_or_else(|e| e.into_inner());
                if t.dropped {
                    return;
                }
                if left.is_zero() {
                    t.done = true;
                    if let Some(w) = t.waker.take() {
                        w.wake();
                    }
                    return;
                }
                drop(t);
                std::thread::sleep(left.min(Duration::from_millis(5)));
            }
        });
        Box::pin(Sleep(timer))
    }
}

/// How a guarded run ended.
#[derive(Debug)]
enum Outcome {
    /// It returned.
    Done(ExecResult),
    /// It panicked, with this message.
    Panicked(String),
    /// It was still running at the deadline.
    Hung,
}

thread_local! {
    /// Where the last panic on this thread happened (`file:line:col`).
    static PANIC_AT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Installs (once) a panic hook that also records the panic's location per thread, so a
/// caught panic can be reported as `message at file:line`.
fn record_panic_locations() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if let Some(l) = info.location() {
                let at = format!("{}:{}:{}", l.file(), l.line(), l.column());
                PANIC_AT.with(|p| *p.borrow_mut() = at);
            }
            if std::env::var_os("MIRAGE_FUZZ_QUIET").is_none() {
                default(info);
            }
        }));
    });
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    let msg = if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".to_string()
    };
    let at = PANIC_AT.with(|p| p.borrow().clone());
    format!("{msg} at {at}")
}

/// Runs `script` on a fresh big-stack thread, catching panics; gives up after `deadline`
/// (cancelling the run, which the leaked thread may or may not notice).
fn guarded(ws: &Workspace, script: &str, mut opts: ExecuteOptions, deadline: Duration) -> Outcome {
    record_panic_locations();
    let cancel = opts.cancel.get_or_insert_with(CancelHandle::new).clone();
    let (tx, rx) = mpsc::channel();
    let ws = ws.clone();
    let script = script.to_string();
    let spawned = std::thread::Builder::new()
        .name("script".into())
        .stack_size(STACK)
        .spawn(move || {
            let r =
                std::panic::catch_unwind(AssertUnwindSafe(|| block_on(ws.execute(&script, opts))));
            let _ = tx.send(r.map_err(|p| panic_message(&*p)));
        });
    let handle = spawned.expect("spawn a script thread");
    match rx.recv_timeout(deadline) {
        Ok(Ok(r)) => {
            let _ = handle.join();
            Outcome::Done(r)
        }
        Ok(Err(msg)) => {
            let _ = handle.join();
            Outcome::Panicked(msg)
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Outcome::Panicked("the script thread died without a result".into())
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            cancel.cancel();
            Outcome::Hung
        }
    }
}

/// Runs `script` with `limits` under the guard and returns its result, failing the test on
/// a panic or a hang.
fn run_limited(ws: &Workspace, script: &str, limits: Limits) -> ExecResult {
    let opts = ExecuteOptions {
        limits: Some(limits),
        ..Default::default()
    };
    match guarded(ws, script, opts, Duration::from_secs(10)) {
        Outcome::Done(r) => r,
        other => panic!("{script:?}: {other:?}"),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Asserts that the workspace still runs a trivial script.
fn assert_usable(ws: &Workspace, after: &str) {
    let r = block_on(ws.execute("echo ok", ExecuteOptions::default()));
    assert_eq!(
        (text(&r.stdout).as_str(), r.exit_code),
        ("ok\n", 0),
        "workspace unusable after {after:?}: stderr {:?}",
        text(&r.stderr)
    );
}

// ---------------------------------------------------------------------------------------
// The script generator
// ---------------------------------------------------------------------------------------

/// xorshift64*: tiny, deterministic, good enough to pick grammar productions.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const VARS: &[&str] = &[
    "a", "b", "v", "x", "i", "n", "REPLY", "IFS", "arr", "m", "_",
];
const FILES: &[&str] = &[
    "/tmp/f1",
    "/tmp/f2",
    "/tmp/d/g",
    "f3",
    "/dev/null",
    "/nonexistent/x",
    "/tmp",
];
const NUMBERS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "7",
    "-3",
    "63",
    "64",
    "99",
    "-99",
    "255",
    "256",
    "9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "18446744073709551616",
    "99999999999999999999999999",
    "0x7fffffffffffffff",
    "0xffffffffffffffff",
    "08",
    "077",
    "2#101",
    "64#zZ@_",
    "65#1",
    "1#1",
    "0#0",
    "36#zz",
];
const LITERALS: &[&str] = &[
    "foo",
    "bar baz",
    "''",
    "\"\"",
    "héllo",
    "日本語",
    "😀x",
    "a\\ b",
    "$'\\x01\\xff\\u00e9\\0z'",
    "$'\\t\\n'",
    "-n",
    "-e",
    "--",
    "-",
    "%s",
    "\\\\",
    "x=y",
    "'*'",
    "'[a'",
    "\\$x",
    "a\u{7f}b",
    "\u{fffd}",
    "\u{0301}e",
    "tab\there",
];

/// Generates random, mostly well-formed bash scripts.
struct Gen {
    rng: Rng,
    depth: u32,
}

impl Gen {
    fn new(seed: u64) -> Self {
        Gen {
            rng: Rng::new(seed),
            depth: 0,
        }
    }

    fn script(&mut self) -> String {
        let mut s = String::new();
        if self.rng.chance(15) {
            s.push_str(self.rng.pick(&[
                "set -e\n",
                "set -euo pipefail\n",
                "set -u\n",
                "set -o pipefail\n",
                "shopt -s nullglob\n",
                "shopt -s failglob\n",
                "shopt -s extglob\n",
                "shopt -s dotglob globstar\n",
                "set -f\n",
                "set -x\n",
            ]));
        }
        let n = 1 + self.rng.below(6);
        for _ in 0..n {
            s.push_str(&self.stmt());
            s.push('\n');
        }
        s
    }

    fn list(&mut self) -> String {
        let n = 1 + self.rng.below(3);
        (0..n).map(|_| self.stmt()).collect::<Vec<_>>().join("; ")
    }

    fn stmt(&mut self) -> String {
        self.depth += 1;
        let s = if self.depth > 4 || self.rng.chance(45) {
            self.and_or()
        } else {
            self.compound()
        };
        self.depth -= 1;
        s
    }

    fn and_or(&mut self) -> String {
        let mut s = self.pipeline();
        while self.rng.chance(20) {
            let op = self.rng.pick(&[" && ", " || ", "; ", " & "]);
            s.push_str(op);
            s.push_str(&self.pipeline());
        }
        s
    }

    fn pipeline(&mut self) -> String {
        let mut s = String::new();
        if self.rng.chance(8) {
            s.push_str("! ");
        }
        s.push_str(&self.command());
        while self.rng.chance(20) {
            s.push_str(self.rng.pick(&[" | ", " |& "]));
            s.push_str(&self.command());
        }
        s
    }

    fn command(&mut self) -> String {
        if self.depth <= 4 && self.rng.chance(15) {
            self.depth += 1;
            let c = self.compound();
            self.depth -= 1;
            return c;
        }
        let mut s = self.simple();
        while self.rng.chance(18) {
            s.push(' ');
            s.push_str(&self.redirect());
        }
        s
    }

    fn compound(&mut self) -> String {
        let body = match self.rng.below(17) {
            0 => format!(
                "if {}; then {}; else {}; fi",
                self.list(),
                self.list(),
                self.list()
            ),
            1 => format!(
                "if {}; then {}; elif {}; then {}; fi",
                self.list(),
                self.list(),
                self.list(),
                self.list()
            ),
            2 => format!("for i in {}; do {}; done", self.words(4), self.list()),
            3 => format!(
                "for (({}; {}; {})); do {}; done",
                self.arith(),
                self.arith(),
                self.arith(),
                self.list()
            ),
            4 => format!(
                "n=0; while (( n++ < {} )); do {}; done",
                self.rng.below(8),
                self.list()
            ),
            5 => format!("while {}; do {}; done", self.list(), self.list()),
            6 => format!("until {}; do {}; done", self.list(), self.list()),
            7 => {
                let mut s = format!("case {} in ", self.word());
                for _ in 0..1 + self.rng.below(3) {
                    let pat = self.rng.pick(&[
                        "a", "*", "f*|b*", "[a-z]", "?", "@(x|y)", "!(z)", "\"$v\"", "[", "\\*",
                    ]);
                    let term = self.rng.pick(&[";;", ";&", ";;&"]);
                    s.push_str(&format!("{pat}) {} {term} ", self.list()));
                }
                s.push_str("esac");
                s
            }
            8 => {
                let name = self.rng.pick(&["f", "g", "h"]);
                if self.rng.chance(50) {
                    format!("{name}() {{ {}; }}", self.list())
                } else {
                    format!(
                        "function {name} {{ local x={}; {}; }}",
                        self.word(),
                        self.list()
                    )
                }
            }
            9 => format!("( {} )", self.list()),
            10 => format!("{{ {}; }}", self.list()),
            11 => format!("[[ {} ]]", self.cond()),
            12 => format!("(( {} ))", self.arith()),
            13 => format!("x=$( {} )", self.list()),
            14 => format!(
                "while read -r {} {}; do {}; done < {}",
                self.rng.pick(VARS),
                self.rng.pick(VARS),
                self.list(),
                self.rng
                    .pick(&["<(echo a b; echo c)", "/tmp/f1", "/dev/null"])
            ),
            15 => format!("for x in a b; do {}; break; done", self.list()),
            _ => format!(
                "eval {}",
                shell_quote(&{
                    let l = self.list();
                    if self.rng.chance(50) {
                        l
                    } else {
                        mutate(&mut self.rng, &l)
                    }
                })
            ),
        };
        let mut s = body;
        while self.rng.chance(15) {
            s.push(' ');
            s.push_str(&self.redirect());
        }
        s
    }

    fn simple(&mut self) -> String {
        let cmd = match self.rng.below(40) {
            0..=3 => format!("echo {}", self.words(3)),
            4..=5 => format!("printf {} {}", self.format(), self.words(3)),
            6 => format!(
                "printf -v {} {} {}",
                self.rng.pick(VARS),
                self.format(),
                self.words(2)
            ),
            7 => format!("{}={}", self.rng.pick(VARS), self.word()),
            8 => format!("arr[{}]={}", self.arith(), self.word()),
            9 => format!("arr=({})", self.words(4)),
            10 => format!(
                "arr+=({}); {}+={}",
                self.words(2),
                self.rng.pick(VARS),
                self.word()
            ),
            11 => format!("declare -A m; m[{}]={}", self.word(), self.word()),
            12 => format!(
                "declare {} {}={}",
                self.rng.pick(&[
                    "-i", "-a", "-x", "-l", "-u", "-n", "-r", "-g", "-p", "-f", "-F"
                ]),
                self.rng.pick(VARS),
                self.word()
            ),
            13 => format!("local {}={}", self.rng.pick(VARS), self.word()),
            14 => format!(
                "unset {}",
                self.rng
                    .pick(&["a", "arr", "m", "-f f", "-v x", "'arr[1]'"])
            ),
            15 => format!("shift {}", self.rng.pick(NUMBERS)),
            16 => format!(
                "{} {}",
                self.rng.pick(&["break", "continue"]),
                self.rng
                    .pick(&["", "1", "3", "0", "-1", "99999999999999999999", "x"])
            ),
            17 => format!(
                "{} {}",
                self.rng.pick(&["return", "exit"]),
                self.rng
                    .pick(&["", "0", "1", "256", "-1", "99999999999999999999", "x"])
            ),
            18 => format!("eval {}", shell_quote(&self.random_text())),
            19 => {
                // A generated file, then sourced.
                let body = self.list();
                format!(
                    "printf '%s\\n' {} > /tmp/s.sh; source /tmp/s.sh {}",
                    shell_quote(&body),
                    self.words(2)
                )
            }
            20 => format!(
                "read {} {} {} <<< {}",
                self.rng
                    .pick(&["-r", "-a arr", "-d x", "-n 2", "-N 3", "-r -s", "-t 0"]),
                self.rng.pick(VARS),
                self.rng.pick(VARS),
                self.word()
            ),
            21 => format!(
                "mapfile {} arr <<< {}",
                self.rng
                    .pick(&["-t", "", "-n 1", "-s 1", "-d ''", "-O 5", "-O -1"]),
                self.word()
            ),
            22 => format!(
                "{{ cat <<{}\nline {}\n$(echo sub) ${{v:-d}} $((1+2))\n{}\n}}",
                self.rng.pick(&["EOF", "'EOF'", "-EOF"]),
                self.word(),
                "EOF"
            ),
            23 => format!("cat {}", self.rng.pick(FILES)),
            24 => format!(
                "set {}",
                self.rng.pick(&[
                    "-e",
                    "+e",
                    "-u",
                    "+u",
                    "-o pipefail",
                    "-- a b c",
                    "-f",
                    "+f",
                    "-x",
                    "+x",
                    "-C",
                    "+C"
                ])
            ),
            25 => format!(
                "trap {} {}",
                shell_quote(&self.and_or()),
                self.rng
                    .pick(&["EXIT", "ERR", "DEBUG", "RETURN", "INT", "0", "-", "BOGUS"])
            ),
            26 => format!("let {}", shell_quote(&self.arith())),
            27 => format!("[ {} ]", self.test_expr()),
            28 => format!(
                "{} {}",
                self.rng.pick(&[
                    "true",
                    "false",
                    ":",
                    "pwd",
                    "wait",
                    "type",
                    "command -v",
                    "builtin",
                    "hash"
                ]),
                self.word()
            ),
            29 => format!(
                "cd {}",
                self.rng
                    .pick(&["/tmp", "..", "/", "/nonexistent", "-", "''", "/tmp/d"])
            ),
            30 => format!("getopts ab: {} {}", self.rng.pick(VARS), self.words(2)),
            31 => format!("f {}", self.words(2)),
            32 => format!("g {} | h", self.words(1)),
            33 => "sleep 0".to_string(),
            34 => format!("cat < {}", self.rng.pick(FILES)),
            35 => format!("echo {} > /tmp/d/g", self.word()),
            36 => format!("exec {}", self.redirect()),
            37 => format!("readarray -t arr < <({})", self.list()),
            _ => format!("{} {}", self.word(), self.words(2)),
        };
        if self.rng.chance(10) {
            format!("{}={} {cmd}", self.rng.pick(VARS), self.word())
        } else {
            cmd
        }
    }

    fn redirect(&mut self) -> String {
        let f = self.rng.pick(FILES);
        match self.rng.below(12) {
            0 => format!("> {f}"),
            1 => format!(">> {f}"),
            2 => format!("< {f}"),
            3 => "2>&1".into(),
            4 => ">&2".into(),
            5 => "2>/dev/null".into(),
            6 => format!("&> {f}"),
            7 => format!("<<< {}", self.word()),
            8 => format!("3> {f}"),
            9 => self
                .rng
                .pick(&[">&-", "<&-", "2>&-", "0<&3", "1>&9", ">&99999999999"])
                .into(),
            10 => format!(">| {f}"),
            _ => format!("< <({})", self.and_or()),
        }
    }

    fn words(&mut self, max: usize) -> String {
        let n = self.rng.below(max + 1);
        (0..n).map(|_| self.word()).collect::<Vec<_>>().join(" ")
    }

    fn word(&mut self) -> String {
        let n = 1 + usize::from(self.rng.chance(20));
        (0..n).map(|_| self.word_part()).collect()
    }

    fn word_part(&mut self) -> String {
        match self.rng.below(22) {
            0..=3 => self.rng.pick(LITERALS).to_string(),
            4 => self.rng.pick(NUMBERS).to_string(),
            5..=7 => self.param(),
            8 => format!("\"{}\"", self.param()),
            9 if self.depth < 6 => {
                self.depth += 2;
                let s = format!("$({})", self.list());
                self.depth -= 2;
                s
            }
            10 if self.depth < 6 => {
                self.depth += 2;
                let s = format!("<({})", self.and_or());
                self.depth -= 2;
                s
            }
            11 => format!("$(({}))", self.arith()),
            12 => self.brace(),
            13 => self
                .rng
                .pick(&[
                    "*",
                    "/tmp/*",
                    "?",
                    "[a-z]*",
                    "/tmp/**",
                    "*(x)",
                    "/*/*",
                    "[!a]",
                    "[[:alpha:]]*",
                    "~",
                    "~root",
                    "~/x",
                ])
                .into(),
            14 => self
                .rng
                .pick(&[
                    "$?",
                    "$#",
                    "$@",
                    "\"$@\"",
                    "$*",
                    "$$",
                    "$!",
                    "$0",
                    "$1",
                    "$9",
                    "${10}",
                    "$RANDOM",
                    "$LINENO",
                    "$-",
                    "$_",
                    "$BASH_SUBSHELL",
                    "$FUNCNAME",
                    "$SECONDS",
                    "$PIPESTATUS",
                ])
                .into(),
            15 => format!("`echo {}`", self.rng.pick(LITERALS)),
            16 => format!("'{}'", self.rng.pick(LITERALS).replace('\'', "")),
            _ => self
                .rng
                .pick(&["foo", "x", "a.txt", "1", "héllo", "b"])
                .into(),
        }
    }

    fn param(&mut self) -> String {
        let name = self.rng.pick(&[
            "v",
            "a",
            "x",
            "arr",
            "arr[@]",
            "arr[*]",
            "arr[-1]",
            "arr[-99]",
            "arr[9223372036854775807]",
            "m[k]",
            "1",
            "@",
            "*",
            "#",
            "?",
            "nope",
            "IFS",
            "!v",
            "!arr[@]",
            "!a*",
        ]);
        let op = match self.rng.below(26) {
            0 => String::new(),
            1 => format!(":-{}", self.word()),
            2 => format!("-{}", self.word()),
            3 => format!(":={}", self.word()),
            4 => format!(":?{}", self.rng.pick(LITERALS)),
            5 => format!(":+{}", self.word()),
            6 => format!("#{}", self.rng.pick(&["*", "?", "a", "[", "*(x)"])),
            7 => format!("##{}", self.rng.pick(&["*", "?", "a", "*/"])),
            8 => format!("%{}", self.rng.pick(&["*", "?", "o", "[a-"])),
            9 => format!("%%{}", self.rng.pick(&["*", "?", "o", "/*"])),
            10 => format!(
                "/{}/{}",
                self.rng.pick(&["o", "*", "", "#", "%", "[", "?"]),
                self.rng.pick(&["X", "", "&", "\\/"])
            ),
            11 => format!(
                "//{}/{}",
                self.rng.pick(&["o", "*", "", "?"]),
                self.rng.pick(&["X", "", "é"])
            ),
            12 => format!("/#{}/Y", self.rng.pick(&["o", "", "*"])),
            13 => format!("/%{}/Y", self.rng.pick(&["o", "", "*"])),
            14 => self
                .rng
                .pick(&["^", "^^", ",", ",,", "~", "~~", "^^[a-m]"])
                .into(),
            15..=17 => format!(
                ":{}",
                self.rng.pick(&[
                    "0",
                    "1",
                    "-1",
                    " -1",
                    " 99",
                    "99",
                    "-3:-7",
                    "2:-1",
                    "-9223372036854775808",
                    "9223372036854775807:1",
                    "1:9223372036854775807",
                    "0:-0",
                    "(-2)",
                    "a:b",
                    "1/0",
                    ""
                ])
            ),
            18 => format!(
                "@{}",
                self.rng
                    .pick(&["Q", "U", "L", "u", "E", "P", "A", "a", "K", "k", "Z"])
            ),
            19 => format!("={}", self.word()),
            20 => format!("+{}", self.word()),
            21 => format!("?{}", self.rng.pick(LITERALS)),
            _ => String::new(),
        };
        if self.rng.chance(10) {
            let bare = name.trim_start_matches('!');
            return format!("${{#{bare}}}");
        }
        format!("${{{name}{op}}}")
    }

    fn brace(&mut self) -> String {
        match self.rng.below(6) {
            0 => "{a,b,c}".into(),
            1 => format!(
                "{{{}..{}}}",
                self.rng.below(20),
                self.rng
                    .pick(&["0", "5", "-5", "30", "999", "99999", "100001"])
            ),
            2 => format!(
                "{{{}..{}..{}}}",
                self.rng
                    .pick(&["1", "-10", "9223372036854775807", "a", "z"]),
                self.rng
                    .pick(&["10", "-10", "-9223372036854775808", "z", "A"]),
                self.rng.pick(&[
                    "0",
                    "1",
                    "-3",
                    "9223372036854775807",
                    "-9223372036854775808",
                    "x"
                ])
            ),
            3 => "{a,{b,{c,d}},}x{1,2}".into(),
            4 => "{,}{,}{,}{,}{,}{,}{,}{,}{,}{,}".into(),
            _ => "{x}{,a".into(),
        }
    }

    fn arith(&mut self) -> String {
        self.arith_depth(0)
    }

    fn arith_depth(&mut self, d: u32) -> String {
        if d > 3 || self.rng.chance(30) {
            return match self.rng.below(6) {
                0 | 1 => self.rng.pick(NUMBERS).to_string(),
                2 => self
                    .rng
                    .pick(&["a", "x", "i", "n", "arr[1]", "arr[-1]", "nope", "v"])
                    .to_string(),
                3 => format!("${}", self.rng.pick(&["a", "x", "#", "?", "{v}"])),
                4 => format!("{}++", self.rng.pick(&["i", "n", "x"])),
                _ => format!("--{}", self.rng.pick(&["i", "n", "x"])),
            };
        }
        let l = self.arith_depth(d + 1);
        let r = self.arith_depth(d + 1);
        match self.rng.below(10) {
            0 => format!("-({l})"),
            1 => format!("!{l}"),
            2 => format!("~{l}"),
            3 => format!("{l} ? {r} : {}", self.arith_depth(d + 1)),
            4 => format!(
                "{} {} {r}",
                self.rng.pick(&["x", "i", "n", "arr[2]"]),
                self.rng.pick(&[
                    "=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="
                ])
            ),
            _ => {
                let op = self.rng.pick(&[
                    "+", "-", "*", "/", "%", "**", "<<", ">>", "&", "|", "^", "&&", "||", "<",
                    "<=", ">", ">=", "==", "!=", ",",
                ]);
                format!("({l}) {op} ({r})")
            }
        }
    }

    fn cond(&mut self) -> String {
        match self.rng.below(8) {
            0 => format!(
                "{} == {}",
                self.word(),
                self.rng.pick(&["*", "a?", "[", "@(a|b)", "\"x\""])
            ),
            1 => format!(
                "{} =~ {}",
                self.word(),
                self.rng
                    .pick(&["^a", "(", "[[:digit:]]+", "a{999}", ".*", "\\", "(a)(b)?"])
            ),
            2 => format!(
                "-{} {}",
                self.rng
                    .pick(&["f", "d", "e", "n", "z", "v", "s", "r", "o", "R"]),
                self.word()
            ),
            3 => format!(
                "{} -{} {}",
                self.rng.pick(NUMBERS),
                self.rng.pick(&["eq", "lt", "ge", "ne"]),
                self.rng.pick(NUMBERS)
            ),
            4 => format!("! {}", self.cond()),
            5 => format!("{} && {}", self.cond(), self.cond()),
            6 => format!("( {} || {} )", self.cond(), self.cond()),
            _ => format!("{} < {}", self.word(), self.word()),
        }
    }

    fn test_expr(&mut self) -> String {
        let e = match self.rng.below(5) {
            0 => format!("{} = {}", self.word(), self.word()),
            1 => format!(
                "-{} {}",
                self.rng.pick(&["f", "d", "n", "z", "e", "t"]),
                self.word()
            ),
            2 => format!("{} -gt {}", self.rng.pick(NUMBERS), self.rng.pick(NUMBERS)),
            3 => format!("! {} -a {} -o {}", self.word(), self.word(), self.word()),
            _ => format!("\\( {} \\)", self.word()),
        };
        if self.rng.chance(10) {
            format!("{e} ]")
        } else {
            e
        }
    }

    fn format(&mut self) -> String {
        let mut f = String::new();
        for _ in 0..1 + self.rng.below(3) {
            f.push_str(self.rng.pick(&[
                "%s",
                "%d",
                "%5.2f",
                "%-10s",
                "%x",
                "%o",
                "%e",
                "%g",
                "%c",
                "%q",
                "%b",
                "%%",
                "%*d",
                "%.*s",
                "%99999999999d",
                "%.9999999s",
                "%'d",
                "%#x",
                "%+d",
                "% d",
                "%05d",
                "%i",
                "%u",
                "%z",
                "%",
                "\\n",
                "\\x41",
                "\\u263a",
                "\\0101",
                "\\c",
                "lit ",
                "%(%Y)T",
                "%1$s",
                "%ls",
            ]));
        }
        shell_quote(&f)
    }

    /// A jumble of shell-ish tokens, often not a valid script.
    fn random_text(&mut self) -> String {
        let mut s = String::new();
        for _ in 0..self.rng.below(12) {
            s.push_str(self.rng.pick(&[
                "if", "then", "fi", "do", "done", "for", "in", "(", ")", "{", "}", "$(", "`", "\"",
                "'", "<<", "EOF", "|", "&&", ";", ";;", "case", "esac", "$((", "))", "${", "}",
                "x", "echo", "\n", " ", "[[", "]]", "<(", "!", "=", "*", "\\",
            ]));
            s.push(' ');
        }
        s
    }
}

/// Single-quotes `s` for the shell.
fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

/// A byte-level mutation of `s`: flips, deletions, duplications, truncation, splices of odd
/// bytes. The result is made valid UTF-8 again (the API takes `&str`).
fn mutate(rng: &mut Rng, s: &str) -> String {
    let mut b = s.as_bytes().to_vec();
    for _ in 0..1 + rng.below(4) {
        if b.is_empty() {
            break;
        }
        let i = rng.below(b.len());
        match rng.below(7) {
            0 => b[i] ^= 1 << rng.below(8),
            1 => {
                b.remove(i);
            }
            2 => b.truncate(i),
            3 => {
                let j = (i + rng.below(40)).min(b.len());
                let chunk = b[i..j].to_vec();
                b.splice(i..i, chunk);
            }
            4 => {
                let odd = [
                    b'\0', b'\\', b'"', b'\'', b'$', b'`', b'(', b'{', b'}', b'\n', 0xff, 0xc3,
                ];
                b.insert(i, odd[rng.below(odd.len())]);
            }
            5 => {
                let meta = b"()[]{}<>|&;$`'\"\\#=*?!~";
                b[i] = meta[rng.below(meta.len())];
            }
            _ => {
                let j = rng.below(b.len());
                b.swap(i, j);
            }
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

// ---------------------------------------------------------------------------------------
// 1. The fuzzer
// ---------------------------------------------------------------------------------------

/// Tight limits: a script may misbehave in any way, but only for so long.
fn fuzz_limits() -> Limits {
    Limits {
        max_commands: 5_000,
        max_loop_iterations: 1_000,
        max_output_bytes: 1 << 20,
        max_file_size: 1 << 20,
        max_call_depth: 64,
        max_substitution_depth: 16,
        max_brace_expansion: 10_000,
        max_glob_matches: 1_000,
        wall_time: None,
    }
}

/// The script of case `n`: a generated one, or (one in four) a mutation of one.
fn fuzz_case(seed: u64, n: u64) -> String {
    let mut g = Gen::new(seed ^ n.wrapping_mul(0xA24B_AED4_963E_E407));
    let s = g.script();
    if g.rng.chance(25) {
        let mut rng = Rng::new(n ^ 0x5555);
        mutate(&mut rng, &s)
    } else {
        s
    }
}

struct FuzzReport {
    run: u64,
    syntax_errors: u64,
    limited: u64,
    slowest: Duration,
    /// The case number of the slowest script.
    slowest_case: u64,
    failures: Vec<String>,
}

/// Runs cases `range` of `seed` on `lanes` threads; every script runs on a fresh
/// workspace that is then asked `echo ok`.
fn fuzz(seed: u64, range: std::ops::Range<u64>, lanes: u64) -> FuzzReport {
    let report = Arc::new(Mutex::new(FuzzReport {
        run: 0,
        syntax_errors: 0,
        limited: 0,
        slowest: Duration::ZERO,
        slowest_case: 0,
        failures: Vec::new(),
    }));
    let threads: Vec<_> = (0..lanes)
        .map(|lane| {
            let report = report.clone();
            let range = range.clone();
            std::thread::spawn(move || {
                for n in range.filter(|n| n % lanes == lane) {
                    let script = fuzz_case(seed, n);
                    let ws = Workspace::default_skeleton();
                    let _ = block_on(ws.write_file("/tmp/f1", "a b\nc d\n"));
                    let _ = block_on(ws.create_dir_all("/tmp/d"));
                    let opts = ExecuteOptions {
                        limits: Some(fuzz_limits()),
                        args: vec!["p1".into(), "p 2".into()],
                        stdin: Some(b"in1\nin2\n".to_vec()),
                        ..Default::default()
                    };
                    let t = Instant::now();
                    // A hang guard, not a speed check: a few generated scripts legitimately
                    // run until a loop or command limit (1,000 iterations of 1,024-word brace
                    // expansions), which takes seconds in a debug build on a loaded machine.
                    let outcome = guarded(&ws, &script, opts, Duration::from_secs(30));
                    let took = t.elapsed();
                    {
                        let mut rep = report.lock().unwrap_or_else(|e| e.into_inner());
                        rep.run += 1;
                        if took > rep.slowest {
                            rep.slowest = took;
                            rep.slowest_case = n;
                        }
                        if let Outcome::Done(r) = &outcome {
                            let err = text(&r.stderr);
                            let syntax =
                                err.contains("syntax error") || err.contains("unexpected EOF");
                            rep.syntax_errors += u64::from(r.exit_code == 2 && syntax);
                            rep.limited += u64::from(r.limit_exceeded);
                        }
                    }
                    let failure = match outcome {
                        Outcome::Done(r) => {
                            let after = guarded(
                                &ws,
                                "echo ok",
                                ExecuteOptions::default(),
                                Duration::from_secs(5),
                            );
                            match after {
                                Outcome::Done(r2) if r2.stdout == b"ok\n" && r2.exit_code == 0 => {
                                    None
                                }
                                other => Some(format!("workspace unusable afterwards: {other:?}")),
                            }
                            .or_else(|| {
                                (!(0..=255).contains(&r.exit_code))
                                    .then(|| format!("exit code {}", r.exit_code))
                            })
                        }
                        Outcome::Panicked(m) => Some(format!("panic: {m}")),
                        Outcome::Hung => Some("hung for 5 s".to_string()),
                    };
                    if let Some(f) = failure {
                        let mut rep = report.lock().unwrap_or_else(|e| e.into_inner());
                        rep.failures.push(format!("case {n} ({f}):\n{script}"));
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join()
            .expect("a fuzz lane panicked outside a guarded run");
    }
    let mut rep = report.lock().unwrap_or_else(|e| e.into_inner());
    std::mem::replace(
        &mut *rep,
        FuzzReport {
            run: 0,
            syntax_errors: 0,
            limited: 0,
            slowest: Duration::ZERO,
            slowest_case: 0,
            failures: Vec::new(),
        },
    )
}

fn check_fuzz(rep: &FuzzReport) {
    println!(
        "fuzz: {} scripts, {} syntax errors, {} stopped by a limit, slowest {:?} (case {})",
        rep.run, rep.syntax_errors, rep.limited, rep.slowest, rep.slowest_case
    );
    for f in rep.failures.iter().take(10) {
        println!("---- {f}");
    }
    assert!(
        rep.failures.is_empty(),
        "{} failing scripts",
        rep.failures.len()
    );
}

#[test]
fn fuzz_generated_scripts() {
    check_fuzz(&fuzz(0xC0FFEE, 0..2_000, 2));
}

#[test]
#[ignore = "long: MIRAGE_FUZZ_N scripts (default 100000), seed MIRAGE_FUZZ_SEED"]
fn fuzz_generated_scripts_long() {
    let n = std::env::var("MIRAGE_FUZZ_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let seed = std::env::var("MIRAGE_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    check_fuzz(&fuzz(seed, 0..n, 2));
}

// ---------------------------------------------------------------------------------------
// 2. Cancellation everywhere
// ---------------------------------------------------------------------------------------

/// Scripts that never end by themselves (limits raised so that none of them trips first).
const ENDLESS: &[&str] = &[
    "while true; do :; done",
    "while :; do echo x; done | cat > /dev/null",
    "while :; do echo yyyyyyyyyyyyyyyy; done | cat | cat > /dev/null",
    "f() { f; }; f",
    "f() { while :; do :; done; }; f",
    "for i in {1..90000}; do for j in {1..90000}; do :; done; done",
    "for ((;;)); do :; done",
    "until false; do :; done",
    "sleep 1000",
    "sleep 1000 | cat",
    "while :; do echo; done | cat /dev/stdin > /dev/null",
    "{ while :; do echo y; done; } | { while read l; do :; done; }",
    "while read l; do :; done < <(while :; do echo; done)",
    "x=$(while :; do :; done)",
    "echo $(echo $(while :; do :; done))",
    "( while :; do :; done )",
    "( ( ( while :; do :; done ) ) )",
    "eval 'while :; do :; done'",
    "eval \"eval 'while :; do :; done'\"",
    "f() { while :; do echo x; done; }; f | cat > /dev/null",
    "f() { while :; do echo x; done; }; echo start | f | cat > /dev/null",
    "trap 'while :; do :; done' EXIT; exit 0",
    "while :; do sleep 0.001; done",
    "while :; do x=$(echo y); done",
    "while :; do [[ a == a ]]; (( i++ )); done",
    "printf 'while :; do :; done' > /tmp/loop.sh; source /tmp/loop.sh",
    "while :; do :; done &",
    "case x in x) while :; do :; done;; esac",
    "{ while :; do :; done; } 2>&1 > /tmp/out",
    "while :; do echo x >> /tmp/grow; : > /tmp/grow; done",
    "jq -n 'reduce range(1e15) as $i (0; . + 1)'",
    "jq -n 'def f: f; f'",
    "jq -n '[repeat(1)] | length'",
    "awk 'BEGIN { while (1) n++ }'",
    "echo 'while (1) { }' | bc",
];

/// Limits high enough that the cancel, not a limit, stops every `ENDLESS` script.
fn cancel_limits() -> Limits {
    Limits {
        max_call_depth: 100_000,
        ..Limits::default()
    }
}

/// Runs `script` with a real clock, fires the cancel handle from another thread after
/// `after`, and returns (result, latency from the cancel to the run's return).
fn run_and_cancel(ws: &Workspace, script: &str, after: Duration) -> (ExecResult, Duration) {
    let cancel = CancelHandle::new();
    let trigger = cancel.clone();
    let (tx, rx) = mpsc::channel();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(after);
        let fired = Instant::now();
        trigger.cancel();
        let _ = tx.send(fired);
    });
    let opts = ExecuteOptions {
        cancel: Some(cancel),
        limits: Some(cancel_limits()),
        stdin: None,
        ..Default::default()
    };
    let outcome = guarded(ws, script, opts, after + Duration::from_secs(10));
    let returned = Instant::now();
    let _ = canceller.join();
    let fired = rx.recv().expect("the canceller reports when it fired");
    match outcome {
        Outcome::Done(r) => (r, returned.saturating_duration_since(fired)),
        other => panic!("{script:?}: {other:?}"),
    }
}

fn real_clock_workspace() -> Workspace {
    Workspace::default_skeleton().with_clock(Arc::new(RealClock))
}

#[test]
fn cancel_stops_every_kind_of_endless_script() {
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    for script in ENDLESS {
        let ws = real_clock_workspace();
        let (r, latency) = run_and_cancel(&ws, script, Duration::from_millis(20));
        latencies.push(latency);
        if r.exit_code != 130 || !r.aborted || latency > Duration::from_secs(2) {
            failures.push(format!(
                "{script:?}: exit {} aborted {} limit {} after {latency:?}; stderr {:?}",
                r.exit_code,
                r.aborted,
                r.limit_exceeded,
                text(&r.stderr)
            ));
        }
        assert_usable(&ws, script);
    }
    let max = latencies.iter().max().copied().unwrap_or_default();
    let mean = latencies.iter().sum::<Duration>() / latencies.len().max(1) as u32;
    println!(
        "cancel latency over {} scripts: max {max:?}, mean {mean:?}",
        latencies.len()
    );
    let mut slowest: Vec<_> = latencies.iter().zip(ENDLESS).collect();
    slowest.sort_by(|a, b| b.0.cmp(a.0));
    for (latency, script) in slowest.iter().take(3) {
        println!("  {latency:?}  {script}");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn cancel_before_the_run_starts_runs_nothing() {
    let ws = real_clock_workspace();
    let cancel = CancelHandle::new();
    cancel.cancel();
    let opts = ExecuteOptions {
        cancel: Some(cancel),
        ..Default::default()
    };
    let r = block_on(ws.execute("echo never > /tmp/never; echo out", opts));
    assert_eq!((r.exit_code, r.aborted), (130, true));
    assert!(r.stdout.is_empty());
    assert!(block_on(ws.read_file("/tmp/never")).is_err());
    assert_usable(&ws, "a pre-cancelled run");
}

#[test]
fn cancel_after_the_run_finished_changes_nothing() {
    let ws = real_clock_workspace();
    let cancel = CancelHandle::new();
    let opts = ExecuteOptions {
        cancel: Some(cancel.clone()),
        ..Default::default()
    };
    let r = block_on(ws.execute("echo done", opts));
    cancel.cancel();
    assert_eq!(
        (text(&r.stdout).as_str(), r.exit_code, r.aborted),
        ("done\n", 0, false)
    );
    assert_usable(&ws, "a late cancel");
}

#[test]
fn real_sleep_really_sleeps() {
    let ws = real_clock_workspace();
    let t = Instant::now();
    let r = block_on(ws.execute("sleep 0.05; echo woke", ExecuteOptions::default()));
    assert_eq!(text(&r.stdout), "woke\n");
    assert!(
        t.elapsed() >= Duration::from_millis(50),
        "{:?}",
        t.elapsed()
    );
}

// ---------------------------------------------------------------------------------------
// 3. Limits
// ---------------------------------------------------------------------------------------

/// Asserts that `script` under `limits` stops with 124, `limit_exceeded`, `needle` on
/// stderr, and that the workspace works afterwards.
fn assert_limit(ws: &Workspace, script: &str, limits: Limits, needle: &str) -> ExecResult {
    let r = run_limited(ws, script, limits);
    let err = text(&r.stderr);
    assert_eq!(r.exit_code, 124, "{script:?}: stderr {err:?}");
    assert!(r.limit_exceeded, "{script:?}");
    assert!(!r.aborted, "{script:?}");
    assert!(err.contains(needle), "{script:?}: {err:?} lacks {needle:?}");
    assert_usable(ws, script);
    r
}

#[test]
fn every_limit_stops_its_script() {
    let ws = Workspace::default_skeleton();
    let d = Limits::default;
    let cases: Vec<(&str, Limits, &str)> = vec![
        (
            "while :; do :; done",
            Limits {
                max_commands: 100,
                ..d()
            },
            "command limit of 100",
        ),
        (
            "f() { :; f; }; f",
            Limits {
                max_commands: 100,
                ..d()
            },
            "command limit",
        ),
        (
            "while :; do :; done",
            Limits {
                max_loop_iterations: 50,
                ..d()
            },
            "loop iteration limit of 50",
        ),
        (
            "for ((;;)); do :; done",
            Limits {
                max_loop_iterations: 50,
                ..d()
            },
            "loop iteration limit",
        ),
        (
            "for i in {1..100}; do :; done",
            Limits {
                max_loop_iterations: 50,
                ..d()
            },
            "loop iteration limit",
        ),
        (
            "until false; do :; done",
            Limits {
                max_loop_iterations: 50,
                ..d()
            },
            "loop iteration limit",
        ),
        (
            "while read l; do :; done < <(for i in {1..99}; do echo; done)",
            Limits {
                max_loop_iterations: 50,
                ..d()
            },
            "loop iteration limit",
        ),
        (
            "f() { f; }; f",
            Limits {
                max_call_depth: 20,
                ..d()
            },
            "20",
        ),
        (
            "f() { echo $(f); }; f",
            Limits {
                max_call_depth: 20,
                ..d()
            },
            "limit",
        ),
        (
            "printf 'source /tmp/r.sh' > /tmp/r.sh; source /tmp/r.sh",
            Limits {
                max_call_depth: 20,
                ..d()
            },
            "20",
        ),
        (
            "e='eval \"$e\"'; eval \"$e\"",
            Limits {
                max_call_depth: 20,
                ..d()
            },
            "20",
        ),
        (
            "f() { echo $(f); }; f",
            Limits {
                max_substitution_depth: 8,
                ..d()
            },
            "8",
        ),
        (
            "f() { ( f ); }; f",
            Limits {
                max_substitution_depth: 8,
                ..d()
            },
            "8",
        ),
        (
            "f() { cat <(f); }; f",
            Limits {
                max_substitution_depth: 8,
                ..d()
            },
            "8",
        ),
        (
            "while :; do echo xxxxxxxxxxxxxxx; done",
            Limits {
                max_output_bytes: 1000,
                ..d()
            },
            "1000",
        ),
        (
            "x=$(while :; do echo xxxxxxxxxxxxxxx; done)",
            Limits {
                max_output_bytes: 1000,
                ..d()
            },
            "limit",
        ),
        (
            "while :; do echo xxxxxxxxxxxxxxx; done | cat",
            Limits {
                max_output_bytes: 1000,
                ..d()
            },
            "limit",
        ),
        (
            "while :; do echo xxxxxxxxxxxxxxxx; done > /tmp/big",
            Limits {
                max_file_size: 1000,
                ..d()
            },
            "limit",
        ),
        (
            "x=abcdefgh; while :; do x=$x$x; done",
            Limits {
                max_file_size: 1000,
                ..d()
            },
            "limit",
        ),
        (
            "echo {1..100000}",
            Limits {
                max_brace_expansion: 1000,
                ..d()
            },
            "1000",
        ),
        (
            "echo {a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}",
            Limits {
                max_brace_expansion: 1000,
                ..d()
            },
            "1000",
        ),
        ("echo {1..9223372036854775807}", Limits::default(), "limit"),
        (
            "for i in {1..30}; do : > /tmp/g_$i; done; echo /tmp/g_*",
            Limits {
                max_glob_matches: 10,
                ..d()
            },
            "10",
        ),
        (
            "for i in {1..30}; do : > /tmp/g2_$i; done; for f in /tmp/g2_*; do :; done",
            Limits {
                max_glob_matches: 10,
                ..d()
            },
            "10",
        ),
    ];
    for (script, limits, needle) in cases {
        assert_limit(&ws, script, limits, needle);
    }
}

#[test]
fn wall_time_limit_with_a_real_clock() {
    let ws = real_clock_workspace();
    let limits = Limits {
        wall_time: Some(Duration::from_millis(100)),
        ..Limits::default()
    };
    for script in [
        "while :; do :; done",
        "f() { f; }; while :; do x=$(echo y); done",
        "while :; do echo x; done | cat > /dev/null",
    ] {
        let t = Instant::now();
        assert_limit(&ws, script, limits.clone(), "wall time limit of 100 ms");
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "{script:?}: {:?}",
            t.elapsed()
        );
    }
}

/// A RAM workspace whose backend holds at most `bytes` bytes and `files` entries.
fn small_ram_workspace(bytes: u64, files: u64) -> Workspace {
    let mut table = MountTable::new();
    let ram: Arc<dyn DynBackend> = Arc::new(MemoryBackend::new().with_limits(MemoryLimits {
        max_total_bytes: bytes,
        max_files: files,
    }));
    table
        .mount("/", ram, MountMode::ReadWrite)
        .expect("mount / on a fresh table");
    let ws = Workspace::new(table);
    ws.init_skeleton();
    ws
}

#[test]
fn ram_backend_byte_limit_fails_cleanly() {
    let ws = small_ram_workspace(1000, 100);
    let r = run_limited(&ws, "printf '%2000s' x > /tmp/big", Limits::default());
    let err = text(&r.stderr);
    assert_eq!(
        err,
        "mirage: line 1: /tmp/big: RAM backend full (limit 1000 bytes)\n"
    );
    assert!(
        !r.limit_exceeded,
        "a full backend is a failed write, not a run limit"
    );
    // Nothing of the 2000 bytes is left behind (the redirection created it empty).
    let left = block_on(ws.read_file("/tmp/big"))
        .map(|b| b.len())
        .unwrap_or(0);
    assert_eq!(left, 0, "partial file left");
    // Appending past the limit keeps the old contents.
    let r = run_limited(
        &ws,
        "echo keep > /tmp/a; printf '%2000s' x >> /tmp/a; cat /tmp/a",
        Limits::default(),
    );
    assert!(text(&r.stderr).contains("RAM backend full"), "{r:?}");
    assert_eq!(text(&r.stdout), "keep\n");
    // Small writes still work.
    let r = run_limited(&ws, "echo small > /tmp/s; cat /tmp/s", Limits::default());
    assert_eq!(text(&r.stdout), "small\n");
    assert_usable(&ws, "a full RAM backend");
}

#[test]
fn ram_backend_entry_limit_fails_cleanly() {
    // The skeleton uses /tmp, /home and /home/user: room for 2 more entries.
    let ws = small_ram_workspace(1 << 20, 5);
    let r = run_limited(
        &ws,
        "for i in 1 2 3 4; do echo $i > /tmp/f$i; done; echo end",
        Limits::default(),
    );
    let err = text(&r.stderr);
    assert!(err.contains("limit") || err.contains("full"), "{err:?}");
    let listed = block_on(ws.list("/tmp")).expect("list /tmp");
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert_usable(&ws, "a RAM backend out of entries");
}

// ---------------------------------------------------------------------------------------
// 4. Isolation of overlapping runs
// ---------------------------------------------------------------------------------------

#[test]
fn overlapping_runs_keep_their_env_and_cwd() {
    let ws = Workspace::default_skeleton();
    block_on(ws.create_dir_all("/w0")).expect("mkdir");
    let runs: Vec<_> = (0..6)
        .map(|k| {
            let dir = if k % 2 == 0 { "/tmp" } else { "/" };
            let opts = ExecuteOptions {
                cwd: Some(dir.into()),
                env: vec![("K".into(), k.to_string())],
                args: vec![format!("arg{k}")],
                ..Default::default()
            };
            ws.execute(
                "for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do \
                 : $(echo $i); echo \"$K $1 $(pwd)\"; done | sort -u 2>/dev/null || true; \
                 echo \"$K $1 $PWD\"",
                opts,
            )
        })
        .collect();
    let results = block_on(futures::future::join_all(runs));
    for (k, r) in results.iter().enumerate() {
        let dir = if k % 2 == 0 { "/tmp" } else { "/" };
        let want = format!("{k} arg{k} {dir}\n");
        let out = text(&r.stdout);
        assert!(!out.is_empty(), "run {k}: {r:?}");
        for line in out.lines() {
            assert_eq!(format!("{line}\n"), want, "run {k}");
        }
    }
    assert_eq!(
        text(&block_on(ws.execute("echo \"[$K]\"; pwd", ExecuteOptions::default())).stdout),
        "[]\n/home/user\n"
    );
}

#[test]
fn a_cancelled_run_does_not_disturb_a_concurrent_one() {
    let ws = real_clock_workspace();
    let cancel = CancelHandle::new();
    let trigger = cancel.clone();
    let canceller = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(20));
        trigger.cancel();
    });
    let doomed = ws.execute(
        "cd /tmp; X=doomed; while :; do echo spin >> /tmp/spin; : > /tmp/spin; done",
        ExecuteOptions {
            cancel: Some(cancel),
            env: vec![("E".into(), "doomed".into())],
            ..Default::default()
        },
    );
    let steady = ws.execute(
        "for i in {1..200}; do sleep 0.001; echo \"$i $E $(pwd)\"; done | tail -n 1 2>/dev/null; \
         echo \"$E $(pwd) ${X-unset}\"",
        ExecuteOptions {
            env: vec![("E".into(), "steady".into())],
            ..Default::default()
        },
    );
    let (rd, rs) = block_on(futures::future::join(doomed, steady));
    let _ = canceller.join();
    assert_eq!((rd.exit_code, rd.aborted), (130, true));
    assert_eq!(rs.exit_code, 0, "{rs:?}");
    assert!(!rs.aborted);
    let out = text(&rs.stdout);
    assert!(out.ends_with("steady /home/user unset\n"), "{out:?}");
    assert_usable(&ws, "a cancelled concurrent run");
}

// ---------------------------------------------------------------------------------------
// Known bugs: minimal repros
// ---------------------------------------------------------------------------------------

/// Runs `script` under the guard with default limits and asserts it neither panics nor
/// hangs, exits with a status in 0..=255 and leaves the workspace usable.
fn assert_survives(script: &str) -> ExecResult {
    let ws = Workspace::default_skeleton();
    let r = match guarded(
        &ws,
        script,
        ExecuteOptions::default(),
        Duration::from_secs(10),
    ) {
        Outcome::Done(r) => r,
        other => panic!("{script:?}: {other:?}"),
    };
    assert!(
        (0..=255).contains(&r.exit_code),
        "{script:?}: exit {}",
        r.exit_code
    );
    assert_usable(&ws, script);
    r
}

#[test]
fn regression_many_process_substitutions_overflow_fd_number() {
    let r = assert_survives("for i in {1..70}; do cat <(echo $i) >/dev/null; done; echo done");
    assert_eq!(text(&r.stdout), "done\n");
}

#[test]
fn regression_substring_length_overflow() {
    let r = assert_survives("v=abc; echo ${v:1:9223372036854775807} ${v: -9223372036854775808}");
    assert_eq!(text(&r.stdout), "bc\n");
}

#[test]
fn regression_array_append_after_max_index() {
    assert_survives("arr[9223372036854775807]=x; arr+=(y); echo ${#arr[@]}");
    // The same `last key + 1` for a negative subscript (state.rs).
    assert_survives("arr[9223372036854775807]=x; arr[-1]=y; echo ${#arr[@]}");
}

#[test]
fn regression_failed_flush_keeps_status_zero() {
    let ws = small_ram_workspace(1000, 100);
    let r = run_limited(
        &ws,
        "printf '%2000s' x > /tmp/big; echo status $?",
        Limits::default(),
    );
    assert_eq!(
        text(&r.stdout),
        "status 1\n",
        "stderr {:?}",
        text(&r.stderr)
    );
    let r = run_limited(
        &ws,
        "set -e; printf '%2000s' x > /tmp/big; echo not reached",
        Limits::default(),
    );
    assert_eq!(text(&r.stdout), "");
}

#[test]
fn regression_stderr_overflow_hides_the_limit_message() {
    let ws = Workspace::default_skeleton();
    let limits = Limits {
        max_output_bytes: 1000,
        ..Limits::default()
    };
    let r = run_limited(&ws, "while :; do echo xxxxxxxxxxxxxxx >&2; done", limits);
    assert_eq!((r.exit_code, r.limit_exceeded), (124, true));
    let err = text(&r.stderr);
    assert!(
        err.ends_with("limit of 1000 bytes exceeded\n") || err.contains("output limit"),
        "{err:?}"
    );
}

#[test]
fn regression_wall_time_does_not_bound_sleep() {
    let ws = real_clock_workspace();
    let limits = Limits {
        wall_time: Some(Duration::from_millis(100)),
        ..Limits::default()
    };
    let t = Instant::now();
    let opts = ExecuteOptions {
        limits: Some(limits),
        ..Default::default()
    };
    let r = match guarded(&ws, "sleep 3; echo woke", opts, Duration::from_secs(10)) {
        Outcome::Done(r) => r,
        other => panic!("{other:?}"),
    };
    assert!(
        t.elapsed() < Duration::from_secs(1),
        "slept {:?}",
        t.elapsed()
    );
    assert_eq!((r.exit_code, r.limit_exceeded), (124, true));
}

#[test]
fn regression_append_in_a_loop_passes_the_file_size_limit() {
    let ws = Workspace::default_skeleton();
    let limits = Limits {
        max_file_size: 1000,
        ..Limits::default()
    };
    let r = run_limited(
        &ws,
        "for i in {1..200}; do echo xxxxxxxxxxxxxxxx >> /tmp/big; done",
        limits,
    );
    let size = block_on(ws.stat("/tmp/big")).map(|m| m.size).unwrap_or(0);
    assert!(size <= 1000, "/tmp/big grew to {size} bytes");
    assert_eq!((r.exit_code, r.limit_exceeded), (124, true));
}

/// `timeout` stops commands that compute without ever awaiting (jq, bc): its timer never
/// gets to run, so the deadline travels with the command and their step guards check it;
/// nested timeouts each answer for their own deadline.
#[test]
fn timeout_stops_synchronous_interpreters() {
    let ws = real_clock_workspace();
    let script = r#"timeout 0.3 jq -n 'reduce range(1e12) as $i (0; . + 1)'; echo "jq $?"
echo 'while (1) { }' | timeout 0.3 bc; echo "bc $?"
timeout 5 bash -c "timeout 0.3 jq -n 'def f: f; f'; echo inner \$?"; echo "outer $?"
timeout 0.3 bash -c "timeout 5 jq -n 'def f: f; f'; echo inner \$?"; echo "outer $?"
timeout 5 jq -n '1 + 1'; echo "quick $?""#;
    let t = Instant::now();
    let r = match guarded(
        &ws,
        script,
        ExecuteOptions::default(),
        Duration::from_secs(30),
    ) {
        Outcome::Done(r) => r,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        text(&r.stdout),
        "jq 124\nbc 124\ninner 124\nouter 0\nouter 124\n2\nquick 0\n"
    );
    assert!(t.elapsed() < Duration::from_secs(10), "{:?}", t.elapsed());
}
