//! The `mirage` binary.

fn main() {}
