//! TEMP STUB
#[derive(Clone)]
pub struct FileInfo {
    pub is_file: bool,
    pub is_dir: bool,
    pub is_symlink: bool,
    pub size: u64,
    pub mode: u32,
    pub mtime: Option<std::time::Duration>,
}
pub fn file_operands(args: &[String]) -> Vec<String> {
    args.to_vec()
}
pub fn eval_test(
    _name: &str,
    _args: &[String],
    _files: &dyn Fn(&str) -> Option<FileInfo>,
) -> Result<bool, String> {
    Ok(true)
}
