//! Background jobs: `cmd &` runs concurrently with the rest of the script.
//!
//! Nothing is spawned on an executor. A job is a `'static` future (it owns a subshell and a
//! copy of the descriptors) queued in the run's [`Jobs`] table; [`WithJobs`], which wraps
//! the whole run, polls the queued jobs alongside the script in the same task. `wait`
//! resolves when the driver has recorded a job's status, `kill` aborts a job (status 143), and
//! the run itself ends only after its jobs have ended, as a caller reading the shell's output
//! through a pipe would see.

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll, Waker};

use futures::future::{AbortHandle, Abortable};
use futures::stream::{FuturesUnordered, StreamExt};

use crate::error::Error;
use crate::eval::shell::{EvalResult, Flow};
use crate::sync::{BoxFuture, boxed};

/// The exit status of a job stopped by `kill` (128 + SIGTERM).
pub const KILLED_STATUS: i32 = 143;

#[derive(Default)]
struct Table {
    queue: Vec<BoxFuture<'static, (u32, Result<i32, Error>)>>,
    running: HashSet<u32>,
    aborts: HashMap<u32, AbortHandle>,
    done: HashMap<u32, i32>,
    reaped: HashSet<u32>,
    kill_status: HashMap<u32, i32>,
    waker: Option<Waker>,
}

/// The jobs of one run.
#[derive(Default)]
pub struct Jobs {
    table: Mutex<Table>,
}

fn lock(m: &Mutex<Table>) -> MutexGuard<'_, Table> {
    match m.lock() {
        Ok(g) => g,
        Err(p) => p.into_inner(),
    }
}

impl Jobs {
    /// Queues a job under `pid`; it starts at the driver's next turn. A job that fails with
    /// an error (cancellation, a limit) ends the whole run.
    pub fn spawn(&self, pid: u32, job: BoxFuture<'static, Result<i32, Error>>) {
        let (handle, reg) = AbortHandle::new_pair();
        let fut = boxed(async move {
            match Abortable::new(job, reg).await {
                Ok(r) => (pid, r),
                Err(_) => (pid, Ok(KILLED_STATUS)),
            }
        });
        let mut t = lock(&self.table);
        t.queue.push(fut);
        t.running.insert(pid);
        t.aborts.insert(pid, handle);
        if let Some(w) = t.waker.take() {
            w.wake();
        }
    }

    /// Stops a running job, which then ends with `status` (128 + the signal). False when
    /// `pid` is not a running job.
    pub fn kill(&self, pid: u32, status: i32) -> bool {
        let mut t = lock(&self.table);
        match t.aborts.get(&pid) {
            Some(h) if t.running.contains(&pid) => {
                h.abort();
                t.kill_status.insert(pid, status);
                true
            }
            _ => false,
        }
    }

    /// Whether `pid` is still running.
    pub fn is_running(&self, pid: u32) -> bool {
        lock(&self.table).running.contains(&pid)
    }

    /// Whether `pid` was started by this run and not yet waited for.
    pub fn knows(&self, pid: u32) -> bool {
        let t = lock(&self.table);
        t.running.contains(&pid) || (t.done.contains_key(&pid) && !t.reaped.contains(&pid))
    }

    /// Waits for job `pid` and returns its status (bash remembers it, so waiting again
    /// gives it again). `None` at once for an unknown pid.
    pub async fn wait_for(&self, pid: u32) -> Option<i32> {
        futures::future::poll_fn(|cx| {
            let mut t = lock(&self.table);
            if let Some(&status) = t.done.get(&pid) {
                t.reaped.insert(pid);
                return Poll::Ready(Some(status));
            }
            if !t.running.contains(&pid) {
                return Poll::Ready(None);
            }
            t.waker = Some(cx.waker().clone());
            Poll::Pending
        })
        .await
    }

    /// Waits for the next job to finish (`wait -n`); `None` when none is running.
    pub async fn wait_any(&self) -> Option<(u32, i32)> {
        futures::future::poll_fn(|cx| {
            let mut t = lock(&self.table);
            let fresh = t
                .done
                .keys()
                .filter(|p| !t.reaped.contains(p))
                .min()
                .copied();
            if let Some(pid) = fresh {
                t.reaped.insert(pid);
                return Poll::Ready(t.done.get(&pid).map(|&s| (pid, s)));
            }
            if t.running.is_empty() {
                return Poll::Ready(None);
            }
            t.waker = Some(cx.waker().clone());
            Poll::Pending
        })
        .await
    }

    /// Waits for every job; forgets their statuses (`wait` without operands).
    pub async fn wait_all(&self) {
        futures::future::poll_fn(|cx| {
            let mut t = lock(&self.table);
            if t.running.is_empty() {
                t.done.clear();
                return Poll::Ready(());
            }
            t.waker = Some(cx.waker().clone());
            Poll::Pending
        })
        .await
    }
}

/// Runs a script together with the jobs it starts, and ends when both the script and every
/// job have ended, or at once when a job fails with an error.
pub struct WithJobs<F: Future<Output = EvalResult>> {
    inner: Pin<Box<F>>,
    output: Option<EvalResult>,
    running: FuturesUnordered<BoxFuture<'static, (u32, Result<i32, Error>)>>,
    jobs: Arc<Jobs>,
    failed: Option<Error>,
}

impl<F: Future<Output = EvalResult>> WithJobs<F> {
    /// Wraps `inner`, driving the jobs queued in `jobs`.
    pub fn new(inner: F, jobs: Arc<Jobs>) -> Self {
        WithJobs {
            inner: Box::pin(inner),
            output: None,
            running: FuturesUnordered::new(),
            jobs,
            failed: None,
        }
    }

    /// Starts queued jobs and polls the running ones; true when a job finished.
    fn drive(&mut self, cx: &mut Context<'_>) -> bool {
        let mut finished = false;
        loop {
            let queued = std::mem::take(&mut lock(&self.jobs.table).queue);
            let started = !queued.is_empty();
            self.running.extend(queued);
            let mut progressed = false;
            while let Poll::Ready(Some((pid, result))) = self.running.poll_next_unpin(cx) {
                let mut t = lock(&self.jobs.table);
                t.running.remove(&pid);
                t.aborts.remove(&pid);
                match result {
                    Ok(status) => {
                        let status = t.kill_status.remove(&pid).unwrap_or(status);
                        t.done.insert(pid, status);
                    }
                    Err(e) => {
                        self.failed.get_or_insert(e);
                    }
                }
                progressed = true;
                finished = true;
            }
            if !started && !progressed {
                return finished;
            }
        }
    }
}

impl<F: Future<Output = EvalResult>> Unpin for WithJobs<F> {}

impl<F: Future<Output = EvalResult>> Future for WithJobs<F> {
    type Output = EvalResult;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<EvalResult> {
        let this = self.get_mut();
        loop {
            this.drive(cx);
            if let Some(e) = this.failed.take() {
                return Poll::Ready(Err(Flow::Fatal(e)));
            }
            if this.output.is_none()
                && let Poll::Ready(o) = this.inner.as_mut().poll(cx)
            {
                this.output = Some(o);
            }
            // The script may have queued jobs, or a job may have finished that the script
            // waits for: go round again until nothing moves.
            let queued = !lock(&this.jobs.table).queue.is_empty();
            if !queued && !this.drive(cx) {
                break;
            }
        }
        let idle = this.running.is_empty() && lock(&this.jobs.table).queue.is_empty();
        match (&this.output, idle) {
            (Some(_), true) => match this.output.take() {
                Some(o) => Poll::Ready(o),
                None => Poll::Pending,
            },
            _ => {
                lock(&this.jobs.table).waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}
