//! scratch
fn main() {
    let script = std::env::args().nth(1).unwrap_or_default();
    let ws = mirage_core::Workspace::default_skeleton();
    let r = futures::executor::block_on(ws.execute(
        &script,
        mirage_core::ExecuteOptions {
            argv0: Some("bash".into()),
            ..Default::default()
        },
    ));
    print!("{}", String::from_utf8_lossy(&r.stdout));
    eprint!("{}", String::from_utf8_lossy(&r.stderr));
    println!("[exit {}]", r.exit_code);
}
