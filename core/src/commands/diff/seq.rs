//! The edit script of two line sequences, computed the way GNU diff does: Myers' O(ND)
//! algorithm by divide and conquer on the middle snake (forward and backward searches
//! alternating, GNU's tie-breaking), common ends trimmed at every step, and GNU's cut-off
//! for too expensive searches. Lines are numbers (equal lines, equal numbers); the result
//! is a "changed" flag per line of each side.

/// The two sequences and the search vectors.
struct Ctx<'a> {
    x: &'a [usize],
    y: &'a [usize],
    /// Forward and backward furthest-x per diagonal, indexed by `diagonal + offset`.
    fd: Vec<isize>,
    bd: Vec<isize>,
    offset: isize,
    too_expensive: isize,
}

impl Ctx<'_> {
    fn eq(&self, xi: isize, yi: isize) -> bool {
        self.x[xi as usize] == self.y[yi as usize]
    }

    fn f(&self, d: isize) -> isize {
        self.fd[(d + self.offset) as usize]
    }

    fn set_f(&mut self, d: isize, v: isize) {
        let i = (d + self.offset) as usize;
        self.fd[i] = v;
    }

    fn b(&self, d: isize) -> isize {
        self.bd[(d + self.offset) as usize]
    }

    fn set_b(&mut self, d: isize, v: isize) {
        let i = (d + self.offset) as usize;
        self.bd[i] = v;
    }

    /// The middle snake's start of the box `[xoff, xlim) x [yoff, ylim)`.
    fn diag(&mut self, xoff: isize, xlim: isize, yoff: isize, ylim: isize) -> (isize, isize) {
        let dmin = xoff - ylim;
        let dmax = xlim - yoff;
        let fmid = xoff - yoff;
        let bmid = xlim - ylim;
        let (mut fmin, mut fmax, mut bmin, mut bmax) = (fmid, fmid, bmid, bmid);
        let odd = (fmid - bmid) & 1 != 0;
        self.set_f(fmid, xoff);
        self.set_b(bmid, xlim);
        let mut c: isize = 1;
        loop {
            if fmin > dmin {
                fmin -= 1;
                self.set_f(fmin - 1, -1);
            } else {
                fmin += 1;
            }
            if fmax < dmax {
                fmax += 1;
                self.set_f(fmax + 1, -1);
            } else {
                fmax -= 1;
            }
            let mut d = fmax;
            while d >= fmin {
                let (tlo, thi) = (self.f(d - 1), self.f(d + 1));
                let x0 = if tlo < thi { thi } else { tlo + 1 };
                let (mut x, mut y) = (x0, x0 - d);
                while x < xlim && y < ylim && self.eq(x, y) {
                    x += 1;
                    y += 1;
                }
                self.set_f(d, x);
                if odd && bmin <= d && d <= bmax && self.b(d) <= x {
                    return (x, y);
                }
                d -= 2;
            }
            if bmin > dmin {
                bmin -= 1;
                self.set_b(bmin - 1, isize::MAX);
            } else {
                bmin += 1;
            }
            if bmax < dmax {
                bmax += 1;
                self.set_b(bmax + 1, isize::MAX);
            } else {
                bmax -= 1;
            }
            let mut d = bmax;
            while d >= bmin {
                let (tlo, thi) = (self.b(d - 1), self.b(d + 1));
                let x0 = if tlo < thi { tlo } else { thi - 1 };
                let (mut x, mut y) = (x0, x0 - d);
                while xoff < x && yoff < y && self.eq(x - 1, y - 1) {
                    x -= 1;
                    y -= 1;
                }
                self.set_b(d, x);
                if !odd && fmin <= d && d <= fmax && x <= self.f(d) {
                    return (x, y);
                }
                d -= 2;
            }
            if c >= self.too_expensive {
                return self.best_guess((xoff, xlim, yoff, ylim), (fmin, fmax, bmin, bmax));
            }
            c += 1;
        }
    }

    /// GNU's way out of an expensive search: the forward or backward diagonal that got
    /// furthest.
    fn best_guess(
        &self,
        (xoff, xlim, yoff, ylim): (isize, isize, isize, isize),
        (fmin, fmax, bmin, bmax): (isize, isize, isize, isize),
    ) -> (isize, isize) {
        let (mut fxybest, mut fxbest) = (-1, 0);
        let mut d = fmax;
        while d >= fmin {
            let mut x = self.f(d).min(xlim);
            let mut y = x - d;
            if ylim < y {
                x = ylim + d;
                y = ylim;
            }
            if fxybest < x + y {
                fxybest = x + y;
                fxbest = x;
            }
            d -= 2;
        }
        let (mut bxybest, mut bxbest) = (isize::MAX, 0);
        let mut d = bmax;
        while d >= bmin {
            let mut x = self.b(d).max(xoff);
            let mut y = x - d;
            if y < yoff {
                x = yoff + d;
                y = yoff;
            }
            if x + y < bxybest {
                bxybest = x + y;
                bxbest = x;
            }
            d -= 2;
        }
        if (xlim + ylim) - bxybest < fxybest - (xoff + yoff) {
            (fxbest, fxybest - fxbest)
        } else {
            (bxbest, bxybest - bxbest)
        }
    }
}

/// Marks the lines of `x` and `y` that are not part of the common subsequence.
pub fn changed(x: &[usize], y: &[usize]) -> [Vec<bool>; 2] {
    let mut out = [vec![false; x.len()], vec![false; y.len()]];
    let diags = x.len() + y.len() + 3;
    let mut too_expensive: isize = 1;
    let mut d = diags;
    while d != 0 {
        too_expensive <<= 1;
        d >>= 2;
    }
    let size = diags + 2;
    let mut ctx = Ctx {
        x,
        y,
        fd: vec![0; size],
        bd: vec![0; size],
        offset: y.len() as isize + 1,
        too_expensive: too_expensive.max(4096),
    };
    let mut stack = vec![(0isize, x.len() as isize, 0isize, y.len() as isize)];
    while let Some((mut xoff, mut xlim, mut yoff, mut ylim)) = stack.pop() {
        while xoff < xlim && yoff < ylim && ctx.eq(xoff, yoff) {
            xoff += 1;
            yoff += 1;
        }
        while xlim > xoff && ylim > yoff && ctx.eq(xlim - 1, ylim - 1) {
            xlim -= 1;
            ylim -= 1;
        }
        if xoff == xlim {
            for k in yoff..ylim {
                out[1][k as usize] = true;
            }
        } else if yoff == ylim {
            for k in xoff..xlim {
                out[0][k as usize] = true;
            }
        } else {
            let (xmid, ymid) = ctx.diag(xoff, xlim, yoff, ylim);
            stack.push((xmid, xlim, ymid, ylim));
            stack.push((xoff, xmid, yoff, ymid));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::changed;

    #[test]
    fn marks_changes() {
        let [a, b] = changed(&[1, 2, 3], &[1, 4, 3]);
        assert_eq!(a, [false, true, false]);
        assert_eq!(b, [false, true, false]);
        let [a, b] = changed(&[], &[1]);
        assert!(a.is_empty());
        assert_eq!(b, [true]);
    }
}
