//! Times the batch functions natively over a generated catalogue: the native third of
//! `benches/batch.mjs`, which runs this, the wasm package and plain JS in one run.
//!
//! ```text
//! cargo run --profile bench --example batch_native -- [ITEMS] [ROUNDS]
//! ```
//! Prints one tab-separated line per function: `name`, median nanoseconds per item over
//! `ROUNDS` rounds (default 15) of `ITEMS` items (default 1,000,000), and a checksum of
//! the first result column (its sum), which the script compares with the wasm's.
//! Each round includes allocating the result columns, as the wasm call does.
//! The inputs are those of `catalogue()` in `benches/batch.mjs`, item by item.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::cast_precision_loss
)]

use opscalc::batch::{
    AbcBatchInput, Column, EoqBackordersBatchInput, EoqBatchInput, HoldingCostColumns,
    KpiScoreBatchInput, ProductionOrderQuantityBatchInput, abc_batch, eoq_backorders_batch,
    eoq_batch, kpi_score_batch, production_order_quantity_batch,
};
use opscalc::inventory::AbcBasis;
use opscalc::scorecard::{KpiDirection, ScoreLimit, StatusBands};
use std::hint::black_box;
use std::time::Instant;

/// The generated catalogue, the same as `catalogue()` in `benches/batch.mjs`.
struct Catalogue {
    demand: Vec<f64>,
    ordering_cost: Vec<f64>,
    holding_cost: Vec<f64>,
    production_rate: Vec<f64>,
    backorder_cost: Vec<f64>,
    actual: Vec<f64>,
    target: Vec<f64>,
}

fn catalogue(items: usize) -> Catalogue {
    let index = || (0..items).map(|i| i as f64);
    Catalogue {
        demand: index().map(|i| 100.0 + (i * 7.0) % 9_973.0).collect(),
        ordering_cost: index().map(|i| 5.0 + (i % 13.0) * 2.5).collect(),
        holding_cost: index().map(|i| 0.25 + (i % 11.0) * 0.5).collect(),
        production_rate: index()
            .map(|i| (100.0 + (i * 7.0) % 9_973.0) * (2.0 + i % 7.0))
            .collect(),
        backorder_cost: index().map(|i| 1.0 + (i % 19.0) * 2.0).collect(),
        actual: index().map(|i| ((i * 13.0) % 1000.0) / 10.0).collect(),
        target: index().map(|i| 50.0 + i % 41.0).collect(),
    }
}

/// Median nanoseconds per item of `run` over `rounds` rounds, and `run`'s last checksum.
fn measure(items: usize, rounds: usize, mut run: impl FnMut() -> f64) -> (f64, f64) {
    let mut checksum = black_box(run()); // warm up
    let mut per_item: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            checksum = black_box(run());
            start.elapsed().as_nanos() as f64 / items as f64
        })
        .collect();
    per_item.sort_by(f64::total_cmp);
    (per_item[rounds / 2], checksum)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let items: usize = args.next().map_or(1_000_000, |text| text.parse().unwrap());
    let rounds: usize = args.next().map_or(15, |text| text.parse().unwrap());
    // A third argument runs that function alone (benches/batch.mjs times each function's
    // native run next to its JS rounds).
    let only = args.next();
    // Times `batch` and prints its line, unless another function was asked for.
    let run = |name: &str, batch: &mut dyn FnMut() -> f64| {
        if only.as_deref().is_none_or(|only| only == name) {
            let (ns, checksum) = measure(items, rounds, batch);
            println!("{name}\t{ns}\t{checksum}");
        }
    };
    let data = catalogue(items);

    run("eoq", &mut || {
        let input = EoqBatchInput {
            demand: Column::Each(black_box(&data.demand)),
            ordering_cost: Column::Each(black_box(&data.ordering_cost)),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(black_box(&data.holding_cost))),
        };
        eoq_batch(&input).unwrap().quantity.iter().sum()
    });

    run("production_order_quantity", &mut || {
        let input = ProductionOrderQuantityBatchInput {
            demand: Column::Each(black_box(&data.demand)),
            production_rate: Column::Each(black_box(&data.production_rate)),
            setup_cost: Column::Each(black_box(&data.ordering_cost)),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(black_box(&data.holding_cost))),
        };
        production_order_quantity_batch(&input)
            .unwrap()
            .quantity
            .iter()
            .sum()
    });

    run("eoq_backorders", &mut || {
        let input = EoqBackordersBatchInput {
            demand: Column::Each(black_box(&data.demand)),
            ordering_cost: Column::Each(black_box(&data.ordering_cost)),
            holding_cost: HoldingCostColumns::PerUnit(Column::Each(black_box(&data.holding_cost))),
            backorder_cost: Column::Each(black_box(&data.backorder_cost)),
        };
        eoq_backorders_batch(&input).unwrap().quantity.iter().sum()
    });

    let bands = StatusBands::default();
    run("kpi_score", &mut || {
        let actual = Column::Each(black_box(&data.actual));
        let input = KpiScoreBatchInput {
            target: Some(Column::Each(black_box(&data.target))),
            baseline: Some(Column::All(10.0)),
            limit: ScoreLimit::Cap(1.2),
            ..KpiScoreBatchInput::new(actual, KpiDirection::HigherIsBetter, &bands)
        };
        kpi_score_batch(&input).unwrap().score.iter().sum()
    });

    run("abc", &mut || {
        let input = AbcBatchInput {
            annual_demand: Column::Each(black_box(&data.demand)),
            unit_cost: Column::Each(black_box(&data.ordering_cost)),
            cutoffs: None,
            basis: AbcBasis::Value,
        };
        abc_batch(&input).unwrap().cumulative_share.iter().sum()
    });
}
