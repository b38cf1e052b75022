//! The limits of one solver call, shared by every search it runs: one clock, one node
//! count, one memory allowance per search. A search gets a *window* of what is left.

use crate::error::{Error, ErrorCode};
use crate::line::exact::clock::Clock;
use crate::line::exact::search::{Budget, Halt};
use crate::line::exact::{DEFAULT_MEMORY_MB, MAX_MEMORY_MB, SearchLimits};

/// The validated limits and what has been spent of them.
#[derive(Debug)]
pub(crate) struct Limits {
    clock: Clock,
    /// Milliseconds since the clock started after which no search goes on.
    time_ms: Option<f64>,
    nodes: Option<u64>,
    /// The nodes of all searches so far.
    pub(crate) spent: u64,
    /// The bytes one search's memory may use.
    pub(crate) memory_bytes: f64,
}

impl Limits {
    /// Validates `limits`; the clock starts now.
    ///
    /// # Errors
    /// `not_positive` / `not_finite` naming `limits.time_ms`, `out_of_range` naming
    /// `limits.nodes` when zero or `limits.memory_mb` when zero or above
    /// [`MAX_MEMORY_MB`].
    pub(crate) fn new(limits: &SearchLimits) -> Result<Self, Error> {
        let clock = Clock::start();
        let time_ms = crate::validate::positive_if_given("limits.time_ms", limits.time_ms)?;
        if limits.nodes == Some(0) {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "limits.nodes",
                "must be at least 1",
            ));
        }
        if let Some(memory_mb) = limits.memory_mb
            && !(1..=MAX_MEMORY_MB).contains(&memory_mb)
        {
            return Err(Error::new(
                ErrorCode::OutOfRange,
                "limits.memory_mb",
                format!("must be 1 to {MAX_MEMORY_MB} (MiB)"),
            ));
        }
        Ok(Limits {
            clock,
            time_ms,
            nodes: limits.nodes,
            spent: 0,
            memory_bytes: f64::from(limits.memory_mb.unwrap_or(DEFAULT_MEMORY_MB))
                * 1024.0
                * 1024.0,
        })
    }

    /// The milliseconds since the call started.
    pub(crate) fn elapsed_ms(&self) -> f64 {
        self.clock.elapsed_ms()
    }

    /// Why no further search may start, if it may not: no nodes or no time left.
    pub(crate) fn exhausted(&self) -> Option<Halt> {
        if self.nodes.is_some_and(|limit| self.spent >= limit) {
            return Some(Halt::Nodes);
        }
        if self
            .time_ms
            .is_some_and(|limit| self.clock.elapsed_ms() >= limit)
        {
            return Some(Halt::Time);
        }
        None
    }

    /// A window of `share` (0 to 1) of the time and nodes left, for one search.
    pub(crate) fn window(&self, share: f64) -> Window {
        let now = self.clock.elapsed_ms();
        Window {
            clock: self.clock,
            time_ms: self
                .time_ms
                .map(|limit| now + (limit - now).max(0.0) * share),
            nodes: self.nodes.map(|limit| {
                let left = limit.saturating_sub(self.spent);
                // Whole nodes of a count below 2^53 in any search that ends.
                #[allow(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    clippy::cast_precision_loss
                )]
                let part = ((left as f64) * share) as u64;
                part.clamp(1, left.max(1))
            }),
        }
    }
}

/// The time and nodes one search may use, checking the clock every 1024 nodes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    clock: Clock,
    time_ms: Option<f64>,
    nodes: Option<u64>,
}

impl Budget for Window {
    fn exceeded(&mut self, nodes: u64) -> Option<Halt> {
        if self.nodes.is_some_and(|limit| nodes >= limit) {
            return Some(Halt::Nodes);
        }
        if nodes.is_multiple_of(1024)
            && self
                .time_ms
                .is_some_and(|limit| self.clock.elapsed_ms() >= limit)
        {
            return Some(Halt::Time);
        }
        None
    }
}
