// End-to-end test of the mirage-wasm npm package under node (`node wasm/tests/node.mjs`).
// Needs the package built first (scripts/build-wasm). Plain node: no test framework.
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const { Workspace } = await import(path.join(here, "..", "pkg", "index.mjs"));

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

test("echo and pipes", async () => {
  const ws = new Workspace();
  const r = await ws.execute("echo hello world | tr a-z A-Z | cat");
  assert.equal(r.stdout, "HELLO WORLD\n");
  assert.equal(r.stderr, "");
  assert.equal(r.exitCode, 0);
  assert.deepEqual([...r.stdoutBytes], [...Buffer.from("HELLO WORLD\n")]);
  assert.ok(r.stderrBytes instanceof Uint8Array);
});

test("default workspace: home, cwd, env", async () => {
  const ws = new Workspace();
  assert.equal(ws.cwd, "/home/user");
  const r = await ws.execute('echo "$HOME $USER $PWD"; ls -d /tmp');
  assert.equal(r.stdout, "/home/user user /home/user\n/tmp\n");
});

test("ram mount files, grep over files written with writeFile", async () => {
  const ws = new Workspace({
    mounts: { "/": { type: "ram", files: { "/a.txt": "alpha\nbeta\n", "src/lib.rs": "fn main() {}\n" } } },
    env: { GREETING: "hi" },
    cwd: "/src",
  });
  assert.equal(ws.cwd, "/src");
  const r = await ws.execute("cat lib.rs ../a.txt; echo $GREETING");
  assert.equal(r.stdout, "fn main() {}\nalpha\nbeta\nhi\n");
  await assertCode(ws.writeFile("/notes/todo.md", "x"), "ENOENT"); // parent missing
});

test("grep -r over writeFile'd files", async () => {
  const ws = new Workspace({ mounts: { "/": { type: "ram", files: { "/a.txt": "alpha\nbeta\n" } } } });
  await ws.mkdir("/proj/src", { recursive: true });
  await ws.writeFile("/proj/src/one.txt", "needle here\nhay\n");
  await ws.writeFile("/proj/src/two.txt", new TextEncoder().encode("hay\nneedle again\n"));
  const r = await ws.execute("grep -rn needle /proj | sort");
  assert.equal(r.stdout, "/proj/src/one.txt:1:needle here\n/proj/src/two.txt:2:needle again\n");
  assert.equal((await ws.execute("cat /a.txt | wc -l")).stdout.trim(), "2");
});

test("cwd and env per call do not persist; variables and cd do", async () => {
  const ws = new Workspace({ env: { GREETING: "hi" } });
  await ws.mkdir("/w");
  let r = await ws.execute("pwd; echo $GREETING $X", { cwd: "/w", env: { X: "1" } });
  assert.equal(r.stdout, "/w\nhi 1\n");
  r = await ws.execute("pwd; echo \"[$X]\"");
  assert.equal(r.stdout, "/home/user\n[]\n");
  await ws.execute("cd /tmp; Y=kept");
  r = await ws.execute("pwd; echo $Y");
  assert.equal(r.stdout, "/tmp\nkept\n");
  assert.equal(ws.cwd, "/tmp");
});

test("stdin and args", async () => {
  const ws = new Workspace();
  let r = await ws.execute("sort | head -n 1", { stdin: "b\na\nc\n" });
  assert.equal(r.stdout, "a\n");
  r = await ws.execute('echo "$1-$2"', { args: ["x", "y"] });
  assert.equal(r.stdout, "x-y\n");
});

test("exit codes", async () => {
  const ws = new Workspace();
  assert.equal((await ws.execute("false")).exitCode, 1);
  assert.equal((await ws.execute("exit 7")).exitCode, 7);
  let r = await ws.execute("nosuchcmd");
  assert.equal(r.exitCode, 127);
  assert.match(r.stderr, /nosuchcmd: command not found/);
  r = await ws.execute("cat /missing");
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /No such file or directory/);
  r = await ws.execute("if then");
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, /syntax error/);
});

test("readFile, readdir, stat", async () => {
  const ws = new Workspace({ mounts: { "/": { type: "ram", files: { "/d/a.txt": "AAA", "/d/b.txt": "B" } } } });
  assert.equal(await ws.readFile("/d/a.txt", "utf8"), "AAA");
  const bytes = await ws.readFile("/d/a.txt");
  assert.ok(bytes instanceof Uint8Array);
  assert.deepEqual([...bytes], [65, 65, 65]);
  await ws.execute("mkdir /d/sub; echo made > /d/made.txt");
  assert.deepEqual(await ws.readdir("/d"), ["a.txt", "b.txt", "made.txt", "sub"]);
  const entries = await ws.readdir("/d", { withFileTypes: true });
  assert.deepEqual(entries.map((e) => [e.name, e.type]), [["a.txt", "file"], ["b.txt", "file"], ["made.txt", "file"], ["sub", "dir"]]);
  const st = await ws.stat("/d/a.txt");
  assert.equal(st.type, "file");
  assert.equal(st.size, 3);
  assert.equal(st.isFile, true);
  assert.equal(st.isDirectory, false);
  assert.equal(typeof st.mode, "number");
  const dir = await ws.stat("/d");
  assert.equal(dir.isDirectory, true);
  // mtimes come from Date.now()
  const made = await ws.stat("/d/made.txt");
  assert.ok(made.mtimeMs === null || Math.abs(made.mtimeMs - Date.now()) < 60_000, `mtime ${made.mtimeMs}`);
});

test("mkdir and rm", async () => {
  const ws = new Workspace();
  await ws.mkdir("/a/b/c", { recursive: true });
  await ws.mkdir("/a/b/c", { recursive: true }); // existing is fine
  await ws.writeFile("/a/b/c/f", "x");
  await assertCode(ws.rm("/a"), "ENOTEMPTY");
  await ws.rm("/a/b/c/f");
  await ws.rm("/a", { recursive: true });
  await assertCode(ws.stat("/a"), "ENOENT");
  await ws.rm("/a", { force: true });
  await assertCode(ws.rm("/a"), "ENOENT");
});

test("errors are Errors with codes", async () => {
  const ws = new Workspace({
    mounts: {
      "/": { type: "ram" },
      "/ro": { type: "ram", readOnly: true, files: { "/x.txt": "read only\n" } },
    },
  });
  await assertCode(ws.readFile("/nope"), "ENOENT");
  await assertCode(ws.readFile("/ro"), "EISDIR");
  await assertCode(ws.writeFile("/ro/x.txt", "no"), "EROFS");
  await assertCode(ws.readdir("/ro/x.txt"), "ENOTDIR");
  await assertCode(ws.mkdir("/ro/new"), "EROFS");
  await ws.mkdir("/e");
  await assertCode(ws.mkdir("/e"), "EEXIST");
  assert.equal(await ws.readFile("/ro/x.txt", "utf8"), "read only\n");
  assert.deepEqual(await ws.readdir("/"), ["e", "ro"]);
  const err = await ws.readFile("/nope").catch((e) => e);
  assert.ok(err instanceof Error);
  assert.equal(err.path, "/nope");
  assert.match(err.message, /^ENOENT: /);
  const r = await ws.execute("echo no > /ro/y.txt");
  assert.equal(r.exitCode, 1);
  assert.match(r.stderr, /Read-only file system/);
  assert.throws(() => new Workspace({ mounts: { "/": { type: "nfs" } } }), (e) => e.code === "ENOTSUP");
  assert.throws(() => new Workspace({ mounts: { "/": { type: "s3" } } }), (e) => e instanceof TypeError && e.code === "EINVAL");
  assert.throws(() => new Workspace({ env: { A: 1 } }), (e) => e instanceof TypeError && e.code === "EINVAL");
  assert.throws(() => new Workspace({ cwd: "/nope" }), (e) => e.code === "ENOENT");
});

test("abort a busy loop with AbortController (exit 130)", async () => {
  const ws = new Workspace();
  const { r, ms } = await abortAfter(ws, "while true; do :; done");
  assert.equal(r.exitCode, 130);
  assert.equal(r.aborted, true);
  assert.ok(ms < 300, `abort took ${ms} ms`);
  // The workspace stays usable.
  assert.equal((await ws.execute("echo after")).stdout, "after\n");
});

test("abort sleep 100 (exit 130, timer cleared)", async () => {
  const { r, ms } = await abortAfter(new Workspace(), "sleep 100; echo not reached");
  assert.equal(r.exitCode, 130);
  assert.equal(r.stdout, "");
  assert.ok(ms < 300, `abort took ${ms} ms`);
});

test("an already aborted signal runs nothing", async () => {
  const ws = new Workspace();
  const r = await ws.execute("echo x > /tmp/f", { signal: AbortSignal.abort() });
  assert.equal(r.exitCode, 130);
  await assertCode(ws.stat("/tmp/f"), "ENOENT");
});

test("sleep uses real time", async () => {
  const ws = new Workspace();
  const t0 = Date.now();
  const r = await ws.execute("sleep 0.2; echo done");
  assert.equal(r.stdout, "done\n");
  assert.ok(Date.now() - t0 >= 190);
});

test("limits: deep recursion and loop caps stop cleanly (124)", async () => {
  const ws = new Workspace();
  let r = await ws.execute("f() { f; }; f");
  assert.equal(r.exitCode, 124);
  assert.equal(r.limitExceeded, true);
  r = await ws.execute("while :; do :; done", { limits: { maxLoopIterations: 1000 } });
  assert.equal(r.exitCode, 124);
  const ws2 = new Workspace({ limits: { wallTimeMs: 100 } });
  r = await ws2.execute("while :; do :; done");
  assert.equal(r.exitCode, 124);
  // A call's limits override single fields of the workspace's.
  r = await ws2.execute("sleep 0.01; i=0; while :; do i=$((i+1)); done", { limits: { maxLoopIterations: 50 } });
  assert.equal(r.exitCode, 124);
  assert.match(r.stderr, /loop/);
  r = await ws2.execute("while :; do :; done", { limits: { maxLoopIterations: 1e12 } });
  assert.equal(r.exitCode, 124);
  assert.match(r.stderr, /wall time/);
  assert.equal((await ws.execute("echo ok")).stdout, "ok\n");
});

test("onStdout streams output while the run goes on", async () => {
  const ws = new Workspace();
  const chunks = [];
  const t0 = Date.now();
  let resolved = false;
  const p = ws.execute("for i in 1 2 3; do echo $i; sleep 0.1; done; echo oops >&2", {
    onStdout: (chunk) => chunks.push({ chunk, ms: Date.now() - t0, resolved }),
  });
  const r = await p;
  resolved = true;
  assert.deepEqual(chunks.map((c) => new TextDecoder().decode(c.chunk)), ["1\n", "2\n", "3\n"]);
  assert.ok(chunks.every((c) => c.chunk instanceof Uint8Array && !c.resolved));
  assert.ok(chunks[1].ms >= 90 && chunks[2].ms >= 190, JSON.stringify(chunks.map((c) => c.ms)));
  // The streamed stream is not kept; the other one is.
  assert.equal(r.stdout, "");
  assert.equal(r.stdoutBytes.length, 0);
  assert.equal(r.stderr, "oops\n");
  assert.equal(r.exitCode, 0);
});

test("chunkEncoding utf8: strings, characters never split", async () => {
  const ws = new Workspace();
  let out = "";
  let err = "";
  const r = await ws.execute("printf '\\xe2\\x82'; printf '\\xac\\n'; echo é >&2; exit 4", {
    chunkEncoding: "utf8",
    onStdout: (s) => { assert.equal(typeof s, "string"); assert.ok(!s.includes("\uFFFD")); out += s; },
    onStderr: (s) => { err += s; },
  });
  assert.equal(out, "€\n");
  assert.equal(err, "é\n");
  assert.equal(r.exitCode, 4);
});

test("a throwing callback stops the run and rejects", async () => {
  const ws = new Workspace();
  await assert.rejects(ws.execute("while :; do echo x; done", { onStdout: () => { throw new Error("enough"); } }), /enough/);
  await assert.rejects(ws.execute("true", { onStdout: 1 }), TypeError);
  await assert.rejects(ws.execute("true", { chunkEncoding: "latin1" }), TypeError);
});

test("abort a pipeline (yes | cat | wc -l)", async () => {
  const { r, ms } = await abortAfter(new Workspace(), "yes | cat | wc -l");
  assert.equal(r.exitCode, 130);
  assert.ok(ms < 300, `abort took ${ms} ms`);
});

/** Runs `script` and aborts it after 100 ms: the result, and how late it stopped (ms). */
async function abortAfter(ws, script) {
  const ac = new AbortController();
  const t0 = Date.now();
  setTimeout(() => ac.abort(), 100);
  const r = await ws.execute(script, { signal: ac.signal });
  return { r, ms: Date.now() - t0 - 100 };
}

async function assertCode(promise, code) {
  const err = await promise.then(
    () => assert.fail(`expected ${code}, it resolved`),
    (e) => e,
  );
  assert.ok(err instanceof Error, `not an Error: ${err}`);
  assert.equal(err.code, code, `${err.message}`);
}

let failed = 0;
for (const { name, fn } of tests) {
  try {
    await fn();
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}\n      ${String(e.stack || e).split("\n").join("\n      ")}`);
  }
}
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
