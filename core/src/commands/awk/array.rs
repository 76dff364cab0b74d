//! Awk's associative arrays, iterated in gawk's order: an array whose first subscript is
//! a non-negative 32-bit integer is a "cint" array: integers go to hashed array trees
//! (listed ascending) unless that wastes too many slots, the rest to a side array listed
//! first. A negative first subscript makes an integer-hash array, anything else a string
//! array: a chained hash table with gawk's sdbm hash, prime table sizes and head
//! insertion, listed bucket by bucket (`str_array.c`, `int_array.c`, `cint_array.c`).

use std::collections::HashMap;

use bytes::Bytes;

use super::value::Value;

/// gawk's table sizes (`str_array.c`).
const SIZES: &[usize] = &[
    13, 127, 1021, 8191, 16381, 32749, 65497, 131101, 262147, 524309, 1048583, 2097169, 4194319,
    8388617, 16777259, 33554467, 67108879, 134217757, 268435459, 536870923, 1073741827,
];

/// Average chain length that makes the table grow.
const CHAIN_MAX: usize = 2;

/// gawk's `awk_hash` (sdbm, forced to 32 bits).
fn hash(s: &[u8]) -> u64 {
    let mut h: u64 = 0;
    for &c in s {
        let t = h << 6;
        h = u64::from(c)
            .wrapping_add(t)
            .wrapping_add(t << 10)
            .wrapping_sub(h)
            & 0xFFFF_FFFF;
    }
    h
}

/// The chained hash table that decides the order of string subscripts.
#[derive(Default, Debug)]
struct Chains {
    /// Each chain head first.
    buckets: Vec<Vec<Bytes>>,
    count: usize,
}

impl Chains {
    fn insert(&mut self, k: Bytes) {
        if self.buckets.is_empty() {
            self.buckets = vec![Vec::new(); SIZES[0]];
        }
        self.count += 1;
        let size = self.buckets.len();
        if self.count / size > CHAIN_MAX
            && let Some(&next) = SIZES.iter().find(|&&s| s > size)
        {
            let mut grown: Vec<Vec<Bytes>> = vec![Vec::new(); next];
            for chain in std::mem::take(&mut self.buckets) {
                for key in chain {
                    let b = (hash(&key) % next as u64) as usize;
                    grown[b].insert(0, key);
                }
            }
            self.buckets = grown;
        }
        let b = (hash(&k) % self.buckets.len() as u64) as usize;
        self.buckets[b].insert(0, k);
    }

    fn remove(&mut self, k: &[u8]) {
        if self.buckets.is_empty() {
            return;
        }
        let b = (hash(k) % self.buckets.len() as u64) as usize;
        if let Some(at) = self.buckets[b].iter().position(|x| x == k) {
            self.buckets[b].remove(at);
            self.count -= 1;
            if self.count == 0 {
                self.buckets.clear();
            }
        }
    }

    fn keys(&self) -> impl Iterator<Item = &Bytes> {
        self.buckets.iter().flatten()
    }
}

/// gawk's `int_hash` (Paul Hsieh's final mix) of a 32-bit integer.
fn int_hash(k: i64, size: usize) -> usize {
    let mut k = k as u32;
    k ^= k << 3;
    k = k.wrapping_add(k >> 5);
    k ^= k << 4;
    k = k.wrapping_add(k >> 17);
    k ^= k << 25;
    k = k.wrapping_add(k >> 6);
    (u64::from(k) % size as u64) as usize
}

/// The integer hash table (`int_array.c`): chains of two-slot buckets, head first.
#[derive(Default, Debug)]
struct IntChains {
    buckets: Vec<Vec<Vec<(i64, Bytes)>>>,
    count: usize,
}

impl IntChains {
    fn put(buckets: &mut [Vec<Vec<(i64, Bytes)>>], n: i64, k: Bytes) {
        let h = int_hash(n, buckets.len());
        let chain = &mut buckets[h];
        if chain.first().is_none_or(|b| b.len() == 2) {
            chain.insert(0, Vec::with_capacity(2));
        }
        if let Some(head) = chain.first_mut() {
            head.push((n, k));
        }
    }

    fn insert(&mut self, n: i64, k: Bytes) {
        if self.buckets.is_empty() {
            self.buckets = vec![Vec::new(); SIZES[0]];
        }
        self.count += 1;
        let size = self.buckets.len();
        if self.count / size > CHAIN_MAX
            && let Some(&next) = SIZES.iter().find(|&&s| s > size)
        {
            let mut grown = vec![Vec::new(); next];
            for chain in std::mem::take(&mut self.buckets) {
                for bucket in chain {
                    for (m, key) in bucket {
                        IntChains::put(&mut grown, m, key);
                    }
                }
            }
            self.buckets = grown;
        }
        IntChains::put(&mut self.buckets, n, k);
    }

    fn remove(&mut self, n: i64) {
        if self.buckets.is_empty() {
            return;
        }
        let h = int_hash(n, self.buckets.len());
        let chain = &mut self.buckets[h];
        let Some((bi, ii)) = chain
            .iter()
            .enumerate()
            .find_map(|(bi, b)| b.iter().position(|(m, _)| *m == n).map(|ii| (bi, ii)))
        else {
            return;
        };
        chain[bi].remove(ii);
        if chain[bi].is_empty() {
            chain.remove(bi);
        } else if bi != 0 {
            // Refill the bucket from the head, as gawk does.
            if let Some(moved) = chain[0].pop() {
                chain[bi].push(moved);
            }
            if chain[0].is_empty() {
                chain.remove(0);
            }
        }
        self.count -= 1;
        if self.count == 0 {
            self.buckets.clear();
        }
    }

    fn keys(&self) -> impl Iterator<Item = &Bytes> {
        self.buckets.iter().flatten().flatten().map(|(_, k)| k)
    }
}

/// A 32-bit integer subscript in canonical form (`12`, `-3`; not `012`, `+1` or `1.0`),
/// what gawk's `is_integer` accepts.
fn integer(k: &[u8]) -> Option<i64> {
    let s = std::str::from_utf8(k).ok()?;
    let n: i64 = s.parse().ok()?;
    (n.to_string() == s && i32::try_from(n).is_ok()).then_some(n)
}

/// Largest leaf of the integer array trees is 2^NHAT; THRESHOLD bounds wasted slots.
const NHAT: u32 = 10;
const THRESHOLD: i64 = 1 << (NHAT + 1);

/// gawk's `cint_hash`: which power-of-two tree holds `k`.
fn cint_hash(k: i64) -> u32 {
    if k <= 0 {
        return NHAT;
    }
    let r = 63 - (k as u64).leading_zeros();
    if r < NHAT { NHAT } else { r + 1 }
}

/// The leaf array (base, size) that holds `k` in gawk's hashed array trees.
fn leaf_of(k: i64) -> (i64, i64) {
    let m = cint_hash(k) - 1;
    let (mut tm, mut base) = if m < NHAT { (NHAT, 0) } else { (m, 1i64 << m) };
    loop {
        let n = tm.div_ceil(2);
        let size = 1i64 << n;
        base += size * ((k - base) / size);
        if n > NHAT {
            tm = n;
        } else {
            return (base, size);
        }
    }
}

/// The dense part of a cint array: which leaves are allocated, and their capacity.
#[derive(Default, Debug)]
struct Cint {
    leaves: HashMap<i64, (i64, usize)>,
    capacity: i64,
    count: usize,
}

impl Cint {
    /// Whether gawk would store `k` here rather than in the side array.
    fn accepts(&self, k: i64) -> bool {
        let mut li = (cint_hash(k) - 1).max(NHAT);
        while li >= NHAT {
            li = li.div_ceil(2);
        }
        self.capacity + (1i64 << li) - self.count as i64 <= THRESHOLD
    }

    fn insert(&mut self, k: i64) {
        let (base, size) = leaf_of(k);
        let leaf = self.leaves.entry(base).or_insert((size, 0));
        if leaf.1 == 0 {
            self.capacity += size;
        }
        leaf.1 += 1;
        self.count += 1;
    }

    fn remove(&mut self, k: i64) {
        let (base, _) = leaf_of(k);
        if let Some(leaf) = self.leaves.get_mut(&base) {
            leaf.1 -= 1;
            if leaf.1 == 0 {
                self.capacity -= leaf.0;
                self.leaves.remove(&base);
            }
        }
        self.count -= 1;
    }
}

/// gawk's array flavours, chosen by the first subscript.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
enum Mode {
    #[default]
    Empty,
    /// Non-negative integers in hashed array trees, the rest in a side array.
    Cint,
    /// 32-bit integers hashed, the rest in string chains.
    Int,
    Str,
}

/// Where an element lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Loc {
    Cint,
    Int,
    Str,
}

/// An associative array.
#[derive(Default, Debug)]
pub struct Array {
    map: HashMap<Bytes, (Loc, Value)>,
    mode: Mode,
    /// For a cint array: whether its side array is an integer array (`Some(true)`).
    side_int: Option<bool>,
    chains: Chains,
    ints: IntChains,
    cint: Cint,
}

impl Array {
    /// The number of elements.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The element `k`.
    pub fn get(&self, k: &[u8]) -> Option<&Value> {
        self.map.get(k).map(|(_, v)| v)
    }

    /// True when `k` is an element.
    pub fn contains(&self, k: &[u8]) -> bool {
        self.map.contains_key(k)
    }

    /// Sets element `k`, creating it.
    pub fn set(&mut self, k: Bytes, v: Value) {
        if let Some(slot) = self.map.get_mut(&k) {
            slot.1 = v;
            return;
        }
        let n = integer(&k);
        if self.mode == Mode::Empty {
            self.mode = match n {
                Some(x) if x >= 0 => Mode::Cint,
                Some(_) => Mode::Int,
                None => Mode::Str,
            };
        }
        let loc = match self.mode {
            Mode::Cint => match n {
                Some(x) if x >= 0 && self.cint.accepts(x) => {
                    self.cint.insert(x);
                    Loc::Cint
                }
                _ => {
                    let int_side = *self.side_int.get_or_insert(n.is_some());
                    if int_side && n.is_some() {
                        Loc::Int
                    } else {
                        Loc::Str
                    }
                }
            },
            Mode::Int if n.is_some() => Loc::Int,
            _ => Loc::Str,
        };
        match (loc, n) {
            (Loc::Int, Some(x)) => self.ints.insert(x, k.clone()),
            (Loc::Str, _) => self.chains.insert(k.clone()),
            _ => {}
        }
        self.map.insert(k, (loc, v));
    }

    /// Deletes element `k`.
    pub fn remove(&mut self, k: &[u8]) {
        let Some((loc, _)) = self.map.remove(k) else {
            return;
        };
        if self.is_empty() {
            *self = Array::default();
            return;
        }
        let n = integer(k).unwrap_or(0);
        match loc {
            Loc::Cint => {
                self.cint.remove(n);
                if self.cint.count == 0 {
                    // gawk promotes the side array to be the array itself.
                    self.mode = if self.side_int == Some(true) {
                        Mode::Int
                    } else {
                        Mode::Str
                    };
                    self.side_int = None;
                }
            }
            Loc::Int => {
                self.ints.remove(n);
                if self.ints.count == 0 {
                    if self.mode == Mode::Int {
                        self.mode = Mode::Str;
                    } else if self.side_int == Some(true) {
                        self.side_int = Some(false);
                    }
                }
            }
            Loc::Str => {
                self.chains.remove(k);
                if self.mode == Mode::Cint && self.chains.count == 0 && self.ints.count == 0 {
                    self.side_int = None;
                }
            }
        }
    }

    /// The subscripts in gawk's `for (k in a)` order.
    pub fn keys(&self) -> Vec<Bytes> {
        let mut out: Vec<Bytes> = self.chains.keys().cloned().collect();
        out.extend(self.ints.keys().cloned());
        if self.mode == Mode::Cint {
            let mut dense: Vec<(i64, &Bytes)> = self
                .map
                .iter()
                .filter(|(_, (loc, _))| *loc == Loc::Cint)
                .filter_map(|(k, _)| integer(k).map(|n| (n, k)))
                .collect();
            dense.sort_by_key(|(n, _)| *n);
            out.extend(dense.into_iter().map(|(_, k)| k.clone()));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[&str]) -> Vec<String> {
        let mut a = Array::default();
        for k in keys {
            a.set(Bytes::from(k.to_string()), Value::Uninit);
        }
        a.keys()
            .iter()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect()
    }

    /// The order of a plain string array with these keys (the chains alone).
    fn order_str(keys: &[&str]) -> Vec<String> {
        let mut c = Chains::default();
        for k in keys {
            c.insert(Bytes::from(k.to_string()));
        }
        c.keys()
            .map(|k| String::from_utf8_lossy(k).into_owned())
            .collect()
    }

    #[test]
    fn gawk_order() {
        // Each expectation is what gawk 5.2.1 prints for `for (k in a)`.
        assert_eq!(
            order(&["b", "a", "c", "10", "2"]),
            ["10", "a", "b", "c", "2"]
        );
        assert_eq!(
            order(&[
                "the", "cat", "dog", "end", "fish", "zebra", "apple", "banana"
            ]),
            [
                "end", "zebra", "apple", "the", "banana", "fish", "cat", "dog"
            ]
        );
        assert_eq!(
            order(&["5", "x", "-3", "y", "1"]),
            ["x", "y", "-3", "1", "5"]
        );
        assert_eq!(order(&["1.5", "1", "01", "2"]), ["01", "1.5", "1", "2"]);
        assert_eq!(
            order(&["3000000000", "1", "2"]),
            order_str(&["3000000000", "1", "2"])
        );
        assert_eq!(
            order(&["1", "-1", "b", "3000000000", "7"]),
            ["3000000000", "b", "-1", "1", "7"]
        );
        assert_eq!(
            order(&["z", "1", "100000", "-5", "2147483648"]),
            ["2147483648", "z", "-5", "100000", "1"]
        );
        let neg: Vec<String> = std::iter::once("0".to_string())
            .chain((1..40).map(|i| format!("-{i}")))
            .collect();
        let refs: Vec<&str> = neg.iter().map(String::as_str).collect();
        assert_eq!(
            order(&refs)[..6],
            ["-10", "-22", "-17", "-19", "-38", "-12"]
        );
        let many: Vec<String> = (1..=30).rev().map(|i| format!("k{i}")).collect();
        let refs: Vec<&str> = many.iter().map(String::as_str).collect();
        assert_eq!(order(&refs)[..6], ["k1", "k15", "k24", "k2", "k16", "k25"]);
    }
}
