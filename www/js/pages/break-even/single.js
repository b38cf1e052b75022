// The break-even page, part one: one product. The form to breakEven(); the break-even
// point, the outcome of an expected volume and a target profit, the working with the
// user's numbers, and the break-even chart.
import { applyExample, exampleButtons } from "../../examples.js";
import { formatMoney, formatNumber, formatPercent } from "../../format.js";
import { liveCalculator, readNumberFields } from "../../live-form.js";
import { breakEven } from "../../wasm.js";
import { renderWorking } from "../../working.js";
import { breakEvenCurves, drawBreakEvenChart, profitText, show, showWhen, signedNumber, signedPercent } from "./parts.js";

const n = formatNumber;
const money = formatMoney;
/** A price or a cost per unit, with cents as prices are printed: "$4.00". */
const price = (value) => formatMoney(value, { cents: true });

/** @type {import("../../examples.js").Example[]} */
const EXAMPLES = [
  {
    label: "Jimmy Stephens, Inc.",
    source:
      "Heizer & Render, Operations Management, capacity supplement (Jimmy Stephens, Inc.: direct labour $1.50 and material $0.75 a unit, so V = $2.25).",
    values: { "single-fixed-cost": "10000", "single-unit-price": "4", "single-variable-cost": "2.25" },
  },
  {
    label: "Berry pies",
    source:
      "Stevenson, Operations Management, capacity planning chapter (Old-Fashioned Berry Pies: equipment leased for $6,000 a month; 1,000 pies a month expected; a $4,000 profit wanted).",
    values: {
      "single-fixed-cost": "6000",
      "single-unit-price": "7",
      "single-variable-cost": "2",
      "single-volume": "1000",
      "single-target-profit": "4000",
    },
  },
];

export function setUpSingle() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("single-form"));
  const results = /** @type {HTMLElement} */ (document.getElementById("single-results"));
  const sourceLine = /** @type {HTMLElement} */ (document.getElementById("single-source"));

  const compute = () => {
    const options = readNumberFields(form);
    return { options, result: breakEven(options) };
  };
  const render = ({ options, result }) => {
    show("single-bep-volume", `${n(result.breakEvenVolume)} units`);
    show("single-bep-revenue", money(result.breakEvenRevenue));
    show("single-margin", `${price(result.contributionMargin)} per unit`);
    show("single-margin-ratio", formatPercent(result.contributionMarginRatio));
    const outcome = result.atVolume;
    if (outcome) {
      show("single-profit", profitText(outcome.profit));
      show(
        "single-safety",
        `${signedNumber(outcome.marginOfSafety)} units, ${money(outcome.marginOfSafetyRevenue)} (${signedPercent(outcome.marginOfSafetyRatio)} of x)`,
      );
    }
    if (result.target) {
      show("single-target-volume", `${n(result.target.volume)} units (${money(result.target.revenue)} of sales)`);
    }
    showWhen(results, "volume", outcome !== undefined);
    showWhen(results, "target", result.target !== undefined);
    showTheWorking(options, result);
    renderChart(result);
  };

  /** Scenario comparison: the break-even point and what the optional inputs bring; the chart's lines. */
  const units = (value) => `${n(value)} units`;
  const compare = {
    figures: ({ result }) => [
      { label: "Break-even volume BEP", value: result.breakEvenVolume, format: units },
      { label: "Break-even revenue BEP$", value: result.breakEvenRevenue, format: money },
      { label: "Contribution margin P − V", value: result.contributionMargin, format: price },
      { label: "Contribution margin ratio", value: result.contributionMarginRatio, format: formatPercent, percent: true },
      ...(result.atVolume
        ? [
            { label: "Profit at x", value: result.atVolume.profit, format: money },
            { label: "Margin of safety", value: result.atVolume.marginOfSafety, format: units },
          ]
        : []),
      ...(result.target ? [{ label: "Volume for the target profit", value: result.target.volume, format: units }] : []),
    ],
    curves: ({ result: { chart } }) =>
      breakEvenCurves({ ...chart, x: chart.volume, title: "Revenue and total cost against volume", xLabel: "Volume x (units per period)", yLabel: "Money per period ($)" }),
  };

  applyExample(form, EXAMPLES[0], sourceLine);
  const update = liveCalculator(form, { compute, render, results, compare });
  exampleButtons(document.getElementById("single-examples"), form, EXAMPLES.slice(1), sourceLine, update);
  document.getElementById("single-reset").addEventListener("click", () => {
    applyExample(form, EXAMPLES[0], sourceLine);
    update();
  });
}

/** The formulas with the user's numbers in place: inputs as typed, results from the library. */
function showTheWorking(options, result) {
  const F = n(options.fixedCost);
  const P = n(options.unitPrice);
  const V = n(options.variableCost);
  const margin = n(result.contributionMargin);
  /** @type {import("../../working.js").StepTuple[]} */
  const steps = [
    ["P − V", `${P} − ${V}`, `${price(result.contributionMargin)} per unit`],
    ["BEP = F / (P − V)", `${F} / ${margin}`, `${n(result.breakEvenVolume)} units`],
    [
      "BEP$ = F / (1 − V / P)",
      `${F} / (1 − ${V} / ${P}) = ${F} / ${n(result.contributionMarginRatio)}`,
      money(result.breakEvenRevenue),
    ],
  ];
  const outcome = result.atVolume;
  if (outcome) {
    const x = n(outcome.volume);
    steps.push(
      ["Profit = (P − V) x − F", `${margin} × ${x} − ${F}`, profitText(outcome.profit)],
      [
        "Margin of safety = x − BEP",
        `${x} − ${n(result.breakEvenVolume)}`,
        `${signedNumber(outcome.marginOfSafety)} units = ${signedPercent(outcome.marginOfSafetyRatio)} of x`,
      ],
    );
  }
  if (result.target) {
    steps.push([
      "x = (F + profit) / (P − V)",
      `(${F} + ${n(result.target.profit)}) / ${margin}`,
      `${n(result.target.volume)} units`,
    ]);
  }
  renderWorking(document.getElementById("single-working"), steps);
}

function renderChart(result) {
  const { chart } = result;
  const bep = result.breakEvenVolume;
  const end = chart.volume[chart.volume.length - 1];
  const markers = [{ x: bep, y: result.breakEvenRevenue, label: `BEP = ${n(bep)}` }];
  const outcome = result.atVolume;
  // The expected volume gets its own marker where its label does not run into the BEP's.
  if (outcome && Math.abs(outcome.volume - bep) > end / 6) {
    markers.push({ x: outcome.volume, y: outcome.revenue, label: `x = ${n(outcome.volume)}` });
  }
  drawBreakEvenChart(/** @type {SVGSVGElement} */ (document.getElementById("single-chart")), {
    x: chart.volume,
    revenue: chart.revenue,
    totalCost: chart.totalCost,
    fixedCost: chart.fixedCost,
    breakEven: bep,
    markers,
    title: "Revenue and total cost against volume, with the break-even point",
    description: `Revenue meets total cost at ${n(bep)} units and ${money(result.breakEvenRevenue)}: a loss below that volume, a profit above it.`,
    xLabel: "Volume x (units per period)",
    yLabel: "Money per period ($)",
  });
}
