// Type-level tests of the generated declarations: what should compile does, and what
// should not carries @ts-expect-error (tsc fails if such a line compiles after all).
import {
  eoq,
  eoqBatch,
  reorderPointBatch,
  productionOrderQuantityBatch,
  eoqBackordersBatch,
  kpiScoreBatch,
  abcBatch,
  eoqCostCurve,
  errorCodes,
  type EoqOptions,
  type EoqBatchOptions,
  type EoqBatchResult,
  type ProductionOrderQuantityBatchOptions,
  type EoqBackordersBatchResult,
  type KpiScoreBatchResult,
  type AbcBatchResult,
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

// Lot sizing with finite production (EPQ) and with planned backorders.
import {
  eoqBackorders,
  eoqBackordersCostCurve,
  productionOrderQuantity,
  productionOrderQuantityCostCurve,
  type CostCurveOptions,
  type EoqBackordersOptions,
  type EoqBackordersResult,
  type ProductionOrderQuantityOptions,
  type ProductionOrderQuantityResult,
} from "../../pkg/opscalc.js";

const wheels: ProductionOrderQuantityOptions = { demand: 48000, productionRate: 192000, setupCost: 45, holdingCost: 1 };
const epq: ProductionOrderQuantityResult = productionOrderQuantity({ ...wheels, workingDays: 240 });
const runDays: number | undefined = epq.productionRunTimeDays;
const epqCurve: CostCurveOptions<ProductionOrderQuantityOptions> = { model: wheels, points: 20 };
const setupCosts: number[] = productionOrderQuantityCostCurve(epqCurve).setupCostPerPeriod;

const higley: EoqBackordersOptions = { demand: 2000, orderingCost: 25, holdingRate: 0.2, unitCost: 50, backorderCost: 30 };
const withBackorders: EoqBackordersResult = eoqBackorders(higley);
const shortage: number = withBackorders.maxBackorder;
const backorderCosts: number[] = eoqBackordersCostCurve({ model: higley, minQuantity: 50 }).backorderCostPerPeriod;

// @ts-expect-error the EPQ has a setup cost, not an ordering cost
productionOrderQuantity({ demand: 1, productionRate: 2, orderingCost: 1, holdingCost: 1 });
// @ts-expect-error productionRate is required
productionOrderQuantity({ demand: 1, setupCost: 1, holdingCost: 1 });
// @ts-expect-error backorderCost is required
eoqBackorders({ demand: 1, orderingCost: 1, holdingCost: 1 });
// @ts-expect-error a curve's model is the model's own options
eoqBackordersCostCurve({ model: wheels });
// @ts-expect-error optional results may be undefined
const notCheckedDays: number = withBackorders.cycleTimeDays;

export { epq, runDays, setupCosts, shortage, backorderCosts, notCheckedDays };

// Models under uncertainty: the reorder point, periodic review, newsvendor and its
// demand union, densities and rate conversion.
// (Called through a namespace: this file already has a `reorderPoint` constant above.)
import * as uncertainty from "../../pkg/opscalc.js";
import type { DemandDistribution, LeadTimeVariability, NewsvendorResult, ReorderPointResult } from "../../pkg/opscalc.js";

const rop: ReorderPointResult = uncertainty.reorderPoint({ demandRate: 15, demandSd: 5, leadTime: 2, serviceLevel: 0.9 });
const variability: LeadTimeVariability = rop.variability;
const byFillRate = uncertainty.reorderPoint({ demandRate: 2500, demandSd: 500, leadTime: 2, fillRate: 0.975, orderQuantity: 10000 });
const fillRate: number | undefined = byFillRate.fillRate;
const review = uncertainty.periodicReview({ demandRate: 30, demandSd: 3, reviewPeriod: 7, leadTime: 2, serviceLevel: 0.99, onHand: 71 });
const orderNow: number | undefined = review.orderQuantity;

const cider: DemandDistribution = { distribution: "uniform", min: 300, max: 500 };
const roses: DemandDistribution = { distribution: "discrete", values: [3, 4, 5], probabilities: [0.4, 0.4, 0.2] };
const stocked: NewsvendorResult = uncertainty.newsvendor({ price: 0.8, cost: 0.2, demand: cider });
const table = uncertainty.newsvendor({ underageCost: 3, overageCost: 2, demand: roses }).table;
const profit: number | undefined = uncertainty.newsvendorOutcome({ model: { price: 0.8, cost: 0.2, demand: cider }, quantity: 400 }).expectedProfit;
const bell: number[] = uncertainty.demandDensity({ demand: { distribution: "normal", mean: 350, sd: 10 } }).density;
const daily: number = uncertainty.convertRate({ rate: 8000, fromPeriod: 250, toPeriod: 1 }).rate;

// @ts-expect-error a distribution's fields belong to it: a normal has no min
const mixed: DemandDistribution = { distribution: "normal", mean: 1, sd: 1, min: 0 };
// @ts-expect-error the tag is one of three names
const poisson: DemandDistribution = { distribution: "poisson", mean: 4 };
// @ts-expect-error a uniform needs its max
uncertainty.newsvendor({ underageCost: 1, overageCost: 1, demand: { distribution: "uniform", min: 0 } });
// @ts-expect-error variability is a closed union
const wrongVariability: LeadTimeVariability = "neither";
// @ts-expect-error the table may be absent: it is there for discrete demand only
const firstRow = stocked.table[0];

export { variability, fillRate, orderNow, table, profit, bell, daily, mixed, poisson, wrongVariability, firstRow };

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
const firstCandidate: DiscountCandidateResult | undefined = discount.candidates[0];
const candidateTotal: number | undefined = firstCandidate?.order?.totalCost;
const tierCurves: number[][] = quantityDiscountCostCurve({ model: discountOptions, points: 20 }).tiers.map((tier) => tier.totalCost);
// @ts-expect-error the scheme is a closed union
quantityDiscount({ ...discountOptions, scheme: "bulk" });
// @ts-expect-error a tier needs its unit cost
quantityDiscount({ ...discountOptions, breaks: [{ minQuantity: 0 }] });
// @ts-expect-error an excluded tier has no order, so it may be undefined
const uncheckedOrder: number = firstCandidate.order.quantity;

const abc: AbcAnalysisResult = abcAnalysis({
  items: [{ id: "#10286", annualDemand: 1000, unitCost: 90 }],
  cutoffs: { a: 0.2, b: 0.3 },
  basis: "items",
});
const firstClass: AbcClass | undefined = abc.rows[0]?.class;
// @ts-expect-error ids are strings
abcAnalysis({ items: [{ id: 10286, annualDemand: 1000, unitCost: 90 }] });

export { scheme, candidateTotal, tierCurves, uncheckedOrder, firstClass };

// Capacity, capacity requirement, process flow and Little's law.
import * as capacityModels from "../../pkg/opscalc.js";
import type {
  CapacityResult,
  CapacityRequirementOptions,
  LittlesLawUnknown,
  ProcessFlowResult,
  ProcessTimeUnit,
  StepFlowResult,
} from "../../pkg/opscalc.js";

const bakery: CapacityResult = capacityModels.capacity({ designCapacity: 201600, effectiveCapacity: 175000, actualOutput: 148000 });
const bakeryEfficiency: number = bakery.efficiency;
const secondLine: number | undefined = capacityModels.expectedOutput({ effectiveCapacity: 175000, efficiency: 0.75, designCapacity: 201600 }).utilization;
const copyCenter: CapacityRequirementOptions = {
  products: [{ id: "X", demand: 2000, processingTime: 0.5, setupTime: 0.25, lotSize: 20 }, { demand: 6000, processingTime: 0.7 }],
  availableTime: 2000,
  cushion: 0.15,
};
const machines: number = capacityModels.capacityRequirement(copyCenter).machines;
const setups: number | undefined = capacityModels.capacityRequirement(copyCenter).products[0]?.setups;
const unit: ProcessTimeUnit = "second";
const flow: ProcessFlowResult = capacityModels.processFlow({
  steps: [{ id: "cut", unitTime: 4 }, { id: "sew", capacityPerHour: 12, resources: 2 }],
  demandRate: 10,
  timeUnit: unit,
});
const firstStep: StepFlowResult | undefined = flow.steps[0];
const bottlenecks: string[] = flow.bottlenecks;
const computed: LittlesLawUnknown = capacityModels.littlesLaw({ throughput: 100, flowTime: 4 }).computed;
// @ts-expect-error a step needs an id
capacityModels.processFlow({ steps: [{ unitTime: 4 }] });
// @ts-expect-error the time unit is a closed union
capacityModels.processFlow({ steps: [{ id: "a", unitTime: 4 }], timeUnit: "day" });
function impliedOf(step: StepFlowResult): number {
  // @ts-expect-error the implied utilization is there only with a demand rate
  return step.impliedUtilization;
}
// @ts-expect-error capacity needs the actual output
capacityModels.capacity({ designCapacity: 50, effectiveCapacity: 40 });
// @ts-expect-error the computed quantity is one of three names
const wrongUnknown: LittlesLawUnknown = "inventory";

export { bakeryEfficiency, secondLine, machines, setups, firstStep, bottlenecks, computed, impliedOf, wrongUnknown };

// OEE, productivity and lean flow measures.
import {
  kanbanCount,
  oee,
  processCycleEfficiency,
  productivity,
  type ActivitySpanResult,
  type KanbanCountResult,
  type OeeOptions,
  type OeeResult,
  type ProductivityOptions,
  type ProductivityResult,
} from "../../pkg/opscalc.js";

const vorne: OeeOptions = { plannedProductionTime: 420, downtime: 47, idealRunRate: 60, totalCount: 19271, goodCount: 18848 };
const effectiveness: OeeResult = oee({ ...vorne, calendarTime: 1440 });
const oeeLosses: number[] = [effectiveness.availabilityLoss, effectiveness.performanceLoss, effectiveness.qualityLoss];
const teep: number | undefined = effectiveness.teep;
const collins: ProductivityOptions = {
  periods: [
    { output: 8, inputs: [{ name: "Labour", amount: 32, unitCost: 20 }, { name: "Overhead", cost: 400 }] },
    { output: 14, inputs: [{ name: "Labour", amount: 32, cost: 640 }, { name: "Overhead", cost: 800 }] },
  ],
};
const titles: ProductivityResult = productivity(collins);
const multifactorChange: number | undefined = titles.change?.multifactorProductivity;
const timeline: ActivitySpanResult[] = processCycleEfficiency({ activities: [{ name: "Cut", time: 3, valueAdded: true }] }).activities;
const pce: number = processCycleEfficiency({ valueAddedTime: 15, leadTime: 7200 }).efficiency;
const cards: KanbanCountResult = kanbanCount({ demandRate: 500, leadTime: 2, safetyStock: 250, containerSize: 250 });
const cardCount: number = cards.kanbans;
// @ts-expect-error the ideal speed is a number
oee({ ...vorne, idealRunRate: "60" });
// @ts-expect-error goodCount is required
oee({ plannedProductionTime: 420, downtime: 47, idealCycleTime: 1, totalCount: 10 });
// @ts-expect-error an input needs its name
productivity({ periods: [{ output: 8, inputs: [{ amount: 32 }] }] });
// @ts-expect-error an activity's flag is a boolean
processCycleEfficiency({ activities: [{ name: "Cut", time: 3, valueAdded: "yes" }] });
// @ts-expect-error the change is there for two periods only, so it may be undefined
const uncheckedChange: number = titles.change.output;

export { oeeLosses, teep, multifactorChange, timeline, pce, cardCount, uncheckedChange };

// Break-even analysis.
import {
  breakEven,
  breakEvenCrossover,
  breakEvenMix,
  type BreakEvenCrossoverResult,
  type BreakEvenMixOptions,
  type BreakEvenResult,
  type CrossoverOption,
  type MixBasis,
} from "../../pkg/opscalc.js";

const pies: BreakEvenResult = breakEven({ fixedCost: 6000, unitPrice: 7, variableCost: 2, volume: 1000 });
const pieProfit: number | undefined = pies.atVolume?.profit;
const bistro: BreakEvenMixOptions = {
  fixedCost: 36000,
  products: [{ id: "Sandwich", unitPrice: 5, variableCost: 3, forecastUnits: 9000 }, { unitPrice: 1.5, variableCost: 0.5, forecastUnits: 9000 }],
};
const mixBasis: MixBasis = breakEvenMix(bistro).basis;
const unitsAtBreakEven: number[] = breakEvenMix(bistro).products.map((row) => row.units);
const makeOrBuy: CrossoverOption[] = [{ id: "make", fixedCost: 150000, variableCost: 60 }, { id: "buy", fixedCost: 0, variableCost: 80 }];
const crossover: BreakEvenCrossoverResult = breakEvenCrossover({ options: makeOrBuy, volume: 12000 });
const costLines: number[][] = crossover.chart.totalCost;
const lastRangeEnd: number | undefined = crossover.ranges[crossover.ranges.length - 1]?.toVolume;
// @ts-expect-error the variable cost is required
breakEven({ fixedCost: 1, unitPrice: 2 });
// @ts-expect-error an option needs its id
breakEvenCrossover({ options: [{ fixedCost: 1, variableCost: 1 }] });
// @ts-expect-error the basis is a closed union
const wrongBasis: MixBasis = "unitShare";
// @ts-expect-error the outcome at a volume may be absent
const uncheckedProfit: number = pies.atVolume.profit;

export { pieProfit, mixBasis, unitsAtBreakEven, costLines, lastRangeEnd, wrongBasis, uncheckedProfit };

// Takt time and line balancing.
import {
  balanceLine,
  balanceLineOptimal,
  balanceNumberedLine,
  compareRules,
  lineOutput,
  minimizeCycleTime,
  parseIn2,
  parseTaskTable,
  taktTime,
  scenarioChanges,
  type BalanceLineOptions,
  type BalanceLineResult,
  type BalanceLineOptimalResult,
  type BalanceNumberedLineResult,
  type MinimizeCycleTimeResult,
  type StopReasonName,
  type ChoiceReasonName,
  type CompareRulesResult,
  type PriorityRuleName,
  type TaskOptions,
  type TraceStepResult,
} from "../../pkg/opscalc.js";

const wingTasks: TaskOptions[] = [
  { id: "A", time: 10 },
  { id: "B", time: 11, predecessors: ["A"] },
];
const wingLine: BalanceLineOptions = { tasks: wingTasks, availableTime: 480, demand: 40, rule: "mostFollowers" };
const balanced: BalanceLineResult = balanceLine({ ...wingLine, tieBreak: "shortestTime", trace: true });
const stationTasks: string[][] = balanced.stations.map((station) => station.tasks);
const steps: TraceStepResult[] | undefined = balanced.trace;
const firstReason: ChoiceReasonName | undefined = balanced.trace?.[0]?.reason;
const optimal: BalanceLineOptimalResult = balanceLineOptimal({ tasks: wingTasks, cycleTime: 12, limits: { timeMs: 1000, nodes: 100000 } });
const stopReason: StopReasonName = optimal.stop;
const provenNodes: number = optimal.nodes;
const shortest: MinimizeCycleTimeResult = minimizeCycleTime({ tasks: wingTasks, stations: 2, limits: { timeMs: 1000 } });
const shortestCycle: number = shortest.cycleTime;
const shortestStop: StopReasonName = shortest.stop;
const byCycle = balanceLine({ tasks: wingTasks, cycleTime: 12, rule: "rankedPositionalWeight" });
const numberedLine: BalanceNumberedLineResult = balanceNumberedLine({ times: new Float64Array([10, 11]), precedence: [0, 1], cycleTime: 12, rule: "mostFollowers" });
const assignedOrder: Uint32Array = numberedLine.order;
const stationOfFirst: number | undefined = numberedLine.stationOf[0];
const numberedLoads: Float64Array = numberedLine.stationLoads;
const ruleNames: PriorityRuleName[] = ["longestTime", "earliestAvailable"];
const ranked: CompareRulesResult = compareRules({ tasks: wingTasks, cycleTime: 12, rules: ruleNames });
const bestRank: number | undefined = ranked.outcomes[0]?.rank;
const firstChange: number | undefined = scenarioChanges({ before: [200, 100], after: [250, 90] }).changes[0]?.difference;
const firstRelative: number | undefined = scenarioChanges({ before: [200], after: [250] }).changes[0]?.relative;
const takt: number = taktTime({ availableTime: 480, demand: 40, breaks: 30, shifts: 2 }).taktTime;
const perDay: number = lineOutput({ availableTime: 480, cycleTime: 12 }).output;
const fromTable: TaskOptions[] = parseTaskTable({ text: "A,10,\nB,11,A" }).tasks;
const fromIn2: TaskOptions[] = parseIn2({ text: "1\n5\n-1,-1" }).tasks;

// @ts-expect-error rule names are a closed union
balanceLine({ ...wingLine, rule: "mostFollower" });
// @ts-expect-error the tie-break is a rule name too
balanceLine({ ...wingLine, tieBreak: "longest" });
// @ts-expect-error tasks are required
balanceLine({ cycleTime: 12, rule: "longestTime" });
// @ts-expect-error a task's time is a number
balanceLine({ tasks: [{ id: "A", time: "10" }], cycleTime: 12, rule: "longestTime" });
// @ts-expect-error predecessors are ids, not a single string
balanceLine({ tasks: [{ id: "B", time: 1, predecessors: "A" }], cycleTime: 12, rule: "longestTime" });
// @ts-expect-error numbered tasks have no ids: precedence is pairs of numbers
balanceNumberedLine({ times: [10, 11], precedence: [["A", "B"]], cycleTime: 12, rule: "longestTime" });
// @ts-expect-error the numbered form has no trace
balanceNumberedLine({ times: [10], precedence: [], cycleTime: 12, rule: "longestTime", trace: true });
// @ts-expect-error compareRules takes a list of rules, not one
compareRules({ tasks: wingTasks, cycleTime: 12, rule: "longestTime" });
// @ts-expect-error takt time needs a demand
taktTime({ availableTime: 480 });
// @ts-expect-error minimizeCycleTime needs the number of stations
minimizeCycleTime({ tasks: wingTasks });
// @ts-expect-error the trace is optional and may be undefined
const uncheckedTrace: TraceStepResult[] = balanced.trace;

export { stationTasks, steps, firstReason, byCycle, assignedOrder, stationOfFirst, numberedLoads, bestRank, takt, optimal, stopReason, provenNodes, shortestCycle, shortestStop, firstChange, firstRelative, perDay, fromTable, fromIn2, uncheckedTrace };
// KPI scoring, the balanced-scorecard roll-up and the comparison of two scorecards.
import {
  compareScorecards,
  scoreKpi,
  scorecard,
  type CompareScorecardsResult,
  type KpiDirection,
  type KpiScoreResult,
  type ScorecardLevel,
  type ScorecardOptions,
  type ScorecardPresence,
  type ScorecardResult,
  type ScorecardRollup,
} from "../../pkg/opscalc.js";

const salesScore: KpiScoreResult = scoreKpi({ actual: 90, target: 100, baseline: 50, direction: "higherIsBetter" });
const salesPercent: number | undefined = salesScore.percentOfTarget;
const coverDirection: KpiDirection = "targetRange";
const cover: number = scoreKpi({ actual: 9, min: 5, max: 8, tolerance: 2, direction: coverDirection, cap: 1.2 }).score;
const card: ScorecardOptions = {
  perspectives: [
    {
      id: "financial",
      name: "Financial",
      weight: 40,
      objectives: [{ id: "grow", weight: 1, kpis: [{ id: "sales", weight: 1, actual: 90, target: 100, direction: "higherIsBetter" }] }],
    },
    {
      id: "customer",
      weight: 60,
      objectives: [{ id: "delight", weight: 1, kpis: [{ id: "complaints", weight: 1, target: 10, direction: "lowerIsBetter", clamp: true }] }],
    },
  ],
  rollup: "min",
  thresholds: [0.5],
  statusNames: ["off track", "on track"],
};
const rolled: ScorecardResult = scorecard(card);
const rollup: ScorecardRollup = rolled.rollup;
const firstKpiScore: number | undefined = rolled.perspectives[0]?.objectives[0]?.kpis[0]?.score;
const missingLevels: ScorecardLevel[] = rolled.missing.map((node) => node.level);
const compared: CompareScorecardsResult = compareScorecards({ a: card, b: card });
const presence: ScorecardPresence = compared.nodes[0]?.presence ?? "both";
// @ts-expect-error the direction is required
scoreKpi({ actual: 1, target: 1 });
// @ts-expect-error directions are a closed union
scoreKpi({ actual: 1, target: 1, direction: "up" });
// @ts-expect-error a KPI needs its weight
scorecard({ perspectives: [{ id: "p", weight: 1, objectives: [{ id: "o", weight: 1, kpis: [{ id: "k", target: 1, direction: "binary" }] }] }] });
const totalScore: number = rolled.score;
const uncheckedScore = (perspective: ScorecardResult["perspectives"][number]): number =>
  // @ts-expect-error a node's score may be absent (excluded)
  perspective.score;

export { salesPercent, cover, rollup, firstKpiScore, missingLevels, presence, totalScore, uncheckedScore };
import {
  ahpWeights,
  criticWeights,
  directWeights,
  entropyWeights,
  equalWeights,
  rankWeights,
  type AhpMethod,
  type AhpWeightsOptions,
  type AhpWeightsResult,
  type Direction,
  type InconsistentComparisonResult,
  type RankMethod,
} from "../../pkg/opscalc.js";

const pointWeights: number[] = directWeights({ values: [50, 30, 20] }).weights;
const evenWeights: number[] = equalWeights({ count: 3 }).weights;
const roc: RankMethod = "rankOrderCentroid";
const tiedPositions: number = rankWeights({ ranks: [1, 2, 2, 4], method: roc }).positions[1]!.last;
const judged: AhpWeightsOptions = {
  criteria: ["price", "quality"],
  comparisons: [{ a: "price", b: "quality", value: 3 }],
  method: "geometricMean" satisfies AhpMethod,
  randomIndex: "alonsoLamata",
};
const ahp: AhpWeightsResult = ahpWeights(judged);
const ahpMatrix: number[][] = ahpWeights({ matrix: [[1, 3], [1 / 3, 1]] }).matrix;
const revise: InconsistentComparisonResult | undefined = ahp.mostInconsistent;
const firstPowerStep: number[] | undefined = ahp.trace.iterations[0]?.vector;
const entropyOf: number[] = entropyWeights({ matrix: [[1, 2], [3, 4]] }).entropies;
const cost: Direction = "cost";
const correlations: number[][] = criticWeights({ matrix: [[1, 2], [3, 1]], directions: ["benefit", cost] }).correlations;
// @ts-expect-error the rank method is required
rankWeights({ ranks: [1, 2] });
// @ts-expect-error the AHP method is a closed union
const wrongAhpMethod: AhpMethod = "power";
// @ts-expect-error the most inconsistent comparison may be absent
const uncheckedRow: number = ahp.mostInconsistent.row;

export { pointWeights, evenWeights, tiedPositions, ahpMatrix, revise, firstPowerStep, entropyOf, correlations, wrongAhpMethod, uncheckedRow };

import {
  appraisal,
  goalScore,
  nineBox,
  okrScore,
  type AppraisalOptions,
  type GoalOptions,
  type NineBoxLevel,
  type OkrScoreResult,
} from "../../pkg/opscalc.js";

const salesGoal: GoalOptions = { id: "sales", weight: 60, actual: 90, target: 100, direction: "higherIsBetter" };
const goalRating: number = goalScore({ goals: [salesGoal], bands: [{ from: 0, rating: 1 }, { from: 1, rating: 2, label: "met" }] }).rating;
const goalKpiStatus: string = goalScore({ goals: [salesGoal] }).goals[0]!.kpi.status;
const okr: OkrScoreResult = okrScore({ objectives: [{ id: "o", keyResults: [{ id: "k", start: 0, target: 6, current: 3 }] }], grades: { thresholds: [0.4, 0.7] } });
const sandbagged: boolean = okr.objectives[0]!.sandbagging;
const appraisalReview: AppraisalOptions = { goals: { rating: 4 }, competencies: [{ id: "teamwork", rating: 3.6 }], weights: { goals: 70, competencies: 30 }, scale: { min: 1, max: 5 } };
const overallLabel: string | undefined = appraisal(appraisalReview).label;
const scoredGoals: number | undefined = appraisal({ ...appraisalReview, goals: { goals: [salesGoal] } }).goalScore?.achievement;
const level: NineBoxLevel = nineBox({ people: [{ id: "ana", performance: 4, potential: 3 }], cuts: { performance: [2, 4] } }).people[0]!.performance;
const cellCount: number = nineBox({ people: [{ id: "ana", performance: 4, potential: 3 }] }).cells[8]!.count;
// @ts-expect-error a goal needs its scoreKpi direction
const goalWithoutDirection: GoalOptions = { id: "g", weight: 1, actual: 1, target: 1 };
// @ts-expect-error cuts are pairs
nineBox({ people: [], cuts: { potential: [1, 2, 3] } });
// @ts-expect-error the level is a closed union
const wrongLevel: NineBoxLevel = "medium";

export { goalRating, goalKpiStatus, sandbagged, overallLabel, scoredGoals, level, cellCount, goalWithoutDirection, wrongLevel };
// People: 360-degree feedback and calibration.
import {
  calibrate,
  feedback360,
  type CalibrateOptions,
  type CalibrateResult,
  type CalibrationMethodChoice,
  type Feedback360Options,
  type Feedback360Result,
  type Feedback360Signal,
  type RatingStatsResult,
} from "../../pkg/opscalc.js";

const feedback360Review: Feedback360Options = {
  competencies: [{ id: "listening", name: "Listening" }, { id: "delivery", weight: 2 }],
  responses: [
    { raterGroup: "self", ratings: [{ competency: "listening", value: 4 }] },
    { raterGroup: "manager", ratings: [{ competency: "listening", value: null }, { competency: "delivery", value: 3 }] },
  ],
  minRatersPerGroup: 3,
  exemptGroups: ["manager"],
  scale: { min: 1, max: 5 },
  blindSpotShare: 0.125,
};
const report: Feedback360Result = feedback360(feedback360Review);
const firstSignal: Feedback360Signal | undefined = report.competencies[0]?.signal;
const managerStats: RatingStatsResult | undefined = report.competencies[1]?.groups[1]?.stats;
const raters: number = report.groups[0]?.raters ?? 0;
const suppressedNames: string[] = report.suppressed.map((group) => group.group);
const method: CalibrationMethodChoice = "meanShift";
const ratingsToCalibrate: CalibrateOptions = {
  ratings: [{ employee: "ann", manager: "M", score: 3.5 }],
  method,
  guideline: { bands: [{ label: "low", upTo: 3, share: 0.5 }, { label: "high", share: 0.5 }] },
};
const calibrated: CalibrateResult = calibrate(ratingsToCalibrate);
const afterCounts: number[] = calibrated.after.map((band) => band.count);
// @ts-expect-error a rating's value is a number or null, not a string
feedback360({ competencies: [{ id: "a" }], responses: [{ raterGroup: "self", ratings: [{ competency: "a", value: "4" }] }] });
// @ts-expect-error calibration methods are a closed union
calibrate({ ratings: [], method: "forced" });
// @ts-expect-error the others' mean may be absent
const uncheckedOthers: number = report.competencies[0].othersMean;

export { firstSignal, managerStats, raters, suppressedNames, afterCounts, uncheckedOthers };

// Quality and satisfaction: Six Sigma, process capability, the net promoter score.
import {
  netPromoterScore,
  processCapability,
  sixSigma,
  type NetPromoterScoreOptions,
  type NetPromoterScoreResult,
  type ProcessCapabilityOptions,
  type ProcessCapabilityResult,
  type SixSigmaOptions,
  type SixSigmaResult,
} from "../../pkg/opscalc.js";

const inspection: SixSigmaOptions = { defects: 5, units: 100, opportunitiesPerUnit: 10 };
const defects: SixSigmaResult = sixSigma(inspection);
const dpmo: number = defects.dpmo;
const sigmaLevel: number | undefined = defects.sigmaLevel;
const claims: ProcessCapabilityOptions = { mean: 210, standardDeviation: 0.516, lowerSpec: 207, upperSpec: 213 };
const capability: ProcessCapabilityResult = processCapability(claims);
const cpk: number = capability.cpk;
const oneSided: number | undefined = processCapability({ mean: 8, standardDeviation: 1, upperSpec: 10 }).cp;
const survey: NetPromoterScoreOptions = { promoters: 60, passives: 25, detractors: 15 };
const nps: NetPromoterScoreResult = netPromoterScore(survey);
const npsFromScores: number = netPromoterScore({ scores: [10, 9, 6] }).score;
// @ts-expect-error the sigma level is absent without defects
const uncheckedSigma: number = defects.sigmaLevel;
// @ts-expect-error scores are numbers
netPromoterScore({ scores: ["9"] });
// @ts-expect-error the standard deviation is required
processCapability({ mean: 8, upperSpec: 10 });

export { dpmo, sigmaLevel, cpk, oneSided, nps, npsFromScores, uncheckedSigma };
// Operations measures: inventory turns, delivery performance, cost per unit.
import {
  deliveryPerformance,
  inventoryTurns,
  unitCost,
  type ComponentUnitCostResult,
  type DeliveryPerformanceOptions,
  type DeliveryPerformanceResult,
  type InventoryTurnsOptions,
  type InventoryTurnsResult,
  type UnitCostOptions,
  type UnitCostResult,
} from "../../pkg/opscalc.js";

const jacksPottery: InventoryTurnsOptions = { costOfGoodsSold: 7000000, averageInventory: 350000, weeksPerPeriod: 52, totalAssets: 5000000 };
const turnover: InventoryTurnsResult = inventoryTurns(jacksPottery);
const turns: number = turnover.turns;
const weeksOfSupply: number | undefined = turnover.weeksOfSupply;
const deliveryWeek: DeliveryPerformanceOptions = { orders: 120, onTimeOrders: 108, unitsOrdered: 380000, unitsDelivered: 370440 };
const delivery: DeliveryPerformanceResult = deliveryPerformance(deliveryWeek);
const onTime: number | undefined = delivery.onTimeRate;
const bottleCosts: UnitCostOptions = { units: 370440, costs: [{ id: "material", cost: 60000 }, { id: "labour", cost: 25000 }] };
const perBottle: UnitCostResult = unitCost(bottleCosts);
const material: ComponentUnitCostResult | undefined = perBottle.components[0];
// @ts-expect-error orders are required
deliveryPerformance({ onTimeOrders: 3 });
// @ts-expect-error a cost component is named by `id`
unitCost({ units: 1, costs: [{ name: "labour", cost: 1 }] });
// @ts-expect-error the on-time rate may be absent
const uncheckedRate: number = delivery.onTimeRate;

export { turns, weeksOfSupply, onTime, material, uncheckedRate };

// Batch functions: typed arrays or one number per column in, typed arrays out.
const batchOptions: EoqBatchOptions = { demand: Float64Array.of(1000, 2000), orderingCost: 10, holdingCost: Float64Array.of(0.5, 0.6) };
const batch: EoqBatchResult = eoqBatch(batchOptions);
const batchQuantity: Float64Array = batch.quantity;
const byRateBatch: Float64Array = eoqBatch({ demand: Float64Array.of(1), orderingCost: 1, holdingRate: 0.2, unitCost: Float64Array.of(5) }).totalCost;
// @ts-expect-error a column is a Float64Array or a number, not a plain array
eoqBatch({ demand: [1000, 2000], orderingCost: 10, holdingCost: 0.5 });
// @ts-expect-error the result's columns are typed arrays, not number[]
const notPlain: number[] = batch.ordersPerPeriod;

// reorderPointBatch: Float64Array or number columns in, Float64Array columns out.
const reorderPoints: Float64Array = reorderPointBatch({ demandRate: Float64Array.of(15, 30), demandSd: 5, leadTime: 2, serviceLevel: 0.9 }).reorderPoint;
const safetyStocks: Float64Array = reorderPointBatch({ demandRate: 15, demandSd: Float64Array.of(5), leadTime: 2, leadTimeSd: 0.5, serviceLevel: Float64Array.of(0.95) }).safetyStock;
// @ts-expect-error a plain array is no column
reorderPointBatch({ demandRate: [15, 30], demandSd: 5, leadTime: 2, serviceLevel: 0.9 });
void reorderPoints;
void safetyStocks;

// productionOrderQuantityBatch, eoqBackordersBatch: the same columns; kpiScoreBatch: a
// score Float64Array and a Uint8Array of indexes into the statuses' names.
const epqOptions: ProductionOrderQuantityBatchOptions = { demand: Float64Array.of(48000), productionRate: 192000, setupCost: 45, holdingRate: 0.25, unitCost: 4 };
const runs: Float64Array = productionOrderQuantityBatch(epqOptions).runsPerPeriod;
const shortages: EoqBackordersBatchResult = eoqBackordersBatch({ demand: Float64Array.of(2000), orderingCost: 25, holdingCost: 10, backorderCost: Float64Array.of(30) });
const maxBackorder: Float64Array = shortages.maxBackorder;
const kpis: KpiScoreBatchResult = kpiScoreBatch({ actual: Float64Array.of(90, 60), target: 100, baseline: Float64Array.of(50, 0), direction: "higherIsBetter", cap: 1.2 });
const statusIndex: Uint8Array = kpis.statusIndex;
const firstStatus: string | undefined = kpis.statuses[statusIndex[0] ?? 0];
// @ts-expect-error the direction is one rule for all items, not a column
kpiScoreBatch({ actual: Float64Array.of(1), target: 1, direction: ["binary"] });
// @ts-expect-error status indexes are a Uint8Array, not numbers
const notIndexes: Float64Array = kpis.statusIndex;
// abcBatch: a Uint8Array of indexes into the classes' names, a Uint32Array of ranks.
const abcColumns: AbcBatchResult = abcBatch({ annualDemand: Float64Array.of(1000, 500), unitCost: 2, basis: "items", cutoffs: { a: 0.5, b: 0.3 } });
const ranks: Uint32Array = abcColumns.rank;
const firstBatchClass: string | undefined = abcColumns.classes[abcColumns.class[0] ?? 0];
// @ts-expect-error the items have no ids in a batch
abcBatch({ items: [], annualDemand: Float64Array.of(1), unitCost: 1 });
void ranks;
void firstBatchClass;
void runs;
void maxBackorder;
void firstStatus;
void notIndexes;
