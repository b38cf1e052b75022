// Make or buy: the volume at which making (fixed cost, lower unit cost) beats buying.
import { formatMoney, formatNumber as n } from "../format.js";
import { breakEvenCrossover } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "make-or-buy",
  about:
    "Operations management reaches past the factory gate to suppliers and logistics. Making a part has a fixed cost (equipment, staff) and a lower cost per unit; buying it has no fixed cost but a higher price. Below the crossover volume buying is cheaper, above it making is.",
  options: {
    options: [
      { id: "make", fixedCost: 150000, variableCost: 60 },
      { id: "buy", fixedCost: 0, variableCost: 80 },
    ],
  },
  fields: [
    { path: "options[0].fixedCost", label: "Making: fixed cost", unit: "$ a year", value: 150000 },
    { path: "options[0].variableCost", label: "Making: cost per unit", unit: "$", value: 60 },
    { path: "options[1].variableCost", label: "Buying: price per unit", unit: "$", value: 80 },
    { path: "volume", label: "Units needed", unit: "a year", value: 12000 },
  ],
  compute: breakEvenCrossover,
  results: [
    { label: "Crossover volume", text: (r) => (r.crossovers.length === 0 ? "none: one option is always cheaper" : r.crossovers.map((point) => `${n(point.volume)} units`).join(", ")), headline: true },
    { label: "Cheaper at the volume", text: (r, o) => (r.atVolume ? o.options[r.atVolume.cheapest].id : "") },
    { label: "Cost at the volume", text: (r, o) => (r.atVolume ? r.atVolume.options.map((option, index) => `${o.options[index].id} ${formatMoney(option.totalCost)}`).join(", ") : "") },
  ],
  working: (r, o) =>
    r.crossovers.map((point) => ({
      name: "Crossover",
      formula: "F_make / (price − V_make)",
      numbers: `${n(o.options[0].fixedCost)} / (${n(o.options[1].variableCost)} − ${n(o.options[0].variableCost)})`,
      value: `${n(point.volume)} units`,
    })),
  source: "hand-computed, after Stevenson, Operations Management, capacity planning chapter: making costs $150,000 a year plus $60 a unit, buying $80 a unit; they cross at 7,500 units, and at 12,000 making costs $870,000 against $960,000.",
  link: "break-even.html",
};
