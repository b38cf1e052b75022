// The wait in a bank queue from Little's law: T = I / R.
import { formatNumber as n } from "../format.js";
import { littlesLaw } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "bank-queue",
  about:
    "Service operations manage queues where a factory manages stock. Little's law ties the three together: the customers in the queue (I) equal the rate at which they are served (R) times the time each one waits (T). Count the queue and the serving rate, and the wait follows; open a second counter (double the rate) and it halves.",
  fields: [
    { path: "wip", label: "Customers in the queue", symbol: "I", unit: "on average", value: 10 },
    { path: "throughput", label: "Customers served", symbol: "R", unit: "per minute", value: 2 },
  ],
  compute: littlesLaw,
  results: [{ label: "Time in the queue T", text: (r) => `${n(r.flowTime)} minutes`, headline: true }],
  working: (r) => [{ name: "Wait", formula: "T = I / R", numbers: `${n(r.wip)} / ${n(r.throughput)}`, value: `${n(r.flowTime)} minutes` }],
  source: "hand-computed: 10 customers waiting, served at 2 a minute, wait 5 minutes each.",
  link: "littles-law.html",
};
