// Benchmark: `grep -r needle` over 2,000 files through the mirage-wasm package and through
// just-bash (npm), in one node process, next to mirage's native figures on the same tree
// (the tree of host/examples/bench_commands.rs: 2,000 files of 20 lines in 20 folders, a
// needle in 1 file of 100).
// Run by scripts/bench, or: scripts/build-wasm && (cd wasm/bench && npm ci) && node wasm/bench/grep.mjs
// Env: RUNS (default 20); NATIVE_GREP (the in-process native figure, e.g. "812.5µs", passed
// by scripts/bench from bench_commands); MIRAGE_BIN (the native `mirage` binary).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Bash } from "just-bash";

const here = path.dirname(fileURLToPath(import.meta.url));
const { Workspace } = await import(path.join(here, "..", "pkg", "index.mjs"));

const FILES = 2000;
const RUNS = Number(process.env.RUNS ?? 20);
const CMD = "grep -r needle /tree > /dev/null";
const CHECK = "grep -r needle /tree | wc -l";

// Exactly bench_commands.rs's tree.
const files = {};
for (let i = 0; i < FILES; i++) {
  let text = "";
  for (let l = 0; l < 20; l++) text += `line ${l} of file ${i}: lorem ipsum dolor sit amet\n`;
  if (i % 100 === 7) text += "here is the needle\n";
  files[`/tree/d${String(i % 20).padStart(2, "0")}/f${i}.txt`] = text;
}
const expected = `${FILES / 100}\n`;

/** Median of RUNS timed runs (ms), after a check of the answer. */
async function time(name, check, run) {
  const out = (await check()).trim() + "\n";
  if (out !== expected) throw new Error(`${name}: got ${JSON.stringify(out)}, want ${JSON.stringify(expected)}`);
  await run(); // warm-up
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
const wasm = await time("mirage-wasm", async () => (await ws.execute(CHECK)).stdout, () => ws.execute(CMD));
const jb = new Bash({ files });
const justBash = await time("just-bash", async () => (await jb.exec(CHECK)).stdout, () => jb.exec(CMD));

// The native in-process figure from bench_commands ("812.5µs", "1.2ms").
function durationMs(text) {
  const m = /^([0-9.]+)\s*(ns|µs|us|ms|s)$/.exec(text?.trim() ?? "");
  if (!m) return null;
  return Number(m[1]) * { ns: 1e-6, "µs": 1e-3, us: 1e-3, ms: 1, s: 1e3 }[m[2]];
}
const native = durationMs(process.env.NATIVE_GREP);

// The native binary: process start-up and loading the host tree into RAM included.
let binary = null;
const bin = process.env.MIRAGE_BIN ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(here, "..", "..", "target"), "release", "mirage");
if (existsSync(bin)) {
  const dir = mkdtempSync(path.join(tmpdir(), "mirage-bench-"));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  const exec = (cmd) => execFileSync(bin, ["exec", "--mount", `/tree=ram:${path.join(dir, "tree")}`, "-c", cmd], { encoding: "utf8", stdio: "pipe" });
  try {
    binary = await time("native binary", async () => exec(CHECK), async () => exec(CMD));
  } catch (e) {
    console.log(`native ${bin} failed: ${String(e.message).split("\n")[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ms = (v) => (v === null ? "       n/a" : `${v.toFixed(2).padStart(7)} ms`);
console.log(`${CMD}: 2,000 files, median of ${RUNS} runs`);
console.log(`  mirage native, in-process (bench_commands)   ${ms(native)}${native === null ? "   (run scripts/bench, or NATIVE_GREP=1.2ms)" : ""}`);
console.log(`  mirage-wasm in node                           ${ms(wasm)}${native === null ? "" : `   (${(wasm / native).toFixed(1)}x native)`}`);
console.log(`  just-bash in node                             ${ms(justBash)}   -> mirage-wasm is ${(justBash / wasm).toFixed(1)}x faster (goal: 5x)`);
console.log(`  mirage native binary (mirage exec)            ${ms(binary)}${binary === null ? "   (cargo build --release -p mirage-host, or MIRAGE_BIN=...)" : "   (process start-up and loading the tree included)"}`);
