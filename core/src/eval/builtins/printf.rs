//! TEMP STUB
pub struct Formatted {
    pub out: Vec<u8>,
    pub errors: Vec<String>,
    pub status: i32,
    pub stop: bool,
}
pub fn format(fmt: &str, _args: &[String]) -> Formatted {
    Formatted {
        out: fmt.as_bytes().to_vec(),
        errors: vec![],
        status: 0,
        stop: false,
    }
}
