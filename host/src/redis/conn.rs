//! The connection of a [`RedisBackend`](super::RedisBackend): one
//! [`ConnectionManager`] (it reconnects by itself), the script call every operation goes
//! through, the round-trip counter, and the mapping of client errors to
//! [`ErrorKind::Backend`] with a short detail (`redis: connection refused`).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ::redis::aio::{ConnectionManager, ConnectionManagerConfig};
use ::redis::{Client, Cmd, RedisError, Script, ServerErrorKind, Value};
use bytes::Bytes;
use mirage_core::{Error, ErrorKind, Result};

use crate::netio;

/// The Lua source of every operation (see `backend.lua`).
const SOURCE: &str = include_str!("backend.lua");

/// The script, hashed once for EVALSHA.
static SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(SOURCE));

/// How long establishing a connection may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);

/// How long one request may wait for its reply.
pub const RESPONSE_TIMEOUT: Duration = Duration::from_secs(5);

/// A shared connection plus the count of requests sent on it by one backend.
#[derive(Clone)]
pub struct Conn {
    manager: ConnectionManager,
    prefix: Arc<str>,
    requests: Arc<AtomicU64>,
}

impl Conn {
    /// Connects to `url` (a plain `redis://HOST:PORT/DB`); keys will start with `prefix:`.
    pub async fn connect(url: &str, prefix: &str) -> Result<Conn> {
        let client = Client::open(url).map_err(|e| {
            Error::new(ErrorKind::InvalidPath).with_detail(format!("redis: {url}: {e}"))
        })?;
        let config = ConnectionManagerConfig::new()
            .set_connection_timeout(Some(CONNECT_TIMEOUT))
            .set_response_timeout(Some(RESPONSE_TIMEOUT))
            // One attempt per connection; `call` retries a request once itself.
            .set_number_of_retries(0);
        let manager = netio::run("redis", async move {
            ConnectionManager::new_with_config(client, config).await
        })
        .await?
        .map_err(|e| backend_error(&e))?;
        Ok(Conn {
            manager,
            prefix: format!("{prefix}:").into(),
            requests: Arc::new(AtomicU64::new(0)),
        })
    }

    /// The same connection for another key prefix, with its own request counter.
    pub fn with_prefix(&self, prefix: &str) -> Conn {
        Conn {
            manager: self.manager.clone(),
            prefix: format!("{prefix}:").into(),
            requests: Arc::new(AtomicU64::new(0)),
        }
    }

    /// Requests sent so far (each one a round trip to the server).
    pub fn requests(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Runs operation `op` of the script with `args`; returns the reply's strings after the
    /// status, or the error its status code names.
    ///
    /// A request refused at connection, or whose connection dropped on the way, is retried
    /// once (the manager reconnects meanwhile, so the first command after a restart or an
    /// idle disconnect works). A `mutation` carries a unique token, so its retry returns
    /// the first attempt's status when that one ran: never applied twice.
    pub async fn call(
        &self,
        op: &'static str,
        args: Vec<Bytes>,
        mutation: bool,
    ) -> Result<Vec<Vec<u8>>> {
        let mut conn = self.manager.clone();
        let requests = self.requests.clone();
        let prefix = self.prefix.clone();
        let token = if mutation { token() } else { String::new() };
        let reply = netio::run("redis", async move {
            let head = [prefix.as_ref(), op, token.as_str()];
            let mut cmd = command("EVALSHA", SCRIPT.get_hash(), head, &args);
            let mut retried = false;
            loop {
                requests.fetch_add(1, Ordering::Relaxed);
                match cmd.query_async::<Value>(&mut conn).await {
                    Err(e) if e.kind() == ::redis::ErrorKind::Server(ServerErrorKind::NoScript) => {
                        // EVAL runs the script and caches it for the next EVALSHA.
                        cmd = command("EVAL", SOURCE, head, &args);
                    }
                    Err(e)
                        if !retried && (e.is_connection_refusal() || e.is_connection_dropped()) =>
                    {
                        retried = true;
                    }
                    r => return r,
                }
            }
        })
        .await?
        .map_err(|e| backend_error(&e))?;
        super::reply::status(strings(reply)?)
    }
}

/// A token no other request of any client uses: this process, the time, a counter.
fn token() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("{:x}.{nanos:x}.{n:x}", std::process::id())
}

/// `EVALSHA sha 0 prefix op token args...` (or `EVAL source ...`): keys are derived in the
/// script.
fn command(name: &str, script: &str, head: [&str; 3], args: &[Bytes]) -> Cmd {
    let mut cmd = ::redis::cmd(name);
    cmd.arg(script).arg(0).arg(&head[..]);
    for a in args {
        cmd.arg(a.as_ref());
    }
    cmd
}

/// The reply as a list of byte strings.
fn strings(reply: Value) -> Result<Vec<Vec<u8>>> {
    let Value::Array(items) = reply else {
        return Err(unexpected());
    };
    items
        .into_iter()
        .map(|v| match v {
            Value::BulkString(b) => Ok(b),
            Value::SimpleString(s) => Ok(s.into_bytes()),
            Value::Int(i) => Ok(i.to_string().into_bytes()),
            Value::Nil => Ok(Vec::new()),
            _ => Err(unexpected()),
        })
        .collect()
}

/// A reply the script cannot have produced.
pub fn unexpected() -> Error {
    Error::new(ErrorKind::Backend).with_detail("redis: unexpected reply")
}

/// A client or server failure as [`ErrorKind::Backend`] with the detail commands print.
pub fn backend_error(e: &RedisError) -> Error {
    let detail = if e.is_connection_refusal() {
        "redis: connection refused".to_string()
    } else if e.is_timeout() {
        "redis: timed out".to_string()
    } else if e.is_connection_dropped() || e.is_io_error() {
        "redis: connection lost".to_string()
    } else if let Some(code) = e.code() {
        // `OOM command not allowed ...`, without the script's hash and line.
        let text = e.detail().unwrap_or_default();
        let text = text.split(". script:").next().unwrap_or(text);
        format!("redis: {code} {}", text.trim_end_matches('.'))
    } else {
        format!("redis: {e}")
    };
    Error::new(ErrorKind::Backend).with_detail(detail)
}
