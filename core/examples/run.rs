//! Runs a script given as the first argument in a fresh RAM workspace and prints what it
//! wrote, then its exit status: `cargo run -p mirage-core --example run -- 'echo hi | cat'`.

fn main() {
    let script = std::env::args().nth(1).unwrap_or_default();
    let ws = mirage_core::Workspace::default_skeleton();
    let opts = mirage_core::ExecuteOptions {
        argv0: Some("bash".into()),
        ..Default::default()
    };
    let r = futures::executor::block_on(ws.execute(&script, opts));
    print!("{}", String::from_utf8_lossy(&r.stdout));
    eprint!("{}", String::from_utf8_lossy(&r.stderr));
    println!("[exit {}]", r.exit_code);
}
