//! Awk's associative arrays, iterated in gawk's order: an array whose first subscript is
//! an integer is a "cint" array: its string subscripts (and integers outside 32 bits) first
//! in hash order, then its negative integers in gawk's integer-hash order, then the
//! integers in [0, 2^31) ascending. Any other array is one chained hash table with gawk's
//! sdbm hash, prime table sizes and head insertion, listed bucket by bucket.

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

/// A canonical integer subscript (`12`, `-3`; not `012` or `1.0`).
fn integer(k: &[u8]) -> Option<i64> {
    let s = std::str::from_utf8(k).ok()?;
    let n: i64 = s.parse().ok()?;
    (n.to_string() == s).then_some(n)
}

/// Where a subscript of a cint array lives.
#[derive(PartialEq, Eq)]
enum Part {
    Cint,
    Negative,
    Chains,
}

fn part(k: &[u8]) -> Part {
    match integer(k) {
        Some(n) if (0..1 << 31).contains(&n) => Part::Cint,
        Some(n) if (-(1 << 31)..0).contains(&n) => Part::Negative,
        _ => Part::Chains,
    }
}

/// An associative array.
#[derive(Default, Debug)]
pub struct Array {
    map: HashMap<Bytes, Value>,
    /// `Some(true)` for a cint array, `Some(false)` for a string array, `None` when empty.
    cint: Option<bool>,
    chains: Chains,
    /// Negative integer subscripts of a cint array.
    negative: IntChains,
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
        self.map.get(k)
    }

    /// True when `k` is an element.
    pub fn contains(&self, k: &[u8]) -> bool {
        self.map.contains_key(k)
    }

    /// Sets element `k`, creating it.
    pub fn set(&mut self, k: Bytes, v: Value) {
        if let Some(slot) = self.map.get_mut(&k) {
            *slot = v;
            return;
        }
        let cint = *self.cint.get_or_insert_with(|| part(&k) != Part::Chains);
        match (cint, part(&k)) {
            (true, Part::Cint) => {}
            (true, Part::Negative) => self.negative.insert(integer(&k).unwrap_or(0), k.clone()),
            _ => self.chains.insert(k.clone()),
        }
        self.map.insert(k, v);
    }

    /// Deletes element `k`.
    pub fn remove(&mut self, k: &[u8]) {
        if self.map.remove(k).is_none() {
            return;
        }
        let cint = self.cint == Some(true);
        match (cint, part(k)) {
            (true, Part::Cint) => {}
            (true, Part::Negative) => self.negative.remove(integer(k).unwrap_or(0)),
            _ => self.chains.remove(k),
        }
        if self.is_empty() {
            *self = Array::default();
        }
    }

    /// The subscripts in gawk's `for (k in a)` order.
    pub fn keys(&self) -> Vec<Bytes> {
        let mut out: Vec<Bytes> = self.chains.keys().cloned().collect();
        if self.cint == Some(true) {
            out.extend(self.negative.keys().cloned());
            let mut ints: Vec<(i64, &Bytes)> = self
                .map
                .keys()
                .filter(|k| part(k) == Part::Cint)
                .filter_map(|k| integer(k).map(|n| (n, k)))
                .collect();
            ints.sort_by_key(|(n, _)| *n);
            out.extend(ints.into_iter().map(|(_, k)| k.clone()));
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
