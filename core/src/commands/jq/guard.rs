//! Bounds on a running jq program: cancellation, the wall-time limit, an enclosing
//! `timeout` and stack depth.
//!
//! jaq evaluates a program synchronously and offers no hook to stop it, except that it
//! looks up its term table ([`super::Rt`]'s `lut`) at every evaluation step. That lookup
//! calls [`Step::step`], which measures how deep the stack has grown since the program
//! started and makes the checks of [`Ctx::check_step`] (cancel, `timeout`, wall time). When a
//! bound trips it unwinds out of jaq with [`std::panic::resume_unwind`] (no panic hook, no
//! message) to [`Guard::run`], which turns the unwind back into a [`Trip`].
//!
//! Without this, `jq -n 'def f: 1 + f; f'` overflowed the thread's stack and aborted the
//! whole process, and `reduce range(1e12) as $i (0; .+1)` ignored cancellation. On
//! `wasm32-unknown-unknown` panics cannot unwind, so there a trip traps the instance
//! (still better than a frozen page or an overflowed stack).

use std::cell::Cell;
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};

use crate::commands::Ctx;
use crate::error::Error;

/// How far below its starting point a jq program may grow the stack. jq 1.6 parses JSON
/// at most 256 levels deep, so recursion over data stays far below this; runaway
/// recursion ends here with jq's own message.
const STACK_BUDGET: usize = 4 << 20;

/// Why a running program was stopped.
#[derive(Debug)]
pub(super) enum Trip {
    /// Cancelled, or the wall-time limit passed: the run ends with this error.
    Stop(Error),
    /// The program recursed too deep (jq: `error: cannot allocate memory`, status 134).
    Depth,
}

/// Per-run state of the bounds.
pub(super) struct Guard<'g, 'c> {
    ctx: &'g Ctx<'c>,
    steps: Cell<u64>,
    base: Cell<usize>,
}

/// The current stack position (an address in the caller's frame).
#[inline(never)]
fn stack_position() -> usize {
    let probe = 0u8;
    std::hint::black_box(&probe) as *const u8 as usize
}

impl<'g, 'c> Guard<'g, 'c> {
    /// A guard for one run of the command.
    pub(super) fn new(ctx: &'g Ctx<'c>) -> Self {
        Guard {
            ctx,
            steps: Cell::new(0),
            base: Cell::new(0),
        }
    }

    /// Runs `f` (which evaluates the program) with the bounds in force.
    pub(super) fn run<T>(&self, f: impl FnOnce() -> T) -> Result<T, Trip> {
        self.base.set(stack_position());
        match catch_unwind(AssertUnwindSafe(f)) {
            Ok(v) => Ok(v),
            Err(payload) => match payload.downcast::<Trip>() {
                Ok(trip) => Err(*trip),
                Err(other) => resume_unwind(other),
            },
        }
    }

    fn tripped(&self) -> Option<Trip> {
        let base = self.base.get();
        // The stack grows down on every target we build for.
        if base != 0 && base.saturating_sub(stack_position()) > STACK_BUDGET {
            return Some(Trip::Depth);
        }
        let n = self.steps.get().wrapping_add(1);
        self.steps.set(n);
        self.ctx.check_step(n).err().map(Trip::Stop)
    }
}

/// What jaq's term lookups call (a trait object, so [`super::Rt`] keeps one lifetime).
pub(super) trait Step {
    /// One evaluation step: unwinds to [`Guard::run`] when a bound trips.
    fn step(&self);
}

impl Step for Guard<'_, '_> {
    fn step(&self) {
        if let Some(trip) = self.tripped() {
            resume_unwind(Box::new(trip));
        }
    }
}
