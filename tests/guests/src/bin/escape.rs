//! Tries to reach outside the workspace and to write where it may not, printing one line
//! per attempt: `NAME: ok ...` if the attempt succeeded, `NAME: denied KIND` if not.

use std::io::Write;

fn attempt(name: &str, r: std::io::Result<String>) {
    match r {
        Ok(s) => println!("{name}: ok {s}"),
        Err(e) => println!("{name}: denied {:?}", e.kind()),
    }
}

fn main() {
    let ro = std::env::args().nth(1).unwrap_or_else(|| "/ro".to_string());
    let read = |p: &str| std::fs::read_to_string(p).map(|s| s.len().to_string());
    attempt("etc-passwd", read("/etc/passwd"));
    attempt("dotdot", read("../../../../../../etc/passwd"));
    attempt("dotdot-abs", read("/../../etc/hostname"));
    attempt("proc", read("/proc/self/environ"));
    attempt("host-home", read("/root/.bashrc"));
    attempt(
        "list-root",
        std::fs::read_dir("/").map(|d| {
            let mut v: Vec<String> = d
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect();
            v.sort();
            v.join(",")
        }),
    );
    attempt(
        "write-ro",
        std::fs::write(format!("{ro}/x.txt"), "x").map(|_| String::new()),
    );
    attempt(
        "mkdir-ro",
        std::fs::create_dir(format!("{ro}/d")).map(|_| String::new()),
    );
    attempt(
        "rm-ro",
        std::fs::remove_file(format!("{ro}/keep.txt")).map(|_| String::new()),
    );
    attempt(
        "append-ro",
        std::fs::OpenOptions::new()
            .append(true)
            .open(format!("{ro}/keep.txt"))
            .and_then(|mut f| f.write_all(b"x"))
            .map(|_| String::new()),
    );
    // The host test puts a symlink `/tmp/link-out -> ../../../etc/passwd` in the workspace.
    attempt("symlink-out", read("/tmp/link-out"));
    attempt("env-host", Ok(std::env::var("HOME").unwrap_or_default()));
    attempt(
        "socket",
        std::net::TcpStream::connect("127.0.0.1:22").map(|_| String::new()),
    );
}
