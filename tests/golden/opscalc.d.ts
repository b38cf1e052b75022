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
| "duplicate_id"
| "unknown_id"
| "cycle"
| "too_large"
| "not_reciprocal"
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
 * A KPI of the result: its weights and share of the total, and, when it has an actual
 * value, its score as {@link scoreKpi} gives it.
 */
export interface ScorecardKpiResult {
    /**
     * The KPI's id.
     */
    id: string;
    /**
     * The KPI's name, when given.
     */
    name?: string;
    /**
     * The weight as given.
     */
    weight: number;
    /**
     * The weight over the sum of its scored siblings' weights (0 when excluded).
     */
    normalisedWeight: number;
    /**
     * Whether the KPI has no actual value and is left out.
     */
    excluded: boolean;
    /**
     * ∂total / ∂score: the product of the weights along the path to the total (see
     * {@link ScorecardResult.sensitivity}); 0 when excluded.
     */
    effectiveWeight: number;
    /**
     * effectiveWeight × score: the KPI's share of the total (0 when excluded).
     */
    contribution: number;
    /**
     * The actual value, when given.
     */
    actual?: number;
    /**
     * The score after `cap` or `clamp`, when scored.
     */
    score?: number;
    /**
     * The score before `cap` or `clamp`, when scored.
     */
    rawScore?: number;
    /**
     * The status band's name, when scored.
     */
    status?: string;
    /**
     * The status band's index, 0 = worst, when scored.
     */
    statusIndex?: number;
    /**
     * 100 × actual / target, when scored and the target is not 0.
     */
    percentOfTarget?: number;
    /**
     * Distance from target, positive when better, when scored.
     */
    variance?: number;
    /**
     * The baseline used (higher/lower is better, when scored).
     */
    baseline?: number;
}

/**
 * A band of the rating distribution and the share the guideline expects in it.
 */
export interface GuidelineBandOptions {
    /**
     * The band's name, unique, not empty.
     */
    label: string;
    /**
     * The band takes the scores below this (exclusive) not in an earlier band; required
     * on every band but the last, which takes the rest and has none.
     */
    upTo?: number;
    /**
     * The share of employees expected, 0 to 1; the shares add up to 1.
     */
    share: number;
}

/**
 * A band of the rating scale: achievements from `from` up to the next band's `from`
 * are rated `rating`.
 */
export interface RatingBandOptions {
    /**
     * Where the band starts, as an achievement (1 = on target); ascending.
     */
    from: number;
    /**
     * The rating given (1 to 5 by default); ascending.
     */
    rating: number;
    /**
     * A name for the band, not empty.
     */
    label?: string;
}

/**
 * A cell of the grid and the people in it.
 */
export interface NineBoxCellResult {
    /**
     * The performance level (the column).
     */
    performance: NineBoxLevel;
    /**
     * The potential level (the row).
     */
    potential: NineBoxLevel;
    /**
     * The cell's name: potential low → high rows "Talent risk", "Effective", "Trusted
     * professional"; "Inconsistent player", "Core player", "High performer"; "Rough
     * diamond", "Emerging star", "Star".
     */
    name: string;
    /**
     * How many people are in it.
     */
    count: number;
    /**
     * Their ids, in input order.
     */
    people: string[];
}

/**
 * A closed rating scale: `{ min: 1, max: 5 }` unless given.
 */
export interface RatingScaleOptions {
    /**
     * The lowest rating.
     */
    min: number;
    /**
     * The highest rating, above `min`, at most 1000 points above it.
     */
    max: number;
}

/**
 * A competency (a behaviour) and its rating.
 */
export interface CompetencyOptions {
    /**
     * Unique among the competencies, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * Its weight, 0 or more: give every competency a weight, or none (equal weights).
     */
    weight?: number;
    /**
     * Its rating on the scale; any number on it (a 360-degree average such as 3.6).
     */
    rating: number;
}

/**
 * A competency rated in the 360.
 */
export interface Feedback360CompetencyOptions {
    /**
     * Unique, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * Its weight in the overall scores, 0 or more in any unit; 1 when left out.
     */
    weight?: number;
}

/**
 * A goal rating decided elsewhere.
 */
export interface GoalRatingOptions {
    /**
     * The goal rating, on the scale.
     */
    rating: number;
    /**
     * The bands whose labels name the overall rating (default the five of
     * {@link GoalScoreOptions.bands}); their ratings must lie on the scale.
     */
    bands?: RatingBandOptions[];
}

/**
 * A graded key result.
 */
export interface KeyResultGrade {
    /**
     * The key result's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * (current − start) / (target − start), before clamping.
     */
    progress: number;
    /**
     * The progress clamped to [0, 1].
     */
    score: number;
    /**
     * Its normalised weight within the objective.
     */
    weight: number;
    /**
     * The grade band's name.
     */
    grade: string;
    /**
     * The grade band's index, 0 = worst.
     */
    gradeIndex: number;
}

/**
 * A graded objective.
 */
export interface ObjectiveGrade {
    /**
     * The objective's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * The weighted average of its key results' scores, 0 to 1.
     */
    score: number;
    /**
     * Its normalised weight in the overall grade.
     */
    weight: number;
    /**
     * The grade band's name.
     */
    grade: string;
    /**
     * The grade band's index, 0 = worst.
     */
    gradeIndex: number;
    /**
     * Every key result scored 1: the targets were perhaps not ambitious enough.
     */
    sandbagging: boolean;
    /**
     * Its key results, in input order.
     */
    keyResults: KeyResultGrade[];
}

/**
 * A key result: a value moved from `start` towards `target`.
 */
export interface KeyResultOptions {
    /**
     * Unique across all objectives and key results, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * The value at the start of the period.
     */
    start: number;
    /**
     * The value aimed at, different from `start`; below it for a decreasing key result.
     */
    target: number;
    /**
     * The value now.
     */
    current: number;
    /**
     * Its weight within the objective, 0 or more: give every key result of the
     * objective a weight, or none (equal weights).
     */
    weight?: number;
}

/**
 * A level on one axis of the grid: `"low"`, `"moderate"` or `"high"`.
 */
export type NineBoxLevel = "low" | "moderate" | "high";

/**
 * A node left out for want of a score.
 */
export interface MissingNodeResult {
    /**
     * The node's id.
     */
    id: string;
    /**
     * Its place in the options: "perspectives[0].objectives[1].kpis[2]".
     */
    path: string;
    /**
     * `"kpi"` (no actual), or `"objective"` / `"perspective"` (no scored KPI in it).
     */
    level: ScorecardLevel;
}

/**
 * A person to place.
 */
export interface NineBoxPersonOptions {
    /**
     * Unique, not empty.
     */
    id: string;
    /**
     * The performance rating on the scale (an appraisal's overall rating, say).
     */
    performance: number;
    /**
     * The potential rating on the scale.
     */
    potential: number;
}

/**
 * A person's place in the grid.
 */
export interface NineBoxPlacementResult {
    /**
     * The person's id.
     */
    id: string;
    /**
     * The performance level (the column).
     */
    performance: NineBoxLevel;
    /**
     * The potential level (the row).
     */
    potential: NineBoxLevel;
    /**
     * The cell's index in `cells`: 3 × potential + performance, 0 = low/low, 8 = high/high.
     */
    cell: number;
    /**
     * The cell's name.
     */
    name: string;
}

/**
 * A perspective (Financial, Customer, Internal process, Learning and growth).
 */
export interface PerspectiveOptions {
    /**
     * Unique across the scorecard, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * The perspective's weight in the total, 0 or more.
     */
    weight: number;
    /**
     * Its objectives, 1 to 100.
     */
    objectives: ObjectiveOptions[];
}

/**
 * A perspective of the result.
 */
export interface PerspectiveResult {
    /**
     * The perspective's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * The weight as given.
     */
    weight: number;
    /**
     * The weight over the sum of the scored perspectives' weights (0 when excluded).
     */
    normalisedWeight: number;
    /**
     * Whether no KPI of the perspective has an actual value, so it is left out.
     */
    excluded: boolean;
    /**
     * The roll-up of its scored objectives, when any.
     */
    score?: number;
    /**
     * The status band's name on the scorecard's scale, when scored.
     */
    status?: string;
    /**
     * The status band's index, 0 = worst, when scored.
     */
    statusIndex?: number;
    /**
     * ∂total / ∂score: its normalised weight for a weighted average, 1/n for an
     * average, 1 or 0 for min and max (0 when excluded).
     */
    effectiveWeight: number;
    /**
     * effectiveWeight × score: the perspectives' contributions add up to the total.
     */
    contribution: number;
    /**
     * Its objectives, in input order.
     */
    objectives: ObjectiveResult[];
}

/**
 * A priority rule: which of the tasks that fit to assign next.
 */
export type PriorityRuleName = "longestTime" | "shortestTime" | "mostFollowers" | "fewestFollowers" | "mostImmediateFollowers" | "rankedPositionalWeight" | "earliestAvailable";

/**
 * A range of volumes over which one option is the cheapest.
 */
export interface CheapestRangeResult {
    /**
     * The cheapest option, by its index in `options`.
     */
    option: number;
    /**
     * Where the range starts, units per period (0 for the first).
     */
    fromVolume: number;
    /**
     * Where it ends, units per period; absent for the last range, which has no end.
     */
    toVolume?: number;
}

/**
 * A rated competency.
 */
export interface CompetencyResult {
    /**
     * The competency's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * Its rating.
     */
    rating: number;
    /**
     * Its normalised weight among the competencies.
     */
    weight: number;
    /**
     * weight × rating: its share of the competency rating.
     */
    contribution: number;
}

/**
 * A rater group that is shown.
 */
export interface Feedback360GroupResult {
    /**
     * The group's name.
     */
    group: string;
    /**
     * How many raters (responses) it has.
     */
    raters: number;
    /**
     * Whether it is the self-assessment.
     */
    isSelf: boolean;
    /**
     * Whether it is one of `exemptGroups` (shown whatever its size).
     */
    exempt: boolean;
    /**
     * Its weight as given, with `groupWeights` (not for self).
     */
    weight?: number;
}

/**
 * A rater group withheld for anonymity: its size and ratings are not shown and it takes
 * no part in any figure.
 */
export interface Feedback360SuppressedGroup {
    /**
     * The group's name.
     */
    group: string;
    /**
     * The reason: it has fewer raters than this.
     */
    minRaters: number;
}

/**
 * A rater group's weight in the others' mean.
 */
export interface Feedback360GroupWeightOptions {
    /**
     * A rater group of the responses, not the self group.
     */
    group: string;
    /**
     * 0 or more, in any unit.
     */
    weight: number;
}

/**
 * A scored goal.
 */
export interface GoalResult {
    /**
     * The goal's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * The weight as given.
     */
    weight: number;
    /**
     * weight / Σ weight.
     */
    normalisedWeight: number;
    /**
     * normalisedWeight × kpi.score: the goal's share of the achievement.
     */
    contribution: number;
    /**
     * The goal's score, as {@link scoreKpi} gives it.
     */
    kpi: KpiScoreResult;
}

/**
 * A task that fit in the open station at one step.
 */
export interface TraceCandidateResult {
    /**
     * Its id.
     */
    id: string;
    /**
     * Its time.
     */
    time: number;
    /**
     * Its value under the rule: time, number of followers, positional weight, or the step it became available.
     */
    value: number;
    /**
     * Its value under the tie-break rule.
     */
    tieBreakValue: number;
}

/**
 * A volume where the cheapest option changes.
 */
export interface CrossoverPointResult {
    /**
     * (F_above − F_below) / (V_below − V_above), units per period.
     */
    volume: number;
    /**
     * The total cost of both options there, money per period.
     */
    totalCost: number;
    /**
     * Index of the option cheapest just below this volume (the lower fixed cost).
     */
    below: number;
    /**
     * Index of the option cheapest just above it (the lower variable cost).
     */
    above: number;
}

/**
 * An ABC class.
 */
export type AbcClass = "A" | "B" | "C";

/**
 * An objective and its key results.
 */
export interface OkrObjectiveOptions {
    /**
     * Unique across all objectives and key results, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * Its weight in the overall grade, 0 or more: give every objective a weight, or
     * none (equal weights).
     */
    weight?: number;
    /**
     * 1 to 50 key results.
     */
    keyResults: KeyResultOptions[];
}

/**
 * An objective of the result.
 */
export interface ObjectiveResult {
    /**
     * The objective's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * The weight as given.
     */
    weight: number;
    /**
     * The weight over the sum of its scored siblings' weights (0 when excluded).
     */
    normalisedWeight: number;
    /**
     * Whether no KPI of the objective has an actual value, so it is left out.
     */
    excluded: boolean;
    /**
     * The roll-up of its scored KPIs, when any.
     */
    score?: number;
    /**
     * The status band's name on the scorecard's scale, when scored.
     */
    status?: string;
    /**
     * The status band's index, 0 = worst, when scored.
     */
    statusIndex?: number;
    /**
     * ∂total / ∂score (0 when excluded).
     */
    effectiveWeight: number;
    /**
     * effectiveWeight × score; its KPIs' contributions add up to it.
     */
    contribution: number;
    /**
     * Its KPIs, in input order.
     */
    kpis: ScorecardKpiResult[];
}

/**
 * An objective: a group of KPIs within a perspective.
 */
export interface ObjectiveOptions {
    /**
     * Unique across the scorecard, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * The objective's weight within its perspective, 0 or more.
     */
    weight: number;
    /**
     * Its KPIs, 1 or more (at most 1000 in the whole scorecard).
     */
    kpis: ScorecardKpiOptions[];
}

/**
 * Count, mean, population standard deviation and range of a set of ratings, in rating
 * points.
 */
export interface RatingStatsResult {
    /**
     * How many ratings, 1 or more.
     */
    count: number;
    /**
     * Their mean.
     */
    mean: number;
    /**
     * Their population standard deviation √(Σ (x − mean)² / n): 0 for one rating.
     */
    sd: number;
    /**
     * The lowest rating.
     */
    min: number;
    /**
     * The highest rating.
     */
    max: number;
}

/**
 * Demand in one period, in units, chosen by `distribution`:
 * - `{ distribution: "normal", mean, sd }`: mean 0 or more, standard deviation above 0;
 * - `{ distribution: "uniform", min, max }`: any demand from `min` (0 or more) to
 *   `max` (above `min`) equally likely;
 * - `{ distribution: "discrete", values, probabilities }`: `values` 0 or more, strictly
 *   increasing, at most 10000 of them; `probabilities` one per value, each 0 to 1,
 *   adding up to 1 (within 1e-9).
 */
export type DemandDistribution = { distribution: "normal"; mean: number; sd: number } | { distribution: "uniform"; min: number; max: number } | { distribution: "discrete"; values: number[]; probabilities: number[] };

/**
 * Every option priced at the given volume.
 */
export interface CrossoverAtVolumeResult {
    /**
     * x, units per period, as given.
     */
    volume: number;
    /**
     * Index of the cheapest option there (on a tie, the lower variable cost, then the first listed).
     */
    cheapest: number;
    /**
     * Each option's cost, in the order of `options`.
     */
    options: CrossoverOptionCostResult[];
}

/**
 * How a tier's candidate follows from its EOQ: `"eoq"`, the EOQ lies in the tier;
 * `"raisedToMinimum"`, the EOQ is below the tier, so the candidate is the tier's
 * smallest quantity; `"excluded"`, the EOQ is above the tier, which then has no
 * candidate (the next tier's smallest quantity is cheaper than any in it).
 */
export type CandidateRule = "eoq" | "raisedToMinimum" | "excluded";

/**
 * How much the total moves per unit of one KPI's score.
 */
export interface KpiSensitivityResult {
    /**
     * The KPI's id.
     */
    id: string;
    /**
     * Its place in the options: "perspectives[0].objectives[1].kpis[2]".
     */
    path: string;
    /**
     * ∂total / ∂(KPI score): the product of the weights along the path (normalised
     * weights for a weighted average, 1/n for an average, 1 on the branch a min or max
     * takes and 0 elsewhere).
     */
    effectiveWeight: number;
}

/**
 * How one input's productivity changed from the first period to the second.
 */
export interface FactorChangeResult {
    /**
     * The input's name, found in both periods.
     */
    name: string;
    /**
     * after / before − 1 of output per amount, a fraction (0.75 = +75 %), when both periods give the amount.
     */
    outputPerAmount?: number;
    /**
     * after / before − 1 of output per cost, a fraction, when both periods give the cost.
     */
    outputPerCost?: number;
}

/**
 * How ranks become weights, with n criteria and position p (1 = most important):
 * `"rankSum"` w_p = 2(n + 1 − p)/(n(n + 1)); `"rankReciprocal"` w_p = (1/p)/Σⱼ 1/j;
 * `"rankOrderCentroid"` w_p = (1/n) Σ_{k=p..n} 1/k (Barron & Barrett 1996).
 */
export type RankMethod = "rankSum" | "rankReciprocal" | "rankOrderCentroid";

/**
 * How ratings are moved: `"zScore"` (each manager's mean and spread become the
 * population's: μ + σ (x − mean_m) / sd_m), `"meanShift"` (x − mean_m + μ) or
 * `"none"`.
 */
export type CalibrationMethodChoice = "zScore" | "meanShift" | "none";

/**
 * How the mix was given: `"salesShare"`, as shares of sales revenue; `"forecastUnits"`,
 * as forecast units.
 */
export type MixBasis = "salesShare" | "forecastUnits";

/**
 * How the scores of a node's children make the node's score, at every level:
 * `"weightedAverage"` (the default: Σ wᵢ sᵢ, weights normalised to sum to 1),
 * `"average"` (weights ignored), `"min"` (the weakest child) or `"max"`.
 */
export type ScorecardRollup = "weightedAverage" | "average" | "min" | "max";

/**
 * How the self-rating compares with the others' mean: `"aligned"` (within the
 * threshold), `"blindSpot"` (self higher by more) or `"hiddenStrength"` (self lower
 * by more).
 */
export type Feedback360Signal = "aligned" | "blindSpot" | "hiddenStrength";

/**
 * How the supplier applies the tier prices: `"allUnits"`, every unit of an order pays
 * the price of the tier the order falls in; `"incremental"`, each tier's price
 * applies only to the units inside that tier.
 */
export type DiscountScheme = "allUnits" | "incremental";

/**
 * How the weights are derived from the matrix: `"eigenvector"` (the principal
 * eigenvector, by power iteration; the default) or `"geometricMean"` (normalised row
 * geometric means).
 */
export type AhpMethod = "eigenvector" | "geometricMean";

/**
 * How the weights were found.
 */
export interface AhpTraceResult {
    /**
     * The power iteration's first 50 steps (eigenvector method; empty otherwise).
     */
    iterations: PowerIterationResult[];
    /**
     * How many steps the power iteration ran until no weight moved by more than 1e-12
     * (0 for the geometric mean).
     */
    iterationCount: number;
    /**
     * g_i = (Π_j a_ij)^(1/n), each row's geometric mean (geometric mean method; empty otherwise).
     */
    rowGeometricMeans: number[];
    /**
     * Σg, which each g_i is divided by (geometric mean method).
     */
    geometricMeanTotal?: number;
}

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
 * One KPI of a scorecard: its id and weight, its actual value when measured, and the
 * options of {@link scoreKpi}.
 */
export interface ScorecardKpiOptions {
    /**
     * Unique across the whole scorecard (perspectives, objectives and KPIs share one
     * id space), not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * The KPI's weight within its objective, 0 or more, in any unit (points, percent).
     */
    weight: number;
    /**
     * The measured value; leave it out when not measured yet: the KPI is then listed in
     * `missing` and its siblings' weights renormalised.
     */
    actual?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    target?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    baseline?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    min?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    max?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    tolerance?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    lowerTolerance?: number;
    /**
     * As in {@link ScoreKpiOptions}.
     */
    upperTolerance?: number;
    /**
     * Which way the KPI is good.
     */
    direction: KpiDirection;
    /**
     * The KPI's own status cut points; without them (and `statusNames`) the
     * scorecard's apply.
     */
    thresholds?: number[];
    /**
     * The KPI's own status names, worst first.
     */
    statusNames?: string[];
    /**
     * An upper limit on the score, above 0.
     */
    cap?: number;
    /**
     * Clamp the score to [0, 1]; not with `cap`.
     */
    clamp?: boolean;
}

/**
 * One activity placed on the process's timeline.
 */
export interface ActivitySpanResult {
    /**
     * The activity's name.
     */
    name: string;
    /**
     * Its time, as given.
     */
    time: number;
    /**
     * Whether it adds value.
     */
    valueAdded: boolean;
    /**
     * When it starts: the sum of the times before it.
     */
    start: number;
    /**
     * When it ends: start + time.
     */
    end: number;
    /**
     * time / lead time: its share of the lead time.
     */
    share: number;
}

/**
 * One answer: a competency's rating, or `null` for "not applicable".
 */
export interface Feedback360RatingOptions {
    /**
     * The id of a competency.
     */
    competency: string;
    /**
     * The rating on the scale, or `null` when the rater cannot judge (left out of every
     * figure).
     */
    value: number | null;
}

/**
 * One assignment step.
 */
export interface TraceStepResult {
    /**
     * The station being filled, from 1.
     */
    station: number;
    /**
     * Its time left before this assignment.
     */
    remainingTime: number;
    /**
     * Every available task that fit, best first.
     */
    candidates: TraceCandidateResult[];
    /**
     * The id of the task assigned.
     */
    chosen: string;
    /**
     * Why it was chosen.
     */
    reason: ChoiceReasonName;
}

/**
 * One band of a distribution against the guideline.
 */
export interface CalibrationBandResult {
    /**
     * The band's label.
     */
    label: string;
    /**
     * The upper end (exclusive); absent on the last band.
     */
    upTo?: number;
    /**
     * How many ratings fall in it.
     */
    count: number;
    /**
     * count / number of ratings.
     */
    share: number;
    /**
     * The guideline's share.
     */
    guideline: number;
    /**
     * share − guideline: positive when the band has too many.
     */
    difference: number;
}

/**
 * One component of a period's cost (material, labour, overhead).
 */
export interface CostComponentOptions {
    /**
     * The component's name: a non-empty string, unique in the list.
     */
    id: string;
    /**
     * What it cost over the period, money, 0 or more.
     */
    cost: number;
}

/**
 * One component's part of the cost per unit.
 */
export interface ComponentUnitCostResult {
    /**
     * The component's name.
     */
    id: string;
    /**
     * Its cost over the period, as given.
     */
    cost: number;
    /**
     * cost / units, money per unit.
     */
    unitCost: number;
    /**
     * cost / totalCost, a fraction.
     */
    share: number;
}

/**
 * One employee's rating by their manager.
 */
export interface CalibrationRatingOptions {
    /**
     * The employee, unique, not empty.
     */
    employee: string;
    /**
     * The manager who rated them, not empty.
     */
    manager: string;
    /**
     * The rating, on the scale.
     */
    score: number;
}

/**
 * One goal: the options of {@link scoreKpi} (`actual` is required: every goal is
 * scored) plus an id, a name and a weight.
 */
export interface GoalOptions extends ScoreKpiOptions {
    /**
     * Unique among the goals, not empty.
     */
    id: string;
    /**
     * A display name.
     */
    name?: string;
    /**
     * The goal's weight, 0 or more, in any unit (points, percent); normalised to sum to 1.
     */
    weight: number;
}

/**
 * One input of a period (labour, materials, overhead): give `amount`, `cost`, or both,
 * or `amount` with `unitCost`.
 */
export interface ProductivityFactorOptions {
    /**
     * The input's name: non-empty and unique in its period; it matches the input across periods.
     */
    name: string;
    /**
     * The amount used, in the input's own unit (labour-hours, kilograms).
     */
    amount?: number;
    /**
     * Money per unit of `amount` (a wage an hour): the cost is amount × unitCost.
     */
    unitCost?: number;
    /**
     * What the input cost, money.
     */
    cost?: number;
}

/**
 * One input's productivity in one period.
 */
export interface FactorProductivityResult {
    /**
     * The input's name.
     */
    name: string;
    /**
     * The amount used, in the input's own unit (when given).
     */
    amount?: number;
    /**
     * What it cost, money: given, or amount × unitCost (when known).
     */
    cost?: number;
    /**
     * output / amount: output per unit of the input (when an amount is given).
     */
    outputPerAmount?: number;
    /**
     * output / cost: output per unit of money spent on the input (when its cost is known).
     */
    outputPerCost?: number;
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
 * One judgement: criterion `a` is `value` times as important as criterion `b`
 * (Saaty's scale: 1 equal, 3 moderate, 5 strong, 7 very strong, 9 extreme, 2/4/6/8 in
 * between; 1/3 when `b` is moderately more important).
 */
export interface PairwiseComparisonOptions {
    /**
     * The id of one criterion, from `criteria`.
     */
    a: string;
    /**
     * The id of the other criterion.
     */
    b: string;
    /**
     * a_ab, a positive number.
     */
    value: number;
}

/**
 * One manager's ratings as given.
 */
export interface CalibrationManagerResult {
    /**
     * The manager.
     */
    manager: string;
    /**
     * How many ratings they gave.
     */
    count: number;
    /**
     * Their mean.
     */
    mean: number;
    /**
     * Their population standard deviation.
     */
    sd: number;
    /**
     * Their lowest rating.
     */
    min: number;
    /**
     * Their highest rating.
     */
    max: number;
}

/**
 * One node of the comparison, matched by level and id.
 */
export interface ComparedNodeResult {
    /**
     * The node's id; "" for the total (no node may have it).
     */
    id: string;
    /**
     * The node's name, from `a` when there, else from `b`; "Total" for the total.
     */
    name?: string;
    /**
     * The node's level.
     */
    level: ScorecardLevel;
    /**
     * Its score in `a`, when present and scored there.
     */
    scoreA?: number;
    /**
     * Its score in `b`, when present and scored there.
     */
    scoreB?: number;
    /**
     * scoreB − scoreA, when both are there.
     */
    delta?: number;
    /**
     * Its status in `a`, when scored there.
     */
    statusA?: string;
    /**
     * Its status in `b`, when scored there.
     */
    statusB?: string;
    /**
     * Which scorecards have the node.
     */
    presence: ScorecardPresence;
}

/**
 * One option of {@link breakEvenCrossover}: a process, a machine, a supplier. Its total
 * cost at volume x is fixedCost + variableCost × x.
 */
export interface CrossoverOption {
    /**
     * The option's name ("make", "process A"): a non-empty string, unique in the list.
     */
    id: string;
    /**
     * F: fixed cost, money per period; 0 or more (0 for buying).
     */
    fixedCost: number;
    /**
     * V: cost per unit, money per unit; 0 or more (the price, for buying).
     */
    variableCost: number;
}

/**
 * One option's cost at the given volume.
 */
export interface CrossoverOptionCostResult {
    /**
     * F, money per period.
     */
    fixedCost: number;
    /**
     * V × x, money per period.
     */
    totalVariableCost: number;
    /**
     * F + V × x, money per period.
     */
    totalCost: number;
    /**
     * The total cost above the cheapest option's, money per period (0 for the cheapest and any tie).
     */
    extraCost: number;
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
 * One part (what or how) of the overall rating.
 */
export interface AppraisalPartResult {
    /**
     * The part's rating on the scale.
     */
    rating: number;
    /**
     * The weight as given.
     */
    weight: number;
    /**
     * The weight over the sum of both weights.
     */
    normalisedWeight: number;
    /**
     * normalisedWeight × rating: the part's share of the overall rating.
     */
    contribution: number;
}

/**
 * One period: what it produced and what it used.
 */
export interface ProductivityPeriodOptions {
    /**
     * What the period produced, in units or money.
     */
    output: number;
    /**
     * What it used, 1 to 100 inputs.
     */
    inputs: ProductivityFactorOptions[];
}

/**
 * One power-iteration step: w_k = A w_{k−1} / Σ(A w_{k−1}).
 */
export interface PowerIterationResult {
    /**
     * The step, counting from 1.
     */
    iteration: number;
    /**
     * w_k, normalised to sum 1.
     */
    vector: number[];
    /**
     * The λmax estimate at w_k: the mean of (A w_k)_i / w_k,i.
     */
    lambda: number;
    /**
     * The largest change of a weight from the previous step.
     */
    change: number;
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
 * One product (or service) that uses the machines. Give `setupTime` and `lotSize`
 * together for a product made in lots, or neither.
 */
export interface CapacityProductOptions {
    /**
     * The product's name: when given, a non-empty string, unique in the list.
     */
    id?: string;
    /**
     * D: units needed per period (a year, say).
     */
    demand: number;
    /**
     * p: machine time per unit, in the unit of `availableTime` (hours).
     */
    processingTime: number;
    /**
     * s: time to set up for one lot, in the same unit; 0 or more. Needs `lotSize`.
     */
    setupTime?: number;
    /**
     * Q: units made between two setups. Needs `setupTime`.
     */
    lotSize?: number;
}

/**
 * One product at the break-even point.
 */
export interface MixProductResult {
    /**
     * The product's id (when given).
     */
    id?: string;
    /**
     * P, money per unit, as given.
     */
    unitPrice: number;
    /**
     * V, money per unit, as given.
     */
    variableCost: number;
    /**
     * V / P.
     */
    variableCostRatio: number;
    /**
     * 1 − V / P (negative for a loss leader).
     */
    contributionRatio: number;
    /**
     * P × forecast units, money per period (when the mix is given in forecast units).
     */
    forecastRevenue?: number;
    /**
     * W: the share of sales revenue used, as a fraction (the shares add up to 1).
     */
    salesShare: number;
    /**
     * (1 − V / P) × W.
     */
    weightedContribution: number;
    /**
     * W × BEP$: the product's sales at break-even, money per period.
     */
    revenue: number;
    /**
     * W × BEP$ / P: the product's sales at break-even, units per period.
     */
    units: number;
    /**
     * (1 − V / P) × W × BEP$: the product's contribution at break-even, money per period (they add up to F).
     */
    contribution: number;
}

/**
 * One product of {@link breakEvenMix}. Give its part of the sales as `salesShare` or as
 * `forecastUnits`, the same way for every product.
 */
export interface MixProductOptions {
    /**
     * The product's name; when given, a non-empty string unique in the list.
     */
    id?: string;
    /**
     * P: selling price, money per unit; above 0.
     */
    unitPrice: number;
    /**
     * V: variable cost, money per unit; 0 or more (above the price for a loss leader).
     */
    variableCost: number;
    /**
     * W: the product's share of sales revenue, as a fraction (0.62 = 62 %); the shares must add up to 1 within 0.01.
     */
    salesShare?: number;
    /**
     * Forecast sales, units per period; the revenue shares are then P × units / Σ P × units.
     */
    forecastUnits?: number;
}

/**
 * One rater's answers; raters are anonymous, only their group is known.
 */
export interface Feedback360ResponseOptions {
    /**
     * The rater's group: "self", "manager", "peers", "direct reports", ...
     */
    raterGroup: string;
    /**
     * At most one answer per competency; a competency left out is "not applicable".
     */
    ratings: Feedback360RatingOptions[];
}

/**
 * One rating, calibrated.
 */
export interface CalibratedRatingResult {
    /**
     * The employee.
     */
    employee: string;
    /**
     * The manager.
     */
    manager: string;
    /**
     * The rating as given.
     */
    score: number;
    /**
     * The calibrated rating, clamped to the scale.
     */
    calibrated: number;
    /**
     * With `"zScore"`: (score − manager's mean) / manager's sd, 0 when the manager's
     * ratings do not vary (a single rating).
     */
    z?: number;
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
 * One rule's balance.
 */
export interface RuleOutcomeResult {
    /**
     * The rule.
     */
    rule: PriorityRuleName;
    /**
     * 1 for the best; rules with the same stations and smoothness share a rank.
     */
    rank: number;
    /**
     * Stations used.
     */
    stationCount: number;
    /**
     * Stations above the theoretical minimum.
     */
    stationsAboveMinimum: number;
    /**
     * Σt / (n × c).
     */
    efficiency: number;
    /**
     * 1 − efficiency.
     */
    balanceDelay: number;
    /**
     * Idle time per cycle over all stations.
     */
    idleTime: number;
    /**
     * √Σ(S_max − S_k)².
     */
    smoothnessIndex: number;
    /**
     * The stations.
     */
    stations: StationResult[];
}

/**
 * One shown group's ratings of one competency.
 */
export interface Feedback360GroupRatings {
    /**
     * The group's name.
     */
    group: string;
    /**
     * Count, mean, sd and range: the group's agreement. Absent when all its raters
     * answered "not applicable", or when the answers are withheld.
     */
    stats?: RatingStatsResult;
    /**
     * True when fewer raters than the minimum answered this competency, so that their
     * answers are withheld for anonymity and count in no figure (never for self or an
     * exempt group).
     */
    withheld: boolean;
}

/**
 * One step of a process, in the order it happens.
 */
export interface LeanActivityOptions {
    /**
     * What happens ("wait for credit check", "machine the part"): a non-empty string.
     */
    name: string;
    /**
     * How long it takes, in the call's time unit, 0 or more.
     */
    time: number;
    /**
     * Whether it adds value the customer would pay for; waiting, moving, inspecting and rework do not.
     */
    valueAdded: boolean;
}

/**
 * One step of the process. Give exactly one of `unitTime` and `capacityPerHour`.
 */
export interface ProcessStepOptions {
    /**
     * The step's name in the process: a non-empty string, unique in the list.
     */
    id: string;
    /**
     * A longer description, for display.
     */
    name?: string;
    /**
     * p: time one resource takes per unit (activity time), in `timeUnit`.
     */
    unitTime?: number;
    /**
     * Units one resource makes per hour.
     */
    capacityPerHour?: number;
    /**
     * m: resources working in parallel at this step (machines, workers): a whole
     * number, 1 or more (default 1).
     */
    resources?: number;
}

/**
 * One step's figures.
 */
export interface StepFlowResult {
    /**
     * The step's id.
     */
    id: string;
    /**
     * The step's name, when given.
     */
    name?: string;
    /**
     * m, as given (1 by default).
     */
    resources: number;
    /**
     * p: time one resource takes per unit, in `timeUnit` (given, or timeUnitsPerHour / capacity per resource).
     */
    unitTime: number;
    /**
     * m / p, units per hour (p in hours): the step's capacity.
     */
    capacityPerHour: number;
    /**
     * Whether the step's capacity is the process capacity (all tied steps are).
     */
    isBottleneck: boolean;
    /**
     * throughputPerHour / capacityPerHour: the share of the step's capacity in use, from 0 to 1.
     */
    utilization: number;
    /**
     * demandRate / capacityPerHour (when `demandRate` is given): above 1 when the step cannot keep up.
     */
    impliedUtilization?: number;
    /**
     * Whether the implied utilization is above 1 (false without demand).
     */
    cannotKeepUp: boolean;
}

/**
 * One task of the line.
 */
export interface TaskOptions {
    /**
     * The task's name ("A", "10"); unique, not empty.
     */
    id: string;
    /**
     * How long it takes, in the unit of the cycle time; above zero.
     */
    time: number;
    /**
     * The ids of the tasks that must be done before it (default none).
     */
    predecessors?: string[];
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
 * One value of a discrete demand distribution, with its running total.
 */
export interface DemandTableRow {
    /**
     * The demand, units.
     */
    value: number;
    /**
     * P(D = value).
     */
    probability: number;
    /**
     * P(D ≤ value).
     */
    cumulative: number;
}

/**
 * One workstation.
 */
export interface StationResult {
    /**
     * The ids of its tasks, in the order assigned.
     */
    tasks: string[];
    /**
     * The sum of its task times.
     */
    load: number;
    /**
     * Cycle time minus load.
     */
    idleTime: number;
}

/**
 * Options of a lot-size model's cost curve: the model, as its own function takes it,
 * and which lot sizes to evaluate.
 */
export interface CostCurveOptions<M> {
    /**
     * The model, with the same options as the model's own function.
     */
    model: M;
    /**
     * Smallest lot size, units (default Q* / 5; a discount curve starts below its smallest candidate).
     */
    minQuantity?: number;
    /**
     * Largest lot size, units (default 3 × Q*; a discount curve reaches past its largest candidate).
     */
    maxQuantity?: number;
    /**
     * Number of evenly spaced lot sizes, 2 to 10000 (default 101; a discount curve adds its price breaks).
     */
    points?: number;
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
 * Options of {@link abcBatch}: the items of {@link abcAnalysis} as columns, without ids
 * (an item is its position): each a `Float64Array` with one value per item or a number
 * for every item (at least one a `Float64Array`, both of the same length).
 */
export interface AbcBatchOptions {
    /**
     * Units used per year (or any period, the same for every item), 0 or more.
     */
    annualDemand: Float64Array | number;
    /**
     * Cost of one unit, money, 0 or more.
     */
    unitCost: Float64Array | number;
    /**
     * The classes' shares: default { a: 0.8, b: 0.15 } by value, { a: 0.2, b: 0.3 } by items.
     */
    cutoffs?: AbcCutoffsOptions;
    /**
     * What the cutoffs divide (default `"value"`).
     */
    basis?: AbcBasis;
}

/**
 * Options of {@link ahpWeights}: give either `matrix`, or `criteria` and `comparisons`.
 */
export interface AhpWeightsOptions {
    /**
     * The pairwise comparison matrix A, n × n (1 ≤ n ≤ 15): positive, diagonal 1,
     * reciprocal (a_ji = 1/a_ij; entries written to 3 significant digits, such as 0.333,
     * pass). Row i, column j: how many times as important criterion i is as j.
     */
    matrix?: number[][];
    /**
     * The criteria's ids (1 to 15, unique), with `comparisons`.
     */
    criteria?: string[];
    /**
     * Every pair of `criteria` compared exactly once, in either order.
     */
    comparisons?: PairwiseComparisonOptions[];
    /**
     * `"eigenvector"` (default) or `"geometricMean"`.
     */
    method?: AhpMethod;
    /**
     * `"saaty"` (default) or `"alonsoLamata"`.
     */
    randomIndex?: RandomIndexTable;
    /**
     * CR below this is consistent: positive, 0.1 by default.
     */
    consistencyThreshold?: number;
}

/**
 * Options of {@link appraisal}.
 */
export interface AppraisalOptions {
    /**
     * What was achieved.
     */
    goals: AppraisalGoalsOptions;
    /**
     * How: 1 to 100 competencies.
     */
    competencies: CompetencyOptions[];
    /**
     * The weights of what and how.
     */
    weights: AppraisalWeightsOptions;
    /**
     * The rating scale: default 1 to 5.
     */
    scale?: RatingScaleOptions;
}

/**
 * Options of {@link balanceLineOptimal}. Give the cycle time, or the available time and
 * demand it comes from. Times in one unit.
 */
export interface BalanceLineOptimalOptions {
    /**
     * The tasks, with their times and immediate predecessors.
     */
    tasks: TaskOptions[];
    /**
     * The time each station has for one unit.
     */
    cycleTime?: number;
    /**
     * Production time in the period (with `demand`, instead of `cycleTime`).
     */
    availableTime?: number;
    /**
     * Units required in the period (with `availableTime`).
     */
    demand?: number;
    /**
     * When to stop: a time and/or node limit; without, it runs until it proves the optimum.
     */
    limits?: SearchLimitsOptions;
}

/**
 * Options of {@link balanceLine}. Give the cycle time, or the available time and demand
 * it comes from (takt time = availableTime / demand). Times in one unit.
 */
export interface BalanceLineOptions {
    /**
     * The tasks, with their times and immediate predecessors.
     */
    tasks: TaskOptions[];
    /**
     * The time each station has for one unit.
     */
    cycleTime?: number;
    /**
     * Production time in the period (with `demand`, instead of `cycleTime`).
     */
    availableTime?: number;
    /**
     * Units required in the period (with `availableTime`).
     */
    demand?: number;
    /**
     * How to choose among the tasks that fit.
     */
    rule: PriorityRuleName;
    /**
     * How to choose among tasks the rule ranks equal (default `"longestTime"`); then the lowest id.
     */
    tieBreak?: PriorityRuleName;
    /**
     * Whether to record every step (default: for up to 1000 tasks; at most 2000).
     */
    trace?: boolean;
}

/**
 * Options of {@link balanceNumberedLine}: tasks numbered 0 to n − 1. Give the cycle
 * time, or the available time and demand it comes from. Times in one unit.
 */
export interface BalanceNumberedLineOptions {
    /**
     * Task `i` takes `times[i]`; each above zero (at most 20000 tasks).
     */
    times: Float64Array | number[];
    /**
     * Precedence relations as pairs one after the other: task `precedence[2k]` must be
     * done before task `precedence[2k + 1]` starts (`[0, 1, 0, 2]`: 0 before 1 and 2).
     */
    precedence: Float64Array | number[];
    /**
     * The time each station has for one unit.
     */
    cycleTime?: number;
    /**
     * Production time in the period (with `demand`, instead of `cycleTime`).
     */
    availableTime?: number;
    /**
     * Units required in the period (with `availableTime`).
     */
    demand?: number;
    /**
     * The priority rule.
     */
    rule: PriorityRuleName;
    /**
     * Rule for ties (default longestTime); remaining ties go to the lowest number.
     */
    tieBreak?: PriorityRuleName;
}

/**
 * Options of {@link breakEvenCrossover}. Money and volumes share one period.
 */
export interface BreakEvenCrossoverOptions {
    /**
     * The options to compare, 2 to 100 of them.
     */
    options: CrossoverOption[];
    /**
     * A volume to price every option at, units per period, above 0: gives `atVolume`.
     */
    volume?: number;
}

/**
 * Options of {@link breakEvenMix}. Money and units share one period.
 */
export interface BreakEvenMixOptions {
    /**
     * F: fixed cost of all products together, money per period; 0 or more.
     */
    fixedCost: number;
    /**
     * The products, 1 to 1000 of them.
     */
    products: MixProductOptions[];
}

/**
 * Options of {@link breakEven}. Money and volumes share one period (a month, a year).
 */
export interface BreakEvenOptions {
    /**
     * F: costs that do not change with volume (rent, leases, salaries), money per period; 0 or more.
     */
    fixedCost: number;
    /**
     * P: selling price, money per unit; above 0.
     */
    unitPrice: number;
    /**
     * V: cost each unit adds (materials, direct labour), money per unit; 0 or more and below the price.
     */
    variableCost: number;
    /**
     * An expected volume, units per period, above 0: gives `atVolume` (profit, margin of safety).
     */
    volume?: number;
    /**
     * A profit to aim for, money per period, 0 or more: gives `target` (the volume that earns it).
     */
    targetProfit?: number;
}

/**
 * Options of {@link calibrate}.
 */
export interface CalibrateOptions {
    /**
     * 1 to 10 000 ratings.
     */
    ratings: CalibrationRatingOptions[];
    /**
     * `"zScore"` by default.
     */
    method?: CalibrationMethodChoice;
    /**
     * The rating scale: 1 to 5 by default. Calibrated ratings are clamped to it.
     */
    scale?: RatingScaleOptions;
    /**
     * The bands and expected shares. By default five bands around five equally spaced
     * points of the scale (1, 2, 3, 4, 5 on 1 to 5; a score goes to the nearest, halves
     * up) expecting 10 %, 20 %, 40 %, 20 %, 10 %.
     */
    guideline?: CalibrationGuidelineOptions;
}

/**
 * Options of {@link capacityRequirement}. Demand is per one period (a year, say);
 * processing, setup and available times share one time unit (hours, say).
 */
export interface CapacityRequirementOptions {
    /**
     * The products, 1 to 10000 of them.
     */
    products: CapacityProductOptions[];
    /**
     * N: time one machine is available per period (2000 hours for one 8-hour shift on 250 days).
     */
    availableTime: number;
    /**
     * C: the share of each machine's time to hold in reserve, a fraction from 0 up to
     * (not including) 1 (0.15 for 15 %); default 0.
     */
    cushion?: number;
}

/**
 * Options of {@link capacity}: three outputs of one process over one period, in the same
 * units (rolls a week, trucks a day).
 */
export interface CapacityOptions {
    /**
     * The most the process could make in ideal conditions, units per period.
     */
    designCapacity: number;
    /**
     * What it can be expected to make after planned allowances (product mix,
     * scheduling, maintenance, quality), units per period; at most `designCapacity`.
     */
    effectiveCapacity: number;
    /**
     * What it did make, units per period: 0 or more, at most `designCapacity` (it may
     * exceed `effectiveCapacity`).
     */
    actualOutput: number;
}

/**
 * Options of {@link compareRules}. Give the cycle time, or the available time and demand.
 */
export interface CompareRulesOptions {
    /**
     * The tasks.
     */
    tasks: TaskOptions[];
    /**
     * The time each station has for one unit.
     */
    cycleTime?: number;
    /**
     * Production time in the period (with `demand`, instead of `cycleTime`).
     */
    availableTime?: number;
    /**
     * Units required in the period (with `availableTime`).
     */
    demand?: number;
    /**
     * The rules to compare, each once (default: all seven).
     */
    rules?: PriorityRuleName[];
    /**
     * The tie-break used with every rule (default `"longestTime"`).
     */
    tieBreak?: PriorityRuleName;
}

/**
 * Options of {@link compareScorecards}: two scorecards (two periods, two units).
 */
export interface CompareScorecardsOptions {
    /**
     * The first scorecard (the earlier period, say).
     */
    a: ScorecardOptions;
    /**
     * The second scorecard.
     */
    b: ScorecardOptions;
}

/**
 * Options of {@link convertRate}: a rate per one period, and the lengths of that period
 * and of the period wanted in any one unit (working days: a year of 250, a week of 5,
 * a day of 1).
 */
export interface ConvertRateOptions {
    /**
     * The rate per `fromPeriod` (demand, say: units per period).
     */
    rate: number;
    /**
     * Standard deviation of the amount in one `fromPeriod`, 0 or more.
     */
    sd?: number;
    /**
     * Length of the period the rate is given per (250 for a year of 250 working days).
     */
    fromPeriod: number;
    /**
     * Length of the period wanted, in the same unit (1 for a day).
     */
    toPeriod: number;
}

/**
 * Options of {@link criticWeights}.
 */
export interface CriticWeightsOptions {
    /**
     * The decision matrix: one row per alternative (2 to 10,000), one column per
     * criterion (1 to 100), finite numbers.
     */
    matrix: number[][];
    /**
     * One direction per column; all `"benefit"` when left out.
     */
    directions?: Direction[];
}

/**
 * Options of {@link deliveryPerformance}: the orders of one period and the measures
 * known; at least one of `onTimeOrders`, `completeOrders`, or `unitsOrdered` with
 * `unitsDelivered`.
 */
export interface DeliveryPerformanceOptions {
    /**
     * Orders due in the period, a whole number, 1 or more.
     */
    orders: number;
    /**
     * Of them, those delivered on or before the date promised; at most `orders`.
     */
    onTimeOrders?: number;
    /**
     * Of them, those delivered complete; at most `orders`.
     */
    completeOrders?: number;
    /**
     * Units ordered over the period, above 0; with `unitsDelivered`.
     */
    unitsOrdered?: number;
    /**
     * Of them, the units delivered, 0 or more, at most `unitsOrdered`; with `unitsOrdered`.
     */
    unitsDelivered?: number;
}

/**
 * Options of {@link demandDensity}.
 */
export interface DemandDensityOptions {
    /**
     * The distribution to draw.
     */
    demand: DemandDistribution;
}

/**
 * Options of {@link directWeights}.
 */
export interface DirectWeightsOptions {
    /**
     * Any non-negative numbers (points, percentages), 1 to 10,000 of them, not all 0.
     */
    values: number[];
}

/**
 * Options of {@link entropyWeights}.
 */
export interface EntropyWeightsOptions {
    /**
     * The decision matrix: one row per alternative (2 to 10,000), one column per
     * criterion (1 to 100), non-negative numbers, each column with a value above 0.
     */
    matrix: number[][];
}

/**
 * Options of {@link eoqBackordersBatch}: each a `Float64Array` with one value per item,
 * or a number for every item; at least one must be a `Float64Array`, and all arrays
 * have the same length. Give the holding cost either as `holdingCost`, or as
 * `holdingRate` with `unitCost`.
 */
export interface EoqBackordersBatchOptions {
    /**
     * D: demand, units per period.
     */
    demand: Float64Array | number;
    /**
     * S: cost of placing one order, money per order.
     */
    orderingCost: Float64Array | number;
    /**
     * H: cost of holding one unit for one period, money per unit per period.
     */
    holdingCost?: Float64Array | number;
    /**
     * Holding cost as a share of the unit cost per period (0.25 for 25 %); needs `unitCost`.
     */
    holdingRate?: Float64Array | number;
    /**
     * Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
     */
    unitCost?: Float64Array | number;
    /**
     * B: cost of keeping one unit backordered for one period, money per unit per period.
     */
    backorderCost: Float64Array | number;
}

/**
 * Options of {@link eoqBackordersCostCurve}: the backorder model (as for
 * {@link eoqBackorders}) and which lot sizes to evaluate.
 */
export type EoqBackordersCostCurveOptions = CostCurveOptions<EoqBackordersOptions>;

/**
 * Options of {@link eoqBackorders}. All rates share one planning period (a year, say).
 * Give the holding cost either as `holdingCost`, or as `holdingRate` with `unitCost`.
 */
export interface EoqBackordersOptions {
    /**
     * D: demand, units per period.
     */
    demand: number;
    /**
     * S: cost of placing one order, money per order.
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
     * B: cost of keeping one unit backordered for one period, money per unit per period.
     */
    backorderCost: number;
    /**
     * Working days in one period (e.g. 250 a year); gives the `...Days` results and `dailyDemand`.
     */
    workingDays?: number;
}

/**
 * Options of {@link eoqBatch}: each a `Float64Array` with one value per item, or a
 * number for every item; at least one must be a `Float64Array`, and all arrays have
 * the same length. Give the holding cost either as `holdingCost`, or as
 * `holdingRate` with `unitCost`.
 */
export interface EoqBatchOptions {
    /**
     * D: demand, units per period.
     */
    demand: Float64Array | number;
    /**
     * S: cost of placing one order, money per order.
     */
    orderingCost: Float64Array | number;
    /**
     * H: cost of holding one unit for one period, money per unit per period.
     */
    holdingCost?: Float64Array | number;
    /**
     * Holding cost as a share of the unit cost per period (0.25 for 25 %); needs `unitCost`.
     */
    holdingRate?: Float64Array | number;
    /**
     * Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
     */
    unitCost?: Float64Array | number;
}

/**
 * Options of {@link eoqCostCurve}: the EOQ model (as for {@link eoq}) and which lot sizes
 * to evaluate.
 */
export type EoqCostCurveOptions = CostCurveOptions<EoqOptions>;

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
 * Options of {@link equalWeights}.
 */
export interface EqualWeightsOptions {
    /**
     * n: how many criteria, a whole number from 1 to 10,000.
     */
    count: number;
}

/**
 * Options of {@link expectedOutput}.
 */
export interface ExpectedOutputOptions {
    /**
     * Effective capacity, units per period.
     */
    effectiveCapacity: number;
    /**
     * The efficiency expected, as a fraction (0.75 for 75 %); above 0, and may exceed 1.
     */
    efficiency: number;
    /**
     * Design capacity, units per period; gives `utilization`.
     */
    designCapacity?: number;
}

/**
 * Options of {@link feedback360}.
 */
export interface Feedback360Options {
    /**
     * 1 to 100 competencies.
     */
    competencies: Feedback360CompetencyOptions[];
    /**
     * 1 to 10 000 responses, one per rater.
     */
    responses: Feedback360ResponseOptions[];
    /**
     * Weights of the rater groups in the others' mean (the mean of the group means,
     * weighted); every shown group but self then needs one. Without them every rater
     * counts once (the pooled mean).
     */
    groupWeights?: Feedback360GroupWeightOptions[];
    /**
     * The fewest raters a group needs to be shown, 1 or more: 3 by default.
     */
    minRatersPerGroup?: number;
    /**
     * Groups shown whatever their size: `["manager"]` by default.
     */
    exemptGroups?: string[];
    /**
     * The rating scale: 1 to 5 by default.
     */
    scale?: RatingScaleOptions;
    /**
     * A gap beyond this share of the scale's span (max − min) is a blind spot or a
     * hidden strength, 0 to 1: 0.125 by default (half a point on 1 to 5).
     */
    blindSpotShare?: number;
    /**
     * The self-assessment's group, one response at most: "self" by default.
     */
    selfGroup?: string;
}

/**
 * Options of {@link goalScore}.
 */
export interface GoalScoreOptions {
    /**
     * 1 to 100 goals.
     */
    goals: GoalOptions[];
    /**
     * How the achievement becomes a rating, 1 to 20 bands with ascending `from` and
     * `rating`; an achievement below the first `from` takes the first band. Default:
     * below 0.6 → 1 "Unsatisfactory", 0.6 → 2 "Needs improvement", 0.8 → 3 "Meets
     * expectations", 1.0 → 4 "Exceeds expectations", 1.2 → 5 "Outstanding".
     */
    bands?: RatingBandOptions[];
}

/**
 * Options of {@link inventoryTurns}: money valued at cost, over one period (a year, say).
 */
export interface InventoryTurnsOptions {
    /**
     * Cost of goods sold over the period, money per period.
     */
    costOfGoodsSold: number;
    /**
     * Average inventory over the period valued at cost (raw material, work in process,
     * finished goods), money: often (opening + closing) / 2.
     */
    averageInventory: number;
    /**
     * Days in the period (365 a calendar year, 250 working days): gives `daysOfSupply`.
     */
    daysPerPeriod?: number;
    /**
     * Weeks in the period (52 a year): gives `weeksOfSupply`.
     */
    weeksPerPeriod?: number;
    /**
     * Total assets, money, at least `averageInventory`: gives `inventoryShareOfAssets`.
     */
    totalAssets?: number;
}

/**
 * Options of {@link kanbanCount}. The demand rate and the lead time share one time
 * unit (a day, an hour). Give the safety margin as `safetyStock` (Heizer & Render),
 * as `safetyFactor` (Stevenson), or not at all.
 */
export interface KanbanCountOptions {
    /**
     * d: demand, units per time unit.
     */
    demandRate: number;
    /**
     * L: the time a container takes to go round its loop (waiting, moving, processing), in time units.
     */
    leadTime: number;
    /**
     * SS: safety stock, units.
     */
    safetyStock?: number;
    /**
     * X: safety factor, a fraction of demand during the lead time (0.1 for 10 %).
     */
    safetyFactor?: number;
    /**
     * C: units one container holds.
     */
    containerSize: number;
}

/**
 * Options of {@link kpiScoreBatch}: the fields of {@link ScoreKpiOptions}, with
 * `actual` and the rule's numbers each a `Float64Array` with one value per item or a
 * number for every item (at least one a `Float64Array`, all arrays of the same length);
 * `direction`, `cap`, `clamp`, `thresholds` and `statusNames` hold for every item.
 */
export interface KpiScoreBatchOptions {
    /**
     * The measured values.
     */
    actual: Float64Array | number;
    /**
     * The values aimed at: required except for `"targetRange"`, where they are optional
     * ideals inside [min, max].
     */
    target?: Float64Array | number;
    /**
     * The values that score 0 (higher/lower is better only): default 0 when higher is
     * better, 2 × target when lower is better.
     */
    baseline?: Float64Array | number;
    /**
     * The lowest value of the band (`"targetRange"` only, required there).
     */
    min?: Float64Array | number;
    /**
     * The highest value of the band, at least `min` (`"targetRange"` only, required there).
     */
    max?: Float64Array | number;
    /**
     * How far outside the band the score reaches 0, on both sides (`"targetRange"` only; above 0).
     */
    tolerance?: Float64Array | number;
    /**
     * How far below `min` the score reaches 0 (overrides `tolerance`).
     */
    lowerTolerance?: Float64Array | number;
    /**
     * How far above `max` the score reaches 0 (overrides `tolerance`).
     */
    upperTolerance?: Float64Array | number;
    /**
     * Which way the KPI is good, for every item.
     */
    direction: KpiDirection;
    /**
     * Ascending cut points on the score between status bands: default [0.7, 0.9]; at most 9.
     */
    thresholds?: number[];
    /**
     * The bands' names, worst first, one more than `thresholds`: default ["red", "amber", "green"].
     */
    statusNames?: string[];
    /**
     * An upper limit on every score, above 0 (1.2 to count at most 120 %).
     */
    cap?: number;
    /**
     * Clamp every score to [0, 1] (default false); not with `cap`.
     */
    clamp?: boolean;
}

/**
 * Options of {@link lineOutput}. Times in one unit.
 */
export interface LineOutputOptions {
    /**
     * Time available in one shift.
     */
    availableTime: number;
    /**
     * The line's cycle time, in the same unit.
     */
    cycleTime: number;
    /**
     * Breaks within one shift (default 0).
     */
    breaks?: number;
    /**
     * Shifts in the period (default 1).
     */
    shifts?: number;
}

/**
 * Options of {@link littlesLaw}: exactly two of the three. Throughput and flow time
 * share one time unit (days, say).
 */
export interface LittlesLawOptions {
    /**
     * I: average work in process (inventory), units; 0 or more.
     */
    wip?: number;
    /**
     * R: average throughput (flow rate), units per time unit; 0 or more (above 0 to compute the flow time).
     */
    throughput?: number;
    /**
     * T: average flow time, in the time unit of the throughput; 0 or more (above 0 to compute the throughput).
     */
    flowTime?: number;
}

/**
 * Options of {@link minimizeCycleTime}. Times in one unit, with at most 9 decimal places.
 */
export interface MinimizeCycleTimeOptions {
    /**
     * The tasks, with their times and immediate predecessors.
     */
    tasks: TaskOptions[];
    /**
     * The most stations the line may have; a whole number, at least 1.
     */
    stations: number;
    /**
     * When to stop: a time and/or node limit; without, it runs until it proves the optimum.
     */
    limits?: SearchLimitsOptions;
}

/**
 * Options of {@link netPromoterScore}: either `scores`, or the three counts
 * `promoters`, `passives` and `detractors`.
 */
export interface NetPromoterScoreOptions {
    /**
     * Each respondent's answer to "how likely are you to recommend us?", a whole
     * number from 0 to 10; 1 to 1,000,000 of them.
     */
    scores?: number[];
    /**
     * Respondents who answered 9 or 10.
     */
    promoters?: number;
    /**
     * Respondents who answered 7 or 8.
     */
    passives?: number;
    /**
     * Respondents who answered 0 to 6.
     */
    detractors?: number;
}

/**
 * Options of {@link newsvendorOutcome}: the model and the quantity to evaluate.
 */
export interface NewsvendorOutcomeOptions {
    /**
     * The newsvendor model, as for {@link newsvendor}.
     */
    model: NewsvendorOptions;
    /**
     * Q: the quantity stocked, units (0 or more).
     */
    quantity: number;
}

/**
 * Options of {@link newsvendor}: the costs, in one of two forms, and demand in the one
 * period. Give either `underageCost` with `overageCost`, or `price` with `cost` (and
 * `salvage`, 0 when omitted).
 */
export interface NewsvendorOptions {
    /**
     * Cu: cost of one unit of demand not met (lost margin), money per unit.
     */
    underageCost?: number;
    /**
     * Co: cost of one unit left over at the end of the period, money per unit.
     */
    overageCost?: number;
    /**
     * Selling price, money per unit (above `cost`); Cu = price − cost.
     */
    price?: number;
    /**
     * Purchase cost, money per unit (above `salvage`); Co = cost − salvage.
     */
    cost?: number;
    /**
     * What a unit left over fetches, money per unit (0 or more; default 0).
     */
    salvage?: number;
    /**
     * Demand in the period.
     */
    demand: DemandDistribution;
}

/**
 * Options of {@link nineBox}.
 */
export interface NineBoxOptions {
    /**
     * 1 to 10 000 people.
     */
    people: NineBoxPersonOptions[];
    /**
     * The cut points of each axis.
     */
    cuts?: NineBoxCutsOptions;
    /**
     * The rating scale of both axes: default 1 to 5.
     */
    scale?: RatingScaleOptions;
}

/**
 * Options of {@link oee}. Every time is in one unit, whichever you choose (minutes,
 * seconds): the planned production time, the downtime, the ideal cycle time or run
 * rate, and the calendar time. Give the ideal speed either as `idealCycleTime` or as
 * `idealRunRate`.
 */
export interface OeeOptions {
    /**
     * The time the equipment was scheduled to produce: the shift less planned stops such as breaks.
     */
    plannedProductionTime: number;
    /**
     * Stops within the planned production time (breakdowns, changeovers, waiting for material); less than `plannedProductionTime`.
     */
    downtime: number;
    /**
     * The fastest possible time to make one piece, time units per piece.
     */
    idealCycleTime?: number;
    /**
     * The fastest possible rate, pieces per time unit (the ideal cycle time is 1 / rate).
     */
    idealRunRate?: number;
    /**
     * Pieces made, good and rejected (any measure of output the ideal speed is per).
     */
    totalCount: number;
    /**
     * Pieces made right the first time, at most `totalCount`.
     */
    goodCount: number;
    /**
     * All the time in the period, planned or not (24 hours a day, say), at least `plannedProductionTime`; gives `utilization` and `teep`.
     */
    calendarTime?: number;
}

/**
 * Options of {@link okrScore}.
 */
export interface OkrScoreOptions {
    /**
     * 1 to 50 objectives.
     */
    objectives: OkrObjectiveOptions[];
    /**
     * The grade bands (default red < 0.4 ≤ amber < 0.7 ≤ green).
     */
    grades?: OkrGradesOptions;
}

/**
 * Options of {@link parseTaskTable} and {@link parseIn2}.
 */
export interface ParseTasksOptions {
    /**
     * The text to read (at most 4,000,000 bytes).
     */
    text: string;
}

/**
 * Options of {@link periodicReview}. Demand, the review period and the lead time share
 * one time unit (daily demand with periods in days, say).
 */
export interface PeriodicReviewOptions {
    /**
     * d: mean demand, units per time unit.
     */
    demandRate: number;
    /**
     * σ_d: standard deviation of demand in one time unit, units.
     */
    demandSd: number;
    /**
     * R: time between reviews (the order interval), in time units.
     */
    reviewPeriod: number;
    /**
     * L: lead time, in time units (0 or more).
     */
    leadTime: number;
    /**
     * Probability that demand before the next order arrives does not exceed the target, between 0 and 1.
     */
    serviceLevel: number;
    /**
     * Units on hand at the review (on order added, backorders subtracted); gives `orderQuantity`.
     */
    onHand?: number;
}

/**
 * Options of {@link processCapability}, all in the unit of the measured characteristic
 * (minutes, inches). Give `lowerSpec`, `upperSpec` or both.
 */
export interface ProcessCapabilityOptions {
    /**
     * μ: the process mean.
     */
    mean: number;
    /**
     * σ: the process standard deviation, above 0.
     */
    standardDeviation: number;
    /**
     * LSL: the lower specification limit.
     */
    lowerSpec?: number;
    /**
     * USL: the upper specification limit, above `lowerSpec`.
     */
    upperSpec?: number;
}

/**
 * Options of {@link processCycleEfficiency}: either `activities`, or `valueAddedTime`
 * with `leadTime`. Every time is in one unit (minutes, say).
 */
export interface ProcessCycleEfficiencyOptions {
    /**
     * The activities in order, 1 to 1000 of them: the lead time is their sum.
     */
    activities?: LeanActivityOptions[];
    /**
     * Value-added time, above 0 (with `leadTime`, instead of `activities`).
     */
    valueAddedTime?: number;
    /**
     * Total lead time, at least `valueAddedTime`.
     */
    leadTime?: number;
}

/**
 * Options of {@link processFlow}: steps in series, each with resources in parallel.
 * Times are in `timeUnit` (minutes by default); rates are per hour.
 */
export interface ProcessFlowOptions {
    /**
     * The steps, in the order a unit passes them; 1 to 100 of them.
     */
    steps: ProcessStepOptions[];
    /**
     * Units demanded per hour, 0 or more; without it the process is taken as running at capacity.
     */
    demandRate?: number;
    /**
     * The unit of `unitTime` and of the cycle and flow times: `"minute"` by default.
     */
    timeUnit?: ProcessTimeUnit;
}

/**
 * Options of {@link productionOrderQuantityBatch}: each a `Float64Array` with one value
 * per item, or a number for every item; at least one must be a `Float64Array`, and all
 * arrays have the same length. `demand` and `productionRate` share one unit, units per
 * period, as in {@link productionOrderQuantity}. Give the holding cost either as
 * `holdingCost`, or as `holdingRate` with `unitCost`.
 */
export interface ProductionOrderQuantityBatchOptions {
    /**
     * D: demand (usage), units per period.
     */
    demand: Float64Array | number;
    /**
     * p: production rate while a run is on, units per period; must exceed `demand`.
     */
    productionRate: Float64Array | number;
    /**
     * S: cost of setting up one production run, money per run.
     */
    setupCost: Float64Array | number;
    /**
     * H: cost of holding one unit for one period, money per unit per period.
     */
    holdingCost?: Float64Array | number;
    /**
     * Holding cost as a share of the unit cost per period (0.25 for 25 %); needs `unitCost`.
     */
    holdingRate?: Float64Array | number;
    /**
     * Cost of one unit, money; with `holdingRate`, H = holdingRate × unitCost.
     */
    unitCost?: Float64Array | number;
}

/**
 * Options of {@link productionOrderQuantityCostCurve}: the EPQ model (as for
 * {@link productionOrderQuantity}) and which lot sizes to evaluate.
 */
export type ProductionOrderQuantityCostCurveOptions = CostCurveOptions<ProductionOrderQuantityOptions>;

/**
 * Options of {@link productionOrderQuantity}. All rates share one planning period (a
 * year, say): `demand` and `productionRate` in units per that period (800 a day over
 * 240 working days is a `productionRate` of 192000 a year). Give the holding cost
 * either as `holdingCost`, or as `holdingRate` with `unitCost`.
 */
export interface ProductionOrderQuantityOptions {
    /**
     * D: demand (usage), units per period.
     */
    demand: number;
    /**
     * p: production rate while a run is on, units per period (the same unit as `demand`); must exceed `demand`.
     */
    productionRate: number;
    /**
     * S: cost of setting up one production run, money per run.
     */
    setupCost: number;
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
     * Working days in one period (e.g. 240 a year); gives the `...Days` results, `dailyDemand` and `dailyProductionRate`.
     */
    workingDays?: number;
}

/**
 * Options of {@link productivity}: one period, or two (before and after) to compare.
 * Multifactor productivity adds the inputs' costs, so it needs every input's cost, in
 * one currency.
 */
export interface ProductivityOptions {
    /**
     * One or two periods, the earlier first.
     */
    periods: ProductivityPeriodOptions[];
}

/**
 * Options of {@link quantityDiscountCostCurve}: the discount model (as for
 * {@link quantityDiscount}) and which order quantities to evaluate.
 */
export type QuantityDiscountCostCurveOptions = CostCurveOptions<QuantityDiscountOptions>;

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
 * Options of {@link rankWeights}.
 */
export interface RankWeightsOptions {
    /**
     * Each criterion's rank: 1 = most important, whole numbers of 1 or more, ties
     * allowed (both [1, 2, 2, 4] and [1, 2, 2, 3] put the tied pair in positions 2–3).
     */
    ranks: number[];
    /**
     * The formula.
     */
    method: RankMethod;
}

/**
 * Options of {@link reorderPointBatch}: each a `Float64Array` with one value per item,
 * or a number for every item; at least one must be a `Float64Array`, and all arrays
 * have the same length. Demand and lead time share one time unit, as in
 * {@link reorderPoint}.
 */
export interface ReorderPointBatchOptions {
    /**
     * d: mean demand, units per time unit.
     */
    demandRate: Float64Array | number;
    /**
     * σ_d: standard deviation of demand in one time unit, units.
     */
    demandSd: Float64Array | number;
    /**
     * L: mean lead time, in time units.
     */
    leadTime: Float64Array | number;
    /**
     * σ_L: standard deviation of the lead time, in time units (omit for a constant lead time).
     */
    leadTimeSd?: Float64Array | number;
    /**
     * Cycle service level: the probability of no stockout in an order cycle, between 0 and 1 (0.95 for 95 %).
     */
    serviceLevel: Float64Array | number;
}

/**
 * Options of {@link reorderPoint}. Demand and lead time share one time unit: daily
 * demand with a lead time in days, or weekly demand with one in weeks. Give exactly
 * one of `serviceLevel` and `fillRate` (a fill rate needs `orderQuantity`). When the
 * lead-time demand itself is given (mean 350, σ 10), use `leadTime: 1`.
 */
export interface ReorderPointOptions {
    /**
     * d: mean demand, units per time unit.
     */
    demandRate: number;
    /**
     * σ_d: standard deviation of demand in one time unit, units (0 allowed when `leadTimeSd` is given).
     */
    demandSd: number;
    /**
     * L: mean lead time, in time units.
     */
    leadTime: number;
    /**
     * σ_L: standard deviation of the lead time, in time units (omit for a constant lead time).
     */
    leadTimeSd?: number;
    /**
     * Cycle service level: the probability of no stockout in an order cycle, between 0 and 1 (0.95 for 95 %).
     */
    serviceLevel?: number;
    /**
     * Fill rate: the share of demand met from stock, between 0 and 1; needs `orderQuantity`.
     */
    fillRate?: number;
    /**
     * Q: order quantity, units; gives `fillRate` in the result, and is needed for a fill-rate target.
     */
    orderQuantity?: number;
}

/**
 * Options of {@link scenarioChanges}: the same figures of two scenarios, in one order.
 */
export interface ScenarioChangesOptions {
    /**
     * Scenario A's figures (1 to 10,000).
     */
    before: number[];
    /**
     * Scenario B's figures, as many as `before`.
     */
    after: number[];
}

/**
 * Options of {@link scoreKpi}. Values are in the KPI's own unit; scores are fractions
 * (1 = on target).
 */
export interface ScoreKpiOptions {
    /**
     * The measured value.
     */
    actual: number;
    /**
     * The value aimed at: required except for `"targetRange"`, where it is an optional
     * ideal inside [min, max] used only for `percentOfTarget`.
     */
    target?: number;
    /**
     * The value that scores 0 (higher/lower is better only): default 0 when higher is
     * better, 2 × target when lower is better; required when the target is 0 or less.
     */
    baseline?: number;
    /**
     * The lowest value of the band (`"targetRange"` only, required there).
     */
    min?: number;
    /**
     * The highest value of the band, at least `min` (`"targetRange"` only, required there).
     */
    max?: number;
    /**
     * How far outside the band the score reaches 0, on both sides (`"targetRange"`
     * only; above 0). Without any tolerance the score steps to 0 outside the band.
     */
    tolerance?: number;
    /**
     * How far below `min` the score reaches 0 (overrides `tolerance`).
     */
    lowerTolerance?: number;
    /**
     * How far above `max` the score reaches 0 (overrides `tolerance`).
     */
    upperTolerance?: number;
    /**
     * Which way the KPI is good.
     */
    direction: KpiDirection;
    /**
     * Ascending cut points on the score between status bands: default [0.7, 0.9]; at
     * most 9. A score equal to a cut point is in the band above it.
     */
    thresholds?: number[];
    /**
     * The bands' names, worst first, one more than `thresholds`: default
     * ["red", "amber", "green"].
     */
    statusNames?: string[];
    /**
     * An upper limit on the score, above 0 (1.2 to count at most 120 %).
     */
    cap?: number;
    /**
     * Clamp the score to [0, 1] (default false); not with `cap`.
     */
    clamp?: boolean;
}

/**
 * Options of {@link scorecard}.
 */
export interface ScorecardOptions {
    /**
     * 1 to 20 perspectives, with at most 1000 KPIs in all.
     */
    perspectives: PerspectiveOptions[];
    /**
     * The roll-up at every level: `"weightedAverage"` by default.
     */
    rollup?: ScorecardRollup;
    /**
     * Status cut points of the roll-up nodes and of the KPIs without their own:
     * default [0.7, 0.9].
     */
    thresholds?: number[];
    /**
     * Status names, worst first: default ["red", "amber", "green"].
     */
    statusNames?: string[];
}

/**
 * Options of {@link sixSigma}: the counts of one inspection, whole numbers.
 */
export interface SixSigmaOptions {
    /**
     * Defects found, 0 to units × opportunitiesPerUnit.
     */
    defects: number;
    /**
     * Units inspected, 1 or more.
     */
    units: number;
    /**
     * Opportunities for a defect in each unit (the things checked that can go wrong), 1 or more.
     */
    opportunitiesPerUnit: number;
}

/**
 * Options of {@link taktTime}. Times in one unit (minutes, say).
 */
export interface TaktTimeOptions {
    /**
     * Time available in one shift (480 minutes).
     */
    availableTime: number;
    /**
     * Units required in the period the shifts cover (a day).
     */
    demand: number;
    /**
     * Breaks within one shift, in the same unit (default 0).
     */
    breaks?: number;
    /**
     * Shifts in the period (default 1).
     */
    shifts?: number;
}

/**
 * Options of {@link unitCost}.
 */
export interface UnitCostOptions {
    /**
     * The units the costs were spent on, above 0: the good units made.
     */
    units: number;
    /**
     * The period's costs, 1 to 100 components in one currency, adding up to more than 0.
     */
    costs: CostComponentOptions[];
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
 * Result of {@link abcBatch}: one entry per item, in item (input) order.
 */
export interface AbcBatchResult {
    /**
     * Each item's class as an index into `classes` (0 = A, 1 = B, 2 = C): the
     * `class` of the item's row in {@link abcAnalysis}.
     */
    class: Uint8Array;
    /**
     * The classes' names, ["A", "B", "C"].
     */
    classes: string[];
    /**
     * Each item's rank by annual value, 1 for the highest (ties in input order).
     */
    rank: Uint32Array;
    /**
     * The share of the total annual value of the item and all ranked above it.
     */
    cumulativeShare: Float64Array;
    /**
     * Σ annual demand × unit cost, money per year.
     */
    totalValue: number;
}

/**
 * Result of {@link ahpWeights}.
 */
export interface AhpWeightsResult {
    /**
     * w_i, in the order of the matrix's rows (or of `criteria`); they sum to 1.
     */
    weights: number[];
    /**
     * λmax = (1/n) Σ_i (A w)_i / w_i: n when the judgements are consistent.
     */
    lambdaMax: number;
    /**
     * CI = (λmax − n)/(n − 1) (0 when n = 1).
     */
    consistencyIndex: number;
    /**
     * CR = CI / RI (0 when RI = 0, that is n ≤ 2).
     */
    consistencyRatio: number;
    /**
     * Whether CR is below the threshold.
     */
    consistent: boolean;
    /**
     * The threshold used.
     */
    consistencyThreshold: number;
    /**
     * RI for this n, from the table used.
     */
    randomIndex: number;
    /**
     * The whole random index table used, n = 1..15.
     */
    randomIndexTable: number[];
    /**
     * The complete reciprocal matrix used (lower triangle exactly 1/upper).
     */
    matrix: number[][];
    /**
     * When inconsistent, the comparison to revise first.
     */
    mostInconsistent?: InconsistentComparisonResult;
    /**
     * The working.
     */
    trace: AhpTraceResult;
}

/**
 * Result of {@link appraisal}.
 */
export interface AppraisalResult {
    /**
     * The overall rating: goals.contribution + competencies.contribution.
     */
    rating: number;
    /**
     * The rating of the band nearest the overall rating (ties round up).
     */
    finalRating: number;
    /**
     * That band's label, when it has one.
     */
    label?: string;
    /**
     * That band's index, 0 = lowest.
     */
    bandIndex: number;
    /**
     * What: the goal rating's part.
     */
    goals: AppraisalPartResult;
    /**
     * How: the competency rating's part (its rating is the weighted average of the
     * competencies).
     */
    competencies: AppraisalPartResult;
    /**
     * The goal scoring, when goals were given to score.
     */
    goalScore?: GoalScoreResult;
    /**
     * The competencies, in input order.
     */
    competencyRatings: CompetencyResult[];
}

/**
 * Result of {@link balanceLineOptimal}: the best line found and what is proven about it.
 */
export interface BalanceLineOptimalResult {
    /**
     * The cycle time used.
     */
    cycleTime: number;
    /**
     * The stations, first to last; each station's tasks in an order that respects precedence.
     */
    stations: StationResult[];
    /**
     * The number of stations.
     */
    stationCount: number;
    /**
     * A proven lower bound on the fewest stations: equal to `stationCount` when `optimal`.
     */
    lowerBound: number;
    /**
     * Whether `stationCount` is proven the fewest possible.
     */
    optimal: boolean;
    /**
     * The stations of the best priority-rule line, where the search started.
     */
    heuristicStationCount: number;
    /**
     * The search nodes explored (a whole number; below 2^53).
     */
    nodes: number;
    /**
     * The milliseconds used, heuristics included.
     */
    elapsedMs: number;
    /**
     * Why the search stopped.
     */
    stop: StopReasonName;
}

/**
 * Result of {@link balanceLine}.
 */
export interface BalanceLineResult {
    /**
     * The cycle time used.
     */
    cycleTime: number;
    /**
     * The rule used.
     */
    rule: PriorityRuleName;
    /**
     * The tie-break used.
     */
    tieBreak: PriorityRuleName;
    /**
     * The stations, first to last.
     */
    stations: StationResult[];
    /**
     * The number of stations.
     */
    stationCount: number;
    /**
     * ⌈Σt / c⌉: no balance can use fewer stations.
     */
    theoreticalMinimum: number;
    /**
     * Σt, the work content of one unit.
     */
    totalTime: number;
    /**
     * Σt / (n × c), from 0 to 1.
     */
    efficiency: number;
    /**
     * 1 − efficiency.
     */
    balanceDelay: number;
    /**
     * n × c − Σt: idle time of all stations in one cycle.
     */
    idleTime: number;
    /**
     * S_max, the heaviest station load (at most the cycle time).
     */
    maxStationLoad: number;
    /**
     * √Σ(S_max − S_k)² over station loads: 0 when all carry the same load.
     */
    smoothnessIndex: number;
    /**
     * Every assignment step (when traced).
     */
    trace?: TraceStepResult[];
}

/**
 * Result of {@link balanceNumberedLine}: which station each task went to, the order of
 * assignment, and the measures.
 */
export interface BalanceNumberedLineResult {
    /**
     * The cycle time used.
     */
    cycleTime: number;
    /**
     * The rule used.
     */
    rule: PriorityRuleName;
    /**
     * The tie-break rule used.
     */
    tieBreak: PriorityRuleName;
    /**
     * Every task's number in the order assigned, station after station: station `k`'s
     * tasks (from 1) are `order.subarray(stationEnds[k − 2] ?? 0, stationEnds[k − 1])`.
     */
    order: Uint32Array;
    /**
     * Where each station's tasks end in `order`.
     */
    stationEnds: Uint32Array;
    /**
     * Task `i`'s station, counting from 1.
     */
    stationOf: Uint32Array;
    /**
     * Each station's load: the sum of its task times.
     */
    stationLoads: Float64Array;
    /**
     * The number of stations.
     */
    stationCount: number;
    /**
     * ⌈Σt / c⌉: no balance can use fewer stations.
     */
    theoreticalMinimum: number;
    /**
     * Σt, the work content of one unit.
     */
    totalTime: number;
    /**
     * Σt / (n c), from 0 to 1.
     */
    efficiency: number;
    /**
     * 1 − efficiency.
     */
    balanceDelay: number;
    /**
     * n c − Σt: idle time of all stations per cycle.
     */
    idleTime: number;
    /**
     * The heaviest station load.
     */
    maxStationLoad: number;
    /**
     * √Σ (max load − load)²: 0 when every station carries the same load.
     */
    smoothnessIndex: number;
}

/**
 * Result of {@link breakEvenCrossover}.
 */
export interface BreakEvenCrossoverResult {
    /**
     * The ranges of volume from 0 up, each with its cheapest option; one range when no crossover exists.
     */
    ranges: CheapestRangeResult[];
    /**
     * Every volume where the cheapest option changes, ascending; empty when one option is cheapest everywhere.
     */
    crossovers: CrossoverPointResult[];
    /**
     * Every option priced at `volume` (when given).
     */
    atVolume?: CrossoverAtVolumeResult;
    /**
     * The cost lines, from 0 to half as far again as the last crossover (or a quarter past `volume`), rounded up to a round number.
     */
    chart: CrossoverChartResult;
}

/**
 * Result of {@link breakEvenMix}.
 */
export interface BreakEvenMixResult {
    /**
     * BEP$ = F / Σ (1 − V / P) × W, money per period.
     */
    breakEvenRevenue: number;
    /**
     * Σ (1 − V / P) × W: the mix's contribution per unit of money of sales.
     */
    weightedContribution: number;
    /**
     * How the mix was given.
     */
    basis: MixBasis;
    /**
     * The sum of the given sales shares, before they were scaled to add up to 1 (when given as shares).
     */
    shareSum?: number;
    /**
     * Every product, in input order.
     */
    products: MixProductResult[];
    /**
     * The forecast's profit and margin of safety (when the mix is given in forecast units).
     */
    forecast?: MixForecastResult;
    /**
     * The revenue and cost lines, from 0 to twice BEP$ (or a quarter past the forecast revenue), rounded up to a round number.
     */
    chart: BreakEvenMixChartResult;
}

/**
 * Result of {@link breakEven}.
 */
export interface BreakEvenResult {
    /**
     * BEP = F / (P − V), units per period.
     */
    breakEvenVolume: number;
    /**
     * BEP$ = F / (1 − V / P), money per period.
     */
    breakEvenRevenue: number;
    /**
     * P − V, money per unit.
     */
    contributionMargin: number;
    /**
     * V / P.
     */
    variableCostRatio: number;
    /**
     * 1 − V / P: the share of each sale left for fixed cost and profit.
     */
    contributionMarginRatio: number;
    /**
     * Profit and margin of safety at the expected volume (when `volume` is given).
     */
    atVolume?: BreakEvenAtVolumeResult;
    /**
     * The volume that earns the target profit (when `targetProfit` is given).
     */
    target?: TargetProfitResult;
    /**
     * The revenue and cost lines, from 0 to twice the break-even volume (or a quarter past the expected or target volume), rounded up to a round number.
     */
    chart: BreakEvenChartResult;
}

/**
 * Result of {@link calibrate}. Ratings are in points of the scale, shares fractions.
 */
export interface CalibrateResult {
    /**
     * Every rating, in input order.
     */
    ratings: CalibratedRatingResult[];
    /**
     * Each manager, in order of first rating.
     */
    managers: CalibrationManagerResult[];
    /**
     * The population mean μ of the ratings as given.
     */
    mean: number;
    /**
     * Their population standard deviation σ.
     */
    sd: number;
    /**
     * The method used.
     */
    method: CalibrationMethodChoice;
    /**
     * The ratings as given over the bands.
     */
    before: CalibrationBandResult[];
    /**
     * The calibrated ratings over the bands.
     */
    after: CalibrationBandResult[];
}

/**
 * Result of {@link capacityRequirement}. Times per period, in the time unit.
 */
export interface CapacityRequirementResult {
    /**
     * Each product's time, in the order of `products`.
     */
    products: ProductRequirementResult[];
    /**
     * Σ D × p: processing time of all products.
     */
    processingTimeNeeded: number;
    /**
     * Σ (D / Q) × s: setup time of all products.
     */
    setupTimeNeeded: number;
    /**
     * Σ [D × p + (D / Q) × s]: machine time needed.
     */
    timeNeeded: number;
    /**
     * The cushion used, a fraction (0 when none is given).
     */
    cushion: number;
    /**
     * N × (1 − C): the time one machine may be planned for.
     */
    availableTimeAfterCushion: number;
    /**
     * M = timeNeeded / (N × (1 − C)): machines needed, as a fraction.
     */
    exactRequirement: number;
    /**
     * ⌈M⌉: whole machines needed (at least 1).
     */
    machines: number;
    /**
     * timeNeeded / (machines × N): the share of the machines' time in use with that many.
     */
    utilization: number;
    /**
     * 1 − utilization: the cushion that many machines leave.
     */
    resultingCushion: number;
}

/**
 * Result of {@link capacity}. Shares are fractions (0.734 for 73.4 %).
 */
export interface CapacityResult {
    /**
     * actualOutput / designCapacity, from 0 to 1.
     */
    utilization: number;
    /**
     * actualOutput / effectiveCapacity; above 1 when the process beat its effective capacity.
     */
    efficiency: number;
    /**
     * effectiveCapacity / designCapacity, from 0 to 1.
     */
    effectiveShare: number;
    /**
     * 1 − utilization: the share of the design capacity not used.
     */
    capacityCushion: number;
    /**
     * designCapacity − effectiveCapacity, units per period: output given up to planned allowances.
     */
    plannedLosses: number;
    /**
     * effectiveCapacity − actualOutput, units per period: output lost to what was not
     * planned; negative when the output beat the effective capacity.
     */
    unplannedLosses: number;
}

/**
 * Result of {@link compareRules}: the rules side by side, best first.
 */
export interface CompareRulesResult {
    /**
     * The cycle time used.
     */
    cycleTime: number;
    /**
     * ⌈Σt / c⌉.
     */
    theoreticalMinimum: number;
    /**
     * Σt.
     */
    totalTime: number;
    /**
     * The tie-break used.
     */
    tieBreak: PriorityRuleName;
    /**
     * One outcome per rule: fewest stations first, then the smoothest loads.
     */
    outcomes: RuleOutcomeResult[];
}

/**
 * Result of {@link compareScorecards}.
 */
export interface CompareScorecardsResult {
    /**
     * Every node of either scorecard, the largest |delta| first, those without a delta
     * last; ties in path order (the total, `a`'s nodes in input order, then `b`'s own).
     */
    nodes: ComparedNodeResult[];
    /**
     * The total score of `a`.
     */
    totalA: number;
    /**
     * The total score of `b`.
     */
    totalB: number;
    /**
     * totalB − totalA.
     */
    totalDelta: number;
}

/**
 * Result of {@link convertRate}.
 */
export interface ConvertRateResult {
    /**
     * rate × toPeriod / fromPeriod: the rate per the period wanted.
     */
    rate: number;
    /**
     * sd × √(toPeriod / fromPeriod), taking demand in separate periods as independent (when `sd` is given).
     */
    sd?: number;
    /**
     * toPeriod / fromPeriod: what the rate is multiplied by.
     */
    factor: number;
    /**
     * √(toPeriod / fromPeriod): what the standard deviation is multiplied by.
     */
    sdFactor: number;
}

/**
 * Result of {@link criticWeights}.
 */
export interface CriticWeightsResult {
    /**
     * w_j = C_j / ΣC, one per column; they sum to 1.
     */
    weights: number[];
    /**
     * σ_j, the population standard deviation of the column scaled to 0..1 (0 when constant).
     */
    standardDeviations: number[];
    /**
     * r_jk, Pearson's correlation of the scaled columns (diagonal 1; 0 with a constant column).
     */
    correlations: number[][];
    /**
     * C_j = σ_j Σ_k (1 − r_jk), the information the criterion carries.
     */
    information: number[];
}

/**
 * Result of {@link deliveryPerformance}. Rates are fractions (0.9 for 90 %).
 */
export interface DeliveryPerformanceResult {
    /**
     * The orders, as given.
     */
    orders: number;
    /**
     * onTimeOrders / orders (when `onTimeOrders` is given).
     */
    onTimeRate?: number;
    /**
     * orders − onTimeOrders (when `onTimeOrders` is given).
     */
    lateOrders?: number;
    /**
     * completeOrders / orders (when `completeOrders` is given).
     */
    orderFillRate?: number;
    /**
     * orders − completeOrders (when `completeOrders` is given).
     */
    incompleteOrders?: number;
    /**
     * unitsDelivered / unitsOrdered (when the units are given).
     */
    unitFillRate?: number;
    /**
     * unitsOrdered − unitsDelivered (when the units are given).
     */
    unitsShort?: number;
}

/**
 * Result of {@link demandDensity}: points of the density and the distribution
 * function, as columns of equal length.
 */
export interface DemandDensityResult {
    /**
     * Demand, units, ascending (a value repeats where the density jumps).
     */
    x: number[];
    /**
     * The density at each x (per unit of demand); for discrete demand the probability
     * of each value, to draw as bars.
     */
    density: number[];
    /**
     * P(demand ≤ x) at each x.
     */
    cumulative: number[];
}

/**
 * Result of {@link directWeights}.
 */
export interface DirectWeightsResult {
    /**
     * wᵢ = vᵢ / Σv, in the order given; they sum to 1.
     */
    weights: number[];
    /**
     * Σv, the sum of the values given.
     */
    total: number;
}

/**
 * Result of {@link entropyWeights}.
 */
export interface EntropyWeightsResult {
    /**
     * w_j = d_j / Σd, one per column; they sum to 1.
     */
    weights: number[];
    /**
     * e_j = −(1/ln m) Σ_i p_ij ln p_ij with p_ij = x_ij / Σ_i x_ij: 1 for a constant column.
     */
    entropies: number[];
    /**
     * d_j = 1 − e_j, the degree of diversification.
     */
    diversities: number[];
}

/**
 * Result of {@link eoqBackordersBatch}: one `Float64Array` per figure, one entry per item.
 */
export interface EoqBackordersBatchResult {
    /**
     * Q* = √(2DS / H × (H + B) / B), units per order.
     */
    quantity: Float64Array;
    /**
     * b* = Q* H / (H + B), the most units backordered, just before an order arrives.
     */
    maxBackorder: Float64Array;
    /**
     * Ordering plus holding plus backorder cost per period (purchase cost excluded).
     */
    totalCost: Float64Array;
    /**
     * N = D / Q*, orders per period.
     */
    ordersPerPeriod: Float64Array;
}

/**
 * Result of {@link eoqBackordersCostCurve}: columns of equal length, one entry per lot
 * size, each with the backorder level that is best for that lot.
 */
export interface EoqBackordersCostCurveResult {
    /**
     * Lot sizes Q, units, ascending.
     */
    quantity: number[];
    /**
     * b = Q H / (H + B) at each Q: the cheapest backorder level for that lot, units.
     */
    maxBackorder: number[];
    /**
     * (D / Q) × S at each Q, money per period.
     */
    orderingCostPerPeriod: number[];
    /**
     * (Q − b)² / (2Q) × H at each Q, money per period.
     */
    holdingCostPerPeriod: number[];
    /**
     * b² / (2Q) × B at each Q, money per period.
     */
    backorderCostPerPeriod: number[];
    /**
     * Ordering plus holding plus backorder cost at each Q, money per period.
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
 * Result of {@link eoqBackorders}: the optimal order quantity and backorder level, and
 * the figures a textbook shows with them.
 */
export interface EoqBackordersResult {
    /**
     * Q* = √(2DS / H × (H + B) / B), units per order.
     */
    quantity: number;
    /**
     * b* = Q* H / (H + B): the most units backordered, just before an order arrives.
     */
    maxBackorder: number;
    /**
     * Q* − b*: the stock just after an order arrives and fills the backorders, units.
     */
    maxInventory: number;
    /**
     * Ordering plus holding plus backorder cost per period (purchase cost excluded).
     */
    totalCost: number;
    /**
     * (D / Q*) × S, money per period.
     */
    orderingCostPerPeriod: number;
    /**
     * (Q* − b*)² / (2Q*) × H, money per period.
     */
    holdingCostPerPeriod: number;
    /**
     * b*² / (2Q*) × B, money per period.
     */
    backorderCostPerPeriod: number;
    /**
     * N = D / Q*, orders per period.
     */
    ordersPerPeriod: number;
    /**
     * T = Q* / D, time between orders, in periods.
     */
    cycleTime: number;
    /**
     * (Q* − b*) / D, the part of each cycle with stock on hand, in periods.
     */
    timeWithStock: number;
    /**
     * b* / D, the part of each cycle in backorder, in periods.
     */
    timeInBackorder: number;
    /**
     * b* / Q* = H / (H + B): the fraction of each cycle spent in backorder.
     */
    backorderFraction: number;
    /**
     * (Q* − b*)² / (2Q*), units on hand on average.
     */
    averageInventory: number;
    /**
     * b*² / (2Q*), units backordered on average.
     */
    averageBackorder: number;
    /**
     * The H used, money per unit per period (holdingRate × unitCost when given as a rate).
     */
    holdingCost: number;
    /**
     * The cycle time in working days (when `workingDays` is given).
     */
    cycleTimeDays?: number;
    /**
     * The time with stock on hand in working days (when `workingDays` is given).
     */
    timeWithStockDays?: number;
    /**
     * The time in backorder in working days (when `workingDays` is given).
     */
    timeInBackorderDays?: number;
    /**
     * D / working days, units per day (when `workingDays` is given).
     */
    dailyDemand?: number;
    /**
     * Inventory over one cycle: Q* − b* on arrival, 0 when stock runs out, −b* (backordered) at the cycle time.
     */
    inventoryProfile: InventoryProfileResult;
}

/**
 * Result of {@link eoqBatch}: one `Float64Array` per figure, one entry per item.
 */
export interface EoqBatchResult {
    /**
     * Q* = √(2DS / H), units per order.
     */
    quantity: Float64Array;
    /**
     * Ordering plus holding cost per period at Q* (purchase cost excluded).
     */
    totalCost: Float64Array;
    /**
     * N = D / Q*, orders per period (the cycle time is 1 / N periods).
     */
    ordersPerPeriod: Float64Array;
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
 * Result of {@link equalWeights}.
 */
export interface EqualWeightsResult {
    /**
     * wᵢ = 1/n for each criterion.
     */
    weights: number[];
}

/**
 * Result of {@link expectedOutput}.
 */
export interface ExpectedOutputResult {
    /**
     * effectiveCapacity × efficiency, units per period.
     */
    expectedOutput: number;
    /**
     * expectedOutput / designCapacity, a fraction (when `designCapacity` is given).
     */
    utilization?: number;
    /**
     * effectiveCapacity / designCapacity, a fraction (when `designCapacity` is given).
     */
    effectiveShare?: number;
}

/**
 * Result of {@link feedback360}. Ratings are in points of the scale.
 */
export interface Feedback360Result {
    /**
     * Each competency, in input order.
     */
    competencies: Feedback360CompetencyResult[];
    /**
     * The shown groups, in order of first response.
     */
    groups: Feedback360GroupResult[];
    /**
     * The suppressed groups ("not enough raters"), in order of first response.
     */
    suppressed: Feedback360SuppressedGroup[];
    /**
     * Σ w·othersMean / Σ w over the competencies with an others' mean.
     */
    overallOthers?: number;
    /**
     * Σ w·selfRating / Σ w over the competencies with a self-rating.
     */
    overallSelf?: number;
    /**
     * overallSelf − overallOthers, when both exist.
     */
    overallGap?: number;
    /**
     * The gap threshold in rating points: blindSpotShare × (max − min).
     */
    threshold: number;
}

/**
 * Result of {@link goalScore}.
 */
export interface GoalScoreResult {
    /**
     * Σ normalisedWeight × score: 1 when every goal is on target.
     */
    achievement: number;
    /**
     * The rating of the band the achievement is in.
     */
    rating: number;
    /**
     * That band's label, when it has one.
     */
    label?: string;
    /**
     * That band's index, 0 = lowest.
     */
    bandIndex: number;
    /**
     * Σ weight as given.
     */
    totalWeight: number;
    /**
     * The goals, in input order.
     */
    goals: GoalResult[];
}

/**
 * Result of {@link inventoryTurns}.
 */
export interface InventoryTurnsResult {
    /**
     * costOfGoodsSold / averageInventory: turns per period.
     */
    turns: number;
    /**
     * averageInventory / costOfGoodsSold (1 / turns), periods.
     */
    periodsOfSupply: number;
    /**
     * costOfGoodsSold / daysPerPeriod, money per day (when `daysPerPeriod` is given).
     */
    costOfGoodsSoldPerDay?: number;
    /**
     * averageInventory / (costOfGoodsSold / daysPerPeriod), days (when `daysPerPeriod` is given).
     */
    daysOfSupply?: number;
    /**
     * costOfGoodsSold / weeksPerPeriod, money per week (when `weeksPerPeriod` is given).
     */
    costOfGoodsSoldPerWeek?: number;
    /**
     * averageInventory / (costOfGoodsSold / weeksPerPeriod), weeks (when `weeksPerPeriod` is given).
     */
    weeksOfSupply?: number;
    /**
     * averageInventory / totalAssets, a fraction (when `totalAssets` is given).
     */
    inventoryShareOfAssets?: number;
}

/**
 * Result of {@link kanbanCount}: the number of kanbans, exact and rounded up.
 */
export interface KanbanCountResult {
    /**
     * d × L: demand during the lead time, units.
     */
    demandDuringLeadTime: number;
    /**
     * The safety stock used, units: as given, X × d × L for a factor, or 0.
     */
    safetyStock: number;
    /**
     * X, when the margin is given as a factor.
     */
    safetyFactor?: number;
    /**
     * (d × L + SS) / C, or d × L × (1 + X) / C: the number before rounding.
     */
    exactKanbans: number;
    /**
     * The exact number rounded up (an exact whole number stays as it is).
     */
    kanbans: number;
    /**
     * kanbans × C: the most stock the kanbans allow in the loop, units.
     */
    authorizedInventory: number;
    /**
     * kanbans × C / d: how long that stock lasts at the demand rate, in time units.
     */
    timeCovered: number;
}

/**
 * Result of {@link kpiScoreBatch}: one entry per item in `score` and `statusIndex`.
 */
export interface KpiScoreBatchResult {
    /**
     * Each score after `cap` or `clamp` (1 = on target).
     */
    score: Float64Array;
    /**
     * Each score's status band as an index into `statuses`, 0 = worst: the
     * `statusIndex` of {@link scoreKpi}; its name is `statuses[statusIndex[i]]`.
     */
    statusIndex: Uint8Array;
    /**
     * The status bands' names, worst first (`statusNames`, or ["red", "amber", "green"]).
     */
    statuses: string[];
}

/**
 * Result of {@link lineOutput}.
 */
export interface LineOutputResult {
    /**
     * shifts × (available time − breaks).
     */
    productiveTime: number;
    /**
     * Productive time / cycle time: units finished in the period.
     */
    output: number;
}

/**
 * Result of {@link littlesLaw}: all three, two as given and one computed.
 */
export interface LittlesLawResult {
    /**
     * I: average work in process, units.
     */
    wip: number;
    /**
     * R: average throughput, units per time unit.
     */
    throughput: number;
    /**
     * T: average flow time, in the time unit of the throughput.
     */
    flowTime: number;
    /**
     * Which one was computed.
     */
    computed: LittlesLawUnknown;
}

/**
 * Result of {@link minimizeCycleTime}: the line with the shortest cycle time found and
 * what is proven about it.
 */
export interface MinimizeCycleTimeResult {
    /**
     * The cycle time of the line: its largest station load.
     */
    cycleTime: number;
    /**
     * The stations, first to last (at most `stations` of them); each station's tasks in
     * an order that respects precedence; idle times against `cycleTime`.
     */
    stations: StationResult[];
    /**
     * The number of stations used.
     */
    stationCount: number;
    /**
     * A proven lower bound on the shortest cycle time: equal to `cycleTime` when `optimal`.
     */
    lowerBound: number;
    /**
     * Whether `cycleTime` is proven the shortest possible.
     */
    optimal: boolean;
    /**
     * The cycle time of the best priority-rule line, where the search started.
     */
    heuristicCycleTime: number;
    /**
     * The cycle times the exact search probed.
     */
    probes: number;
    /**
     * The search nodes of all probes (a whole number; below 2^53).
     */
    nodes: number;
    /**
     * The milliseconds used, heuristics included.
     */
    elapsedMs: number;
    /**
     * Why the search stopped.
     */
    stop: StopReasonName;
}

/**
 * Result of {@link netPromoterScore}.
 */
export interface NetPromoterScoreResult {
    /**
     * How many answered.
     */
    responses: number;
    /**
     * How many answered 9 or 10.
     */
    promoters: number;
    /**
     * How many answered 7 or 8.
     */
    passives: number;
    /**
     * How many answered 0 to 6.
     */
    detractors: number;
    /**
     * promoters / responses, a fraction.
     */
    promoterShare: number;
    /**
     * passives / responses, a fraction.
     */
    passiveShare: number;
    /**
     * detractors / responses, a fraction.
     */
    detractorShare: number;
    /**
     * NPS = 100 × (promoters − detractors) / responses, from −100 to +100, not rounded.
     */
    score: number;
}

/**
 * Result of {@link newsvendor}: the stocking quantity and what it leads to.
 */
export interface NewsvendorResult {
    /**
     * Q*: the quantity to stock (0 or more), units.
     */
    quantity: number;
    /**
     * Cu / (Cu + Co): the probability of meeting demand that balances the two costs.
     */
    criticalRatio: number;
    /**
     * Cu, money per unit (price − cost for prices).
     */
    underageCost: number;
    /**
     * Co, money per unit (cost − salvage for prices).
     */
    overageCost: number;
    /**
     * z = Φ⁻¹(critical ratio), exact (normal demand only): Q* = mean + z × sd.
     */
    z?: number;
    /**
     * Each value with its probability and cumulative probability (discrete demand only):
     * Q* is the first value whose cumulative probability reaches the critical ratio.
     */
    table?: DemandTableRow[];
    /**
     * Expected shortage, leftover, sales, cost and profit at Q*.
     */
    outcome: NewsvendorOutcomeResult;
}

/**
 * Result of {@link nineBox}.
 */
export interface NineBoxResult {
    /**
     * Each person's place, in input order.
     */
    people: NineBoxPlacementResult[];
    /**
     * The 9 cells: potential low → high, then performance low → high.
     */
    cells: NineBoxCellResult[];
    /**
     * The cut points used.
     */
    cuts: NineBoxCutsResult;
}

/**
 * Result of {@link oee}: the three factors, OEE, and the time each loss takes. The
 * times make a waterfall: planned production time − availability loss = run time;
 * − performance loss = net run time; − quality loss = fully productive time.
 */
export interface OeeResult {
    /**
     * The planned production time, as given.
     */
    plannedProductionTime: number;
    /**
     * Planned production time − downtime.
     */
    runTime: number;
    /**
     * Ideal cycle time × total count: the time the count takes at the ideal speed.
     */
    netRunTime: number;
    /**
     * Ideal cycle time × good count: the time the good pieces take at the ideal speed.
     */
    fullyProductiveTime: number;
    /**
     * The downtime, as given.
     */
    availabilityLoss: number;
    /**
     * Run time − net run time: slow cycles and small stops.
     */
    performanceLoss: number;
    /**
     * Ideal cycle time × reject count: the time spent making rejects.
     */
    qualityLoss: number;
    /**
     * Time units per piece (given, or 1 / idealRunRate).
     */
    idealCycleTime: number;
    /**
     * Pieces per time unit (given, or 1 / idealCycleTime).
     */
    idealRunRate: number;
    /**
     * Total count − good count.
     */
    rejectCount: number;
    /**
     * A = run time / planned production time, a fraction.
     */
    availability: number;
    /**
     * P = ideal cycle time × total count / run time, a fraction, at most 1.
     */
    performance: number;
    /**
     * Q = good count / total count, a fraction.
     */
    quality: number;
    /**
     * OEE = A × P × Q = fully productive time / planned production time, a fraction.
     */
    oee: number;
    /**
     * The calendar time (when given).
     */
    calendarTime?: number;
    /**
     * Calendar time − planned production time (when the calendar time is given).
     */
    scheduleLoss?: number;
    /**
     * Planned production time / calendar time, a fraction (when the calendar time is given).
     */
    utilization?: number;
    /**
     * TEEP = OEE × utilization = fully productive time / calendar time, a fraction (when the calendar time is given).
     */
    teep?: number;
}

/**
 * Result of {@link okrScore}.
 */
export interface OkrScoreResult {
    /**
     * The weighted average of the objectives' scores, 0 to 1 (the sweet spot is 0.6 to 0.7).
     */
    score: number;
    /**
     * The grade band's name.
     */
    grade: string;
    /**
     * The grade band's index, 0 = worst.
     */
    gradeIndex: number;
    /**
     * Every key result of every objective scored 1.
     */
    sandbagging: boolean;
    /**
     * The objectives, in input order.
     */
    objectives: ObjectiveGrade[];
}

/**
 * Result of {@link periodicReview}: the order-up-to level and the order at this review.
 */
export interface PeriodicReviewResult {
    /**
     * R + L: the time an order must cover, in time units.
     */
    protectionInterval: number;
    /**
     * d × (R + L): mean demand over the protection interval, units.
     */
    meanProtectionDemand: number;
    /**
     * σ_d × √(R + L): standard deviation of demand over the protection interval, units.
     */
    sigmaProtection: number;
    /**
     * The safety factor z = Φ⁻¹(service level), exact.
     */
    z: number;
    /**
     * 1 − service level: the probability of a stockout before the next order arrives.
     */
    stockoutProbability: number;
    /**
     * z × σ_d × √(R + L), units.
     */
    safetyStock: number;
    /**
     * d × (R + L) + safety stock, units: the target inventory position.
     */
    orderUpToLevel: number;
    /**
     * Target − on hand, never below 0, units (when `onHand` is given).
     */
    orderQuantity?: number;
    /**
     * True when the stock on hand already exceeds the target, so nothing is ordered (when `onHand` is given).
     */
    onHandAboveTarget?: boolean;
}

/**
 * Result of {@link processCapability}. The shares assume a normal process in
 * statistical control.
 */
export interface ProcessCapabilityResult {
    /**
     * Cp = (USL − LSL) / 6σ; absent with one limit.
     */
    cp?: number;
    /**
     * Cpu = (USL − μ) / 3σ; absent without an upper limit.
     */
    cpu?: number;
    /**
     * Cpl = (μ − LSL) / 3σ; absent without a lower limit.
     */
    cpl?: number;
    /**
     * Cpk = the smaller of Cpu and Cpl: the capability on the side nearer the mean;
     * negative when the mean lies outside a limit.
     */
    cpk: number;
    /**
     * (USL − μ) / σ: the upper limit's distance from the mean in standard deviations.
     */
    zUpper?: number;
    /**
     * (μ − LSL) / σ: the lower limit's distance from the mean in standard deviations.
     */
    zLower?: number;
    /**
     * The share of output above USL, a fraction (0 without an upper limit).
     */
    fractionAbove: number;
    /**
     * The share of output below LSL, a fraction (0 without a lower limit).
     */
    fractionBelow: number;
    /**
     * The share outside the limits, a fraction.
     */
    fractionOutside: number;
    /**
     * The same in parts per million.
     */
    ppmOutside: number;
}

/**
 * Result of {@link processCycleEfficiency}.
 */
export interface ProcessCycleEfficiencyResult {
    /**
     * The sum of the value-added activities' times (or as given).
     */
    valueAddedTime: number;
    /**
     * The sum of the other activities' times (or lead time − value-added time).
     */
    nonValueAddedTime: number;
    /**
     * The total lead time: the end of the last activity (or as given).
     */
    leadTime: number;
    /**
     * PCE = value-added time / lead time, a fraction in (0, 1].
     */
    efficiency: number;
    /**
     * Each activity with its start, end and share, in order; empty for totals.
     */
    activities: ActivitySpanResult[];
}

/**
 * Result of {@link processFlow}. Rates are per hour; times are in `timeUnit`.
 */
export interface ProcessFlowResult {
    /**
     * Each step, in the order of `steps`.
     */
    steps: StepFlowResult[];
    /**
     * The ids of the bottleneck steps (lowest capacity; all of them on a tie), in order.
     */
    bottlenecks: string[];
    /**
     * The lowest step capacity, units per hour.
     */
    processCapacityPerHour: number;
    /**
     * timeUnitsPerHour / process capacity: time between units when the process runs at capacity, in `timeUnit`.
     */
    cycleTime: number;
    /**
     * Σ unit times: the time one unit takes through the process without waiting, in `timeUnit`.
     */
    flowTime: number;
    /**
     * Units demanded per hour (when given).
     */
    demandRate?: number;
    /**
     * min(demand, process capacity), units per hour (the process capacity without demand).
     */
    throughputPerHour: number;
    /**
     * What limits the throughput (when `demandRate` is given).
     */
    constraint?: ProcessConstraint;
    /**
     * The time unit used.
     */
    timeUnit: ProcessTimeUnit;
    /**
     * How many time units make an hour (60 for minutes).
     */
    timeUnitsPerHour: number;
}

/**
 * Result of {@link productionOrderQuantityBatch}: one `Float64Array` per figure, one
 * entry per item.
 */
export interface ProductionOrderQuantityBatchResult {
    /**
     * Q* = √(2DS / (H (1 − D/p))), units per run.
     */
    quantity: Float64Array;
    /**
     * Setup plus holding cost per period at Q* (production cost excluded).
     */
    totalCost: Float64Array;
    /**
     * Imax = Q* (1 − D/p), the stock at the end of a run, units.
     */
    maxInventory: Float64Array;
    /**
     * D / Q*, production runs per period.
     */
    runsPerPeriod: Float64Array;
}

/**
 * Result of {@link productionOrderQuantityCostCurve}: columns of equal length, one entry
 * per lot size.
 */
export interface ProductionOrderQuantityCostCurveResult {
    /**
     * Lot sizes Q, units, ascending.
     */
    quantity: number[];
    /**
     * (D / Q) × S at each Q, money per period.
     */
    setupCostPerPeriod: number[];
    /**
     * (Q / 2) × H (1 − D/p) at each Q (the average stock times H), money per period.
     */
    holdingCostPerPeriod: number[];
    /**
     * Setup plus holding cost at each Q, money per period.
     */
    totalCost: number[];
    /**
     * TC(Q) / TC(Q*) − 1 at each Q: the extra cost of runs of Q instead of Q* (0.25 = 25 % more).
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
 * Result of {@link productionOrderQuantity}: the optimal run size and the figures a
 * textbook shows with it.
 */
export interface ProductionOrderQuantityResult {
    /**
     * Q* = √(2DS / (H (1 − D/p))), units per run.
     */
    quantity: number;
    /**
     * Setup plus holding cost per period at Q* (production cost excluded).
     */
    totalCost: number;
    /**
     * (D / Q*) × S, money per period.
     */
    setupCostPerPeriod: number;
    /**
     * (Imax / 2) × H, money per period.
     */
    holdingCostPerPeriod: number;
    /**
     * D / Q*, production runs per period.
     */
    runsPerPeriod: number;
    /**
     * T = Q* / D, time from the start of one run to the start of the next, in periods.
     */
    cycleTime: number;
    /**
     * Q* / p, how long each run lasts, in periods.
     */
    productionRunTime: number;
    /**
     * Imax = Q* (1 − D/p), the stock at the end of a run, units.
     */
    maxInventory: number;
    /**
     * Imax / 2, units.
     */
    averageInventory: number;
    /**
     * 1 − D/p: the share of each run's output that goes into stock.
     */
    buildUpFraction: number;
    /**
     * The H used, money per unit per period (holdingRate × unitCost when given as a rate).
     */
    holdingCost: number;
    /**
     * The cycle time in working days (when `workingDays` is given).
     */
    cycleTimeDays?: number;
    /**
     * The production run time in working days (when `workingDays` is given).
     */
    productionRunTimeDays?: number;
    /**
     * D / working days, units per day (when `workingDays` is given).
     */
    dailyDemand?: number;
    /**
     * p / working days, units per day (when `workingDays` is given).
     */
    dailyProductionRate?: number;
    /**
     * Inventory over one cycle: 0 when a run starts, Imax when it ends, 0 at the cycle time.
     */
    inventoryProfile: InventoryProfileResult;
}

/**
 * Result of {@link productivity}.
 */
export interface ProductivityResult {
    /**
     * One entry per period, in the order given.
     */
    periods: PeriodProductivityResult[];
    /**
     * The change from the first period to the second (with two periods).
     */
    change?: ProductivityChangeResult;
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
 * Result of {@link rankWeights}.
 */
export interface RankWeightsResult {
    /**
     * Each criterion's weight, in the order of `ranks`: the mean of the positional
     * weights of the positions it occupies. They sum to 1.
     */
    weights: number[];
    /**
     * w_p for positions p = 1..n, before ties are averaged.
     */
    positionalWeights: number[];
    /**
     * The positions each criterion occupies, in the order of `ranks`.
     */
    positions: RankPositionResult[];
}

/**
 * Result of {@link reorderPointBatch}: one `Float64Array` per figure, one entry per item.
 */
export interface ReorderPointBatchResult {
    /**
     * Safety stock z σ_dL, units.
     */
    safetyStock: Float64Array;
    /**
     * Reorder point d L + z σ_dL, units.
     */
    reorderPoint: Float64Array;
}

/**
 * Result of {@link reorderPoint}: the reorder point, the safety stock, and what they mean.
 */
export interface ReorderPointResult {
    /**
     * d × L: mean demand during the lead time, units.
     */
    meanLeadTimeDemand: number;
    /**
     * σ: standard deviation of demand during the lead time, units.
     */
    sigmaLeadTimeDemand: number;
    /**
     * Which formula gave σ.
     */
    variability: LeadTimeVariability;
    /**
     * The safety factor z, exact (tables print it rounded to two decimals).
     */
    z: number;
    /**
     * Φ(z): the cycle service level, P(no stockout in a cycle); a normal table read at z shows it.
     */
    serviceLevel: number;
    /**
     * 1 − Φ(z): the probability of a stockout in one order cycle.
     */
    stockoutProbability: number;
    /**
     * z × σ, units (negative below a 50 % service level).
     */
    safetyStock: number;
    /**
     * d × L + z × σ, units: order when the inventory position falls to it.
     */
    reorderPoint: number;
    /**
     * G(z): the standard normal loss function at z.
     */
    unitNormalLoss: number;
    /**
     * σ × G(z): expected units short per order cycle.
     */
    expectedShortagePerCycle: number;
    /**
     * 1 − expected shortage / Q: the share of demand met from stock (when `orderQuantity` is given).
     */
    fillRate?: number;
}

/**
 * Result of {@link scenarioChanges}.
 */
export interface ScenarioChangesResult {
    /**
     * One change per figure, in the order given.
     */
    changes: ScenarioChange[];
}

/**
 * Result of {@link scoreKpi}.
 */
export interface KpiScoreResult {
    /**
     * The score after `cap` or `clamp` (1 = on target).
     */
    score: number;
    /**
     * The score before `cap` or `clamp`.
     */
    rawScore: number;
    /**
     * 100 × actual / target, percent; absent when the target is 0 or (target range) not given.
     */
    percentOfTarget?: number;
    /**
     * Distance from target, positive when better: actual − target (higher is better,
     * binary), target − actual (lower is better); for a target range 0 inside the band
     * and minus the distance to it outside.
     */
    variance: number;
    /**
     * The name of the status band the score is in.
     */
    status: string;
    /**
     * The index of that band, 0 = worst.
     */
    statusIndex: number;
    /**
     * The baseline used, given or default (higher/lower is better only).
     */
    baseline?: number;
}

/**
 * Result of {@link scorecard}. Scores are fractions (1 = on target).
 */
export interface ScorecardResult {
    /**
     * The total score: with a weighted average, the sum of the perspectives' contributions.
     */
    score: number;
    /**
     * Its status band's name.
     */
    status: string;
    /**
     * Its status band's index, 0 = worst.
     */
    statusIndex: number;
    /**
     * The roll-up used.
     */
    rollup: ScorecardRollup;
    /**
     * Each perspective, in input order, with its objectives and KPIs.
     */
    perspectives: PerspectiveResult[];
    /**
     * The nodes left out, in input order: KPIs without actual, and objectives and
     * perspectives left without any scored KPI.
     */
    missing: MissingNodeResult[];
    /**
     * Every scored KPI, the largest effective weight first (input order on ties).
     */
    sensitivity: KpiSensitivityResult[];
}

/**
 * Result of {@link sixSigma}.
 */
export interface SixSigmaResult {
    /**
     * units × opportunities per unit: the chances for a defect, in all.
     */
    opportunities: number;
    /**
     * DPU = defects / units.
     */
    dpu: number;
    /**
     * DPO = defects / (units × opportunities per unit), a fraction from 0 to 1.
     */
    dpo: number;
    /**
     * DPMO = DPO × 1,000,000: defects per million opportunities.
     */
    dpmo: number;
    /**
     * 1 − DPO: the share of opportunities without a defect, a fraction.
     */
    opportunityYield: number;
    /**
     * z = Φ⁻¹(1 − DPO), the long-term z. Absent when DPO is 0 (no defects: no finite
     * level) or 1 (every opportunity defective).
     */
    longTermZ?: number;
    /**
     * z + 1.5: the short-term process sigma level of the Six Sigma tables (3.4 DPMO is
     * 6, 66,807 DPMO is 3). Absent with `longTermZ`.
     */
    sigmaLevel?: number;
}

/**
 * Result of {@link taktTime}.
 */
export interface TaktTimeResult {
    /**
     * shifts × (available time − breaks), in the time unit given.
     */
    productiveTime: number;
    /**
     * Productive time / demand: the time between finished units that meets demand.
     */
    taktTime: number;
    /**
     * Demand / productive time: units per time unit.
     */
    outputRate: number;
}

/**
 * Result of {@link unitCost}.
 */
export interface UnitCostResult {
    /**
     * The units, as given.
     */
    units: number;
    /**
     * The sum of the components' costs, money.
     */
    totalCost: number;
    /**
     * totalCost / units, money per unit.
     */
    unitCost: number;
    /**
     * Each component in the order given; their unit costs add up to `unitCost`, their shares to 1.
     */
    components: ComponentUnitCostResult[];
}

/**
 * The break-even chart in money, as columns of equal length against sales revenue R
 * (in the given mix): points at 0, BEP$, the forecast revenue (when given) and the end.
 */
export interface BreakEvenMixChartResult {
    /**
     * Sales revenue R, money per period, ascending, from 0: the x axis and the revenue line.
     */
    revenue: number[];
    /**
     * F + (1 − weighted contribution) × R, money per period.
     */
    totalCost: number[];
    /**
     * F at every point, money per period.
     */
    fixedCost: number[];
    /**
     * Weighted contribution × R − F, money per period.
     */
    profit: number[];
}

/**
 * The break-even chart's straight lines, as columns of equal length: points at volume
 * 0, the break-even volume, the expected and target volumes (when given) and the end.
 */
export interface BreakEvenChartResult {
    /**
     * Volumes x, units per period, ascending, from 0.
     */
    volume: number[];
    /**
     * P × x, money per period.
     */
    revenue: number[];
    /**
     * F + V × x, money per period.
     */
    totalCost: number[];
    /**
     * F at every volume, money per period.
     */
    fixedCost: number[];
    /**
     * (P − V) × x − F, money per period.
     */
    profit: number[];
}

/**
 * The change of one figure, in {@link ScenarioChangesResult}.
 */
export interface ScenarioChange {
    /**
     * after − before, in the figure's unit.
     */
    difference: number;
    /**
     * (after − before) / |before|, a fraction (0.1 = 10 % more); absent when before is 0.
     */
    relative?: number;
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
 * The comparison most at odds with the weights: the largest ε + 1/ε over the upper
 * triangle, ε = a_ij w_j / w_i. Revising it toward `implied` helps consistency most.
 */
export interface InconsistentComparisonResult {
    /**
     * Its row i, counting from 0.
     */
    row: number;
    /**
     * Its column j > i, counting from 0.
     */
    column: number;
    /**
     * a_ij, the judgement given.
     */
    value: number;
    /**
     * w_i / w_j, the judgement the weights imply.
     */
    implied: number;
    /**
     * ε = a_ij w_j / w_i (1 when the judgement agrees with the weights).
     */
    ratio: number;
    /**
     * ε + 1/ε (2 for perfect agreement).
     */
    deviation: number;
}

/**
 * The cut points of each axis, `[low, high]` on the scale: below `low` is low, from
 * `high` is high. Default: the thirds of the scale (7/3 and 11/3 on 1 to 5).
 */
export interface NineBoxCutsOptions {
    /**
     * The performance cuts.
     */
    performance?: [number, number];
    /**
     * The potential cuts.
     */
    potential?: [number, number];
}

/**
 * The cut points used.
 */
export interface NineBoxCutsResult {
    /**
     * The performance cuts, [low, high].
     */
    performance: [number, number];
    /**
     * The potential cuts, [low, high].
     */
    potential: [number, number];
}

/**
 * The forecast's outcome (when the mix is given in forecast units).
 */
export interface MixForecastResult {
    /**
     * Σ P × units, money per period.
     */
    revenue: number;
    /**
     * Σ (P − V) × units, money per period.
     */
    contribution: number;
    /**
     * Σ (P − V) × units − F, money per period; negative for a loss.
     */
    profit: number;
    /**
     * Forecast revenue − BEP$, money per period (negative below break-even).
     */
    marginOfSafetyRevenue: number;
    /**
     * (Forecast revenue − BEP$) / forecast revenue.
     */
    marginOfSafetyRatio: number;
}

/**
 * The grade bands: ascending cut points on the 0-to-1 grade and the bands' names.
 */
export interface OkrGradesOptions {
    /**
     * Ascending cut points: default [0.4, 0.7] (red below 0.4, amber below 0.7, green
     * from 0.7: Doerr's 0.0–0.3 / 0.4–0.6 / 0.7–1.0 made contiguous).
     */
    thresholds?: number[];
    /**
     * The bands' names, worst first, one more than the cut points: default
     * ["red", "amber", "green"].
     */
    statusNames?: string[];
}

/**
 * The guideline distribution.
 */
export interface CalibrationGuidelineOptions {
    /**
     * 1 to 20 bands, lowest scores first.
     */
    bands: GuidelineBandOptions[];
}

/**
 * The level of a scorecard node: `"total"`, `"perspective"`, `"objective"` or `"kpi"`.
 */
export type ScorecardLevel = "total" | "perspective" | "objective" | "kpi";

/**
 * The machine time one product needs per period, in the time unit.
 */
export interface ProductRequirementResult {
    /**
     * The product's id, when given.
     */
    id?: string;
    /**
     * D × p: processing time per period.
     */
    processingTimeNeeded: number;
    /**
     * D / Q: setups (lots) per period (for a product made in lots).
     */
    setups?: number;
    /**
     * (D / Q) × s: setup time per period (0 without setups).
     */
    setupTimeNeeded: number;
    /**
     * D × p + (D / Q) × s: the product's machine time per period.
     */
    timeNeeded: number;
}

/**
 * The positions a criterion occupies in the order of importance (more than one when tied).
 */
export interface RankPositionResult {
    /**
     * The first position, counting from 1.
     */
    first: number;
    /**
     * The last position (equal to `first` without a tie).
     */
    last: number;
}

/**
 * The productivity of one period.
 */
export interface PeriodProductivityResult {
    /**
     * The output, as given.
     */
    output: number;
    /**
     * Each input's single-factor productivity, in the order given.
     */
    factors: FactorProductivityResult[];
    /**
     * The sum of every input's cost, money (when every cost is known).
     */
    totalCost?: number;
    /**
     * output / totalCost: multifactor productivity, output per unit of money (when every cost is known).
     */
    multifactorProductivity?: number;
}

/**
 * The random index table: `"saaty"` (Saaty 1980; the default) or `"alonsoLamata"`
 * (Alonso & Lamata 2006).
 */
export type RandomIndexTable = "saaty" | "alonsoLamata";

/**
 * The result for one competency.
 */
export interface Feedback360CompetencyResult {
    /**
     * The competency's id.
     */
    id: string;
    /**
     * Its name, when given.
     */
    name?: string;
    /**
     * Its weight normalised over all competencies (they sum to 1).
     */
    weight: number;
    /**
     * Each shown group, in order of first response.
     */
    groups: Feedback360GroupRatings[];
    /**
     * The self-rating, when given.
     */
    selfRating?: number;
    /**
     * The ratings of every shown group but self, pooled.
     */
    others?: RatingStatsResult;
    /**
     * The others' mean: pooled, or weighted by `groupWeights` over the groups that
     * rated the competency.
     */
    othersMean?: number;
    /**
     * selfRating − othersMean, when both exist.
     */
    gap?: number;
    /**
     * The gap against the threshold, when there is a gap.
     */
    signal?: Feedback360Signal;
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
 * The tasks read, ready for {@link balanceLine} and {@link compareRules}.
 */
export interface ParsedTasksResult {
    /**
     * The tasks, in the order of the text.
     */
    tasks: TaskOptions[];
}

/**
 * The total-cost lines and their lower envelope, as columns against volume: points at
 * 0, each crossover, the given volume and the end.
 */
export interface CrossoverChartResult {
    /**
     * Volumes x, units per period, ascending, from 0.
     */
    volume: number[];
    /**
     * For each option, in the order of `options`, F + V × x at each volume, money per period.
     */
    totalCost: number[][];
    /**
     * The lowest total cost at each volume, money per period.
     */
    lowestCost: number[];
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
 * The unit of a process's times (unit times, cycle time, flow time): `"second"`,
 * `"minute"` (the default) or `"hour"`. Rates are always per hour.
 */
export type ProcessTimeUnit = "second" | "minute" | "hour";

/**
 * The volume and revenue that earn the target profit.
 */
export interface TargetProfitResult {
    /**
     * The target, money per period, as given.
     */
    profit: number;
    /**
     * (F + profit) / (P − V), units per period.
     */
    volume: number;
    /**
     * P × volume, money per period.
     */
    revenue: number;
}

/**
 * The weights of what (goals) and how (competencies), 0 or more, not both 0, in any
 * unit (70 and 30).
 */
export interface AppraisalWeightsOptions {
    /**
     * The weight of the goal rating.
     */
    goals: number;
    /**
     * The weight of the competency rating.
     */
    competencies: number;
}

/**
 * What changed from the first period to the second.
 */
export interface ProductivityChangeResult {
    /**
     * after / before − 1 of the output, a fraction.
     */
    output: number;
    /**
     * The inputs found (by name) in both periods, in the first period's order.
     */
    factors: FactorChangeResult[];
    /**
     * after / before − 1 of multifactor productivity, a fraction (when both periods have one).
     */
    multifactorProductivity?: number;
}

/**
 * What limits the throughput: `"capacity"` (demand exceeds the process capacity) or
 * `"demand"` (the process can make all that is demanded).
 */
export type ProcessConstraint = "capacity" | "demand";

/**
 * What stocking a quantity leads to on average, over many periods like this one.
 */
export interface NewsvendorOutcomeResult {
    /**
     * E[D]: mean demand, units.
     */
    meanDemand: number;
    /**
     * E[max(D − Q, 0)]: expected demand not met, units.
     */
    expectedShortage: number;
    /**
     * E[max(Q − D, 0)]: expected units left over.
     */
    expectedLeftover: number;
    /**
     * E[min(D, Q)]: expected units sold.
     */
    expectedSales: number;
    /**
     * Cu × expected shortage + Co × expected leftover, money per period.
     */
    expectedCost: number;
    /**
     * price × sales + salvage × leftover − cost × Q, money per period (when costs are given as prices).
     */
    expectedProfit?: number;
    /**
     * P(D ≤ Q): the probability that the stock meets all demand.
     */
    serviceLevel: number;
    /**
     * P(D > Q): the probability of running out.
     */
    stockoutProbability: number;
}

/**
 * What the cutoffs divide: `"value"`, the cumulative share of annual value;
 * `"items"`, the cumulative share of the number of items (in value order).
 */
export type AbcBasis = "value" | "items";

/**
 * What the expected volume leads to.
 */
export interface BreakEvenAtVolumeResult {
    /**
     * x, units per period, as given.
     */
    volume: number;
    /**
     * P × x, money per period.
     */
    revenue: number;
    /**
     * V × x, money per period.
     */
    totalVariableCost: number;
    /**
     * F + V × x, money per period.
     */
    totalCost: number;
    /**
     * (P − V) × x, money per period.
     */
    contribution: number;
    /**
     * (P − V) × x − F, money per period; negative for a loss.
     */
    profit: number;
    /**
     * x − BEP, units: how far sales may fall before the product loses money (negative below break-even).
     */
    marginOfSafety: number;
    /**
     * P × x − BEP$, the margin of safety in money per period.
     */
    marginOfSafetyRevenue: number;
    /**
     * (x − BEP) / x, as a fraction of the volume (0.25 = 25 %).
     */
    marginOfSafetyRatio: number;
}

/**
 * What was achieved: the options of {@link goalScore} (an object with `goals`), or a
 * goal rating (an object with `rating`). The goal bands also name the overall rating.
 */
export type AppraisalGoalsOptions = GoalScoreOptions | GoalRatingOptions;

/**
 * When {@link balanceLineOptimal} or {@link minimizeCycleTime} stops searching (without limits: when it proves the optimum).
 */
export interface SearchLimitsOptions {
    /**
     * The most milliseconds of search (wall clock, measured with `Date.now()`); above zero.
     */
    timeMs?: number;
    /**
     * The most search nodes (tasks added to a partial station load); a whole number, at
     * least 1. Holds without a clock: the same nodes give the same answer everywhere.
     */
    nodes?: number;
    /**
     * The most memory, in MiB, for the sets of tasks the search remembers: 1 to 1024
     * (a wasm instance has 4 GiB at most); default 256.
     */
    memoryMb?: number;
}

/**
 * Whether more of a criterion is better (`"benefit"`, the default) or worse (`"cost"`).
 */
export type Direction = "benefit" | "cost";

/**
 * Which of the three was computed: `"wip"`, `"throughput"` or `"flowTime"`.
 */
export type LittlesLawUnknown = "wip" | "throughput" | "flowTime";

/**
 * Which scorecards have a node: `"both"`, `"onlyA"` or `"onlyB"`.
 */
export type ScorecardPresence = "both" | "onlyA" | "onlyB";

/**
 * Which variability the spread of lead-time demand comes from, and so which formula
 * gave σ: "demandOnly" σ_d √L, "leadTimeOnly" d σ_L, "both" √(L σ_d² + d² σ_L²).
 */
export type LeadTimeVariability = "demandOnly" | "leadTimeOnly" | "both";

/**
 * Which way a KPI is good:
 * - `"higherIsBetter"`: score = (actual − baseline) / (target − baseline), baseline
 *   below target, default 0 (so actual / target);
 * - `"lowerIsBetter"`: the same formula with the baseline above the target, default
 *   2 × target (so 1 − (actual − target) / target);
 * - `"targetRange"`: 1 inside [`min`, `max`], falling linearly to 0 at `min −
 *   lowerTolerance` and `max + upperTolerance` (a step to 0 on a side without tolerance);
 * - `"binary"`: 1 when actual ≥ target, else 0 (record yes/no as 1/0 against a target of 1).
 */
export type KpiDirection = "higherIsBetter" | "lowerIsBetter" | "targetRange" | "binary";

/**
 * Why the chosen task was chosen.
 */
export type ChoiceReasonName = "onlyCandidate" | "rule" | "tieBreak" | "lowestId";

/**
 * Why {@link balanceLineOptimal} or {@link minimizeCycleTime} stopped.
 */
export type StopReasonName = "optimal" | "nodeLimit" | "timeLimit" | "memory";


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
 * ABC analysis of a catalogue from typed arrays: each item's class, rank and cumulative
 * share of annual value, in item order, as {@link abcAnalysis} gives them in its rows.
 * The class of item `i` is `classes[class[i]]`.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`unitCost[12]`), for bad cutoffs (`cutoffs.b`), for a total value of zero
 * (`not_positive`, no field), or for columns of different lengths (`conflicting_fields`).
 */
export function abcBatch(options: AbcBatchOptions): AbcBatchResult;

/**
 * Weights from pairwise comparisons by the analytic hierarchy process (Saaty), with
 * λmax, the consistency index and ratio, the comparison to revise first when the
 * judgements are inconsistent, and the working.
 *
 * Throws an {@link OpscalcError} naming the field: `matrix[2][1]` with code
 * `not_reciprocal` when a_21 is not 1/a_12, `comparisons` with `missing_field` when a
 * pair is not compared (the message names it), `comparisons[3].b` with `unknown_id`.
 */
export function ahpWeights(options: AhpWeightsOptions): AhpWeightsResult;

/**
 * The appraisal: what (the goal rating) and how (the weighted competency rating)
 * combined with the what/how weights into an overall rating on the scale, its nearest
 * band and label, and the breakdown.
 *
 * Throws an {@link OpscalcError} naming the field (`competencies[2].rating` off the
 * scale, `weights` when both weights are 0).
 */
export function appraisal(options: AppraisalOptions): AppraisalResult;

/**
 * Balances an assembly line by a priority rule (the textbook station-oriented
 * heuristic): stations, their loads, the measures, and the trace of every choice.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options: unknown
 * predecessors (`unknown_id`), repeated ids (`duplicate_id`), precedence cycles
 * (`cycle`, naming a task on it), a task longer than the cycle time, more than 20000 tasks.
 */
export function balanceLine(options: BalanceLineOptions): BalanceLineResult;

/**
 * Balances a line in the fewest stations for a cycle time (SALBP-1), exactly: the
 * best priority-rule line first, then a branch, bound and remember search until the
 * optimum is proven or a limit is reached. Always returns a feasible line (the best
 * found so far) with the proven lower bound and why it stopped.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options: the errors of
 * {@link balanceLine}, and `limits.timeMs`, `limits.nodes` or `limits.memoryMb` out of range.
 */
export function balanceLineOptimal(options: BalanceLineOptimalOptions): BalanceLineOptimalResult;

/**
 * Balances an assembly line of numbered tasks by a priority rule: the heuristic of
 * {@link balanceLine} (ties by the tie-break rule, then the lowest number), with typed
 * arrays in and out and no trace, for large generated lines.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options: a time not
 * above zero (`times[3]`), an odd-length `precedence`, a number that is no task's
 * (`unknown_id`, `precedence[5]`), precedence cycles (`cycle`), a task longer than the
 * cycle time, more than 20000 tasks.
 */
export function balanceNumberedLine(options: BalanceNumberedLineOptions): BalanceNumberedLineResult;

/**
 * Single-product break-even analysis: BEP = F / (P − V) units and BEP$ = F / (1 − V / P),
 * the contribution margin, and, when asked, the profit and margin of safety at an
 * expected volume and the volume for a target profit; with the chart's lines.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (`unitPrice`
 * when it is not above `variableCost`: no volume breaks even).
 */
export function breakEven(options: BreakEvenOptions): BreakEvenResult;

/**
 * Crossover (cost-volume) analysis of two or more options, make or buy included (buy:
 * no fixed cost, the price as variable cost): the volumes where total costs
 * F + V × x are equal, x = (F1 − F2) / (V2 − V1), the cheapest option on each side,
 * and every option priced at a volume. Parallel lines (equal variable costs) never
 * cross: the lower fixed cost is cheaper everywhere, which is no error.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`options[1].fixedCost`).
 */
export function breakEvenCrossover(options: BreakEvenCrossoverOptions): BreakEvenCrossoverResult;

/**
 * Multi-product break-even analysis by sales mix (Heizer & Render's weighted
 * contribution): BEP$ = F / Σ (1 − V / P) × W, with W each product's share of sales
 * revenue, and each product's revenue, units and contribution at break-even.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`products[2].unitPrice`; `products` when the shares do not add up to 1 or the mix
 * does not contribute).
 */
export function breakEvenMix(options: BreakEvenMixOptions): BreakEvenMixResult;

/**
 * Calibrates ratings across managers, so a lenient and a strict manager rate alike:
 * `"zScore"` gives each manager's ratings the population's mean and spread
 * (μ + σ (x − mean_m) / sd_m; a manager whose ratings do not vary gets μ),
 * `"meanShift"` only the mean (x − mean_m + μ); results are clamped to the scale. μ
 * and σ are the population mean and standard deviation of all ratings. Returns the
 * ratings in input order, each manager's statistics, and the distribution over the
 * bands before and after against the guideline.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`ratings[3].employee` for a repeated employee, `guideline.bands` when the shares do
 * not add up to 1).
 */
export function calibrate(options: CalibrateOptions): CalibrateResult;

/**
 * Utilization (actual output / design capacity) and efficiency (actual output /
 * effective capacity) of a process, with the shares and losses between the three.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (an effective
 * capacity or an actual output above the design capacity, say).
 */
export function capacity(options: CapacityOptions): CapacityResult;

/**
 * Machines (or workers) a product mix needs: M = Σ [D p + (D / Q) s] / (N (1 − C)),
 * rounded up, with each product's processing and setup time and the utilization of
 * the machines that gives.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`products[2].lotSize` for a setup time without a lot size).
 */
export function capacityRequirement(options: CapacityRequirementOptions): CapacityRequirementResult;

/**
 * Balances one line by each rule (or the rules given) and ranks the results, best first.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options, as {@link balanceLine}.
 */
export function compareRules(options: CompareRulesOptions): CompareRulesResult;

/**
 * Compares two scorecards node by node (matched by level and id): each node's score in
 * `a` and `b` and the change, the biggest change first, and the totals.
 *
 * Throws an {@link OpscalcError} naming the field under `a` or `b`
 * (`b.perspectives[0].objectives[1].kpis[2].actual`).
 */
export function compareScorecards(options: CompareScorecardsOptions): CompareScorecardsResult;

/**
 * Converts a rate per one period into a rate per another (annual demand to daily:
 * `convertRate({ rate: 8000, fromPeriod: 250, toPeriod: 1 })` gives 32), scaling a
 * standard deviation by the square root of the ratio.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function convertRate(options: ConvertRateOptions): ConvertRateResult;

/**
 * Weights by CRITIC (Diakoulaki, Mavrotas & Papayannakis 1995): criteria whose
 * values spread widely and disagree with the others weigh more; a constant column
 * weighs 0 and leaves the other weights as they would be without it.
 *
 * Throws an {@link OpscalcError} naming the field (`matrix[2]` for a row of the wrong
 * length, `directions` for one of the wrong length).
 */
export function criticWeights(options: CriticWeightsOptions): CriticWeightsResult;

/**
 * On-time delivery (orders on time / orders), order fill rate (complete orders /
 * orders) and unit fill rate (units delivered / units ordered) of one period.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (more on-time
 * orders than orders, say).
 */
export function deliveryPerformance(options: DeliveryPerformanceOptions): DeliveryPerformanceResult;

/**
 * The density of a demand distribution, for a chart: a normal curve over μ ± 4σ
 * (161 points), the corners of a uniform step, or a discrete distribution's values and
 * probabilities; with the cumulative probability at each point.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (`demand.sd`).
 */
export function demandDensity(options: DemandDensityOptions): DemandDensityResult;

/**
 * Weights given directly, normalised to sum to 1: wᵢ = vᵢ / Σv.
 *
 * Throws an {@link OpscalcError} naming the field (`values[2]` for a negative value).
 */
export function directWeights(options: DirectWeightsOptions): DirectWeightsResult;

/**
 * Weights by Shannon entropy: criteria whose values differ more across the
 * alternatives weigh more; a constant column weighs 0.
 *
 * Throws an {@link OpscalcError} naming the field (`matrix[3][1]` for a negative
 * value, `matrix` when every column is constant).
 */
export function entropyWeights(options: EntropyWeightsOptions): EntropyWeightsResult;

/**
 * Economic order quantity: Q* = √(2DS / H), with its ordering and holding cost per
 * period, orders per period, cycle time and, given a lead time, the reorder point.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function eoq(options: EoqOptions): EoqResult;

/**
 * EOQ with planned shortages (backorders): the order quantity Q* = √(2DS / H × (H + B) / B)
 * and the backorder level b* = Q* H / (H + B) that minimise ordering, holding and
 * backorder cost, with the cycle's split between stock and backorder.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function eoqBackorders(options: EoqBackordersOptions): EoqBackordersResult;

/**
 * The EOQ with planned backorders of every item of a catalogue, from typed arrays: for
 * each item what {@link eoqBackorders} gives for its demand, ordering, holding and
 * backorder costs.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`backorderCost[12]`), or for columns of different lengths (`conflicting_fields`).
 */
export function eoqBackordersBatch(options: EoqBackordersBatchOptions): EoqBackordersBatchResult;

/**
 * Ordering, holding, backorder and total cost per period over a range of lot sizes,
 * each with its best backorder level, and the cost penalty of each against Q*.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.backorderCost`).
 */
export function eoqBackordersCostCurve(options: EoqBackordersCostCurveOptions): EoqBackordersCostCurveResult;

/**
 * The EOQ of every item of a catalogue, from typed arrays: for each item what
 * {@link eoq} gives for its demand, ordering cost and holding cost.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`demand[12]`), or for columns of different lengths (`conflicting_fields`).
 */
export function eoqBatch(options: EoqBatchOptions): EoqBatchResult;

/**
 * Ordering, holding and total cost per period over a range of lot sizes, and the cost
 * penalty of each against the EOQ: the data of the classic EOQ cost chart.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.demand`).
 */
export function eoqCostCurve(options: EoqCostCurveOptions): EoqCostCurveResult;

/**
 * Equal weights for `count` criteria: wᵢ = 1/n.
 *
 * Throws an {@link OpscalcError} naming `count` when it is 0 or above 10,000.
 */
export function equalWeights(options: EqualWeightsOptions): EqualWeightsResult;

/**
 * Every error code, in the order of the Rust `ErrorCode` enum.
 */
export function errorCodes(): ErrorCode[];

/**
 * The output to expect from a process: effective capacity × efficiency, and, given the
 * design capacity, the utilization that output means.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function expectedOutput(options: ExpectedOutputOptions): ExpectedOutputResult;

/**
 * A 360-degree feedback report. Groups with fewer than `minRatersPerGroup` raters
 * (3) are suppressed: listed by name only and left out of every figure; self and the
 * exempt groups (the manager) are always shown. Per competency and group: count, mean,
 * population sd and range; the others' mean (pooled, or weighted by group), the gap
 * self − others and its signal (a blind spot beyond `blindSpotShare` × the scale's
 * span, a hidden strength below minus that); the weighted overall scores.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`responses[2].ratings[1].competency` for an unknown competency,
 * `responses[2].ratings[1].value` off the scale).
 */
export function feedback360(options: Feedback360Options): Feedback360Result;

/**
 * Scores weighted goals: each goal as {@link scoreKpi} scores it, the weights
 * normalised to sum to 1, the achievement Σ wᵢ sᵢ (1 = on target), and its rating band.
 *
 * Throws an {@link OpscalcError} naming the field (`goals[1].actual` when a goal has
 * no actual value, `goals` when every weight is 0).
 */
export function goalScore(options: GoalScoreOptions): GoalScoreResult;

/**
 * Inventory turnover (cost of goods sold / average inventory) and weeks or days of
 * supply (average inventory / usage per week or day), with the share of assets held as
 * inventory when the total assets are given.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function inventoryTurns(options: InventoryTurnsOptions): InventoryTurnsResult;

/**
 * The number of kanbans: N = (d × L + SS) / C (Heizer & Render), or
 * N = D × T × (1 + X) / C (Stevenson), rounded up.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function kanbanCount(options: KanbanCountOptions): KanbanCountResult;

/**
 * Scores many actual values of one KPI rule, from typed arrays: for each item what
 * {@link scoreKpi} gives as its `score` and `statusIndex`, with targets, baselines and
 * band limits per item (`Float64Array`) or shared (a number). The status of item `i` is
 * `statuses[statusIndex[i]]`.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`actual[12]`, `baseline[3]`), for a rule missing a field (`target`), or for
 * columns of different lengths (`conflicting_fields`).
 */
export function kpiScoreBatch(options: KpiScoreBatchOptions): KpiScoreBatchResult;

/**
 * The output a cycle time allows: productive time / cycle time (the inverse of takt time).
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function lineOutput(options: LineOutputOptions): LineOutputResult;

/**
 * Little's law, I = R × T: given two of the average work in process I (units),
 * throughput R (units per time unit) and flow time T (time units), the third.
 *
 * Throws an {@link OpscalcError} for invalid options: code `missing_field` or
 * `conflicting_fields` with field `""` unless exactly two are given, and `not_positive`
 * for a zero divisor (`flowTime` when computing the throughput).
 */
export function littlesLaw(options: LittlesLawOptions): LittlesLawResult;

/**
 * Finds the shortest cycle time at which at most `stations` stations can do the work
 * (SALBP-2), exactly: the best priority-rule line first, then cycle times probed with
 * the branch, bound and remember search of {@link balanceLineOptimal} until the optimum
 * is proven or a limit is reached. Always returns a feasible line (the best found so
 * far) with a proven lower bound on the cycle time and why it stopped.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options: the task errors
 * of {@link balanceLine}; `stations` below 1; `tasks[i].time` with more than 9 decimal
 * places; `tasks` too large (work content above 2^28 units of the last decimal place);
 * `limits.timeMs`, `limits.nodes` or `limits.memoryMb` out of range.
 */
export function minimizeCycleTime(options: MinimizeCycleTimeOptions): MinimizeCycleTimeResult;

/**
 * The net promoter score: % promoters (9–10) − % detractors (0–6), from −100 to +100,
 * with each group's count and share. Asked of employees, it is the eNPS.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (`scores[3]`).
 */
export function netPromoterScore(options: NetPromoterScoreOptions): NetPromoterScoreResult;

/**
 * Newsvendor (single-period) model: the stock that minimises the expected cost of
 * shortage and leftover, from the critical ratio Cu / (Cu + Co), for normal, uniform
 * or discrete demand.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (demand errors
 * under `demand`, e.g. `demand.probabilities[2]`).
 */
export function newsvendor(options: NewsvendorOptions): NewsvendorResult;

/**
 * What stocking any quantity leads to under the newsvendor model: expected shortage,
 * leftover, sales, cost (and profit for prices), and the probability of meeting demand.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.demand.sd`).
 */
export function newsvendorOutcome(options: NewsvendorOutcomeOptions): NewsvendorOutcomeResult;

/**
 * Places people in the nine-box talent grid by performance and potential (low below
 * the low cut, high from the high cut), names each cell, and lists the people of each
 * of the 9 cells.
 *
 * Throws an {@link OpscalcError} naming the field (`people[1].potential` off the scale,
 * `cuts.performance[1]` not above the low cut).
 */
export function nineBox(options: NineBoxOptions): NineBoxResult;

/**
 * Overall equipment effectiveness: availability × performance × quality, the time lost
 * to each, and, given the calendar time, utilization and TEEP.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options: `downtime` when
 * it leaves no run time, `goodCount` above `totalCount`, and `idealCycleTime` (or
 * `idealRunRate`) when the count at the ideal speed takes longer than the run time
 * (performance above 100 %).
 */
export function oee(options: OeeOptions): OeeResult;

/**
 * Grades OKRs from 0 to 1: each key result's progress (current − start) / (target −
 * start) clamped to [0, 1], objectives and the whole as weighted averages, each with a
 * grade band and a `sandbagging` flag when every key result reached 1.
 *
 * Throws an {@link OpscalcError} naming the field (`objectives[0].keyResults[1].target`
 * when it equals the start).
 */
export function okrScore(options: OkrScoreOptions): OkrScoreResult;

/**
 * Reads the `.IN2` format of Scholl's assembly-line-balancing data: the number of tasks,
 * their times one a line, then precedence relations `i,j` one a line, ended by `-1,-1`.
 * Tasks are named "1" to "n".
 *
 * Throws an {@link OpscalcError} on field `text`, its message giving the line.
 */
export function parseIn2(options: ParseTasksOptions): ParsedTasksResult;

/**
 * Reads a task table: one task a line, `id,time,predecessors`, predecessors separated
 * by spaces or semicolons (`F,3,C;D`), or columns separated by tabs as a spreadsheet
 * copies them. A first line whose time has no digit is a header; blank lines and
 * lines starting with `#` are skipped.
 *
 * Throws an {@link OpscalcError} on field `text`, its message giving the line.
 */
export function parseTaskTable(options: ParseTasksOptions): ParsedTasksResult;

/**
 * Periodic review (fixed order interval): order up to T = d(R + L) + z σ_d √(R + L)
 * every R time units; with the stock on hand, the quantity to order now.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function periodicReview(options: PeriodicReviewOptions): PeriodicReviewResult;

/**
 * Process capability: Cp = (USL − LSL) / 6σ, Cpk = min((USL − μ) / 3σ, (μ − LSL) / 3σ),
 * and the expected share of output outside the specification limits.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function processCapability(options: ProcessCapabilityOptions): ProcessCapabilityResult;

/**
 * Process cycle efficiency: value-added time / total lead time, with each activity's
 * place on the timeline.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`activities[2].time`).
 */
export function processCycleEfficiency(options: ProcessCycleEfficiencyOptions): ProcessCycleEfficiencyResult;

/**
 * Capacity and flow of a process whose steps are in series, each with resources in
 * parallel: each step's capacity (resources / unit time), the bottleneck(s), the
 * process capacity, cycle time and flow time, and, given demand, each step's implied
 * utilization and the throughput.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`steps[2].unitTime` when a step has neither a unit time nor a capacity).
 */
export function processFlow(options: ProcessFlowOptions): ProcessFlowResult;

/**
 * Economic production quantity (production order quantity): the run size when each lot
 * is produced at a finite rate p while demand D continues, Q* = √(2DS / (H (1 − D/p))),
 * with its costs, maximum inventory, run time and cycle.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options, including
 * `productionRate` (code `out_of_range`) when it is not greater than `demand`.
 */
export function productionOrderQuantity(options: ProductionOrderQuantityOptions): ProductionOrderQuantityResult;

/**
 * The economic production quantity of every item of a catalogue, from typed arrays:
 * for each item what {@link productionOrderQuantity} gives for its demand, production
 * rate, setup cost and holding cost.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`productionRate[12]` when it does not exceed the demand), or for columns of
 * different lengths (`conflicting_fields`).
 */
export function productionOrderQuantityBatch(options: ProductionOrderQuantityBatchOptions): ProductionOrderQuantityBatchResult;

/**
 * Setup, holding and total cost per period over a range of lot sizes, and the cost
 * penalty of each against the EPQ: the data of the EPQ cost chart.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (model errors
 * under `model`, e.g. `model.productionRate`).
 */
export function productionOrderQuantityCostCurve(options: ProductionOrderQuantityCostCurveOptions): ProductionOrderQuantityCostCurveResult;

/**
 * Productivity for one or two periods: each input's single-factor productivity
 * (output / amount, output / cost), multifactor productivity (output / total cost),
 * and the change between periods (after / before − 1).
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`periods[1].inputs[0].amount`).
 */
export function productivity(options: ProductivityOptions): ProductivityResult;

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

/**
 * Weights from ranks (1 = most important) by rank sum, rank reciprocal or rank-order
 * centroid; tied criteria share the weights of the positions they occupy.
 *
 * Throws an {@link OpscalcError} naming the field (`ranks[1]` for a rank of 0).
 */
export function rankWeights(options: RankWeightsOptions): RankWeightsResult;

/**
 * Reorder point and safety stock for normally distributed lead-time demand:
 * ROP = d × L + z × σ, with z from a cycle service level (z = Φ⁻¹(p)) or from a fill
 * rate (z = G⁻¹((1 − fill rate) × Q / σ)).
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function reorderPoint(options: ReorderPointOptions): ReorderPointResult;

/**
 * The reorder point of every item of a catalogue at a cycle service level, from typed
 * arrays: for each item what {@link reorderPoint} gives as its safety stock and
 * reorder point. Each array is copied into wasm memory once.
 *
 * Throws an {@link OpscalcError} for the first bad item, its field with the item's
 * index (`demandRate[12]`), or for columns of different lengths (`conflicting_fields`).
 */
export function reorderPointBatch(options: ReorderPointBatchOptions): ReorderPointBatchResult;

/**
 * The change of each figure from scenario A to scenario B: B − A and (B − A) / |A|.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function scenarioChanges(options: ScenarioChangesOptions): ScenarioChangesResult;

/**
 * Scores a KPI's actual value against its target (see {@link KpiDirection} for the
 * four rules), applies `cap` or `clamp`, and names its status band.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options (`baseline` when
 * it is on the wrong side of the target, `min` when a target range has none).
 */
export function scoreKpi(options: ScoreKpiOptions): KpiScoreResult;

/**
 * Rolls a balanced scorecard up from its KPIs (each scored as by {@link scoreKpi}) to
 * objectives, perspectives and one total, by `rollup` at every level. KPIs without
 * `actual` are listed in `missing` and left out, their siblings' weights renormalised;
 * each node shows its normalised weight, effective weight (∂total/∂score) and
 * contribution, and `sensitivity` ranks the KPIs by effective weight.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options
 * (`perspectives[0].objectives[1].kpis[2].actual` for NaN, `…id` for a duplicate id,
 * `perspectives` when no KPI has an actual value).
 */
export function scorecard(options: ScorecardOptions): ScorecardResult;

/**
 * Six Sigma's defect measures: DPU, DPO, DPMO, the yield per opportunity and the
 * process sigma level Φ⁻¹(1 − DPO) + 1.5.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function sixSigma(options: SixSigmaOptions): SixSigmaResult;

/**
 * Takt time: (shifts × (available time − breaks)) / demand.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function taktTime(options: TaktTimeOptions): TaktTimeResult;

/**
 * Cost per unit: the period's total cost (material, labour, overhead, ...) over the good
 * units made, with each component's cost per unit and share of the total.
 *
 * Throws an {@link OpscalcError} naming the field for invalid options.
 */
export function unitCost(options: UnitCostOptions): UnitCostResult;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly abcAnalysis: (a: unknown) => [number, number, number];
    readonly abcBatch: (a: unknown) => [number, number, number];
    readonly ahpWeights: (a: unknown) => [number, number, number];
    readonly appraisal: (a: unknown) => [number, number, number];
    readonly balanceLine: (a: unknown) => [number, number, number];
    readonly balanceLineOptimal: (a: unknown) => [number, number, number];
    readonly balanceNumberedLine: (a: unknown) => [number, number, number];
    readonly breakEven: (a: unknown) => [number, number, number];
    readonly breakEvenCrossover: (a: unknown) => [number, number, number];
    readonly breakEvenMix: (a: unknown) => [number, number, number];
    readonly calibrate: (a: unknown) => [number, number, number];
    readonly capacity: (a: unknown) => [number, number, number];
    readonly capacityRequirement: (a: unknown) => [number, number, number];
    readonly compareRules: (a: unknown) => [number, number, number];
    readonly compareScorecards: (a: unknown) => [number, number, number];
    readonly convertRate: (a: unknown) => [number, number, number];
    readonly criticWeights: (a: unknown) => [number, number, number];
    readonly deliveryPerformance: (a: unknown) => [number, number, number];
    readonly demandDensity: (a: unknown) => [number, number, number];
    readonly directWeights: (a: unknown) => [number, number, number];
    readonly entropyWeights: (a: unknown) => [number, number, number];
    readonly eoq: (a: unknown) => [number, number, number];
    readonly eoqBackorders: (a: unknown) => [number, number, number];
    readonly eoqBackordersBatch: (a: unknown) => [number, number, number];
    readonly eoqBackordersCostCurve: (a: unknown) => [number, number, number];
    readonly eoqBatch: (a: unknown) => [number, number, number];
    readonly eoqCostCurve: (a: unknown) => [number, number, number];
    readonly equalWeights: (a: unknown) => [number, number, number];
    readonly errorCodes: () => unknown;
    readonly expectedOutput: (a: unknown) => [number, number, number];
    readonly feedback360: (a: unknown) => [number, number, number];
    readonly goalScore: (a: unknown) => [number, number, number];
    readonly inventoryTurns: (a: unknown) => [number, number, number];
    readonly kanbanCount: (a: unknown) => [number, number, number];
    readonly kpiScoreBatch: (a: unknown) => [number, number, number];
    readonly lineOutput: (a: unknown) => [number, number, number];
    readonly littlesLaw: (a: unknown) => [number, number, number];
    readonly minimizeCycleTime: (a: unknown) => [number, number, number];
    readonly netPromoterScore: (a: unknown) => [number, number, number];
    readonly newsvendor: (a: unknown) => [number, number, number];
    readonly newsvendorOutcome: (a: unknown) => [number, number, number];
    readonly nineBox: (a: unknown) => [number, number, number];
    readonly oee: (a: unknown) => [number, number, number];
    readonly okrScore: (a: unknown) => [number, number, number];
    readonly parseIn2: (a: unknown) => [number, number, number];
    readonly parseTaskTable: (a: unknown) => [number, number, number];
    readonly periodicReview: (a: unknown) => [number, number, number];
    readonly processCapability: (a: unknown) => [number, number, number];
    readonly processCycleEfficiency: (a: unknown) => [number, number, number];
    readonly processFlow: (a: unknown) => [number, number, number];
    readonly productionOrderQuantity: (a: unknown) => [number, number, number];
    readonly productionOrderQuantityBatch: (a: unknown) => [number, number, number];
    readonly productionOrderQuantityCostCurve: (a: unknown) => [number, number, number];
    readonly productivity: (a: unknown) => [number, number, number];
    readonly quantityDiscount: (a: unknown) => [number, number, number];
    readonly quantityDiscountCostCurve: (a: unknown) => [number, number, number];
    readonly rankWeights: (a: unknown) => [number, number, number];
    readonly reorderPoint: (a: unknown) => [number, number, number];
    readonly reorderPointBatch: (a: unknown) => [number, number, number];
    readonly scenarioChanges: (a: unknown) => [number, number, number];
    readonly scoreKpi: (a: unknown) => [number, number, number];
    readonly scorecard: (a: unknown) => [number, number, number];
    readonly sixSigma: (a: unknown) => [number, number, number];
    readonly taktTime: (a: unknown) => [number, number, number];
    readonly unitCost: (a: unknown) => [number, number, number];
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
