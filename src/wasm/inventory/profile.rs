//! JS mirror of `InventoryProfile`, shared by every lot-size model's result.

use crate::inventory::InventoryProfile;
use serde::Serialize;
use tsify::Tsify;

/// Inventory over one replenishment cycle as the corners of a polyline: `level[i]` units
/// at `time[i]` periods from the start of the cycle (negative levels are backorders).
/// Shift `time` by the cycle length to draw further cycles.
#[derive(Serialize, Tsify)]
pub struct InventoryProfileResult {
    /// Times of the corners, periods from the start of the cycle, ascending.
    pub time: Vec<f64>,
    /// Inventory on hand at each corner, units (negative: backordered).
    pub level: Vec<f64>,
}

impl From<InventoryProfile> for InventoryProfileResult {
    fn from(profile: InventoryProfile) -> Self {
        InventoryProfileResult {
            time: profile.time,
            level: profile.level,
        }
    }
}
