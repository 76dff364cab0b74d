//! TEMPORARY stand-in for the core API until it lands on main.
#![allow(missing_docs, dead_code)]
pub use mirage_core::vfs::DynBackend;
use mirage_core::{CancelHandle, Clock, Limits, Result};
use std::sync::Arc;
#[derive(Clone, Copy)]
pub enum MountMode {
    ReadWrite,
    ReadOnly,
}
#[derive(Default)]
pub struct MountTable(Vec<(String, Arc<dyn DynBackend>, MountMode)>);
impl MountTable {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn mount(&mut self, at: &str, b: Arc<dyn DynBackend>, m: MountMode) -> Result<()> {
        self.0.push((at.into(), b, m));
        Ok(())
    }
}
pub struct MemoryBackend;
impl MemoryBackend {
    pub fn new() -> crate::disk::DiskBackend {
        let d = std::env::temp_dir().join(format!(
            "shim-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos()
        ));
        std::fs::create_dir_all(&d).unwrap();
        crate::disk::DiskBackend::new(d).unwrap()
    }
}
pub trait WithClock: Sized {
    fn with_clock(self, _c: Arc<dyn Clock>) -> Self {
        self
    }
}
impl WithClock for crate::disk::DiskBackend {}
#[derive(Clone)]
pub struct Workspace(Arc<MountTable>);
#[derive(Default)]
pub struct ExecuteOptions {
    pub cwd: Option<String>,
    pub env: Vec<(String, String)>,
    pub stdin: Option<Vec<u8>>,
    pub argv0: Option<String>,
    pub args: Vec<String>,
    pub cancel: Option<CancelHandle>,
    pub limits: Option<Limits>,
}
#[derive(Default)]
pub struct ExecResult {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub exit_code: i32,
    pub aborted: bool,
    pub exited: bool,
}
impl Workspace {
    pub fn cwd(&self) -> String {
        "/".into()
    }
    pub fn new(t: MountTable) -> Self {
        Workspace(Arc::new(t))
    }
    pub fn with_clock(self, _c: Arc<dyn Clock>) -> Self {
        self
    }
    pub async fn execute(&self, s: &str, _o: ExecuteOptions) -> ExecResult {
        ExecResult {
            stdout: s.as_bytes().to_vec(),
            ..Default::default()
        }
    }
    pub async fn execute_streaming(
        &self,
        s: &str,
        o: ExecuteOptions,
        mut out: impl FnMut(&[u8]) + Send,
        _err: impl FnMut(&[u8]) + Send,
    ) -> ExecResult {
        let r = self.execute(s, o).await;
        out(&r.stdout);
        ExecResult {
            exit_code: r.exit_code,
            ..Default::default()
        }
    }
}
pub struct PE {
    pub message: String,
}
pub fn parse(src: &str) -> std::result::Result<(), PE> {
    if src.matches("if ").count() > src.matches("fi").count() {
        Err(PE {
            message: "syntax error: unexpected end of file".into(),
        })
    } else {
        Ok(())
    }
}
