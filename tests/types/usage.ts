// Type-level tests of the generated declarations: what should compile does, and what
// should not carries @ts-expect-error (tsc fails if such a line compiles after all).
import {
  eoq,
  eoqCostCurve,
  errorCodes,
  type EoqOptions,
  type EoqResult,
  type EoqCostCurveResult,
  type ErrorCode,
  type OpscalcError,
} from "../../pkg/opscalc.js";

const options: EoqOptions = { demand: 1000, orderingCost: 10, holdingCost: 0.5 };
const result: EoqResult = eoq(options);
const quantity: number = result.quantity;
const reorderPoint: number | undefined = result.reorderPoint;

const byRate = eoq({ demand: 936, orderingCost: 45, holdingRate: 0.25, unitCost: 60, leadTimeDays: 3, workingDays: 250 });
const curve: EoqCostCurveResult = eoqCostCurve({ model: options, points: 50 });
const totals: number[] = curve.totalCost;
const codes: ErrorCode[] = errorCodes();

// @ts-expect-error demand must be a number
eoq({ demand: "1000", orderingCost: 10, holdingCost: 0.5 });
// @ts-expect-error orderingCost is required
eoq({ demand: 1000, holdingCost: 0.5 });
// @ts-expect-error misspelled option names are not accepted
eoq({ demand: 1000, orderingCost: 10, holdingcost: 0.5 });
// @ts-expect-error the result has no such field
result.reorderPiont;
// @ts-expect-error optional results may be undefined
const notChecked: number = result.cycleTimeDays;

function describe(error: unknown): string {
  const e = error as OpscalcError;
  const code: ErrorCode = e.code;
  // @ts-expect-error codes are a closed union
  const wrong: ErrorCode = "no_such_code";
  return `${code} at ${e.field}: ${e.reason} (${e.message}) ${wrong}`;
}

export { quantity, reorderPoint, byRate, totals, codes, describe, notChecked };

// Quantity discounts and ABC analysis.
import {
  abcAnalysis,
  quantityDiscount,
  quantityDiscountCostCurve,
  type AbcAnalysisResult,
  type AbcClass,
  type DiscountCandidateResult,
  type DiscountScheme,
  type QuantityDiscountOptions,
} from "../../pkg/opscalc.js";

const discountOptions: QuantityDiscountOptions = {
  demand: 5000,
  orderingCost: 49,
  holdingRate: 0.2,
  breaks: [
    { minQuantity: 0, unitCost: 5 },
    { minQuantity: 1000, unitCost: 4.8 },
  ],
  scheme: "incremental",
};
const discount = quantityDiscount(discountOptions);
const scheme: DiscountScheme = discount.scheme;
const firstRow: DiscountCandidateResult | undefined = discount.candidates[0];
const candidateTotal: number | undefined = firstRow?.order?.totalCost;
const tierCurves: number[][] = quantityDiscountCostCurve({ model: discountOptions, points: 20 }).tiers.map((tier) => tier.totalCost);
// @ts-expect-error the scheme is a closed union
quantityDiscount({ ...discountOptions, scheme: "bulk" });
// @ts-expect-error a tier needs its unit cost
quantityDiscount({ ...discountOptions, breaks: [{ minQuantity: 0 }] });
// @ts-expect-error an excluded tier has no order, so it may be undefined
const uncheckedOrder: number = firstRow.order.quantity;

const abc: AbcAnalysisResult = abcAnalysis({
  items: [{ id: "#10286", annualDemand: 1000, unitCost: 90 }],
  cutoffs: { a: 0.2, b: 0.3 },
  basis: "items",
});
const firstClass: AbcClass | undefined = abc.rows[0]?.class;
// @ts-expect-error ids are strings
abcAnalysis({ items: [{ id: 10286, annualDemand: 1000, unitCost: 90 }] });

export { scheme, candidateTotal, tierCurves, uncheckedOrder, firstClass };
