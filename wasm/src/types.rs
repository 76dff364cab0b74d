//! The TypeScript side of the API: documented option and result types written into the
//! generated `.d.ts`, and the extern types that name them in method signatures.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** One mount of the virtual filesystem. Only `"ram"` mounts exist today. */
export interface RamMount {
  type: "ram";
  /** Files to create, by path inside the mount (`"/a.txt"`, `"src/main.rs"`). Parents are created. */
  files?: Record<string, string | Uint8Array>;
  /** Every write below this mount fails with `EROFS` (the `files` are still loaded). */
  readOnly?: boolean;
}

/** Any mount (S3 mounts come later). */
export type MountConfig = RamMount;

/** Resource limits of one run. A run that hits one stops with exit code 124. */
export interface Limits {
  /** Simple commands executed in one run. */
  maxCommands?: number;
  /** Iterations of all loops together in one run. */
  maxLoopIterations?: number;
  /** Nesting of function calls, `source` and `eval` (default 100 in wasm: the JS engine's ~1 MB stack traps near 200). */
  maxCallDepth?: number;
  /** Nesting of command and process substitutions and subshells. */
  maxSubstitutionDepth?: number;
  /** Bytes written to stdout, and separately to stderr. */
  maxOutputBytes?: number;
  /** Size of one file written by the shell, and of one variable value. */
  maxFileSize?: number;
  /** Words one brace expansion may produce. */
  maxBraceExpansion?: number;
  /** Paths one glob may match. */
  maxGlobMatches?: number;
  /** Wall time of one run in milliseconds. */
  wallTimeMs?: number;
}

/** How to build a `Workspace`. */
export interface WorkspaceConfig {
  /**
   * Mounts by absolute mount point. Without a mount at `"/"`, an empty RAM root with `/tmp`
   * and `/home/user` is used.
   */
  mounts?: Record<string, MountConfig>;
  /** Exported variables (over the defaults `HOME`, `PATH`, `USER`). */
  env?: Record<string, string>;
  /** Working directory (default `/home/user` when it exists, else `/`). */
  cwd?: string;
  /** Default limits of every run. */
  limits?: Limits;
}

/** Options of one `execute` call; they apply to that call only. */
export interface ExecuteOptions {
  /** Working directory of this run; the workspace's own cwd stays. */
  cwd?: string;
  /** Variables exported for this run only. */
  env?: Record<string, string>;
  /** Standard input. */
  stdin?: string | Uint8Array;
  /** Aborting it stops the run promptly with exit code 130 and `aborted: true`. */
  signal?: AbortSignal;
  /** Limits of this run (over the workspace's). */
  limits?: Limits;
  /** Positional parameters `$1`... */
  args?: string[];
  /**
   * Called with each piece of standard output as the script writes it, while the promise
   * is still pending (`for i in 1 2 3; do echo $i; sleep 1; done` calls it three times, a
   * second apart). When given, the output is not kept: the result's `stdout` and
   * `stdoutBytes` are empty. A callback that throws stops the run (exit 130) and
   * `execute` rejects with what it threw.
   */
  onStdout?(chunk: OutputChunk): void;
  /** Like `onStdout`, for standard error (the result's `stderr` is then empty). */
  onStderr?(chunk: OutputChunk): void;
  /**
   * What `onStdout` / `onStderr` receive: `"bytes"` (default) hands over `Uint8Array`s as
   * written; `"utf8"` hands over strings, never splitting a character across two chunks
   * (invalid bytes become U+FFFD).
   */
  chunkEncoding?: "bytes" | "utf8";
}

/**
 * A piece of streamed output: a `Uint8Array`, or a `string` with `chunkEncoding: "utf8"`.
 * A callback may declare its parameter as just `Uint8Array` or just `string` (the callbacks are
 * declared as methods, so TypeScript accepts either) to match the encoding it asks for.
 */
export type OutputChunk = Uint8Array | string;

/** What a run produced. Variables, functions and cwd persist into the next `execute`. */
export interface ExecResult {
  /** Standard output decoded as UTF-8 (invalid bytes become U+FFFD). */
  stdout: string;
  /** Standard error decoded as UTF-8. */
  stderr: string;
  /** The exit status: 2 for a syntax error, 124 for a limit, 130 when aborted. */
  exitCode: number;
  /** Standard output as bytes. */
  stdoutBytes: Uint8Array;
  /** Standard error as bytes. */
  stderrBytes: Uint8Array;
  /** The run was stopped by its `signal`. */
  aborted: boolean;
  /** The run was stopped by a limit (the message is on stderr). */
  limitExceeded: boolean;
  /** The script ended the shell (`exit`, `set -e`). */
  exited: boolean;
}

/** Metadata of a path. */
export interface Stats {
  type: "file" | "dir" | "symlink";
  /** Size in bytes. */
  size: number;
  /** Permission bits, e.g. `0o644`. */
  mode: number;
  /** Last modification in ms since the epoch, or `null` when unknown. */
  mtimeMs: number | null;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

/** One directory entry (`readdir(path, { withFileTypes: true })`). */
export interface DirEntry extends Stats {
  name: string;
}

/**
 * Every method rejects with an `Error` carrying a node-style `code`: `ENOENT`, `EEXIST`,
 * `ENOTDIR`, `EISDIR`, `ENOTEMPTY`, `EACCES`, `EROFS`, `EXDEV`, `EINVAL`, `ENOTSUP`,
 * `ELOOP`, `EPIPE`, `EBADF`, `EIO`, `ECANCELED`, `ELIMIT`; and `path` when one is involved.
 */
export interface MirageError extends Error {
  code: string;
  path?: string;
  op?: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `WorkspaceConfig` in TypeScript.
    #[wasm_bindgen(typescript_type = "WorkspaceConfig")]
    pub type WorkspaceConfig;
    /// `ExecuteOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "ExecuteOptions")]
    pub type ExecuteOptionsJs;
    /// `{ withFileTypes?: boolean }`.
    #[wasm_bindgen(typescript_type = "{ withFileTypes?: boolean }")]
    pub type ReaddirOptions;
    /// `{ recursive?: boolean }`.
    #[wasm_bindgen(typescript_type = "{ recursive?: boolean }")]
    pub type MkdirOptions;
    /// `{ recursive?: boolean; force?: boolean }`.
    #[wasm_bindgen(typescript_type = "{ recursive?: boolean; force?: boolean }")]
    pub type RmOptions;
    /// `string | Uint8Array`.
    #[wasm_bindgen(typescript_type = "string | Uint8Array")]
    pub type FileData;
}
