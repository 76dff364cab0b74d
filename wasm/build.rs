//! Links the `.wasm` with a large shadow stack: script nesting is evaluated on it (see
//! `mirage_core::limits`), and wasm32's default of 1 MiB overflows on modest recursion.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if arch == "wasm32" {
        // Keep in step with `WASM_STACK_SIZE` in src/lib.rs.
        println!("cargo:rustc-link-arg-cdylib=-zstack-size={}", 16u64 << 20);
        // The same for the wasm-bindgen-test binaries (tests/api.rs), debug builds included.
        println!("cargo:rustc-link-arg-tests=-zstack-size={}", 16u64 << 20);
    }
}
