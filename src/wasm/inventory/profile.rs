//! JS mirror of `InventoryProfile`, shared by every lot-size model's result.

use crate::inventory::InventoryProfile;
use crate::wasm::to_js::to_js;
use tsify::Tsify;

/// Inventory over one replenishment cycle as the corners of a polyline: `level[i]` units
/// at `time[i]` periods from the start of the cycle (negative levels are backorders).
/// Shift `time` by the cycle length to draw further cycles.
#[derive(Tsify)]
pub struct InventoryProfileResult {
    /// Times of the corners, periods from the start of the cycle, ascending.
    pub time: Vec<f64>,
    /// Inventory on hand at each corner, units (negative: backordered).
    pub level: Vec<f64>,
}

to_js!(InventoryProfileResult { time, level });

impl From<InventoryProfile> for InventoryProfileResult {
    fn from(profile: InventoryProfile) -> Self {
        InventoryProfileResult {
            time: profile.time,
            level: profile.level,
        }
    }
}
