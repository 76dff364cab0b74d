//! End to end: the `mirage` binary with an S3 bucket at `/data`, a Redis prefix at `/cache` and
//! RAM at `/tmp`, side by side in one tree, against real servers (`s3s-fs`, `redis-server`),
//! the way a user mounts them: `--mount /data=s3://...` with keys in the AWS environment
//! variables, `--mount /cache=redis://...`.

use std::process::Command;
use std::time::Duration;

use mirage_tests::process::{self, mirage_bin};
use mirage_tests::servers::{RedisServer, S3Server};
use mirage_tests::spec::Outcome;

const TIMEOUT: Duration = Duration::from_secs(60);

struct Servers {
    s3: S3Server,
    redis: RedisServer,
}

/// What `mirage exec` needs to reach both servers (movable to another thread).
#[derive(Clone)]
struct Mounts {
    data: String,
    cache: String,
    keys: (String, String),
}

impl Servers {
    fn start() -> Servers {
        Servers {
            s3: S3Server::start("bkt").expect("s3s-fs"),
            redis: RedisServer::start().expect("redis-server"),
        }
    }

    fn mounts(&self) -> Mounts {
        Mounts {
            data: self.s3.url("bkt", "team"),
            cache: self.redis.url(0, "e2e"),
            keys: (self.s3.access_key().into(), self.s3.secret_key().into()),
        }
    }

    fn exec(&self, script: &str, data_ro: bool) -> Outcome {
        self.mounts().exec(script, data_ro)
    }
}

impl Mounts {
    /// `mirage exec` with both mounts (`/data` read-only when `data_ro`) running `script`.
    fn exec(&self, script: &str, data_ro: bool) -> Outcome {
        let ro = if data_ro { ",ro" } else { "" };
        let mut cmd = Command::new(mirage_bin().expect("mirage binary"));
        cmd.arg("exec")
            .arg("--mount")
            .arg(format!("/data={}{ro}", self.data))
            .arg("--mount")
            .arg(format!("/cache={}", self.cache))
            .args(["-c", script])
            .env("AWS_ACCESS_KEY_ID", &self.keys.0)
            .env("AWS_SECRET_ACCESS_KEY", &self.keys.1)
            .env_remove("AWS_SESSION_TOKEN")
            .env_remove("AWS_PROFILE");
        process::run(cmd, "mirage", TIMEOUT).expect("mirage ran")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn s3_redis_and_ram_side_by_side() {
    let servers = Servers::start();
    let out = servers.exec(
        r#"mkdir -p /data/logs /cache/seen
printf 'error one\nok\n' > /data/logs/a.log
printf 'ok\nerror two\n' > /data/logs/b.log
grep -r error /data | sort
cp /data/logs/*.log /cache/seen/
ls /cache/seen
wc -l < /cache/seen/b.log
mv /cache/seen/a.log /tmp/a.log && cat /tmp/a.log
find / -name '*.log' | sort
"#,
        false,
    );
    assert_eq!(text(&out.stderr), "");
    assert_eq!(
        text(&out.stdout),
        "/data/logs/a.log:error one\n/data/logs/b.log:error two\n\
         a.log\nb.log\n2\nerror one\nok\n\
         /cache/seen/b.log\n/data/logs/a.log\n/data/logs/b.log\n/tmp/a.log\n"
    );
    assert_eq!(out.status, 0);

    // A second process sees what the first left on both servers (RAM is gone).
    let out = servers.exec("cat /data/logs/a.log; ls /cache/seen; ls /tmp/a.log", false);
    assert_eq!(text(&out.stdout), "error one\nok\nb.log\n");
    assert_eq!(
        text(&out.stderr),
        "ls: cannot access '/tmp/a.log': No such file or directory\n"
    );
    assert_eq!(out.status, 2);
}

#[test]
fn a_read_only_bucket_refuses_writes_before_any_request() {
    let servers = Servers::start();
    let out = servers.exec("echo x > /data/new; echo $?; ls /data", true);
    assert_eq!(
        text(&out.stderr),
        "mirage: line 1: /data/new: Read-only file system\n"
    );
    assert_eq!(text(&out.stdout), "1\n");
    assert!(!servers.s3.data_dir().join("bkt/team/new").exists());
}

/// True once Redis holds a key of prefix `e2e` whose name ends with `marker`.
fn marker_written(client: &redis::Client) -> bool {
    let Ok(mut conn) = client.get_connection() else {
        return false;
    };
    let keys: Vec<String> = redis::cmd("KEYS")
        .arg("e2e:*")
        .query(&mut conn)
        .unwrap_or_default();
    keys.iter().any(|k| k.ends_with("marker"))
}

#[test]
fn redis_stopped_mid_script_is_a_clear_error_and_the_mount_recovers() {
    let mut servers = Servers::start();
    let mounts = servers.mounts();
    let script = "echo kept > /cache/a; echo m > /cache/marker; sleep 3; \
                  cat /cache/a; echo status $?; cat /data/none; echo still here";
    let run = std::thread::spawn(move || mounts.exec(script, false));
    // Stop Redis once the script has written its marker; the script sleeps past that.
    let client = redis::Client::open(format!("redis://127.0.0.1:{}/0", servers.redis.port()))
        .expect("client");
    let deadline = std::time::Instant::now() + TIMEOUT;
    while !marker_written(&client) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(5));
    }
    servers.redis.stop();
    let out = run.join().expect("mirage thread");
    assert_eq!(
        text(&out.stderr),
        "cat: /cache/a: redis: connection refused\n\
         cat: /data/none: No such file or directory\n"
    );
    assert_eq!(text(&out.stdout), "status 1\nstill here\n");
    assert_eq!(out.status, 0);

    // With the server down, mounting it is refused with the cause (exit 2).
    let out = servers.exec("true", false);
    assert_eq!(out.status, 2);
    assert!(
        text(&out.stderr).contains("redis: connection refused"),
        "{}",
        text(&out.stderr)
    );

    // Back up (empty: it keeps nothing on disk), the mount works again.
    servers.redis.restart().expect("restart");
    let out = servers.exec("echo again > /cache/a; cat /cache/a", false);
    assert_eq!(text(&out.stdout), "again\n");
    assert_eq!(out.status, 0);
}
