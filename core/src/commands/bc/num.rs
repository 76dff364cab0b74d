//! bc's numbers: arbitrary precision decimals `m / 10^scale`, with GNU bc's rules for the
//! scale of each result and truncation toward zero.

use num_bigint::{BigInt, Sign};

/// A decimal number with `scale` digits after the point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Num {
    m: BigInt,
    scale: u32,
}

fn pow10(n: u32) -> BigInt {
    BigInt::from(10u32).pow(n)
}

/// The most digits after the point a result may carry (bounds memory and time).
pub const MAX_SCALE: u32 = 10_000;

impl Num {
    /// Zero.
    pub fn zero() -> Num {
        Num::int(0)
    }

    /// A small integer.
    pub fn int(i: i64) -> Num {
        Num {
            m: BigInt::from(i),
            scale: 0,
        }
    }

    /// Parses a literal in base `ibase` (digits `0-9A-F`).
    pub fn parse(text: &str, ibase: u32) -> Num {
        let (int, frac) = text.split_once('.').unwrap_or((text, ""));
        let digit = |c: char| c.to_digit(16).unwrap_or(0);
        if ibase == 10 {
            let digits: String = format!("{int}{frac}")
                .chars()
                .map(|c| char::from_digit(digit(c).min(9), 10).unwrap_or('0'))
                .collect();
            let m = digits.parse::<BigInt>().unwrap_or_default();
            return Num {
                m,
                scale: frac.len() as u32,
            };
        }
        let mut m = BigInt::from(0);
        for c in int.chars() {
            m = m * ibase + digit(c);
        }
        let mut n = Num { m, scale: 0 };
        if !frac.is_empty() {
            // Fractional digits in another base: exact sum at the literal's digit count.
            let scale = frac.len() as u32;
            let mut f = BigInt::from(0);
            let mut den = BigInt::from(1);
            for c in frac.chars() {
                f = f * ibase + digit(c);
                den *= ibase;
            }
            let fm = f * pow10(scale) / den;
            n = n.add(&Num { m: fm, scale });
        }
        n
    }

    /// Digits after the point.
    pub fn scale(&self) -> u32 {
        self.scale
    }

    /// Whether the value is zero.
    pub fn is_zero(&self) -> bool {
        self.m.sign() == Sign::NoSign
    }

    /// Whether the value is negative.
    pub fn is_neg(&self) -> bool {
        self.m.sign() == Sign::Minus
    }

    fn rescale(&self, scale: u32) -> BigInt {
        if scale >= self.scale {
            &self.m * pow10(scale - self.scale)
        } else {
            &self.m / pow10(self.scale - scale)
        }
    }

    /// The value truncated to `scale` digits (or padded).
    pub fn with_scale(&self, scale: u32) -> Num {
        Num {
            m: self.rescale(scale),
            scale,
        }
    }

    /// The integer part.
    pub fn trunc_int(&self) -> BigInt {
        self.rescale(0)
    }

    /// The value as an `i64`, truncated, if it fits.
    pub fn to_i64(&self) -> Option<i64> {
        i64::try_from(self.trunc_int()).ok()
    }

    /// Sum.
    pub fn add(&self, o: &Num) -> Num {
        let s = self.scale.max(o.scale);
        Num {
            m: self.rescale(s) + o.rescale(s),
            scale: s,
        }
    }

    /// Difference.
    pub fn sub(&self, o: &Num) -> Num {
        self.add(&o.neg())
    }

    /// Negation.
    pub fn neg(&self) -> Num {
        Num {
            m: -&self.m,
            scale: self.scale,
        }
    }

    /// Product, at `min(sa + sb, max(scale, sa, sb))` digits.
    pub fn mul(&self, o: &Num, scale: u32) -> Num {
        let full = Num {
            m: &self.m * &o.m,
            scale: self.scale + o.scale,
        };
        let s = full.scale.min(scale.max(self.scale).max(o.scale));
        full.with_scale(s)
    }

    /// Quotient at `scale` digits; `None` when dividing by zero.
    pub fn div(&self, o: &Num, scale: u32) -> Option<Num> {
        if o.is_zero() {
            return None;
        }
        // self/o = (ma/10^sa) / (mb/10^sb); scaled by 10^scale.
        let num = &self.m * pow10(scale + o.scale);
        let den = &o.m * pow10(self.scale);
        Some(Num {
            m: num / den,
            scale,
        })
    }

    /// Remainder `a - (a/b)*b` with the quotient at `scale` digits.
    pub fn rem(&self, o: &Num, scale: u32) -> Option<Num> {
        let q = self.div(o, scale)?;
        let rs = (scale + o.scale).max(self.scale);
        let prod = Num {
            m: &q.m * &o.m,
            scale: q.scale + o.scale,
        };
        Some(self.sub(&prod).with_scale(rs))
    }

    /// `self ^ e` for an integer exponent; `None` for a zero base with a negative exponent.
    pub fn pow(&self, e: &BigInt, scale: u32) -> Option<Num> {
        let neg = e.sign() == Sign::Minus;
        let n = u32::try_from(e.magnitude())
            .unwrap_or(u32::MAX)
            .min(1 << 20);
        if neg {
            let p = Num {
                m: self.m.pow(n),
                scale: self.scale.saturating_mul(n),
            };
            return Num::int(1).div(&p, scale);
        }
        let full = Num {
            m: self.m.pow(n),
            scale: self.scale.saturating_mul(n),
        };
        let s = full.scale.min(scale.max(self.scale));
        Some(full.with_scale(s))
    }

    /// Square root at `max(scale, own scale)` digits; `None` when negative.
    pub fn sqrt(&self, scale: u32) -> Option<Num> {
        if self.is_neg() {
            return None;
        }
        let rs = scale.max(self.scale);
        let x = self.rescale(2 * rs);
        Some(Num {
            m: x.sqrt(),
            scale: rs,
        })
    }

    /// Significant digits (`length`).
    pub fn length(&self) -> u32 {
        let int = self.trunc_int().magnitude().to_string();
        if self.is_zero() {
            return self.scale.max(1);
        }
        if int == "0" {
            // Leading zeros after the point do not count... except GNU counts the scale.
            return self.scale;
        }
        int.len() as u32 + self.scale
    }

    /// Compares values.
    pub fn cmp(&self, o: &Num) -> std::cmp::Ordering {
        let s = self.scale.max(o.scale);
        self.rescale(s).cmp(&o.rescale(s))
    }

    /// The digits of the value in `obase`, as bc prints them (no line breaks).
    pub fn to_string_base(&self, obase: u32) -> String {
        if self.is_zero() {
            return "0".to_string();
        }
        let mut out = String::new();
        if self.is_neg() {
            out.push('-');
        }
        let mag = Num {
            m: BigInt::from_biguint(Sign::Plus, self.m.magnitude().clone()),
            scale: self.scale,
        };
        let int = mag.trunc_int();
        let frac = mag.sub(&Num {
            m: int.clone(),
            scale: 0,
        });
        if obase == 10 {
            if int.sign() != Sign::NoSign {
                out.push_str(&int.to_string());
            }
            if self.scale > 0 {
                let f = frac.m.to_string();
                out.push('.');
                out.push_str(&"0".repeat(self.scale as usize - f.len().min(self.scale as usize)));
                out.push_str(&f);
            }
            return out;
        }
        let wide = obase > 16;
        let width = (obase - 1).to_string().len();
        let digit = |d: u32, out: &mut String| {
            if wide {
                out.push_str(&format!(" {d:0width$}"));
            } else {
                out.push(char::from_digit(d, 16).unwrap_or('0').to_ascii_uppercase());
            }
        };
        if int.sign() != Sign::NoSign {
            let mut ds = Vec::new();
            let mut i = int;
            let b = BigInt::from(obase);
            while i.sign() != Sign::NoSign {
                let d = u32::try_from(&i % &b).unwrap_or(0);
                ds.push(d);
                i /= &b;
            }
            for d in ds.into_iter().rev() {
                digit(d, &mut out);
            }
        } else if wide {
            out.push_str(&format!(" {:0width$}", 0));
        }
        if self.scale > 0 {
            out.push('.');
            let limit = pow10(self.scale);
            let mut p = BigInt::from(1);
            let mut f = frac;
            while p < limit {
                f = Num {
                    m: &f.m * obase,
                    scale: f.scale,
                };
                let d = f.trunc_int();
                f = f.sub(&Num {
                    m: d.clone(),
                    scale: 0,
                });
                digit(u32::try_from(d).unwrap_or(0), &mut out);
                p *= obase;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Num {
        let (neg, s) = match s.strip_prefix('-') {
            Some(r) => (true, r),
            None => (false, s),
        };
        let v = Num::parse(s, 10);
        if neg { v.neg() } else { v }
    }

    #[test]
    fn gnu_scale_rules() {
        assert_eq!(
            n("10").div(&n("3"), 3).map(|v| v.to_string_base(10)),
            Some("3.333".into())
        );
        assert_eq!(
            n("-1").div(&n("3"), 2).map(|v| v.to_string_base(10)),
            Some("-.33".into())
        );
        assert_eq!(n("0.5").mul(&n("2"), 0).to_string_base(10), "1.0");
        assert_eq!(
            n("5").rem(&n("3.3"), 2).map(|v| v.to_string_base(10)),
            Some(".017".into())
        );
        assert_eq!(
            n("-5").rem(&n("3"), 0).map(|v| v.to_string_base(10)),
            Some("-2".into())
        );
        assert_eq!(
            n("2").sqrt(10).map(|v| v.to_string_base(10)),
            Some("1.4142135623".into())
        );
        assert_eq!(n("255").to_string_base(16), "FF");
        assert_eq!(n("10.5").to_string_base(16), "A.8");
        assert_eq!(n("0.1").to_string_base(8), ".06");
        assert_eq!(n("1234").to_string_base(20), " 03 01 14");
        assert_eq!(n("123.45").length(), 5);
        assert_eq!(n("0.001").length(), 3);
        assert_eq!(Num::parse("A.8", 16).to_string_base(10), "10.5");
    }
}
