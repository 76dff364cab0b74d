// Compile-only check of the generated .d.ts (scripts/test runs tsc --noEmit --strict on it).
import { Workspace, type ExecResult, type Stats, type DirEntry, type MirageError, type OutputChunk } from "../pkg/node/mirage.js";
const ws = new Workspace({ mounts: { "/": { type: "ram", files: { "/a.txt": "x" }, readOnly: false } }, env: { A: "1" }, cwd: "/", limits: { maxCallDepth: 50, wallTimeMs: 1000 } });
async function main() {
  const r: ExecResult = await ws.execute("echo", { cwd: "/", env: { B: "2" }, stdin: new Uint8Array([1]), signal: new AbortController().signal });
  const n: number = r.exitCode;
  // Streaming: callbacks may take just the chunk type they ask for.
  const bytes: Uint8Array[] = [];
  await ws.execute("echo", { onStdout: (c: Uint8Array) => { bytes.push(c); }, onStderr: (c) => { bytes.push(c as Uint8Array); } });
  let text = "";
  const s: ExecResult = await ws.execute("echo", { chunkEncoding: "utf8", onStdout: (c: string) => { text += c; } });
  const chunk: OutputChunk = text;
  const t = (await ws.readFile("/a.txt", "utf8")) as string;
  const b = (await ws.readFile("/a.txt")) as Uint8Array;
  const names = (await ws.readdir("/")) as string[];
  const ents = (await ws.readdir("/", { withFileTypes: true })) as DirEntry[];
  const st: Stats = await ws.stat("/a.txt");
  await ws.writeFile("/b", "y"); await ws.mkdir("/d", { recursive: true }); await ws.rm("/d", { recursive: true, force: true });
  try { await ws.stat("/x"); } catch (e) { const code: string = (e as MirageError).code; }
  const cwd: string = ws.cwd;
  return [n, s, chunk, t, b, names, ents, st, cwd];
}
main();

// S3 mounts (typed only: constructing a Workspace sends no request).
import type { S3Mount, WorkspaceConfig } from "../pkg/node/mirage.js";
const s3: S3Mount = {
  type: "s3", bucket: "b", prefix: "p/", endpoint: "http://127.0.0.1:9000", region: "us-east-1",
  credentials: { accessKeyId: "AK", secretAccessKey: "SK", sessionToken: "T" }, readOnly: true, concurrency: 8,
};
const s3cfg: WorkspaceConfig = { mounts: { "/": { type: "ram" }, "/data": s3 } };
new Workspace(s3cfg);
