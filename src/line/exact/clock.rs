//! A stopwatch that works natively (`std::time::Instant`) and in the browser or Node
//! (`Date.now()` through js-sys), for the solver's time limit.

/// Milliseconds since the clock started.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Clock {
    #[cfg(not(target_arch = "wasm32"))]
    start: std::time::Instant,
    #[cfg(target_arch = "wasm32")]
    start: f64,
}

impl Clock {
    /// A clock started now.
    pub(crate) fn start() -> Self {
        Clock {
            #[cfg(not(target_arch = "wasm32"))]
            start: std::time::Instant::now(),
            #[cfg(target_arch = "wasm32")]
            start: js_sys::Date::now(),
        }
    }

    /// The milliseconds elapsed since [`Clock::start`].
    pub(crate) fn elapsed_ms(&self) -> f64 {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.start.elapsed().as_secs_f64() * 1000.0
        }
        #[cfg(target_arch = "wasm32")]
        {
            (js_sys::Date::now() - self.start).max(0.0)
        }
    }
}
