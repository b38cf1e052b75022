//! JS mirrors of the statistics helpers.

mod change;
