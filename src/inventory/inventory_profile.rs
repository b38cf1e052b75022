//! Inventory over one replenishment cycle, as the corners of the textbook sawtooth.

/// Inventory level over one cycle, from time 0 to the cycle time, as the corners of a
/// polyline: `level[i]` units at `time[i]` periods. Negative levels are backorders.
/// Repeating the cycle (shifting `time` by the cycle time) draws the sawtooth.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InventoryProfile {
    /// Times of the corners, periods from the start of the cycle, ascending.
    pub time: Vec<f64>,
    /// Inventory on hand at each corner, units (negative: units backordered).
    pub level: Vec<f64>,
}

impl InventoryProfile {
    /// A profile through the given `(time, level)` corners.
    pub(crate) fn through(corners: &[(f64, f64)]) -> Self {
        InventoryProfile {
            time: corners.iter().map(|&(time, _)| time).collect(),
            level: corners.iter().map(|&(_, level)| level).collect(),
        }
    }
}
