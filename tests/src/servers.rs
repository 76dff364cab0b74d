//! Real servers for the backend tests: a `redis-server`, an `s3s-fs` and a `moto_server`
//! process each started
//! on 127.0.0.1 with a free port, owned by a value that kills the process (and removes its
//! data folder) when dropped. Tests can [`stop`](RedisServer::stop) and
//! [`restart`](RedisServer::restart) a server on the same port to check what a command does
//! when its backend goes away.
//!
//! `scripts/test` installs the programs (`redis-server` from Debian, `s3s-fs` with cargo,
//! moto from PyPI in a venv named by `MIRAGE_MOTO_SERVER`). s3s-fs checks signatures; moto
//! keeps keys as S3 does (an empty folder's `dir/` marker is listed, which s3s-fs, storing
//! markers as folders, never does), so the spec corpus runs its S3 pass on moto.
//! Outside it, a missing program is a clear error naming how to install it; tests never
//! pass without the server.

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a server may take to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(10);

/// A port on 127.0.0.1 that nothing listened on a moment ago.
pub fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    let port = listener
        .local_addr()
        .map_err(|e| format!("no free port: {e}"))?
        .port();
    Ok(port)
}

fn wait_listening(port: u16, child: &mut Child, who: &str, log: &Path) -> Result<(), String> {
    let deadline = Instant::now() + START_TIMEOUT;
    while Instant::now() < deadline {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Ok(());
        }
        if let Ok(Some(status)) = child.try_wait() {
            let text = std::fs::read_to_string(log).unwrap_or_default();
            return Err(format!("{who} exited at start ({status}):\n{text}"));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    Err(format!(
        "{who} did not listen on port {port} within {START_TIMEOUT:?}"
    ))
}

fn kill(child: &mut Option<Child>) {
    if let Some(mut c) = child.take() {
        let _ = c.kill();
        let _ = c.wait();
    }
}

fn program(name: &str, install: &str) -> Result<PathBuf, String> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|d| d.join("bin").join(name));
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
    });
    on_path
        .or(cargo_bin.filter(|p| p.is_file()))
        .ok_or_else(|| format!("{name} is not installed ({install}; scripts/test does this)"))
}

/// A running `redis-server` without persistence, on its own port.
pub struct RedisServer {
    port: u16,
    dir: tempfile::TempDir,
    child: Option<Child>,
}

impl RedisServer {
    /// Starts a server on a free port.
    pub fn start() -> Result<Self, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
        let mut server = RedisServer {
            port: free_port()?,
            dir,
            child: None,
        };
        server.restart()?;
        Ok(server)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `redis://127.0.0.1:PORT/DB?prefix=PREFIX`, a mount spec for this server.
    pub fn url(&self, db: u32, prefix: &str) -> String {
        format!("redis://127.0.0.1:{}/{db}?prefix={prefix}", self.port)
    }

    /// Kills the server (its data is lost: it has no persistence).
    pub fn stop(&mut self) {
        kill(&mut self.child);
    }

    /// Starts the server again on the same port (after [`stop`](Self::stop)); a no-op when
    /// it runs.
    pub fn restart(&mut self) -> Result<(), String> {
        if self.child.is_some() {
            return Ok(());
        }
        let bin = program("redis-server", "apt-get install redis-server")?;
        let log = self.dir.path().join("redis.log");
        let out = std::fs::File::create(&log).map_err(|e| format!("redis log: {e}"))?;
        let mut child = Command::new(bin)
            .args(["--port", &self.port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no", "--daemonize", "no"])
            .arg("--dir")
            .arg(self.dir.path())
            .stdin(Stdio::null())
            .stdout(out.try_clone().map_err(|e| format!("redis log: {e}"))?)
            .stderr(out)
            .spawn()
            .map_err(|e| format!("cannot start redis-server: {e}"))?;
        let ready = wait_listening(self.port, &mut child, "redis-server", &log);
        self.child = Some(child);
        if ready.is_err() {
            self.stop();
        }
        ready
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A running `s3s-fs` serving a temporary folder (each sub-folder a bucket), with random
/// keys that it checks (SigV4).
pub struct S3Server {
    port: u16,
    dir: tempfile::TempDir,
    access_key: String,
    secret_key: String,
    child: Option<Child>,
}

impl S3Server {
    /// Starts a server on a free port with bucket `bucket` already created.
    pub fn start(bucket: &str) -> Result<Self, String> {
        let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
        std::fs::create_dir_all(dir.path().join("data").join(bucket))
            .map_err(|e| format!("bucket folder: {e}"))?;
        let nonce = format!(
            "{:x}",
            std::process::id() as u64 * 1_000_003 + free_port()? as u64
        );
        let mut server = S3Server {
            port: free_port()?,
            dir,
            access_key: format!("AK{nonce}"),
            secret_key: format!("SK{nonce}{nonce}"),
            child: None,
        };
        server.restart()?;
        Ok(server)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The access key id the server accepts.
    pub fn access_key(&self) -> &str {
        &self.access_key
    }

    /// The secret key the server accepts.
    pub fn secret_key(&self) -> &str {
        &self.secret_key
    }

    /// The host folder served: `data/BUCKET/KEY` is an object.
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// `s3://BUCKET[/PREFIX]?endpoint=URL&region=us-east-1`, a mount spec for this server.
    pub fn url(&self, bucket: &str, prefix: &str) -> String {
        let sep = if prefix.is_empty() { "" } else { "/" };
        format!(
            "s3://{bucket}{sep}{prefix}?endpoint={}&region=us-east-1",
            self.endpoint()
        )
    }

    /// Kills the server (its objects stay in the folder).
    pub fn stop(&mut self) {
        kill(&mut self.child);
    }

    /// Starts the server again on the same port; a no-op when it runs.
    pub fn restart(&mut self) -> Result<(), String> {
        if self.child.is_some() {
            return Ok(());
        }
        let bin = program(
            "s3s-fs",
            "cargo install s3s-fs --version 0.14.1 --features binary",
        )?;
        let log = self.dir.path().join("s3s-fs.log");
        let out = std::fs::File::create(&log).map_err(|e| format!("s3s-fs log: {e}"))?;
        let mut child = Command::new(bin)
            .args(["--host", "127.0.0.1", "--port", &self.port.to_string()])
            .args(["--access-key", &self.access_key])
            .args(["--secret-key", &self.secret_key])
            .arg(self.data_dir())
            .stdin(Stdio::null())
            .stdout(out.try_clone().map_err(|e| format!("s3s-fs log: {e}"))?)
            .stderr(out)
            .spawn()
            .map_err(|e| format!("cannot start s3s-fs: {e}"))?;
        let ready = wait_listening(self.port, &mut child, "s3s-fs", &log);
        self.child = Some(child);
        if ready.is_err() {
            self.stop();
        }
        ready
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// A running moto server (`moto_server`, S3 API in memory, no signature checks), on its
/// own port. Buckets are made with [`create_bucket`](Self::create_bucket).
pub struct MotoServer {
    port: u16,
    /// Holds the server's log.
    _dir: tempfile::TempDir,
    child: Option<Child>,
}

impl MotoServer {
    /// Starts `$MIRAGE_MOTO_SERVER` (or `moto_server` on `PATH`) on a free port.
    pub fn start() -> Result<Self, String> {
        let bin = match std::env::var_os("MIRAGE_MOTO_SERVER") {
            Some(p) => PathBuf::from(p),
            None => program("moto_server", "pip install 'moto[server]==5.2.5'")?,
        };
        let dir = tempfile::tempdir().map_err(|e| format!("temp dir: {e}"))?;
        let port = free_port()?;
        let log = dir.path().join("moto.log");
        let out = std::fs::File::create(&log).map_err(|e| format!("moto log: {e}"))?;
        let mut child = Command::new(&bin)
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(out.try_clone().map_err(|e| format!("moto log: {e}"))?)
            .stderr(out)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", bin.display()))?;
        let ready = wait_listening(port, &mut child, "moto_server", &log);
        // Dropped (and so killed) when it did not come up.
        let server = MotoServer {
            port,
            _dir: dir,
            child: Some(child),
        };
        ready.map(|()| server)
    }

    /// `http://127.0.0.1:PORT`.
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Creates a bucket (an unsigned `PUT /BUCKET`: moto checks no signatures).
    pub fn create_bucket(&self, bucket: &str) -> Result<(), String> {
        use std::io::{Read, Write};
        let mut conn =
            TcpStream::connect(("127.0.0.1", self.port)).map_err(|e| format!("moto: {e}"))?;
        let request = format!(
            "PUT /{bucket} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: 0\r\n\
             Connection: close\r\n\r\n",
            self.port
        );
        conn.write_all(request.as_bytes())
            .map_err(|e| format!("moto: {e}"))?;
        let mut reply = String::new();
        conn.read_to_string(&mut reply)
            .map_err(|e| format!("moto: {e}"))?;
        if reply.starts_with("HTTP/1.1 200") {
            Ok(())
        } else {
            let status = reply.lines().next().unwrap_or_default();
            Err(format!("moto: creating bucket {bucket}: {status}"))
        }
    }

    /// `s3://BUCKET?endpoint=URL&region=us-east-1`, a mount spec for this server (any keys
    /// are accepted).
    pub fn url(&self, bucket: &str) -> String {
        format!(
            "s3://{bucket}?endpoint={}&region=us-east-1",
            self.endpoint()
        )
    }

    /// Kills the server.
    pub fn stop(&mut self) {
        kill(&mut self.child);
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        self.stop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redis_starts_stops_and_restarts_on_its_port() {
        let mut server = RedisServer::start().expect("redis-server");
        let port = server.port();
        assert!(TcpStream::connect(("127.0.0.1", port)).is_ok());
        server.stop();
        assert!(TcpStream::connect(("127.0.0.1", port)).is_err());
        server.restart().expect("restart");
        assert!(TcpStream::connect(("127.0.0.1", port)).is_ok());
    }

    #[test]
    fn s3s_fs_serves_its_bucket_folder() {
        let server = S3Server::start("bkt").expect("s3s-fs");
        assert!(server.data_dir().join("bkt").is_dir());
        assert!(
            server
                .url("bkt", "p")
                .starts_with("s3://bkt/p?endpoint=http://127.0.0.1:")
        );
        assert!(TcpStream::connect(("127.0.0.1", server.port)).is_ok());
    }

    #[test]
    fn moto_makes_buckets() {
        let mut server = MotoServer::start().expect("moto_server");
        server.create_bucket("one").expect("bucket");
        server.stop();
        assert!(
            server.create_bucket("two").is_err(),
            "a bucket on a stopped server"
        );
        assert!(
            server
                .url("one")
                .starts_with("s3://one?endpoint=http://127.0.0.1:")
        );
    }
}
