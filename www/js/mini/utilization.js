// Utilization and efficiency: actual output over design and over effective capacity.
import { formatPercent } from "../format.js";
import { capacity } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "utilization",
  about:
    "Utilization is the share of design capacity (the most a process could make in ideal conditions) that is actually used. Efficiency compares the output with the effective capacity: design capacity less planned losses such as maintenance, changeovers and breaks.",
  formula: "utilization = actual output / design capacity; efficiency = actual output / effective capacity",
  fields: [
    { path: "designCapacity", label: "Design capacity", unit: "units a week", value: 201600 },
    { path: "effectiveCapacity", label: "Effective capacity", unit: "units a week", value: 175000 },
    { path: "actualOutput", label: "Actual output", unit: "units a week", value: 148000 },
  ],
  compute: capacity,
  results: [
    { label: "Utilization", text: (result) => formatPercent(result.utilization), headline: true },
    { label: "Efficiency", text: (result) => formatPercent(result.efficiency) },
  ],
  source: "Heizer & Render, Operations Management, capacity planning supplement (Sara James Bakery). Published: utilization 73.4%, efficiency 84.6%.",
  link: "capacity.html",
};
