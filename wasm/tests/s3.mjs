// S3 mounts of the mirage-wasm package under node, against a real local S3 server
// (s3s-fs, which checks SigV4 signatures). Run by scripts/test after scripts/build-wasm, with
// the server started by scripts/lib/s3-server.sh (S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY,
// S3_REGION, S3_SERVER_DIR). Objects are seeded as files in the server's folder, so the
// checks do not depend on the code under test to set up.
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startCorsProxy } from "./cors-proxy.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const mirage = await import(path.join(here, "..", "pkg", "index.mjs"));
const { Workspace } = mirage;
const require = (await import("node:module")).createRequire(import.meta.url);
const glue = require(path.join(here, "..", "pkg", "node", "mirage.js"));

const env = (k) => {
  const v = process.env[k];
  if (!v) {
    console.error(`s3.mjs: ${k} is not set (start the server with scripts/lib/s3-server.sh)`);
    process.exit(2);
  }
  return v;
};
const endpoint = env("S3_ENDPOINT");
const dir = env("S3_SERVER_DIR");
const credentials = { accessKeyId: env("S3_ACCESS_KEY"), secretAccessKey: env("S3_SECRET_KEY") };
const region = process.env.S3_REGION || "us-east-1";

/** A fresh bucket holding `files` ({ key: content }). */
let buckets = 0;
function bucket(files = {}) {
  const name = `t${process.pid}-${++buckets}`;
  fs.mkdirSync(path.join(dir, name));
  for (const [key, data] of Object.entries(files)) {
    const p = path.join(dir, name, key);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
  }
  return name;
}
const object = (b, key) => {
  const p = path.join(dir, b, key);
  return fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p, "utf8") : null;
};
const s3 = (b, extra = {}) => ({ type: "s3", bucket: b, endpoint, region, credentials, ...extra });
const mount = (b, extra = {}) => new Workspace({ mounts: { "/data": s3(b, extra) } });

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

const seed = {
  "README.md": "# demo\nTODO: write docs\n",
  "src/main.rs": "fn main() {\n    // TODO: parse args\n    println!(\"hi\");\n}\n",
  "src/lib/util.rs": "pub fn add(a: i32, b: i32) -> i32 { a + b }\n",
  "data/nums.csv": "a,b\n1,2\n3,4\n",
};

test("backend contract suite (vfs::contract) against s3s-fs", async () => {
  const b = bucket();
  const results = await glue.__s3Contract(s3(b, { prefix: "contract" }));
  const failed = results.filter(([, err]) => err !== null);
  assert.ok(results.length >= 15, `only ${results.length} checks ran`);
  assert.deepEqual(failed, [], failed.map(([n, e]) => `${n}: ${e}`).join("\n"));
});

test("ls, cat, grep -r, find, wc over a bucket", async () => {
  const ws = mount(bucket(seed));
  let r = await ws.execute("ls /data; ls /data/src");
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "README.md\ndata\nsrc\nlib\nmain.rs\n");
  r = await ws.execute("cat /data/README.md /data/data/nums.csv");
  assert.equal(r.stdout, seed["README.md"] + seed["data/nums.csv"]);
  r = await ws.execute("cd /data && grep -rn TODO . | sort");
  assert.equal(r.stdout, "./README.md:2:TODO: write docs\n./src/main.rs:2:    // TODO: parse args\n");
  r = await ws.execute("find /data -name '*.rs' | sort; find /data -type d | sort");
  assert.equal(r.stdout, "/data/src/lib/util.rs\n/data/src/main.rs\n/data\n/data/data\n/data/src\n/data/src/lib\n");
  r = await ws.execute("wc -l /data/src/main.rs; cat /data/data/nums.csv | wc -c");
  assert.equal(r.stdout, "4 /data/src/main.rs\n12\n");
  r = await ws.execute("ls -l /data/README.md | cut -d' ' -f5; head -c 6 /data/README.md; echo");
  assert.equal(r.stdout, "24\n# demo\n");
  const st = await ws.stat("/data/src/main.rs");
  assert.equal(st.size, seed["src/main.rs"].length);
  assert.ok(st.mtimeMs > 1e12, "mtime from Last-Modified");
  assert.deepEqual(await ws.readdir("/data/src"), ["lib", "main.rs"]);
});

test("a prefix mounts a folder of the bucket", async () => {
  const ws = mount(bucket(seed), { prefix: "src/" });
  const r = await ws.execute("find /data | sort");
  assert.equal(r.stdout, "/data\n/data/lib\n/data/lib/util.rs\n/data/main.rs\n");
});

test("writes: echo >, mkdir, mv (copy + delete), rm -r", async () => {
  const b = bucket(seed);
  const ws = mount(b);
  let r = await ws.execute("echo hello > /data/x.txt && echo more >> /data/x.txt && cat /data/x.txt");
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "hello\nmore\n");
  assert.equal(object(b, "x.txt"), "hello\nmore\n");
  r = await ws.execute("mkdir /data/empty && ls -d /data/empty && ls /data/empty | wc -l");
  assert.equal(r.stdout, "/data/empty\n0\n");
  r = await ws.execute("mv /data/x.txt /data/empty/y.txt && cat /data/empty/y.txt && ls /data/x.txt");
  assert.equal(r.stdout, "hello\nmore\n");
  assert.match(r.stderr, /No such file or directory/);
  assert.equal(object(b, "x.txt"), null);
  assert.equal(object(b, "empty/y.txt"), "hello\nmore\n");
  r = await ws.execute("mv /data/src /data/code && find /data/code -type f | sort && ls /data/src");
  assert.equal(r.stdout, "/data/code/lib/util.rs\n/data/code/main.rs\n");
  assert.notEqual(r.exitCode, 0);
  r = await ws.execute("rm -r /data/code && ls /data && rm /data/empty/y.txt && ls -d /data/empty");
  assert.equal(r.stderr, "");
  assert.equal(r.stdout, "README.md\ndata\nempty\n/data/empty\n");
  r = await ws.execute("rmdir /data/data; echo $?; rm -r /data/data /data/empty && ls /data");
  assert.equal(r.stdout, "1\nREADME.md\n");
  await ws.writeFile("/data/w.bin", new Uint8Array([0, 1, 255]));
  assert.deepEqual([...(await ws.readFile("/data/w.bin"))], [0, 1, 255]);
});

test("readOnly mounts refuse writes with EROFS", async () => {
  const b = bucket(seed);
  const ws = mount(b, { readOnly: true });
  const r = await ws.execute("cat /data/README.md | head -1; echo x > /data/new.txt; rm /data/README.md; mkdir /data/d");
  assert.equal(r.stdout, "# demo\n");
  assert.match(r.stderr, /Read-only file system/);
  assert.notEqual(r.exitCode, 0);
  await assert.rejects(ws.writeFile("/data/y", "y"), (e) => e.code === "EROFS");
  assert.equal(object(b, "new.txt"), null);
  assert.equal(object(b, "README.md"), seed["README.md"]);
});

test("errors: missing key, bad keys, unreachable endpoint", async () => {
  const b = bucket(seed);
  let r = await mount(b).execute("cat /data/nope.txt; cat /data/src");
  assert.equal(r.stderr, "cat: /data/nope.txt: No such file or directory\ncat: /data/src: Is a directory\n");
  assert.equal(r.exitCode, 1);
  await assert.rejects(mount(b).readFile("/data/nope"), (e) => e.code === "ENOENT");
  const bad = new Workspace({
    mounts: { "/data": { ...s3(b), credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: "wrong" } } },
  });
  r = await bad.execute("cat /data/README.md");
  assert.match(r.stderr, /Permission denied \(S3 SignatureDoesNotMatch/);
  await assert.rejects(bad.readFile("/data/README.md"), (e) => e.code === "EACCES");
  const closed = await new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
  const down = new Workspace({ mounts: { "/data": { ...s3(b), endpoint: `http://127.0.0.1:${closed}` } } });
  r = await down.execute("ls /data");
  assert.equal(r.exitCode, 2);
  assert.match(r.stderr, new RegExp(`^ls: cannot open directory '/data': S3 request to http://127.0.0.1:${closed} failed: fetch failed \\(.*ECONNREFUSED`));
  assert.throws(() => new Workspace({ mounts: { "/d": { type: "s3", bucket: b, endpoint } } }), /credentials/);
  assert.throws(() => new Workspace({ mounts: { "/d": s3(b, { endpoint: "localhost:9000" }) } }), /endpoint must be/);
});

test("200 objects: grep -r reads concurrently, at most `concurrency` in flight", async () => {
  const files = {};
  for (let i = 0; i < 200; i++) files[`many/f${String(i).padStart(3, "0")}.txt`] = `line ${i}\n${i % 7 === 0 ? "needle\n" : ""}`;
  const b = bucket(files);
  const proxy = await startCorsProxy(endpoint);
  try {
    for (const concurrency of [8, 32]) {
      const ws = new Workspace({ mounts: { "/data": { ...s3(b), endpoint: proxy.url, concurrency } } });
      proxy.resetPeak();
      const t0 = performance.now();
      const r = await ws.execute("grep -rl needle /data/many | wc -l; cat /data/many/* | wc -l");
      const ms = performance.now() - t0;
      assert.equal(r.stdout, "29\n229\n");
      const { peak, requests } = proxy.stats();
      console.log(`    concurrency ${concurrency}: ${requests} requests, peak ${peak} in flight, ${ms.toFixed(0)} ms`);
      assert.ok(peak <= concurrency, `peak ${peak} > ${concurrency}`);
      assert.ok(peak >= Math.min(concurrency, 8) / 2, `peak ${peak}: reads were not concurrent`);
    }
    // Listings are paginated: 7 keys a page takes 29 pages for `find` and 29 for `ls`.
    const paged = new Workspace({ mounts: { "/data": { ...s3(b), endpoint: proxy.url, pageSize: 7 } } });
    proxy.resetPeak();
    const r = await paged.execute("find /data -type f | wc -l; ls /data/many | tail -n 1");
    assert.equal(r.stdout, "200\nf199.txt\n");
    assert.ok(proxy.stats().requests >= 58, `${proxy.stats().requests} requests: listings were not paged`);
  } finally {
    await proxy.close();
  }
});

test("abort: a grep -r over many slow objects stops with 130 at once", async () => {
  const files = {};
  for (let i = 0; i < 300; i++) files[`f${i}.txt`] = `x ${i}\n`;
  const b = bucket(files);
  const proxy = await startCorsProxy(endpoint, 0, { delayMs: 50 });
  try {
    const ws = new Workspace({ mounts: { "/data": { ...s3(b), endpoint: proxy.url, concurrency: 4 } } });
    const ac = new AbortController();
    const run = ws.execute("grep -r needle /data; echo not reached", { signal: ac.signal });
    await new Promise((r) => setTimeout(r, 300));
    const t0 = performance.now();
    ac.abort();
    const r = await run;
    const ms = performance.now() - t0;
    console.log(`    aborted after ${ms.toFixed(1)} ms (${proxy.stats().requests} requests sent)`);
    assert.equal(r.exitCode, 130);
    assert.equal(r.aborted, true);
    assert.ok(!r.stdout.includes("not reached"));
    assert.ok(ms < 100, `abort took ${ms} ms`);
    assert.ok(proxy.stats().requests < 150, "the grep ran to the end");
    // The workspace stays usable.
    assert.equal((await ws.execute("cat /data/f1.txt")).stdout, "x 1\n");
  } finally {
    await proxy.close();
  }
});

let failed = 0;
for (const { name, fn } of tests) {
  const t0 = performance.now();
  try {
    await fn();
    console.log(`ok   ${name} (${(performance.now() - t0).toFixed(0)} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}\n${e.stack ?? e}`);
  }
}
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
