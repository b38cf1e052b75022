// Financial performance: the break-even point.
import { formatMoney, formatNumber as n } from "../format.js";
import { breakEven } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "financial-performance",
  about:
    "Financial performance is judged by revenue, profit, margins and return on investment. A first question for any product: how many units must be sold to cover the fixed costs? Each unit sold contributes its price less its variable cost, the contribution margin, toward them.",
  formula: "break-even volume = fixed cost F / (price P − variable cost V)",
  fields: [
    { path: "fixedCost", label: "Fixed cost", symbol: "F", unit: "$", value: 10000 },
    { path: "unitPrice", label: "Price", symbol: "P", unit: "$ a unit", value: 4 },
    { path: "variableCost", label: "Variable cost", symbol: "V", unit: "$ a unit", value: 2.25 },
  ],
  compute: breakEven,
  results: [
    { label: "Break-even volume", text: (result) => `${n(result.breakEvenVolume)} units`, headline: true },
    { label: "Break-even revenue", text: (result) => formatMoney(result.breakEvenRevenue) },
    { label: "Contribution margin", text: (result) => `${formatMoney(result.contributionMargin, { cents: true })} a unit` },
  ],
  source: "Heizer & Render, Operations Management, capacity planning supplement (Jimmy Stephens, Inc.: 5,714 units, $22,857).",
  link: "break-even.html",
};
