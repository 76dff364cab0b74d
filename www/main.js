// The playground: an xterm.js terminal running mirage-wasm in the page, a file tree that
// refreshes after each command, example workspaces and an abort button.
import init, { Workspace } from "./pkg/mirage.js";
import { Terminal } from "./vendor/xterm.mjs";
import { examples } from "./examples.js";

await init();

const term = new Terminal({
  convertEol: true,
  cursorBlink: true,
  fontSize: 14,
  theme: { background: "#14161b" },
});
term.open(document.getElementById("terminal"));
fitTerminal();
window.addEventListener("resize", fitTerminal);

const treeEl = document.getElementById("tree");
const abortBtn = document.getElementById("abort");
let ws;
let line = "";
let cursor = 0;
const history = [];
let historyPos = 0;
let running = null; // the AbortController of the running command
let currentExample = "code";
const extraMounts = {}; // mounts added by the S3 form (s3-form.js), kept across examples

function fitTerminal() {
  const el = document.getElementById("terminal");
  // xterm's default cell is about 9 x 17 px at 14px.
  const cols = Math.max(40, Math.floor((el.clientWidth - 12) / 8.4));
  const rows = Math.max(10, Math.floor((el.clientHeight - 12) / 17));
  term.resize(cols, rows);
}

function prompt() {
  term.write(`\x1b[1;32muser@mirage\x1b[0m:\x1b[1;34m${ws.cwd.replace(/^\/home\/user/, "~")}\x1b[0m$ `);
}

function loadExample(name) {
  const files = {};
  for (const [path, text] of Object.entries(examples[name] ?? {})) files[path] = text;
  currentExample = name;
  ws = new Workspace({ mounts: { "/": { type: "ram", files }, ...extraMounts }, cwd: "/" });
  // A root mount replaces the default skeleton: recreate /tmp and home.
  return ws
    .execute("mkdir -p /tmp /home/user && cd /home/user && ls")
    .then(async (r) => {
      term.write(`\r\n\x1b[2mloaded example "${name}"\x1b[0m\r\n${r.stdout}`);
      await refreshTree();
      prompt();
      term.focus();
    });
}

async function run(cmd) {
  running = new AbortController();
  abortBtn.disabled = false;
  try {
    // Output is printed as the command produces it (a long loop prints progressively).
    const r = await ws.execute(cmd, {
      signal: running.signal,
      chunkEncoding: "utf8",
      onStdout: (chunk) => term.write(chunk),
      onStderr: (chunk) => term.write(`\x1b[31m${chunk}\x1b[0m`),
    });
    if (r.aborted) term.write("\x1b[33m^C (aborted, exit 130)\x1b[0m\r\n");
    else if (r.exitCode !== 0) term.write(`\x1b[2m[exit ${r.exitCode}]\x1b[0m\r\n`);
    return r;
  } finally {
    running = null;
    abortBtn.disabled = true;
    await refreshTree();
    term.focus();
  }
}

async function refreshTree() {
  const build = async (dir, depth) => {
    const ul = document.createElement("ul");
    let entries = [];
    try {
      entries = await ws.readdir(dir, { withFileTypes: true });
    } catch {
      return ul;
    }
    for (const e of entries) {
      const li = document.createElement("li");
      const path = dir === "/" ? `/${e.name}` : `${dir}/${e.name}`;
      li.textContent = e.isDirectory ? `${e.name}/` : e.name;
      li.title = e.isDirectory ? path : `${path} (${e.size} bytes)`;
      if (e.isDirectory) {
        li.className = "dir";
        if (depth < 6) li.appendChild(await build(path, depth + 1));
      }
      ul.appendChild(li);
    }
    return ul;
  };
  const ul = await build("/", 0);
  treeEl.replaceChildren(...ul.childNodes);
}

function redrawLine() {
  term.write("\x1b[2K\r");
  prompt();
  term.write(line);
  const back = line.length - cursor;
  if (back > 0) term.write(`\x1b[${back}D`);
}

term.onData(async (data) => {
  if (running) {
    if (data === "\x03") running.abort();
    return;
  }
  for (const ch of data.match(/\x1b\[[A-D]|[\s\S]/g) ?? []) {
    if (ch === "\r") {
      term.write("\r\n");
      const cmd = line;
      line = "";
      cursor = 0;
      if (cmd.trim()) {
        history.push(cmd);
        historyPos = history.length;
        await run(cmd);
      }
      prompt();
    } else if (ch === "\x7f") {
      if (cursor > 0) {
        line = line.slice(0, cursor - 1) + line.slice(cursor);
        cursor--;
        redrawLine();
      }
    } else if (ch === "\x03") {
      term.write("^C\r\n");
      line = "";
      cursor = 0;
      prompt();
    } else if (ch === "\x0c") {
      term.clear();
    } else if (ch === "\x1b[A" || ch === "\x1b[B") {
      historyPos = Math.max(0, Math.min(history.length, historyPos + (ch === "\x1b[A" ? -1 : 1)));
      line = history[historyPos] ?? "";
      cursor = line.length;
      redrawLine();
    } else if (ch === "\x1b[D") {
      if (cursor > 0) { cursor--; term.write(ch); }
    } else if (ch === "\x1b[C") {
      if (cursor < line.length) { cursor++; term.write(ch); }
    } else if (ch >= " ") {
      line = line.slice(0, cursor) + ch + line.slice(cursor);
      cursor++;
      redrawLine();
    }
  }
});

abortBtn.addEventListener("click", () => running?.abort());
document.getElementById("load").addEventListener("click", () =>
  loadExample(document.getElementById("example").value));

term.write("\x1b[1mmirage\x1b[0m: bash in your browser, no server. Files live in memory.\r\n");
term.write("Try \x1b[36mcat project/README.md\x1b[0m, \x1b[36mgrep -rn TODO .\x1b[0m, \x1b[36mwhile true; do :; done\x1b[0m (then abort).\r\n");
await loadExample("code");
term.focus();

// Hooks for the browser test (www/tests/e2e.mjs).
window.mirage = {
  get ws() { return ws; },
  run,
  loadExample,
  screen() {
    const buf = term.buffer.active;
    const lines = [];
    for (let i = 0; i < buf.length; i++) lines.push(buf.getLine(i)?.translateToString(true) ?? "");
    return lines.join("\n");
  },
  tree: () => treeEl.textContent,
  /** Adds (or replaces) a mount and reloads the current example with it. */
  async mount(point, spec) {
    extraMounts[point] = spec;
    try {
      await loadExample(currentExample);
    } catch (e) {
      delete extraMounts[point];
      await loadExample(currentExample);
      throw e;
    }
  },
  get running() { return running !== null; },
};
window.mirageReady = true;
