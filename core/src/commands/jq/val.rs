//! The value type jq runs on: jaq's JSON value with jq 1.6's update semantics, which jaq
//! refuses: updating `null` creates the object or array (`null | .a.b = 1`), and
//! assigning past the end of an array pads it with nulls (`[1] | .[3] = 1`).

use core::fmt;
use core::ops::{Add, Div, Mul, Neg, Rem, Sub};

use jaq_core::box_iter::{BoxIter, box_once};
use jaq_core::native::{Filter, v};
use jaq_core::{DataT, Error, Exn, RunPtr, ValR, ValX, path, val};
use jaq_json::{Map, Num, Rc, Val};

/// A jaq JSON value with jq's update semantics.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct V(pub Val);

/// Carries a jaq error over to [`V`] (its message or value is kept).
fn conv(e: Error<Val>) -> Error<V> {
    Error::new(V(e.into_val()))
}

fn lift(r: ValR<Val>) -> ValR<V> {
    r.map(V).map_err(conv)
}

impl fmt::Display for V {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<bool> for V {
    fn from(b: bool) -> Self {
        V(Val::from(b))
    }
}

impl From<isize> for V {
    fn from(i: isize) -> Self {
        // jq 1.6 has only doubles: big integers lose their last digits.
        V(super::json::num_val(i as f64))
    }
}

impl From<usize> for V {
    fn from(i: usize) -> Self {
        V(Val::from(i))
    }
}

impl From<f64> for V {
    fn from(f: f64) -> Self {
        V(Val::from(f))
    }
}

impl From<String> for V {
    fn from(s: String) -> Self {
        V(Val::from(s))
    }
}

impl From<val::Range<V>> for V {
    fn from(r: val::Range<V>) -> Self {
        V(Val::from(r.start.map(|v| v.0)..r.end.map(|v| v.0)))
    }
}

impl FromIterator<V> for V {
    fn from_iter<I: IntoIterator<Item = V>>(iter: I) -> Self {
        V(iter.into_iter().map(|v| v.0).collect())
    }
}

/// Both numbers as doubles (jq 1.6 computes in doubles only).
fn nums(l: &Val, r: &Val) -> Option<(f64, f64)> {
    match (l, r) {
        (Val::Num(a), Val::Num(b)) => Some((super::json::num_f64(a), super::json::num_f64(b))),
        _ => None,
    }
}

fn zero_divisor(l: &Val, r: &Val, what: &str) -> Error<V> {
    Error::str(format!(
        "{} and {} cannot be {what} because the divisor is zero",
        super::errors::describe(l),
        super::errors::describe(r)
    ))
}

macro_rules! binop {
    ($tr:ident, $f:ident, $op:tt) => {
        impl $tr for V {
            type Output = ValR<V>;
            fn $f(self, o: V) -> ValR<V> {
                match nums(&self.0, &o.0) {
                    Some((a, b)) => Ok(V(super::json::num_val(a $op b))),
                    None => lift(self.0.$f(o.0)),
                }
            }
        }
    };
}
binop!(Add, add, +);
binop!(Sub, sub, -);
binop!(Mul, mul, *);

impl Div for V {
    type Output = ValR<V>;
    fn div(self, o: V) -> ValR<V> {
        match nums(&self.0, &o.0) {
            Some((a, b)) => {
                if b == 0.0 {
                    Err(zero_divisor(&self.0, &o.0, "divided"))
                } else {
                    Ok(V(super::json::num_val(a / b)))
                }
            }
            None => lift(self.0.div(o.0)),
        }
    }
}

impl Rem for V {
    type Output = ValR<V>;
    fn rem(self, o: V) -> ValR<V> {
        match nums(&self.0, &o.0) {
            // jq 1.6 takes the remainder of the numbers cast to integers.
            Some((a, b)) => {
                let (a, b) = (a as i64, b as i64);
                if b == 0 {
                    return Err(zero_divisor(&self.0, &o.0, "divided (remainder)"));
                }
                Ok(V(super::json::num_val(a.wrapping_rem(b) as f64)))
            }
            None => lift(self.0.rem(o.0)),
        }
    }
}

impl Neg for V {
    type Output = ValR<V>;
    fn neg(self) -> ValR<V> {
        match &self.0 {
            Val::Num(n) => Ok(V(super::json::num_val(-super::json::num_f64(n)))),
            _ => lift(-self.0),
        }
    }
}

/// An index as jq takes it: integers, floats floored; negative counts from the end.
fn int_index(i: &Val) -> Option<isize> {
    match i {
        Val::Num(Num::Int(i)) => Some(*i),
        Val::Num(n) => {
            let f = super::json::num_f64(n);
            f.is_finite().then_some(f.floor() as isize)
        }
        _ => None,
    }
}

fn arr(a: Rc<Vec<Val>>) -> Vec<Val> {
    Rc::try_unwrap(a).unwrap_or_else(|a| (*a).clone())
}

/// `start..end` of a slice of `len` items, clamped like jq.
fn slice_bounds(range: &val::Range<&V>, len: usize) -> Option<(usize, usize)> {
    let bound = |b: Option<&&V>, default: usize| -> Option<usize> {
        match b.map(|v| &v.0) {
            None | Some(Val::Null) => Some(default),
            Some(v) => {
                let i = int_index(v)?;
                let i = if i < 0 { len as isize + i } else { i };
                Some(i.clamp(0, len as isize) as usize)
            }
        }
    };
    let from = bound(range.start.as_ref(), 0)?;
    let upto = bound(range.end.as_ref(), len)?.max(from);
    Some((from, upto))
}

impl jaq_core::ValT for V {
    fn from_num(n: &str) -> ValR<Self> {
        match n.parse::<f64>() {
            Ok(d) => Ok(V(super::json::num_val(d))),
            Err(_) => lift(Val::from_num(n)),
        }
    }

    fn from_map<I: IntoIterator<Item = (Self, Self)>>(iter: I) -> ValR<Self> {
        let mut m = Map::default();
        for (k, v) in iter {
            if !matches!(k.0, Val::TStr(_) | Val::BStr(_)) {
                return Err(Error::str(format!(
                    "Cannot use {} as object key",
                    super::errors::describe(&k.0)
                )));
            }
            m.insert(k.0, v.0);
        }
        Ok(V(Val::obj(m)))
    }

    fn key_values(self) -> BoxIter<'static, ValR<(Self, Self), Self>> {
        Box::new(
            self.0
                .key_values()
                .map(|r| r.map(|(k, v)| (V(k), V(v))).map_err(conv)),
        )
    }

    fn values(self) -> Box<dyn Iterator<Item = ValR<Self>>> {
        Box::new(self.0.values().map(lift))
    }

    fn index(self, index: &Self) -> ValR<Self> {
        if let (Val::Arr(a), Val::Num(Num::Float(_) | Num::Dec(_))) = (&self.0, &index.0) {
            // jq 1.6: a fractional index finds nothing, an integral float is an index.
            let f = match &index.0 {
                Val::Num(n) => super::json::num_f64(n),
                _ => f64::NAN,
            };
            if f.fract() != 0.0 || !f.is_finite() {
                return Ok(V(Val::Null));
            }
            let i = f as isize;
            let i = if i < 0 { a.len() as isize + i } else { i };
            let got = usize::try_from(i).ok().and_then(|i| a.get(i).cloned());
            return Ok(V(got.unwrap_or(Val::Null)));
        }
        if let (Val::Obj(_), Val::Num(_)) = (&self.0, &index.0) {
            return Err(Error::str("Cannot index object with number"));
        }
        lift(self.0.index(&index.0))
    }

    fn range(self, range: val::Range<&Self>) -> ValR<Self> {
        if self.0 == Val::Null {
            return Ok(self);
        }
        lift(
            self.0
                .range(range.start.map(|v| &v.0)..range.end.map(|v| &v.0)),
        )
    }

    fn map_values<'a, I: Iterator<Item = ValX<'a, Self>>>(
        self,
        opt: path::Opt,
        f: impl Fn(Self) -> I,
    ) -> ValX<'a, Self> {
        match self.0 {
            Val::Null => Ok(V(Val::Null)),
            Val::Arr(a) => {
                let mut out = Vec::new();
                for x in arr(a) {
                    if let Some(y) = f(V(x)).next() {
                        out.push(y?.0);
                    }
                }
                Ok(V(Val::Arr(Rc::new(out))))
            }
            Val::Obj(o) => {
                let mut out = Map::default();
                for (k, x) in Rc::try_unwrap(o).unwrap_or_else(|o| (*o).clone()) {
                    if let Some(y) = f(V(x)).next() {
                        out.insert(k, y?.0);
                    }
                }
                Ok(V(Val::obj(out)))
            }
            v => opt.fail(V(v), |v| {
                Exn::from(Error::typ(v, "iterable (array or object)"))
            }),
        }
    }

    fn map_index<'a, I: Iterator<Item = ValX<'a, Self>>>(
        self,
        index: &Self,
        opt: path::Opt,
        f: impl Fn(Self) -> I,
    ) -> ValX<'a, Self> {
        let base = match (&self.0, &index.0) {
            (_, Val::Obj(o)) if matches!(self.0, Val::Arr(_) | Val::Null) => {
                let s = o.get(&super::json::str_val("start")).cloned().map(V);
                let e = o.get(&super::json::str_val("end")).cloned().map(V);
                return self.map_range(s.as_ref()..e.as_ref(), opt, f);
            }
            (Val::Null, Val::TStr(_) | Val::BStr(_)) => Val::obj(Map::default()),
            (Val::Null, Val::Num(_)) => Val::Arr(Rc::new(Vec::new())),
            _ => self.0.clone(),
        };
        let was_null = self.0 == Val::Null;
        match base {
            Val::Obj(o) => {
                if !matches!(index.0, Val::TStr(_) | Val::BStr(_)) {
                    return opt.fail(V(Val::Obj(o)), |v| {
                        Exn::from(Error::index(v, index.clone()))
                    });
                }
                let mut m = Rc::try_unwrap(o).unwrap_or_else(|o| (*o).clone());
                let cur = m.get(&index.0).cloned().unwrap_or(Val::Null);
                match f(V(cur)).next().transpose()? {
                    Some(y) => {
                        m.insert(index.0.clone(), y.0);
                    }
                    None if was_null => return Ok(V(Val::Null)),
                    None => {
                        m.shift_remove(&index.0);
                    }
                }
                Ok(V(Val::obj(m)))
            }
            Val::Arr(a) => {
                let Some(i) = int_index(&index.0) else {
                    return opt.fail(V(Val::Arr(a)), |v| {
                        Exn::from(Error::index(v, index.clone()))
                    });
                };
                let mut a = arr(a);
                let i = if i < 0 { a.len() as isize + i } else { i };
                let Ok(i) = usize::try_from(i) else {
                    return Err(Exn::from(Error::str("Out of bounds negative array index")));
                };
                if i > 100_000_000 {
                    return Err(Exn::from(Error::str("Array index too large")));
                }
                let cur = a.get(i).cloned().unwrap_or(Val::Null);
                match f(V(cur)).next().transpose()? {
                    Some(y) => {
                        if i >= a.len() {
                            a.resize(i + 1, Val::Null);
                        }
                        a[i] = y.0;
                    }
                    None if was_null => return Ok(V(Val::Null)),
                    None => {
                        if i < a.len() {
                            a.remove(i);
                        }
                    }
                }
                Ok(V(Val::Arr(Rc::new(a))))
            }
            v => opt.fail(V(v), |v| Exn::from(Error::index(v, index.clone()))),
        }
    }

    fn map_range<'a, I: Iterator<Item = ValX<'a, Self>>>(
        self,
        range: val::Range<&Self>,
        opt: path::Opt,
        f: impl Fn(Self) -> I,
    ) -> ValX<'a, Self> {
        let a = match self.0 {
            Val::Null => Vec::new(),
            Val::Arr(a) => arr(a),
            v => return opt.fail(V(v), |v| Exn::from(Error::typ(v, "array"))),
        };
        let Some((from, upto)) = slice_bounds(&range, a.len()) else {
            return Err(Exn::from(Error::str(
                "Start and end indices of an array slice must be numbers",
            )));
        };
        let part: Vec<Val> = a[from..upto].to_vec();
        let y = match f(V(Val::Arr(Rc::new(part)))).next().transpose()? {
            Some(V(Val::Arr(y))) => arr(y),
            Some(_) => {
                return Err(Exn::from(Error::str(
                    "A slice of an array can only be assigned another array",
                )));
            }
            None => Vec::new(),
        };
        let mut a = a;
        a.splice(from..upto, y);
        Ok(V(Val::Arr(Rc::new(a))))
    }

    fn as_bool(&self) -> bool {
        self.0.as_bool()
    }

    fn into_string(self) -> Self {
        match self.0 {
            Val::TStr(_) | Val::BStr(_) => V(self.0.into_string()),
            v => {
                let mut out = Vec::new();
                super::json::write(&mut out, &super::compact(), 0, &v);
                V(super::json::str_val(
                    String::from_utf8_lossy(&out).into_owned(),
                ))
            }
        }
    }
}

impl jaq_std::ValT for V {
    fn into_seq<S: FromIterator<Self>>(self) -> Result<S, Self> {
        match self.0 {
            Val::Arr(a) => Ok(arr(a).into_iter().map(V).collect()),
            v => Err(V(v)),
        }
    }

    fn is_int(&self) -> bool {
        self.0.is_int()
    }

    fn as_isize(&self) -> Option<isize> {
        self.0.as_isize()
    }

    fn as_f64(&self) -> Option<f64> {
        self.0.as_f64()
    }

    fn is_utf8_str(&self) -> bool {
        self.0.is_utf8_str()
    }

    fn as_bytes(&self) -> Option<&[u8]> {
        self.0.as_bytes()
    }

    fn as_sub_str(&self, sub: &[u8]) -> Self {
        V(self.0.as_sub_str(sub))
    }

    fn from_utf8_bytes(b: impl AsRef<[u8]> + Send + 'static) -> Self {
        V(Val::from_utf8_bytes(b))
    }
}

fn type_desc(v: &Val) -> String {
    let mut out = Vec::new();
    super::json::write(&mut out, &super::compact(), 0, v);
    let t = super::errors::type_name(v);
    format!("{t} ({})", String::from_utf8_lossy(&out))
}

fn contains(l: &Val, r: &Val) -> bool {
    match (l, r) {
        (Val::TStr(a), Val::TStr(b)) => b.is_empty() || a.windows(b.len()).any(|w| w == &b[..]),
        (Val::Arr(a), Val::Arr(b)) => b.iter().all(|r| a.iter().any(|l| contains(l, r))),
        (Val::Obj(a), Val::Obj(b)) => b
            .iter()
            .all(|(k, r)| a.get(k).is_some_and(|l| contains(l, r))),
        _ => l == r,
    }
}

fn length(v: &Val) -> ValR<V> {
    Ok(V(match v {
        Val::Null => Val::from(0usize),
        Val::Num(n) => super::json::num_val(super::json::num_f64(n).abs()),
        Val::TStr(s) => Val::from(String::from_utf8_lossy(s).chars().count()),
        Val::BStr(b) => Val::from(b.len()),
        Val::Arr(a) => Val::from(a.len()),
        Val::Obj(o) => Val::from(o.len()),
        Val::Bool(_) => return Err(Error::str(format!("{} has no length", type_desc(v)))),
    }))
}

fn indices(x: &Val, y: &Val) -> ValR<V> {
    let found: Vec<usize> = match (x, y) {
        (Val::Null, _) | (_, Val::Null) => return Ok(V(Val::Null)),
        (Val::TStr(a), Val::TStr(b)) if !b.is_empty() => a
            .windows(b.len())
            .enumerate()
            .filter(|(_, w)| *w == &b[..])
            .map(|(i, _)| i)
            .collect(),
        (Val::Arr(a), Val::Arr(b)) if !b.is_empty() => a
            .windows(b.len())
            .enumerate()
            .filter(|(_, w)| *w == &b[..])
            .map(|(i, _)| i)
            .collect(),
        (Val::Arr(a), y) if !matches!(y, Val::Arr(_)) => a
            .iter()
            .enumerate()
            .filter(|(_, v)| *v == y)
            .map(|(i, _)| i)
            .collect(),
        (Val::TStr(_), Val::TStr(_)) | (Val::Arr(_), Val::Arr(_)) => Vec::new(),
        (x, y) => return Err(Error::index(V(x.clone()), V(y.clone()))),
    };
    Ok(V(found.into_iter().map(Val::from).collect()))
}

/// Decodes base64 leniently like jq 1.6: padding optional, trailing bits ignored.
fn b64_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0u32);
    for &c in s {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn tonumber(v: &Val) -> ValR<V> {
    let (Val::TStr(b) | Val::BStr(b)) = v else {
        return Ok(V(v.clone()));
    };
    match super::json::parse_all(b).as_slice() {
        [Ok((n @ Val::Num(_), _))] => Ok(V(n.clone())),
        [Err(e), ..] => Err(Error::str(format!(
            "{e} (while parsing '{}')",
            String::from_utf8_lossy(b)
        ))),
        _ => Err(Error::str(format!(
            "{} cannot be parsed as a number",
            super::errors::describe(v)
        ))),
    }
}

/// An array index counted from the end when negative; `None` when out of range.
fn arr_pos(len: usize, i: &Val) -> Option<usize> {
    let i = int_index(i)?;
    let i = if i < 0 { len as isize + i } else { i };
    usize::try_from(i).ok().filter(|&i| i < len)
}

/// Deletes the item `k` of `v` (jq's `jv_del`).
fn del_key(v: Val, k: &Val) -> Result<Val, Error<V>> {
    match (v, k) {
        (Val::Null, _) => Ok(Val::Null),
        (Val::Obj(o), Val::TStr(_) | Val::BStr(_)) => {
            let mut m = Rc::try_unwrap(o).unwrap_or_else(|o| (*o).clone());
            m.shift_remove(k);
            Ok(Val::obj(m))
        }
        (Val::Arr(a), Val::Num(_)) => {
            let mut a = arr(a);
            if let Some(i) = arr_pos(a.len(), k) {
                a.remove(i);
            }
            Ok(Val::Arr(Rc::new(a)))
        }
        (Val::Arr(a), Val::Obj(o)) => {
            let a = arr(a);
            let s = o.get(&super::json::str_val("start")).cloned().map(V);
            let e = o.get(&super::json::str_val("end")).cloned().map(V);
            let Some((from, upto)) = slice_bounds(&(s.as_ref()..e.as_ref()), a.len()) else {
                return Err(Error::str(
                    "Start and end indices of an array slice must be numbers",
                ));
            };
            let mut a = a;
            a.drain(from..upto);
            Ok(Val::Arr(Rc::new(a)))
        }
        (v, k) => Err(Error::str(format!(
            "Cannot delete field at {} index of {}",
            super::errors::type_name(k),
            super::errors::type_name(&v)
        ))),
    }
}

/// Deletes the path `p` of `v` (jq's `jv_delpath`).
fn del_path(v: Val, p: &[Val]) -> Result<Val, Error<V>> {
    match p {
        [] => Ok(Val::Null),
        [k] => del_key(v, k),
        [k, rest @ ..] => {
            let sub = jaq_core::ValT::index(V(v.clone()), &V(k.clone()))?.0;
            if sub == Val::Null {
                return Ok(v);
            }
            let new = del_path(sub, rest)?;
            let r = jaq_core::ValT::map_index(V(v), &V(k.clone()), path::Opt::Essential, |_| {
                box_once(Ok(V(new.clone())))
            });
            r.map(|v| v.0).map_err(|e| match e.get_err() {
                Ok(e) => e,
                Err(_) => Error::str("Invalid path"),
            })
        }
    }
}

/// Deletes the paths `ps` of `v` from the last in sort order, like jq's `delpaths`.
fn delpaths(v: Val, ps: Val) -> Result<Val, Error<V>> {
    let Val::Arr(ps) = ps else {
        return Err(Error::str("Paths must be specified as an array"));
    };
    let mut ps: Vec<V> = ps.iter().cloned().map(V).collect();
    ps.sort();
    ps.dedup();
    let mut v = v;
    for p in ps.into_iter().rev() {
        let Val::Arr(p) = p.0 else {
            return Err(Error::str("Path must be specified as an array"));
        };
        v = del_path(v, &p)?;
    }
    Ok(v)
}

/// The natives jaq-json provides for its own value type, for [`V`].
pub fn json_funs<D: for<'a> DataT<V<'a> = V>>() -> Box<[Filter<RunPtr<D>>]> {
    Box::new([
        ("length", v(0), |cv| {
            box_once(length(&cv.1.0).map_err(Exn::from))
        }),
        ("fromjson", v(0), |cv| {
            let r = match &cv.1.0 {
                Val::TStr(b) | Val::BStr(b) => match super::json::parse_all(b).as_slice() {
                    [Ok((v, _))] => Ok(V(v.clone())),
                    [Ok(_), _, ..] => Err(Error::str(format!(
                        "Unexpected extra JSON values (while parsing '{}')",
                        String::from_utf8_lossy(b)
                    ))),
                    [Err(e), ..] => Err(Error::str(format!(
                        "{e} (while parsing '{}')",
                        String::from_utf8_lossy(b)
                    ))),
                    [] => Ok(V(Val::Null)),
                },
                v => Err(Error::str(format!(
                    "{} cannot be parsed as JSON",
                    type_desc(v)
                ))),
            };
            box_once(r.map_err(Exn::from))
        }),
        ("contains", v(1), |mut cv| {
            let y = cv.0.pop_var();
            let x = &cv.1.0;
            let same = core::mem::discriminant(x) == core::mem::discriminant(&y.0);
            let r = if same || matches!((x, &y.0), (Val::Num(_), Val::Num(_))) {
                Ok(V(Val::Bool(contains(x, &y.0))))
            } else {
                Err(Error::str(format!(
                    "{} and {} cannot have their containment checked",
                    type_desc(x),
                    type_desc(&y.0)
                )))
            };
            box_once(r.map_err(Exn::from))
        }),
        ("has", v(1), |mut cv| {
            let k = cv.0.pop_var();
            let r = match (&cv.1.0, &k.0) {
                (Val::Obj(o), Val::TStr(_) | Val::BStr(_)) => Ok(o.contains_key(&k.0)),
                (Val::Arr(a), Val::Num(n)) => {
                    let f = super::json::num_f64(n);
                    Ok(f >= 0.0 && f < a.len() as f64)
                }
                (x, k) => Err(Error::str(format!(
                    "Cannot check whether {} has a {} key",
                    type_desc(x).split(' ').next().unwrap_or(""),
                    type_desc(k).split(' ').next().unwrap_or("")
                ))),
            };
            box_once(r.map(|b| V(Val::Bool(b))).map_err(Exn::from))
        }),
        ("__b64d", v(0), |cv| {
            let r = match &cv.1.0 {
                Val::TStr(b) | Val::BStr(b)
                    if b.iter().take_while(|&&c| c != b'=').count() % 4 == 1 =>
                {
                    Err(Error::str(format!(
                        "{} trailing base64 byte found",
                        super::errors::describe(&cv.1.0)
                    )))
                }
                Val::TStr(b) | Val::BStr(b) => match b64_decode(b) {
                    Some(d) => Ok(V(super::json::str_val(
                        String::from_utf8_lossy(&d).into_owned(),
                    ))),
                    None => Err(Error::str(format!(
                        "{} is not valid base64 data",
                        type_desc(&cv.1.0)
                    ))),
                },
                v => Err(Error::str(format!(
                    "{} is not valid base64 data",
                    type_desc(v)
                ))),
            };
            box_once(r.map_err(Exn::from))
        }),
        ("__nan", v(0), |_| {
            box_once(Ok(V(Val::Num(Num::Float(f64::NAN)))))
        }),
        ("__inf", v(0), |_| {
            box_once(Ok(V(Val::Num(Num::Float(f64::INFINITY)))))
        }),
        ("__desc", v(0), |cv| {
            let d = super::errors::describe(&cv.1.0);
            box_once(Ok(V(super::json::str_val(d))))
        }),
        ("__tonumber", v(0), |cv| {
            box_once(tonumber(&cv.1.0).map_err(Exn::from))
        }),
        ("__delpaths", v(1), |mut cv| {
            let ps = cv.0.pop_var();
            box_once(delpaths(cv.1.0, ps.0).map(V).map_err(Exn::from))
        }),
        ("indices", v(1), |mut cv| {
            let y = cv.0.pop_var();
            box_once(indices(&cv.1.0, &y.0).map_err(Exn::from))
        }),
    ])
}
