// Throughput from Little's law: R = I / T.
import { formatNumber as n } from "../format.js";
import { littlesLaw } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "throughput",
  about:
    "Throughput is how many finished units a process turns out per unit of time: orders a day, patients an hour. Little's law ties it to the work in process (the units inside the process) and the flow time (how long each one spends there): a shop holding 400 jobs that each take 4 days to get through finishes 100 jobs a day.",
  formula: "Little's law: throughput R = work in process I / flow time T",
  fields: [
    { path: "wip", label: "Work in process", symbol: "I", unit: "units", value: 400 },
    { path: "flowTime", label: "Flow time", symbol: "T", unit: "days", value: 4 },
  ],
  compute: littlesLaw,
  results: [{ label: "Throughput R", text: (result) => `${n(result.throughput)} units a day`, headline: true }],
  source: "hand-computed, after Cachon & Terwiesch, Matching Supply with Demand, process analysis chapter.",
  link: "littles-law.html",
};
