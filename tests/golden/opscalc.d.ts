/* tslint:disable */
/* eslint-disable */

/** The stable codes an {@link OpscalcError} carries; see the Rust `ErrorCode` docs. */
export type ErrorCode =
| "not_finite"
| "not_positive"
| "negative"
| "out_of_range"
| "numeric_range"
| "missing_field"
| "unknown_field"
| "invalid_type"
| "conflicting_fields"
| "too_large"
| "invalid_input"
| "internal";

/**
 * What every opscalc function throws for invalid input: a real `Error` whose
 * `name` is "OpscalcError". `message` reads "field: reason".
 */
export interface OpscalcError extends Error {
    name: "OpscalcError";
    /** What kind of problem, stable for programs to match on. */
    code: ErrorCode;
    /** Path of the offending field in the options ("demand", "model.points"); "" for the whole input. */
    field: string;
    /** What is wrong, without the field name, to show next to the field. */
    reason: string;
}


/**
 * An ABC class.
 */
export type AbcClass = "A" | "B" | "C";

/**
 * How a tier's candidate follows from its EOQ: `"eoq"`, the EOQ lies in the tier;
 * `"raisedToMinimum"`, the EOQ is below the tier, so the candidate is the tier's
 * smallest quantity; `"excluded"`, the EOQ is above the tier, which then has no
 * candidate (the next tier's smallest quantity is cheaper than any in it).
 */
export type CandidateRule = "eoq" | "raisedToMinimum" | "excluded";

/**
 * How the supplier applies the tier prices: `"allUnits"`, every unit of an order pays
 * the price of the tier the order falls in; `"incremental"`, each tier's price
 * applies only to the units inside that tier.
 */
export type DiscountScheme = "allUnits" | "incremental";

/**
 * Inventory over one replenishment cycle as the corners of a polyline: `level[i]` units
 * at `time[i]` periods from the start of the cycle (negative levels are backorders).
 * Shift `time` by the cycle length to draw further cycles.
 */
export interface InventoryProfileResult {
    /**
     * Times of the corners, periods from the start of the cycle, ascending.
     */
    time: number[];
    /**
     * Inventory on hand at each corner, units (negative: backordered).
     */
    level: number[];
}

/**
 * One inventory item.
 */
export interface AbcItemOptions {
    /**
     * The item's name (a stock number, say): a non-empty string, unique in the list.
     */
    id: string;
    /**
     * Units used per year.
     */
    annualDemand: number;
    /**
     * Money per unit.
     */
    unitCost: number;
}

/**
 * One item of the ranked table.
 */
export interface AbcRowResult {
    /**
     * Position by annual value, from 1; equal values keep their input order.
     */
    rank: number;
    /**
     * The item's position in `items`, from 0.
     */
    inputIndex: number;
    /**
     * The item's id.
     */
    id: string;
    /**
     * Units per year, as given.
     */
    annualDemand: number;
    /**
     * Money per unit, as given.
     */
    unitCost: number;
    /**
     * Annual demand × unit cost, money per year.
     */
    annualValue: number;
    /**
     * The item's annual value as a fraction of the total.
     */
    share: number;
    /**
     * The shares of this item and every item ranked above it.
     */
    cumulativeShare: number;
    /**
     * rank / number of items.
     */
    cumulativeItemShare: number;
    /**
     * The item's class.
     */
    class: AbcClass;
}

/**
 * One order quantity and its costs per period under the schedule.
 */
export interface DiscountOrderResult {
    /**
     * Q, units per order.
     */
    quantity: number;
    /**
     * C(Q) / Q: the average price of a unit of this order (the tier price under all-units).
     */
    averageUnitCost: number;
    /**
     * D × C(Q) / Q, money per period.
     */
    purchaseCostPerPeriod: number;
    /**
     * (D / Q) × S, money per period.
     */
    orderingCostPerPeriod: number;
    /**
     * (Q / 2) × H, or with a holding rate i × C(Q) / 2, money per period.
     */
    holdingCostPerPeriod: number;
    /**
     * Purchase plus ordering plus holding, money per period.
     */
    totalCost: number;
}

/**
 * One price tier: orders of at least `minQuantity` units pay `unitCost` a unit.
 */
export interface PriceBreakOptions {
    /**
     * The tier's smallest order quantity, units (the first tier's is 0 or 1).
     */
    minQuantity: number;
    /**
     * The tier's unit price, money per unit (never above the tier before).
     */
    unitCost: number;
}

/**
 * One row of the candidate table: a tier, its EOQ, and its best order quantity.
 */
export interface DiscountCandidateResult {
    /**
     * The tier's index in `breaks`, from 0.
     */
    tier: number;
    /**
     * The tier's smallest order quantity, units.
     */
    minQuantity: number;
    /**
     * The next tier's `minQuantity` (the tier covers minQuantity ≤ Q < maxQuantity); absent for the last tier.
     */
    maxQuantity?: number;
    /**
     * c: the tier's unit price, money per unit.
     */
    unitCost: number;
    /**
     * R: the fixed part of the purchase cost C(Q) = R + cQ in this tier (0 under all-units).
     */
    fixedCost: number;
    /**
     * C(minQuantity) = R + c × minQuantity: the purchase cost of an order of exactly minQuantity units.
     */
    costAtMinQuantity: number;
    /**
     * H in this tier (i × c with a holding rate), money per unit per period.
     */
    holdingCost: number;
    /**
     * The tier's EOQ, √(2D(S + R) / H), units.
     */
    eoq: number;
    /**
     * Whether the EOQ lies in the tier.
     */
    feasible: boolean;
    /**
     * How the candidate follows from the EOQ.
     */
    rule: CandidateRule;
    /**
     * The candidate quantity and its costs; absent when the tier is excluded.
     */
    order?: DiscountOrderResult;
    /**
     * Whether this row is the answer (exactly one is).
     */
    chosen: boolean;
}

/**
 * One tier's cost function over the whole curve.
 */
export interface TierCostCurveResult {
    /**
     * The tier's index in `breaks`.
     */
    tier: number;
    /**
     * The tier's unit price, money per unit.
     */
    unitCost: number;
    /**
     * The tier's smallest order quantity, units.
     */
    minQuantity: number;
    /**
     * The next tier's smallest order quantity; absent for the last tier.
     */
    maxQuantity?: number;
    /**
     * Total cost per period at each of the curve's quantities under this tier's cost
     * function (the actual cost only inside the tier).
     */
    totalCost: number[];
}

/**
 * Options of {@link abcAnalysis}.
 */
export interface AbcAnalysisOptions {
    /**
     * The items, in any order; 1 to 100000 of them.
     */
    items: AbcItemOptions[];
    /**
     * Class shares (default by value a = 0.8, b = 0.15; by items a = 0.2, b = 0.3).
     */
    cutoffs?: AbcCutoffsOptions;
    /**
     * `"value"` (the default) or `"items"`.
     */
    basis?: AbcBasis;
}

/**
 * Options of {@link eoqCostCurve}: the EOQ model and which lot sizes to evaluate.
 */
export interface EoqCostCurveOptions {
    /**
     * The EOQ model, as for {@link eoq}.
     */
    model: EoqOptions;
    /**
     * Smallest lot size, units (default Q* / 5).
     */
    minQuantity?: number;
    /**
     * Largest lot size, units (default 3 × Q*).
     */
    maxQuantity?: number;
    /**
     * Number of evenly spaced lot sizes, 2 to 10000 (default 101).
     */
    points?: number;
}

/**
 * Options of {@link eoq}. All rates share one planning period (a year, say).
 * Give the holding cost either as `holdingCost`, or as `holdingRate` with `unitCost`.
 */
export interface EoqOptions {
    /**
     * D: demand, units per period.
     */
    demand: number;
    /**
     * S: cost of placing one order (or one setup), money per order.
     */
    orderingCost: number;
    /**
     * H: cost of holding one unit for one period, money per unit per period.
     */
    holdingCost?: number;
    /**
     * Holding cost as a share of the unit cost per period, as a fraction (0.25 for 25 %); needs `unitCost`.
     */
    holdingRate?: number;
    /**
     * Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
     */
    unitCost?: number;
    /**
     * Lead time in periods; gives `reorderPoint`.
     */
    leadTime?: number;
    /**
     * Lead time in working days (needs `workingDays`); gives `reorderPoint`.
     */
    leadTimeDays?: number;
    /**
     * Working days in one period (e.g. 250 a year); gives `cycleTimeDays` and `dailyDemand`.
     */
    workingDays?: number;
}

/**
 * Options of {@link quantityDiscountCostCurve}: the model and which order quantities to evaluate.
 */
export interface QuantityDiscountCostCurveOptions {
    /**
     * The discount model, as for {@link quantityDiscount}.
     */
    model: QuantityDiscountOptions;
    /**
     * Smallest order quantity, units (default a fifth of the smallest candidate).
     */
    minQuantity?: number;
    /**
     * Largest order quantity, units (default the larger of 3 × Q* and 1.5 × the largest candidate).
     */
    maxQuantity?: number;
    /**
     * Number of evenly spaced quantities, 2 to 10000 (default 101); the breaks inside the range are added.
     */
    points?: number;
}

/**
 * Options of {@link quantityDiscount}. All rates share one planning period (a year, say).
 * Give the holding cost either as `holdingCost` (the same in every tier) or as
 * `holdingRate` (a share of each tier's unit cost).
 */
export interface QuantityDiscountOptions {
    /**
     * D: demand, units per period.
     */
    demand: number;
    /**
     * S: cost of placing one order, money per order.
     */
    orderingCost: number;
    /**
     * H: cost of holding one unit for one period, money per unit per period, in every tier.
     */
    holdingCost?: number;
    /**
     * i: holding cost as a share of each tier's unit cost per period, as a fraction (0.2 for 20 %).
     */
    holdingRate?: number;
    /**
     * The price tiers by increasing `minQuantity`, 1 to 100 of them: the first starts at
     * 0 or 1; each tier runs up to the next one's `minQuantity`.
     */
    breaks: PriceBreakOptions[];
    /**
     * `"allUnits"` (the default) or `"incremental"`.
     */
    scheme?: DiscountScheme;
}

/**
 * Result of {@link abcAnalysis}.
 */
export interface AbcAnalysisResult {
    /**
     * Every item by rank (descending annual value), with its input index.
     */
    rows: AbcRowResult[];
    /**
     * The totals of classes A, B and C, in that order.
     */
    classes: AbcClassTotalsResult[];
    /**
     * The sum of all annual values, money per year.
     */
    totalValue: number;
    /**
     * The number of items.
     */
    itemCount: number;
    /**
     * The basis used.
     */
    basis: AbcBasis;
    /**
     * The cutoffs used (given, or the basis's defaults).
     */
    cutoffs: AbcCutoffsResult;
}

/**
 * Result of {@link eoqCostCurve}: columns of equal length, one entry per lot size.
 */
export interface EoqCostCurveResult {
    /**
     * Lot sizes Q, units, ascending.
     */
    quantity: number[];
    /**
     * (D / Q) × S at each Q, money per period.
     */
    orderingCostPerPeriod: number[];
    /**
     * (Q / 2) × H at each Q, money per period.
     */
    holdingCostPerPeriod: number[];
    /**
     * Ordering plus holding cost at each Q, money per period.
     */
    totalCost: number[];
    /**
     * TC(Q) / TC(Q*) − 1 at each Q: the extra cost of ordering Q instead of Q* (0.25 = 25 % more).
     */
    costPenalty: number[];
    /**
     * Q*, units.
     */
    optimalQuantity: number;
    /**
     * TC(Q*), money per period.
     */
    minimumTotalCost: number;
}

/**
 * Result of {@link eoq}: the optimal lot size and the figures a textbook shows with it.
 */
export interface EoqResult {
    /**
     * Q* = √(2DS / H), units per order.
     */
    quantity: number;
    /**
     * Ordering plus holding cost per period at Q* (purchase cost excluded).
     */
    totalCost: number;
    /**
     * (D / Q*) × S, money per period.
     */
    orderingCostPerPeriod: number;
    /**
     * (Q* / 2) × H, money per period.
     */
    holdingCostPerPeriod: number;
    /**
     * N = D / Q*, orders per period.
     */
    ordersPerPeriod: number;
    /**
     * T = Q* / D, time between orders, in periods.
     */
    cycleTime: number;
    /**
     * Q* / 2, units.
     */
    averageInventory: number;
    /**
     * The H used, money per unit per period (holdingRate × unitCost when given as a rate).
     */
    holdingCost: number;
    /**
     * Working days / N: time between orders in working days (when `workingDays` is given).
     */
    cycleTimeDays?: number;
    /**
     * D / working days, units per day (when `workingDays` is given).
     */
    dailyDemand?: number;
    /**
     * Demand during the lead time, units (when a lead time is given).
     */
    reorderPoint?: number;
    /**
     * Inventory over one cycle: Q* at time 0 falling to 0 at the cycle time.
     */
    inventoryProfile: InventoryProfileResult;
}

/**
 * Result of {@link quantityDiscountCostCurve}: columns of equal length, one entry per
 * order quantity, and each tier's own curve.
 */
export interface QuantityDiscountCostCurveResult {
    /**
     * Order quantities Q, units, ascending (the breaks inside the range included).
     */
    quantity: number[];
    /**
     * The tier each Q falls in (its index in `breaks`).
     */
    tier: number[];
    /**
     * C(Q) / Q at each Q, money per unit.
     */
    averageUnitCost: number[];
    /**
     * D × C(Q) / Q at each Q, money per period.
     */
    purchaseCostPerPeriod: number[];
    /**
     * (D / Q) × S at each Q, money per period.
     */
    orderingCostPerPeriod: number[];
    /**
     * Holding cost at each Q, money per period.
     */
    holdingCostPerPeriod: number[];
    /**
     * Purchase plus ordering plus holding at each Q, money per period (it jumps down at each break under all-units).
     */
    totalCost: number[];
    /**
     * Each tier's cost curve, in schedule order.
     */
    tiers: TierCostCurveResult[];
    /**
     * Q* of {@link quantityDiscount}, units.
     */
    optimalQuantity: number;
    /**
     * Total cost at Q*, money per period.
     */
    minimumTotalCost: number;
}

/**
 * Result of {@link quantityDiscount}: the cheapest order quantity and the candidate table.
 */
export interface QuantityDiscountResult {
    /**
     * The scheme used.
     */
    scheme: DiscountScheme;
    /**
     * Q*: the cheapest order quantity, units per order.
     */
    quantity: number;
    /**
     * The index in `breaks` of the tier Q* falls in.
     */
    tier: number;
    /**
     * That tier's price, money per unit (under incremental, the price of the last units).
     */
    unitCost: number;
    /**
     * C(Q*) / Q*, the average price of a unit (the tier price under all-units).
     */
    averageUnitCost: number;
    /**
     * H in that tier, money per unit per period.
     */
    holdingCost: number;
    /**
     * D × C(Q*) / Q*, money per period.
     */
    purchaseCostPerPeriod: number;
    /**
     * (D / Q*) × S, money per period.
     */
    orderingCostPerPeriod: number;
    /**
     * Holding cost at Q*, money per period.
     */
    holdingCostPerPeriod: number;
    /**
     * Purchase plus ordering plus holding at Q*, money per period.
     */
    totalCost: number;
    /**
     * D / Q*, orders per period.
     */
    ordersPerPeriod: number;
    /**
     * One row per tier, in schedule order.
     */
    candidates: DiscountCandidateResult[];
}

/**
 * The class shares used, as fractions.
 */
export interface AbcCutoffsResult {
    /**
     * Share of class A.
     */
    a: number;
    /**
     * Share of class B.
     */
    b: number;
    /**
     * Share left to class C, 1 − a − b.
     */
    c: number;
}

/**
 * The shares of classes A and B, as fractions; class C gets the rest, 1 − a − b.
 */
export interface AbcCutoffsOptions {
    /**
     * Share of class A, above 0 and at most 1 (0.8 for 80 %).
     */
    a: number;
    /**
     * Share of class B, 0 or more, with a + b at most 1.
     */
    b: number;
}

/**
 * The totals of one class.
 */
export interface AbcClassTotalsResult {
    /**
     * Which class.
     */
    class: AbcClass;
    /**
     * How many items it has (possibly 0).
     */
    itemCount: number;
    /**
     * The sum of its items' annual values, money per year.
     */
    annualValue: number;
    /**
     * annualValue / total value.
     */
    valueShare: number;
    /**
     * itemCount / number of items.
     */
    itemShare: number;
    /**
     * The rank of its first item; absent when it has none.
     */
    firstRank?: number;
    /**
     * The rank of its last item; absent when it has none.
     */
    lastRank?: number;
}

/**
 * What the cutoffs divide: `"value"`, the cumulative share of annual value;
 * `"items"`, the cumulative share of the number of items (in value order).
 */
export type AbcBasis = "value" | "items";


/**
 * ABC analysis: each item's annual value (demand × unit cost), share, rank,
 * cumulative share and class, and the totals per class. Class A is the fewest top
 * items whose cumulative share (of value, or of items) reaches `a`; B the next ones
 * up to `a + b`; C the rest.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (`items[3].unitCost`).
 */
export function abcAnalysis(options: AbcAnalysisOptions): AbcAnalysisResult;

/**
 * Economic order quantity: Q* = √(2DS / H), with its ordering and holding cost per
 * period, orders per period, cycle time and, given a lead time, the reorder point.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function eoq(options: EoqOptions): EoqResult;

/**
 * Ordering, holding and total cost per period over a range of lot sizes, and the cost
 * penalty of each against the EOQ: the data of the classic EOQ cost chart.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.demand`).
 */
export function eoqCostCurve(options: EoqCostCurveOptions): EoqCostCurveResult;

/**
 * Every error code, in the order of the Rust `ErrorCode` enum.
 */
export function errorCodes(): ErrorCode[];

/**
 * Quantity discount model (all-units or incremental): per tier the EOQ and the best
 * order quantity, its purchase, ordering and holding cost per period, and the cheapest
 * of them.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`breaks[2].unitCost`).
 */
export function quantityDiscount(options: QuantityDiscountOptions): QuantityDiscountResult;

/**
 * Purchase, ordering, holding and total cost per period over a range of order
 * quantities under a discount schedule, with each tier's cost curve: the data of the
 * textbook chart of total cost by tier.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.breaks[1].unitCost`).
 */
export function quantityDiscountCostCurve(options: QuantityDiscountCostCurveOptions): QuantityDiscountCostCurveResult;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly abcAnalysis: (a: unknown) => [number, number, number];
    readonly eoq: (a: unknown) => [number, number, number];
    readonly eoqCostCurve: (a: unknown) => [number, number, number];
    readonly errorCodes: () => unknown;
    readonly quantityDiscount: (a: unknown) => [number, number, number];
    readonly quantityDiscountCostCurve: (a: unknown) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
