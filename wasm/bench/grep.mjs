// Benchmark: the same `grep -r` over 2,000 files through the mirage-wasm package and through
// just-bash (npm), in one node process; plus the native `mirage` binary when it is built.
// Run: scripts/build-wasm && (cd wasm/bench && npm ci) && node wasm/bench/grep.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Bash } from "just-bash";

const here = path.dirname(fileURLToPath(import.meta.url));
const { Workspace } = await import(path.join(here, "..", "pkg", "index.mjs"));

const FILES = 2000;
const RUNS = Number(process.env.RUNS ?? 10);
const CMD = "grep -rn needle /data | wc -l";

// 2,000 files of ~40 lines in 40 folders; every 7th file has one matching line.
const files = {};
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
for (let i = 0; i < FILES; i++) {
  const lines = [];
  for (let l = 0; l < 40; l++) lines.push(`line ${l} of file ${i}: ${rand().toString(36).slice(2)} lorem ipsum dolor sit amet`);
  if (i % 7 === 0) lines[20] = "here is the needle we are looking for";
  files[`/data/d${i % 40}/f${i}.txt`] = lines.join("\n") + "\n";
}
const expected = `${Math.ceil(FILES / 7)}\n`;

async function time(name, run) {
  const out = await run(); // warm-up, and the answer check
  if (out !== expected) throw new Error(`${name}: got ${JSON.stringify(out)}, want ${JSON.stringify(expected)}`);
  const ms = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

const ws = new Workspace({ mounts: { "/": { type: "ram", files } } });
const mirage = await time("mirage-wasm", async () => (await ws.execute(CMD)).stdout);
const jb = new Bash({ files });
const justBash = await time("just-bash", async () => (await jb.exec(CMD)).stdout);

let native = null;
const bin = process.env.MIRAGE_BIN ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(here, "..", "..", "target"), "release", "mirage");
if (existsSync(bin)) {
  const dir = mkdtempSync(path.join(tmpdir(), "mirage-bench-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  // Includes process start-up and loading the tree into RAM.
  try {
    native = await time("native", async () =>
      execFileSync(bin, ["exec", "--mount", `/data=ram:${path.join(dir, "data")}`, "-c", CMD], { encoding: "utf8", stdio: "pipe" }));
  } catch (e) {
    console.log(`native ${bin} failed: ${String(e.message).split("\n")[0]}`);
  }
}

console.log(`grep -rn over ${FILES} files, median of ${RUNS} runs (${CMD})`);
console.log(`  mirage-wasm (node):  ${mirage.toFixed(1)} ms`);
console.log(`  just-bash (node):    ${justBash.toFixed(1)} ms   -> mirage-wasm is ${(justBash / mirage).toFixed(1)}x faster (goal: 5x)`);
if (native !== null) console.log(`  mirage native:       ${native.toFixed(1)} ms (process start-up and loading the tree included)`);
else console.log(`  mirage native:       unavailable (cargo build --release -p mirage-host, or MIRAGE_BIN=...)`);
