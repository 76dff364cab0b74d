//! Untrusted agent tools as WASI components (`wasm32-wasip2` commands) in wasmtime.
//!
//! A tool runs like any command of the shell: its args, env and cwd come from the shell,
//! its stdin/stdout/stderr are the shell's streams ([`stdio`]), and its filesystem is the
//! workspace's VFS ([`fs`]): no host files, no network (sockets deny every address), no
//! host environment.
//! Every run has hard limits ([`ToolLimits`]): fuel for CPU, an epoch deadline for wall
//! time (checked every [`TICK`], which also observes the shell's cancel handle), a memory
//! cap, and an output cap. Components are compiled once per process and cached by content.
//!
//! Statuses: the guest's exit code; [`TRAP_STATUS`] (134, like an aborted program) with
//! `NAME: wasm trap: ...` for a trap; [`mirage_core::limits::LIMIT_EXIT_CODE`] (124) with a
//! message for a CPU, time or memory limit; cancellation stops the shell like any command.

pub mod errors;
pub mod fs;
pub mod stdio;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use mirage_core::commands::Ctx;
use mirage_core::commands::program::{Program, ProgramLoader};
use mirage_core::limits::LIMIT_EXIT_CODE;
use mirage_core::sync::{BoxFuture, boxed};
use mirage_core::{Error, ErrorKind};
use wasmtime::component::{Component, Linker, ResourceTable};
use wasmtime::{Config, Engine, Store, StoreLimits, StoreLimitsBuilder, Trap, UpdateDeadline};
use wasmtime_wasi::p2::bindings::CommandPre;
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};

/// The exit status of a guest that trapped.
pub const TRAP_STATUS: i32 = 134;
/// How often the epoch advances: the granularity of wall-time limits and cancellation.
pub const TICK: Duration = Duration::from_millis(5);

/// Limits of one tool run.
#[derive(Clone, Copy, Debug)]
pub struct ToolLimits {
    /// Fuel (roughly, wasm instructions) the guest may burn.
    pub fuel: u64,
    /// Wall time the run may take.
    pub wall: Duration,
    /// Linear memory the guest may grow to, in bytes.
    pub memory: usize,
    /// Bytes the guest may write to stdout and stderr together.
    pub output: u64,
}

impl Default for ToolLimits {
    fn default() -> Self {
        ToolLimits {
            fuel: 20_000_000_000,
            wall: Duration::from_secs(60),
            memory: 256 << 20,
            output: 256 << 20,
        }
    }
}

/// What a store holds for one run.
struct ToolState {
    wasi: WasiCtx,
    table: ResourceTable,
    limits: StoreLimits,
    fs: fs::FsState,
    /// Set when the memory cap refused a growth (to explain the trap that follows).
    memory_hit: Arc<std::sync::atomic::AtomicBool>,
}

impl WasiView for ToolState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl wasmtime_wasi_io::IoView for ToolState {
    fn table(&mut self) -> &mut ResourceTable {
        &mut self.table
    }
}

/// Records refused memory growth, then defers to the store's limits.
impl wasmtime::ResourceLimiter for ToolState {
    fn memory_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let ok = self.limits.memory_growing(current, desired, maximum)?;
        if !ok {
            self.memory_hit
                .store(true, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(ok)
    }

    fn table_growing(
        &mut self,
        current: usize,
        desired: usize,
        maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        self.limits.table_growing(current, desired, maximum)
    }
}

/// The engine, the linker and the compiled components: one per process ([`WasiHost::shared`]).
pub struct WasiHost {
    engine: Engine,
    linker: Linker<ToolState>,
    cache: Mutex<HashMap<Bytes, CommandPre<ToolState>>>,
}

impl std::fmt::Debug for WasiHost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WasiHost").finish_non_exhaustive()
    }
}

impl WasiHost {
    /// The process's host, created on first use: components compile once per process.
    pub fn shared() -> anyhow::Result<Arc<WasiHost>> {
        static HOST: OnceLock<Arc<WasiHost>> = OnceLock::new();
        if let Some(h) = HOST.get() {
            return Ok(h.clone());
        }
        let h = WasiHost::new()?;
        Ok(HOST.get_or_init(|| h).clone())
    }

    /// A new host with its own engine and cache. Starts the epoch ticker (one thread per
    /// engine, ending with it).
    fn new() -> anyhow::Result<Arc<WasiHost>> {
        let mut config = Config::new();
        config
            .wasm_component_model(true)
            .consume_fuel(true)
            .epoch_interruption(true);
        let engine = Engine::new(&config).map_err(|e| anyhow::anyhow!("{e}"))?;
        let mut linker: Linker<ToolState> = Linker::new(&engine);
        link(&mut linker).map_err(|e| anyhow::anyhow!("{e}"))?;
        let weak = engine.weak();
        std::thread::Builder::new()
            .name("mirage-wasi-epoch".into())
            .spawn(move || {
                while let Some(engine) = weak.upgrade() {
                    engine.increment_epoch();
                    drop(engine);
                    std::thread::sleep(TICK);
                }
            })?;
        Ok(Arc::new(WasiHost {
            engine,
            linker,
            cache: Mutex::new(HashMap::new()),
        }))
    }

    /// The compiled form of a component, compiling it on first use.
    fn prepare(&self, wasm: &Bytes) -> wasmtime::Result<CommandPre<ToolState>> {
        if let Some(pre) = self.cache.lock().ok().and_then(|c| c.get(wasm).cloned()) {
            return Ok(pre);
        }
        let component = Component::new(&self.engine, wasm)?;
        let pre = CommandPre::new(self.linker.instantiate_pre(&component)?)?;
        if let Ok(mut c) = self.cache.lock() {
            c.insert(wasm.clone(), pre.clone());
        }
        Ok(pre)
    }

    /// Runs component `wasm` as command `name` with the command context's arguments,
    /// streams, environment, working directory and VFS, within `limits`.
    pub async fn run(
        &self,
        name: &str,
        wasm: &Bytes,
        limits: ToolLimits,
        ctx: &mut Ctx<'_>,
    ) -> mirage_core::Result<i32> {
        let pre = match self.prepare(wasm) {
            Ok(p) => p,
            Err(e) => {
                ctx.err(&format!("not a runnable component: {}", first_line(&e)))
                    .await?;
                return Ok(126);
            }
        };
        let stdout = stdio::ShellOutput::new(ctx.stdout.clone(), limits.output);
        let stderr = stdio::ShellOutput::new(ctx.stderr.clone(), limits.output);
        let mut args = vec![name.to_string()];
        args.extend(ctx.args.iter().skip(1).cloned());
        let mut env = ctx.env.clone();
        env.retain(|(k, _)| k != "PWD");
        env.push(("PWD".into(), ctx.cwd.clone()));
        let mut b = WasiCtx::builder();
        b.args(&args)
            .envs(&env)
            .stdin(stdio::ShellStdin::new(ctx.stdin.clone()))
            .stdout(stdout.clone())
            .stderr(stderr.clone())
            .allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        let memory_hit = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let state = ToolState {
            wasi: b.build(),
            table: ResourceTable::new(),
            limits: StoreLimitsBuilder::new()
                .memory_size(limits.memory)
                .instances(16)
                .tables(64)
                .memories(4)
                .build(),
            fs: fs::FsState::new(ctx.rt.vfs.clone(), ctx.rt.clock.clone()),
            memory_hit: memory_hit.clone(),
        };
        let mut store = Store::new(&self.engine, state);
        store.limiter(|s| s as &mut dyn wasmtime::ResourceLimiter);
        if store.set_fuel(limits.fuel).is_err() {
            return Err(Error::new(ErrorKind::Other));
        }
        let cancel = ctx.rt.cancel.clone();
        let deadline = Instant::now() + limits.wall;
        let timed_out = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let flag = timed_out.clone();
        store.epoch_deadline_callback(move |_| {
            if cancel.is_cancelled() {
                return Ok(UpdateDeadline::Interrupt);
            }
            if Instant::now() >= deadline {
                flag.store(true, std::sync::atomic::Ordering::Relaxed);
                return Ok(UpdateDeadline::Interrupt);
            }
            Ok(UpdateDeadline::Yield(1))
        });
        store.set_epoch_deadline(1);

        let result = match pre.instantiate_async(&mut store).await {
            Ok(cmd) => cmd.wasi_cli_run().call_run(&mut store).await,
            Err(e) => Err(e),
        };
        let flushed = store.data_mut().fs.flush_all().await;
        stdout.flush().await?;
        stderr.flush().await?;
        ctx.rt.check()?;
        let status = match result {
            Ok(Ok(())) => 0,
            Ok(Err(())) => 1,
            Err(e) => {
                if let Some(exit) = e.downcast_ref::<wasmtime_wasi::I32Exit>() {
                    exit.0
                } else if timed_out.load(std::sync::atomic::Ordering::Relaxed) {
                    let secs = limits.wall.as_secs_f64();
                    ctx.err(&format!("time limit of {secs}s exceeded")).await?;
                    LIMIT_EXIT_CODE
                } else if matches!(e.downcast_ref::<Trap>(), Some(Trap::OutOfFuel)) {
                    ctx.err("cpu limit exceeded (out of fuel)").await?;
                    LIMIT_EXIT_CODE
                } else if memory_hit.load(std::sync::atomic::Ordering::Relaxed) {
                    let mib = limits.memory >> 20;
                    ctx.err(&format!(
                        "memory limit of {mib} MiB exceeded: wasm trap: {}",
                        trap_text(&e)
                    ))
                    .await?;
                    LIMIT_EXIT_CODE
                } else {
                    ctx.err(&format!("wasm trap: {}", trap_text(&e))).await?;
                    TRAP_STATUS
                }
            }
        };
        if let Err(e) = flushed {
            ctx.err(&format!("cannot write back a file: {}", e.reason()))
                .await?;
            return Ok(if status == 0 { 1 } else { status });
        }
        Ok(status)
    }
}

fn first_line(e: &wasmtime::Error) -> String {
    e.to_string().lines().next().unwrap_or("").to_string()
}

/// A trap's description without wasmtime's backtrace: the trap code, or the innermost
/// cause (a host error such as the output limit).
fn trap_text(e: &wasmtime::Error) -> String {
    if let Some(t) = e.downcast_ref::<Trap>() {
        return t.to_string();
    }
    e.chain()
        .last()
        .map(|c| c.to_string().lines().next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Links WASI 0.2 for tools: io, clocks, random, cli and (deny-all) sockets from
/// wasmtime-wasi, the filesystem from [`fs`].
fn link(l: &mut Linker<ToolState>) -> wasmtime::Result<()> {
    use wasmtime_wasi::clocks::WasiClocksView;
    use wasmtime_wasi::p2::bindings::{cli, clocks, random};
    type W = ToolState;
    wasmtime_wasi_io::add_to_linker_async(l)?;
    clocks::wall_clock::add_to_linker::<W, wasmtime_wasi::clocks::WasiClocks>(l, W::clocks)?;
    clocks::monotonic_clock::add_to_linker::<W, wasmtime_wasi::clocks::WasiClocks>(l, W::clocks)?;
    random::random::add_to_linker::<W, wasmtime_wasi::random::WasiRandom>(l, |t| t.wasi.random())?;
    random::insecure::add_to_linker::<W, wasmtime_wasi::random::WasiRandom>(l, |t| {
        t.wasi.random()
    })?;
    random::insecure_seed::add_to_linker::<W, wasmtime_wasi::random::WasiRandom>(l, |t| {
        t.wasi.random()
    })?;
    use wasmtime_wasi::cli::{WasiCli, WasiCliView};
    cli::exit::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::environment::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::stdin::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::stdout::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::stderr::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::terminal_input::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::terminal_output::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::terminal_stdin::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::terminal_stdout::add_to_linker::<W, WasiCli>(l, W::cli)?;
    cli::terminal_stderr::add_to_linker::<W, WasiCli>(l, W::cli)?;
    // Sockets are linked so components that import them start, but the context allows no
    // TCP, UDP or name lookup: every attempt fails with `access-denied`.
    use wasmtime_wasi::p2::bindings::sockets;
    use wasmtime_wasi::sockets::{WasiSockets, WasiSocketsView};
    sockets::tcp::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    sockets::udp::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    sockets::udp_create_socket::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    sockets::tcp_create_socket::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    sockets::instance_network::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    sockets::network::add_to_linker::<W, WasiSockets>(l, &Default::default(), W::sockets)?;
    sockets::ip_name_lookup::add_to_linker::<W, WasiSockets>(l, W::sockets)?;
    fs::add_to_linker(l, |t| fs::FsView {
        fs: &mut t.fs,
        table: &mut t.table,
    })?;
    Ok(())
}

/// A tool registered by name (`--tool NAME=PATH.wasm`, or `mirage run`).
pub struct WasmTool {
    host: Arc<WasiHost>,
    name: String,
    wasm: Bytes,
    limits: ToolLimits,
}

impl WasmTool {
    /// Tool `name` (its `argv[0]`) from component bytes `wasm`, run within `limits`;
    /// compiled now, so a bad component is reported at start-up.
    pub fn new(
        host: Arc<WasiHost>,
        name: &str,
        wasm: Bytes,
        limits: ToolLimits,
    ) -> anyhow::Result<WasmTool> {
        host.prepare(&wasm)
            .map_err(|e| anyhow::anyhow!("{name}: not a runnable component: {}", first_line(&e)))?;
        Ok(WasmTool {
            host,
            name: name.to_string(),
            wasm,
            limits,
        })
    }
}

impl Program for WasmTool {
    fn run<'a, 'b>(&'a self, ctx: &'a mut Ctx<'b>) -> BoxFuture<'a, mirage_core::Result<i32>> {
        boxed(async move {
            self.host
                .run(&self.name, &self.wasm, self.limits, ctx)
                .await
        })
    }
}

/// Runs `.wasm` files that live on mounts marked executable.
pub struct WasmLoader {
    host: Arc<WasiHost>,
    exec_mounts: Vec<String>,
    limits: ToolLimits,
}

impl WasmLoader {
    /// A loader for components under the given mount points, run within `limits`.
    pub fn new(host: Arc<WasiHost>, exec_mounts: Vec<String>, limits: ToolLimits) -> Self {
        WasmLoader {
            host,
            exec_mounts,
            limits,
        }
    }

    fn allowed(&self, path: &str) -> bool {
        self.exec_mounts.iter().any(|m| {
            m == "/"
                || path == m
                || path
                    .strip_prefix(m.as_str())
                    .is_some_and(|r| r.starts_with('/'))
        })
    }
}

impl ProgramLoader for WasmLoader {
    fn suffix(&self) -> &str {
        ".wasm"
    }

    fn recognizes(&self, data: &[u8]) -> bool {
        data.starts_with(b"\0asm")
    }

    fn load<'a>(
        &'a self,
        path: &'a str,
        data: Bytes,
    ) -> BoxFuture<'a, mirage_core::Result<Arc<dyn Program>>> {
        boxed(async move {
            if !self.allowed(path) {
                return Err(Error::new(ErrorKind::PermissionDenied));
            }
            let name = path.rsplit('/').next().unwrap_or(path);
            let name = name.strip_suffix(".wasm").unwrap_or(name);
            let tool = WasmTool {
                host: self.host.clone(),
                name: name.to_string(),
                wasm: data,
                limits: self.limits,
            };
            Ok(Arc::new(tool) as Arc<dyn Program>)
        })
    }
}
