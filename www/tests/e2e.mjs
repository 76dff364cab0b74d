// End-to-end test of the playground in real headless Chromium (Debian's `chromium`, driven
// by playwright-core; no browser download). Needs www/dist (scripts/build-www).
// Run: node www/tests/e2e.mjs   (CHROMIUM=/path/to/chromium to override)
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

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

  await page.keyboard.type("ls -l | head -n 3; echo e2e-fin\"ished\"");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.mirage.screen().includes("e2e-finished"), null, { timeout: 5_000 });
  await page.screenshot({ path: path.join(dist, "screenshot.png") });
  assert.deepEqual(errors, []);
  console.log(`ok    playground in Chromium (abort in ${abortMs} ms); screenshot: www/dist/screenshot.png`);
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
}
process.exit(failed ? 1 : 0);
