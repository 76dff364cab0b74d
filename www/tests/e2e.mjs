// End-to-end test of the playground in real headless Chromium (Debian's `chromium`, driven
// by playwright-core; no browser download). Needs www/dist (scripts/build-www).
// Run: node www/tests/e2e.mjs   (CHROMIUM=/path/to/chromium to override)
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import fs from "node:fs";
import { startCorsProxy } from "../../wasm/tests/cors-proxy.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "..", "dist");
const types = { ".html": "text/html", ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css", ".wasm": "application/wasm" };

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://x");
  const file = path.join(dist, url.pathname === "/" ? "index.html" : path.normalize(url.pathname));
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${server.address().port}/`;

// The local S3 server (scripts/lib/s3-server.sh exports S3_*), behind a CORS proxy: the
// page mounts a bucket through the playground's form, signed in wasm, checked by s3s-fs.
const s3env = process.env.S3_ENDPOINT && process.env.S3_SERVER_DIR ? process.env : null;
let proxy = null;
let slow = null;
const bucket = `e2e-${process.pid}`;
if (s3env) {
  const seed = {
    "logs/app.log": "INFO start\nERROR disk full\nINFO retry\n",
    "logs/db.log": "ERROR timeout\nINFO ok\n",
    "README.txt": "bucket for the playground test\n",
  };
  for (const [key, text] of Object.entries(seed)) {
    const p = path.join(s3env.S3_SERVER_DIR, bucket, key);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  proxy = await startCorsProxy(s3env.S3_ENDPOINT);
} else {
  console.log("skip  S3 mount in the playground (no S3_ENDPOINT: run through scripts/test)");
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  // playwright gives the browser a fresh temporary profile.
});
let failed = false;
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 720 } });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base);
  await page.waitForFunction(() => window.mirageReady === true, null, { timeout: 20_000 });

  // Typing into the terminal runs a command and shows its output.
  await page.click("#terminal");
  await page.keyboard.type("cd project && grep -rn TODO src | sort | tr a-z A-Z");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.screen().includes("SRC/MAIN.RS:4:"), null, { timeout: 10_000 });
  assert.match(await page.evaluate(() => window.mirage.screen()), /SRC\/TASKS\.RS:2:\s+\/\/ TODO: READ THE FILE/);

  // Output streams into the terminal while a command still runs.
  await page.keyboard.type("for i in 1 2 3; do echo tick$i; sleep 0.4; done");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.screen().includes("tick1"), null, { timeout: 5_000 });
  assert.equal(await page.evaluate(() => window.mirage.running), true, "tick1 printed before the loop ended");
  await page.waitForFunction(() => window.mirage.screen().includes("tick3") && !window.mirage.running, null, { timeout: 5_000 });

  // The file tree refreshes after a command.
  await page.keyboard.type("echo hello > created-by-test.txt");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.tree().includes("created-by-test.txt"), null, { timeout: 10_000 });

  // The data example and the API from page scripts.
  await page.selectOption("#example", "data");
  await page.click("#load");
  await page.waitForFunction(() => window.mirage.tree().includes("cities.csv"), null, { timeout: 10_000 });
  const top = await page.evaluate(async () =>
    (await window.mirage.ws.execute("cd data && sort -t, -k3 -nr cities.csv | head -n 1 | cut -d, -f1")).stdout);
  assert.equal(top, "Tokyo\n");

  // The abort button stops a busy loop (exit 130).
  await page.click("#terminal");
  await page.keyboard.type("while true; do :; done");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.running, null, { timeout: 5_000 });
  await page.waitForTimeout(200);
  const t0 = Date.now();
  await page.click("#abort");
  await page.waitForFunction(() => window.mirage.screen().includes("aborted, exit 130"), null, { timeout: 5_000 });
  const abortMs = Date.now() - t0;
  assert.ok(abortMs < 2000, `abort took ${abortMs} ms`);

  // Ctrl-C aborts `sleep 100`.
  await page.keyboard.type("sleep 100");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.running, null, { timeout: 5_000 });
  await page.keyboard.press("Control+C");
  await page.waitForFunction(() => !window.mirage.running, null, { timeout: 5_000 });

  let s3note = "";
  if (proxy) {
    // Mount the local bucket with the form (read-only first, then read-write).
    const mountS3 = async (readOnly) => {
      await page.evaluate(() => { document.getElementById("s3-mount").open = true; });
      await page.fill("#s3-form [name=endpoint]", proxy.url);
      await page.fill("#s3-form [name=bucket]", bucket);
      await page.fill("#s3-form [name=region]", s3env.S3_REGION || "us-east-1");
      await page.fill("#s3-form [name=accessKeyId]", s3env.S3_ACCESS_KEY);
      await page.fill("#s3-form [name=secretAccessKey]", s3env.S3_SECRET_KEY);
      await page.fill("#s3-form [name=mountPath]", "/s3");
      await page.setChecked("#s3-form [name=readOnly]", readOnly);
      await page.click("#s3-form button[type=submit]");
      await page.waitForFunction(() => /^(mounted|mount failed)/.test(document.getElementById("s3-status").textContent), null, { timeout: 10_000 });
      const text = await page.textContent("#s3-status");
      assert.match(text, /^mounted s3:\/\//, text);
    };
    await mountS3(true);
    await page.waitForFunction(() => window.mirage.tree().includes("app.log"), null, { timeout: 10_000 });
    await page.click("#terminal");
    await page.keyboard.type("grep -rc ERROR /s3/logs | sort; cat /s3/README.txt; echo x > /s3/new.txt");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.mirage.screen().includes("Read-only file system"), null, { timeout: 10_000 });
    const screen = await page.evaluate(() => window.mirage.screen());
    assert.match(screen, /\/s3\/logs\/app\.log:1\s+\/s3\/logs\/db\.log:1\s+bucket for the playground test/);
    await mountS3(false);
    await page.click("#terminal");
    await page.keyboard.type("cd /s3 && wc -l logs/* > summary.txt && cat summary.txt && cd /home/user");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.mirage.screen().includes("5 total"), null, { timeout: 10_000 });
    await page.waitForFunction(() => window.mirage.tree().includes("summary.txt"), null, { timeout: 10_000 });
    assert.equal(fs.readFileSync(path.join(s3env.S3_SERVER_DIR, bucket, "summary.txt"), "utf8"),
      " 3 logs/app.log\n 2 logs/db.log\n 5 total\n");
    // Abort a grep -r over many objects of a slow bucket (each request held 50 ms): the
    // fetches in flight are aborted and the run ends with 130 at once.
    const slowBucket = `${bucket}-slow`;
    for (let i = 0; i < 200; i++) {
      const p = path.join(s3env.S3_SERVER_DIR, slowBucket, `f${i}.txt`);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, `line ${i}\n`);
    }
    slow = await startCorsProxy(s3env.S3_ENDPOINT, 0, { delayMs: 50 });
    await page.evaluate(async ([endpoint, bucket, accessKeyId, secretAccessKey]) => {
      await window.mirage.mount("/slow", { type: "s3", endpoint, bucket, credentials: { accessKeyId, secretAccessKey }, concurrency: 4 });
    }, [slow.url, slowBucket, s3env.S3_ACCESS_KEY, s3env.S3_SECRET_KEY]);
    await page.click("#terminal");
    await page.keyboard.type("grep -r needle /slow; echo not-\"reached\"");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.mirage.running, null, { timeout: 5_000 });
    await page.waitForTimeout(400);
    const s0 = Date.now();
    await page.click("#abort");
    await page.waitForFunction(() => !window.mirage.running, null, { timeout: 5_000 });
    const s3AbortMs = Date.now() - s0;
    const after = await page.evaluate(() => window.mirage.screen());
    assert.ok(after.includes("aborted, exit 130") && !after.includes("not-reached"), after);
    assert.ok(slow.stats().requests < 150, `the grep ran on (${slow.stats().requests} requests)`);
    await page.click("#terminal");
    s3note = `, S3 grep -r aborted in ${s3AbortMs} ms after ${slow.stats().requests} of 201 requests` +
      `, S3 bucket mounted through the form (${proxy.stats().requests} requests via the CORS proxy)`;
  }

  await page.keyboard.type("ls -l | head -n 3; echo e2e-fin\"ished\"");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.screen().includes("e2e-finished"), null, { timeout: 5_000 });
  await page.screenshot({ path: path.join(dist, "screenshot.png") });
  assert.deepEqual(errors, []);
  console.log(`ok    playground in Chromium (abort in ${abortMs} ms${s3note}); screenshot: www/dist/screenshot.png`);
} catch (e) {
  failed = true;
  try {
    const page = browser.contexts()[0]?.pages()[0];
    if (page) console.log(await page.evaluate(() => [window.mirage.running, window.mirage.screen().trimEnd().split("\n").slice(-8).join("\n")]));
  } catch {}
  console.log(`FAIL  playground in Chromium\n${e.stack ?? e}`);
} finally {
  await browser.close();
  server.close();
  await proxy?.close();
  await slow?.close();
}
process.exit(failed ? 1 : 0);
