//! Reads, writes and lists files through WASI: `fsops ls DIR`, `fsops cat FILE`,
//! `fsops write FILE TEXT`, `fsops append FILE TEXT`, `fsops mkdir DIR`, `fsops rm FILE`,
//! `fsops mv FROM TO`, `fsops stat FILE`, `fsops env NAME`, `fsops pwd`, `fsops args ...`,
//! `fsops exit CODE`, `fsops panic` (traps). Prints `error: KIND` and exits 1 when an operation fails.

use std::io::Write;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let op = args.get(1).map(String::as_str).unwrap_or("");
    let a = args.get(2).cloned().unwrap_or_default();
    let b = args.get(3).cloned().unwrap_or_default();
    let r: std::io::Result<()> = (|| {
        match op {
            "ls" => {
                let mut names: Vec<String> = std::fs::read_dir(&a)?
                    .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
                    .collect::<Result<_, _>>()?;
                names.sort();
                for n in names {
                    println!("{n}");
                }
            }
            "cat" => {
                let data = std::fs::read(&a)?;
                std::io::stdout().write_all(&data)?;
            }
            "write" => std::fs::write(&a, format!("{b}\n"))?,
            "append" => {
                let mut f = std::fs::OpenOptions::new()
                    .append(true)
                    .create(true)
                    .open(&a)?;
                writeln!(f, "{b}")?;
            }
            "mkdir" => std::fs::create_dir_all(&a)?,
            "rm" => std::fs::remove_file(&a)?,
            "mv" => std::fs::rename(&a, &b)?,
            "stat" => {
                let m = std::fs::metadata(&a)?;
                println!("{} {}", if m.is_dir() { "dir" } else { "file" }, m.len());
            }
            "env" => println!("{}", std::env::var(&a).unwrap_or_default()),
            "pwd" => println!("{}", std::env::current_dir()?.display()),
            "args" => println!("{}", args[2..].join("|")),
            "exit" => std::process::exit(a.parse().unwrap_or(3)),
            "panic" => panic!("guest gave up"),
            _ => {
                eprintln!("usage: fsops OP ARGS");
                std::process::exit(2);
            }
        }
        Ok(())
    })();
    if let Err(e) = r {
        println!("error: {:?}", e.kind());
        std::process::exit(1);
    }
}
