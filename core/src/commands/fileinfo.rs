//! File facts shared by `ls`, `stat`, `find`, `du` and `tree`, shaped like what a root user
//! sees on ext4: mode strings, 4096-byte blocks, directory sizes and link counts.
//!
//! Choices (the VFS has no inodes, owners or disk blocks): owner and group are `root` (0),
//! a directory is 4096 bytes in one block, a regular file occupies `ceil(size / 4096)` blocks
//! of 4 KiB, a symbolic link is a "fast" link with no blocks, a directory has `2 + subdirs`
//! links and a file one.

use crate::error::Result;
use crate::vfs::{FileType, Metadata, Vfs};

/// The ext4 block size.
pub const BLOCK: u64 = 4096;

/// Metadata of a command-line operand without following a final link, except that
/// `link/` (a trailing slash) names the directory the link points to, and `file/` is
/// `NotADirectory`, as in the kernel.
pub async fn lstat_operand(vfs: &Vfs, abs: &str, operand: &str) -> Result<Metadata> {
    if operand.ends_with('/') && !operand.trim_end_matches('/').is_empty() {
        let m = vfs.stat(abs).await?;
        if !m.is_dir() {
            return Err(crate::error::Error::new(
                crate::error::ErrorKind::NotADirectory,
            ));
        }
        Ok(m)
    } else {
        vfs.lstat(abs).await
    }
}

/// `ls -l`'s type letter: `-`, `d` or `l`.
pub fn type_char(meta: &Metadata) -> char {
    match meta.file_type {
        FileType::File => '-',
        FileType::Dir => 'd',
        FileType::Symlink => 'l',
    }
}

/// The permission bits (`0o644`); links are always `0o777`.
pub fn perm_bits(meta: &Metadata) -> u32 {
    match meta.file_type {
        FileType::Symlink => 0o777,
        _ => meta.mode & 0o7777,
    }
}

/// The raw `st_mode`: type bits and permission bits.
pub fn raw_mode(meta: &Metadata) -> u32 {
    let kind = match meta.file_type {
        FileType::File => 0o100000,
        FileType::Dir => 0o040000,
        FileType::Symlink => 0o120000,
    };
    kind | perm_bits(meta)
}

/// `drwxr-xr-x`, with `s`/`S` and `t`/`T` for set-id and sticky bits.
pub fn mode_string(meta: &Metadata) -> String {
    let m = perm_bits(meta);
    let mut s = String::with_capacity(10);
    s.push(type_char(meta));
    let bit = |b: u32, c: char| if m & b != 0 { c } else { '-' };
    let special =
        |x: u32, special: u32, lower: char, upper: char| match (m & x != 0, m & special != 0) {
            (true, true) => lower,
            (false, true) => upper,
            (true, false) => 'x',
            (false, false) => '-',
        };
    s.push(bit(0o400, 'r'));
    s.push(bit(0o200, 'w'));
    s.push(special(0o100, 0o4000, 's', 'S'));
    s.push(bit(0o040, 'r'));
    s.push(bit(0o020, 'w'));
    s.push(special(0o010, 0o2000, 's', 'S'));
    s.push(bit(0o004, 'r'));
    s.push(bit(0o002, 'w'));
    s.push(special(0o001, 0o1000, 't', 'T'));
    s
}

/// `st_size`: 4096 for a directory, the target length for a link.
pub fn size(meta: &Metadata) -> u64 {
    match meta.file_type {
        FileType::Dir => BLOCK,
        _ => meta.size,
    }
}

/// Disk usage in 1024-byte units, as ext4 allocates it.
pub fn kib(meta: &Metadata) -> u64 {
    match meta.file_type {
        FileType::Dir => BLOCK / 1024,
        FileType::File => meta.size.div_ceil(BLOCK) * (BLOCK / 1024),
        FileType::Symlink => 0,
    }
}

/// `st_blocks`: 512-byte units.
pub fn blocks(meta: &Metadata) -> u64 {
    kib(meta) * 2
}

/// Seconds and nanoseconds of the modification time (the epoch when unknown).
pub fn mtime(meta: &Metadata) -> (i64, u32) {
    match meta.mtime {
        Some(d) => (
            i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            d.subsec_nanos(),
        ),
        None => (0, 0),
    }
}

/// A stable fake inode number for a path (GNU prints real ones; ours only need to differ).
pub fn inode(path: &str) -> u64 {
    // FNV-1a, folded into a plausible range.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in path.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    1_000_000 + h % 9_000_000
}

/// `ls -l`'s time column relative to `now` (seconds): `Nov 26 03:08` for times within the
/// last six months, `Nov 26  2025` otherwise (also for future times).
pub fn ls_time(secs: i64, now: i64) -> String {
    const SIX_MONTHS: i64 = 31_556_952 / 2;
    if secs > now || now - secs > SIX_MONTHS {
        crate::time::strftime("%b %e  %Y", secs)
    } else {
        crate::time::strftime("%b %e %H:%M", secs)
    }
}

/// `2026-11-26 03:08:38.123456789 +0000`, the way `stat` prints times.
pub fn full_time(secs: i64, nanos: u32) -> String {
    format!(
        "{}.{nanos:09} +0000",
        crate::time::strftime("%Y-%m-%d %H:%M:%S", secs)
    )
}

/// Human-readable size like `ls -h` / `du -h`: one decimal below 10, rounded up, suffixes
/// K M G T P E, powers of 1024.
pub fn human(n: u64) -> String {
    scaled(n, 1024, ['K', 'M', 'G', 'T', 'P', 'E'])
}

/// Human-readable size with powers of 1000 (`du --si`, `df -H`, `ls --si`): the same
/// rounding as [`human`], suffixes k M G T P E.
pub fn human_si(n: u64) -> String {
    scaled(n, 1000, ['k', 'M', 'G', 'T', 'P', 'E'])
}

/// GNU's human-readable rounding: one decimal below 10, rounded up (9.96 becomes `10`),
/// whole numbers above it, rounded up into the next unit when they reach `base`.
fn scaled(n: u64, base: u64, units: [char; 6]) -> String {
    if n < base {
        return n.to_string();
    }
    let base_f = base as f64;
    let mut v = n as f64;
    let mut i = 0;
    loop {
        v /= base_f;
        if v < base_f || i + 1 == units.len() {
            break;
        }
        i += 1;
    }
    let unit = units.get(i).copied().unwrap_or('E');
    if v < 10.0 {
        let t = (v * 10.0).ceil() / 10.0;
        if t >= 10.0 {
            return format!("{}{unit}", t as u64);
        }
        format!("{t:.1}{unit}")
    } else {
        let t = v.ceil();
        if t >= base_f && i + 1 < units.len() {
            let u = units.get(i + 1).copied().unwrap_or('E');
            return format!("1.0{u}");
        }
        format!("{}{unit}", t as u64)
    }
}

/// Reads a run of ASCII digits at `b[*i..]` (a printf-style width or precision), moving `i`
/// past it; saturates instead of overflowing.
pub fn parse_digits(b: &[u8], i: &mut usize) -> usize {
    let mut n = 0usize;
    while let Some(&d @ b'0'..=b'9') = b.get(*i) {
        n = n.saturating_mul(10).saturating_add(usize::from(d - b'0'));
        *i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes_like_gnu() {
        let cases = [
            (0, "0"),
            (1023, "1023"),
            (1024, "1.0K"),
            (1025, "1.1K"),
            (4096, "4.0K"),
            (10 * 1024, "10K"),
            (10 * 1024 + 1, "11K"),
            (1024 * 1024, "1.0M"),
            (1024 * 1024 - 1, "1.0M"),
        ];
        for (n, want) in cases {
            assert_eq!(human(n), want, "{n}");
        }
        // `ls -l --si` on files of these sizes (GNU coreutils 9.1).
        let si = [
            (999, "999"),
            (9960, "10k"),
            (9999, "10k"),
            (10239, "11k"),
            (999_500, "1.0M"),
            (999_999, "1.0M"),
            (1_047_552, "1.1M"),
        ];
        for (n, want) in si {
            assert_eq!(human_si(n), want, "{n}");
        }
        assert_eq!(human(1_047_552), "1023K");
        assert_eq!(human(9960), "9.8K");
    }

    #[test]
    fn mode_strings() {
        let mut m = Metadata::file(0, None);
        m.mode = 0o4755;
        assert_eq!(mode_string(&m), "-rwsr-xr-x");
        m.mode = 0o1644;
        assert_eq!(mode_string(&m), "-rw-r--r-T");
        assert_eq!(mode_string(&Metadata::dir(None)), "drwxr-xr-x");
    }

    #[test]
    fn ls_times() {
        let now = 1_795_662_556;
        assert_eq!(ls_time(now - 60, now), "Nov 26 03:08");
        assert_eq!(ls_time(now - 300 * 86_400, now), "Jan 30  2026");
        assert_eq!(ls_time(now + 3600, now), "Nov 26  2026");
    }
}
