//! Allocates without bound, touching every page, until the host's memory limit stops it.

fn main() {
    let mut blocks: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut b = vec![0u8; 16 << 20];
        for i in (0..b.len()).step_by(4096) {
            b[i] = 1;
        }
        blocks.push(b);
        println!("{} MiB", blocks.len() * 16);
    }
}
