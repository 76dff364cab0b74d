//! TEMP STUB
pub fn echo(args: &[String]) -> Vec<u8> {
    let mut s = args.join(" ");
    s.push('\n');
    s.into_bytes()
}
pub fn echo_escapes(s: &str) -> (String, bool) {
    (s.to_string(), false)
}
