//! The TypeScript side of the API: documented option and result types written into the
//! generated `.d.ts`, and the extern types that name them in method signatures.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** An in-memory mount. */
export interface RamMount {
  type: "ram";
  /** Files to create, by path inside the mount (`"/a.txt"`, `"src/main.rs"`). Parents are created. */
  files?: Record<string, string | Uint8Array>;
  /** Every write below this mount fails with `EROFS` (the `files` are still loaded). */
  readOnly?: boolean;
}

/** Access keys of an S3 mount (they stay in the page: requests are signed in wasm). */
export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** A temporary session token (STS), sent as `x-amz-security-token`. */
  sessionToken?: string;
}

/**
 * An S3 bucket (or a folder of one) reached with the global `fetch`, SigV4-signed in wasm.
 * Works in node >= 18, workers and browsers; from a page, the bucket must answer CORS for
 * the page's origin. URLs are path-style: `{endpoint}/{bucket}/{key}`.
 *
 * Directories are key prefixes; `mkdir` writes a zero-byte `dir/` marker. `mv` copies then
 * deletes object by object: it is not atomic. `ls`/`find` use ListObjectsV2 (one listing
 * for a whole tree); reads of many files (`grep -r`, `cat *`) run concurrently.
 * Errors: a missing key is `ENOENT`, HTTP 403 `EACCES` (message names the S3 code, e.g.
 * `SignatureDoesNotMatch`), an unreachable endpoint `EIO` with the network cause.
 */
export interface S3Mount {
  type: "s3";
  /** The bucket name. */
  bucket: string;
  /** Key prefix mounted as the root (`"data/2024/"`); default: the whole bucket. */
  prefix?: string;
  /** `https://s3.us-east-1.amazonaws.com`, `http://127.0.0.1:9000`, an R2/MinIO URL... */
  endpoint: string;
  /** The signing region (default `"us-east-1"`). */
  region?: string;
  credentials: S3Credentials;
  /** Every write below this mount fails with `EROFS`, before any request. */
  readOnly?: boolean;
  /** Most requests in flight at once for this mount (1-1024, default 32). */
  concurrency?: number;
  /** Keys per listing page (ListObjectsV2 `max-keys`, 1-1000; default: the server's, 1000 on S3). */
  pageSize?: number;
}

/** Any mount. */
export type MountConfig = RamMount | S3Mount;

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
