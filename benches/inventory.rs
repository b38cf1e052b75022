//! Native benchmarks of the inventory formulas.
//!
//! Run: `cargo bench --bench inventory` (Criterion; reports in `target/criterion/`).
//! Criterion runs natively only; on wasm32 this file builds to an empty program.

#[cfg(not(target_arch = "wasm32"))]
#[allow(unreachable_pub)] // criterion_group! declares `pub fn benches`
mod native {
    use criterion::{Criterion, criterion_group};
    use opscalc::inventory::{
        EoqCostCurveInput, EoqInput, HoldingCost, LeadTime, eoq, eoq_cost_curve,
    };
    use std::hint::black_box;

    fn eoq_benchmarks(c: &mut Criterion) {
        let basic = EoqInput::new(1000.0, 10.0, HoldingCost::PerUnit(0.5));
        c.bench_function("eoq/basic", |b| b.iter(|| eoq(black_box(&basic))));

        let full = EoqInput::new(
            8000.0,
            45.0,
            HoldingCost::Rate {
                rate: 0.25,
                unit_cost: 60.0,
            },
        )
        .with_working_days(250.0)
        .with_lead_time(LeadTime::Days(3.0));
        c.bench_function("eoq/rate_lead_time_days", |b| {
            b.iter(|| eoq(black_box(&full)))
        });

        let curve = EoqCostCurveInput::new(basic);
        c.bench_function("eoq_cost_curve/101_points", |b| {
            b.iter(|| eoq_cost_curve(black_box(&curve)))
        });
    }

    criterion_group!(benches, eoq_benchmarks);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
