// Break-even analysis through the wasm package: one product, a product mix, and the
// crossover of options (make or buy); the textbook figures, the results' shapes, and
// the errors a JS caller sees.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertClose, errorOf } from "./assertions.mjs";
import opscalc from "./load-package.mjs";

const { breakEven, breakEvenMix, breakEvenCrossover } = opscalc;

test("Heizer & Render, Jimmy Stephens: BEP = 5,714.29 units, BEP$ = $22,857.14", () => {
  const result = breakEven({ fixedCost: 10000, unitPrice: 4, variableCost: 1.5 + 0.75 });
  assertClose(result.breakEvenVolume, 10000 / 1.75);
  assert.equal(result.breakEvenVolume.toFixed(2), "5714.29");
  assert.equal(result.breakEvenRevenue.toFixed(2), "22857.14");
  assert.equal(result.contributionMargin, 1.75);
  assert.equal(result.variableCostRatio, 0.5625);
  assert.equal(result.contributionMarginRatio, 0.4375);
  assert.ok(!("atVolume" in result) && !("target" in result), "absent options leave their outputs out");
});

test("Stevenson's berry pies: 1,200 pies break even, 1,000 lose $1,000, a $4,000 profit needs 2,000", () => {
  const result = breakEven({ fixedCost: 6000, unitPrice: 7, variableCost: 2, volume: 1000, targetProfit: 4000 });
  assertClose(result.breakEvenVolume, 1200);
  assert.deepEqual(result.atVolume, {
    volume: 1000,
    revenue: 7000,
    totalVariableCost: 2000,
    totalCost: 8000,
    contribution: 5000,
    profit: -1000,
    marginOfSafety: result.atVolume.marginOfSafety,
    marginOfSafetyRevenue: result.atVolume.marginOfSafetyRevenue,
    marginOfSafetyRatio: result.atVolume.marginOfSafetyRatio,
  });
  assertClose(result.atVolume.marginOfSafety, -200);
  assertClose(result.atVolume.marginOfSafetyRatio, -0.2);
  assert.deepEqual(result.target, { profit: 4000, volume: 2000, revenue: 14000 });
});

test("the break-even chart: revenue and total cost cross at the break-even point; it ends at a round volume", () => {
  const { chart } = breakEven({ fixedCost: 6000, unitPrice: 7, variableCost: 2 });
  assert.deepEqual(chart, {
    volume: [0, 1200, 2500],
    revenue: [0, 8400, 17500],
    totalCost: [6000, 8400, 11000],
    fixedCost: [6000, 6000, 6000],
    profit: [-6000, 0, 6500],
  });
});

const leBistro = {
  fixedCost: 36000,
  products: [
    { id: "Sandwich", unitPrice: 5, variableCost: 3, forecastUnits: 9000 },
    { id: "Drinks", unitPrice: 1.5, variableCost: 0.5, forecastUnits: 9000 },
    { id: "Baked potato", unitPrice: 2, variableCost: 1, forecastUnits: 7000 },
  ],
};

test("Le Bistro (hand-computed after Heizer & Render): weighted contribution .469, BEP$ = $76,764.71", () => {
  const result = breakEvenMix(leBistro);
  assert.equal(result.basis, "forecastUnits");
  assert.ok(!("shareSum" in result));
  assertClose(result.weightedContribution, 34000 / 72500);
  assert.equal(result.breakEvenRevenue.toFixed(2), "76764.71");
  assert.deepEqual(result.products.map((row) => row.id), ["Sandwich", "Drinks", "Baked potato"]);
  assert.deepEqual(result.products.map((row) => row.salesShare.toFixed(3)), ["0.621", "0.186", "0.193"]);
  assert.deepEqual(result.products.map((row) => row.weightedContribution.toFixed(3)), ["0.248", "0.124", "0.097"]);
  assert.deepEqual(result.products.map((row) => row.units.toFixed(2)), ["9529.41", "9529.41", "7411.76"]);
  assert.deepEqual(result.products.map((row) => row.forecastRevenue), [45000, 13500, 14000]);
  assert.deepEqual(result.forecast, {
    revenue: 72500,
    contribution: 34000,
    profit: -2000,
    marginOfSafetyRevenue: result.forecast.marginOfSafetyRevenue,
    marginOfSafetyRatio: result.forecast.marginOfSafetyRatio,
  });
  assert.equal(result.forecast.marginOfSafetyRevenue.toFixed(2), "-4264.71");
  assert.deepEqual(Object.keys(result.chart).sort(), ["fixedCost", "profit", "revenue", "totalCost"]);
});

test("a mix given as revenue shares: within 0.01 of 100 % and scaled; products without ids", () => {
  const result = breakEvenMix({
    fixedCost: 100,
    products: [0.33, 0.33, 0.33].map((salesShare) => ({ unitPrice: 4, variableCost: 2, salesShare })),
  });
  assert.equal(result.basis, "salesShare");
  assertClose(result.shareSum, 0.99);
  assertClose(result.breakEvenRevenue, 200);
  assert.ok(!("id" in result.products[0]) && !("forecastRevenue" in result.products[0]));
  assert.ok(!("forecast" in result));
  assert.deepEqual(Object.keys(result.products[0]).sort(), [
    "contribution", "contributionRatio", "revenue", "salesShare", "unitPrice", "units", "variableCost",
    "variableCostRatio", "weightedContribution",
  ]);
});

const kleber = [
  { id: "A", fixedCost: 200000, variableCost: 60 },
  { id: "B", fixedCost: 300000, variableCost: 25 },
  { id: "C", fixedCost: 400000, variableCost: 10 },
];

test("Heizer & Render, Kleber Enterprises: A up to 2,857 reports, B up to 6,667, C beyond", () => {
  const result = breakEvenCrossover({ options: kleber, volume: 5000 });
  assert.deepEqual(result.crossovers.map((point) => point.volume.toFixed(2)), ["2857.14", "6666.67"]);
  assert.deepEqual(result.crossovers.map((point) => [point.below, point.above]), [[0, 1], [1, 2]]);
  assert.deepEqual(result.ranges.map((range) => range.option), [0, 1, 2]);
  assert.equal(result.ranges[0].fromVolume, 0);
  assert.ok(!("toVolume" in result.ranges[2]), "the last range has no end");
  assert.equal(result.atVolume.cheapest, 1);
  assert.deepEqual(result.atVolume.options.map((option) => option.totalCost), [500000, 425000, 450000]);
  assert.deepEqual(result.atVolume.options.map((option) => option.extraCost), [75000, 0, 25000]);
  assert.equal(result.chart.totalCost.length, 3);
  assert.equal(result.chart.volume.length, result.chart.lowestCost.length);
});

test("make or buy (hand-computed after Stevenson): indifferent at 7,500 units; making saves $90,000 at 12,000", () => {
  const result = breakEvenCrossover({
    options: [{ id: "make", fixedCost: 150000, variableCost: 60 }, { id: "buy", fixedCost: 0, variableCost: 80 }],
    volume: 12000,
  });
  assert.deepEqual(result.crossovers, [{ volume: 7500, totalCost: 600000, below: 1, above: 0 }]);
  assert.deepEqual(result.ranges, [{ option: 1, fromVolume: 0, toVolume: 7500 }, { option: 0, fromVolume: 7500 }]);
  assert.equal(result.atVolume.cheapest, 0);
  assert.deepEqual(result.atVolume.options[1], { fixedCost: 0, totalVariableCost: 960000, totalCost: 960000, extraCost: 90000 });
  assert.deepEqual(result.chart.volume, [0, 7500, 12000, 15000]);
});

test("parallel cost lines: no crossover, the lower fixed cost everywhere, and no error", () => {
  const result = breakEvenCrossover({
    options: [{ id: "old", fixedCost: 50000, variableCost: 12 }, { id: "new", fixedCost: 30000, variableCost: 12 }],
  });
  assert.deepEqual(result.crossovers, []);
  assert.deepEqual(result.ranges, [{ option: 1, fromVolume: 0 }]);
  assert.ok(!("atVolume" in result));
});

const product = { unitPrice: 4, variableCost: 2, salesShare: 1 };
const option = (id) => ({ id, fixedCost: 1, variableCost: 1 });
const cases = [
  ["price not above the variable cost", () => breakEven({ fixedCost: 1, unitPrice: 4, variableCost: 4 }), "out_of_range", "unitPrice"],
  ["a negative fixed cost", () => breakEven({ fixedCost: -1, unitPrice: 4, variableCost: 2 }), "negative", "fixedCost"],
  ["a NaN variable cost", () => breakEven({ fixedCost: 1, unitPrice: 4, variableCost: Number.NaN }), "not_finite", "variableCost"],
  ["a zero volume", () => breakEven({ fixedCost: 1, unitPrice: 4, variableCost: 2, volume: 0 }), "not_positive", "volume"],
  ["a negative target profit", () => breakEven({ fixedCost: 1, unitPrice: 4, variableCost: 2, targetProfit: -5 }), "negative", "targetProfit"],
  ["a missing price", () => breakEven({ fixedCost: 1, variableCost: 2 }), "missing_field", "unitPrice"],
  ["a misspelled option", () => breakEven({ fixedCost: 1, unitprice: 4, variableCost: 2 }), "unknown_field", "unitprice"],
  ["no products", () => breakEvenMix({ fixedCost: 1, products: [] }), "out_of_range", "products"],
  ["a zero price", () => breakEvenMix({ fixedCost: 1, products: [product, { ...product, unitPrice: 0 }] }), "not_positive", "products[1].unitPrice"],
  ["a share and units together", () => breakEvenMix({ fixedCost: 1, products: [{ ...product, forecastUnits: 5 }] }), "conflicting_fields", "products[0].forecastUnits"],
  ["neither a share nor units", () => breakEvenMix({ fixedCost: 1, products: [{ unitPrice: 4, variableCost: 2 }] }), "missing_field", "products[0].salesShare"],
  ["no units where the others give units", () => breakEvenMix({ fixedCost: 1, products: [{ unitPrice: 4, variableCost: 2, forecastUnits: 5 }, { unitPrice: 4, variableCost: 2 }] }), "missing_field", "products[1].forecastUnits"],
  ["shares and units mixed", () => breakEvenMix({ fixedCost: 1, products: [product, { unitPrice: 4, variableCost: 2, forecastUnits: 5 }] }), "conflicting_fields", "products[1].forecastUnits"],
  ["shares not adding up to 1", () => breakEvenMix({ fixedCost: 1, products: [{ ...product, salesShare: 0.9 }] }), "out_of_range", "products"],
  ["a mix that does not contribute", () => breakEvenMix({ fixedCost: 1, products: [{ ...product, variableCost: 5 }] }), "out_of_range", "products"],
  ["a repeated product id", () => breakEvenMix({ ...leBistro, products: [leBistro.products[0], leBistro.products[0]] }), "duplicate_id", "products[1].id"],
  ["a negative forecast", () => breakEvenMix({ fixedCost: 1, products: [{ unitPrice: 4, variableCost: 2, forecastUnits: -1 }] }), "negative", "products[0].forecastUnits"],
  ["one option", () => breakEvenCrossover({ options: [option("a")] }), "out_of_range", "options"],
  ["a repeated option id", () => breakEvenCrossover({ options: [option("a"), option("a")] }), "duplicate_id", "options[1].id"],
  ["an option without id", () => breakEvenCrossover({ options: [option("a"), { fixedCost: 1, variableCost: 1 }] }), "missing_field", "options[1].id"],
  ["a negative variable cost", () => breakEvenCrossover({ options: [option("a"), { ...option("b"), variableCost: -1 }] }), "negative", "options[1].variableCost"],
  ["a negative volume", () => breakEvenCrossover({ options: [option("a"), option("b")], volume: -1 }), "not_positive", "volume"],
];

for (const [description, call, code, field] of cases) {
  test(`${description}: throws ${code} at "${field}"`, () => {
    assert.deepEqual(errorOf(call), [code, field]);
    assert.equal(breakEven({ fixedCost: 6000, unitPrice: 7, variableCost: 2 }).breakEvenVolume, 1200, "the instance keeps working");
  });
}
