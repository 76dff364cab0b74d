//! Loops forever without making a call: only fuel, an epoch deadline or cancellation stops it.

fn main() {
    let mut x: u64 = 1;
    loop {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
        if x == 42 {
            println!("{x}");
        }
    }
}
