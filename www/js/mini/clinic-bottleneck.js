// A clinic's bottleneck: each step's capacity, the slowest setting the pace.
import { formatNumber as n } from "../format.js";
import { processFlow } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "clinic-bottleneck",
  about:
    "In a clinic the work moving through the process is a patient: registration, triage by a nurse, the doctor, checkout. Each step can see its staff × 60 / minutes per patient patients an hour, and the slowest step, the bottleneck, sets the pace for all. Add a doctor, or shorten the visit, and see the bottleneck move.",
  options: {
    steps: [
      { id: "Registration", unitTime: 4, resources: 1 },
      { id: "Triage", unitTime: 10, resources: 2 },
      { id: "Doctor", unitTime: 20, resources: 3 },
      { id: "Checkout", unitTime: 3, resources: 1 },
    ],
    demandRate: 8,
    timeUnit: "minute",
  },
  fields: [
    { path: "steps[0].unitTime", label: "Registration", unit: "minutes a patient, 1 clerk", value: 4 },
    { path: "steps[1].unitTime", label: "Triage", unit: "minutes a patient, 2 nurses", value: 10 },
    { path: "steps[2].unitTime", label: "Doctor's visit", unit: "minutes a patient", value: 20 },
    { path: "steps[2].resources", label: "Doctors", unit: "working side by side", value: 3 },
    { path: "demandRate", label: "Patients arriving", unit: "per hour", value: 8 },
  ],
  compute: processFlow,
  results: [
    { label: "Bottleneck", text: (r) => r.bottlenecks.join(" and "), headline: true },
    { label: "Patients the clinic can see", text: (r) => `${n(r.processCapacityPerHour)} an hour` },
    { label: "Patients seen", text: (r) => `${n(r.throughputPerHour)} an hour, set by ${r.constraint === "demand" ? "the patients arriving" : "the bottleneck"}` },
    { label: "Each step, per hour", text: (r) => r.steps.map((step) => `${step.id} ${n(step.capacityPerHour)}`).join(", ") },
    { label: "Time through, without waiting", text: (r) => `${n(r.flowTime)} minutes` },
  ],
  working: (r) =>
    r.steps.map((step) => ({
      name: step.id,
      formula: "resources × 60 / minutes a patient",
      numbers: `${n(step.resources)} × 60 / ${n(step.unitTime)}`,
      value: `${n(step.capacityPerHour)} an hour`,
    })),
  source: "a made-up clinic, hand-computed: 15, 12, 9 and 20 patients an hour; the three doctors (9 an hour) are the bottleneck, with room for the 8 arriving.",
  link: "process-flow.html",
};
