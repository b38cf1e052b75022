// Balancing a small assembly line: tasks to stations within the cycle time, longest first.
import { formatNumber as n, formatPercent as percent } from "../format.js";
import { balanceLine } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "line-balancing",
  about:
    "Scheduling a line means giving each station a set of tasks that fits within the cycle time, the time between two finished units, without breaking the order of the tasks: a bottle is rinsed before it is filled, capped after. Fewer stations means less idle time. Here the tasks are assigned longest first; shorten the cycle time and see a station added.",
  options: {
    tasks: [
      { id: "A", time: 0.4 },
      { id: "B", time: 0.5, predecessors: ["A"] },
      { id: "C", time: 0.3, predecessors: ["B"] },
      { id: "D", time: 0.4, predecessors: ["A"] },
      { id: "E", time: 0.6, predecessors: ["C", "D"] },
    ],
    rule: "longestTime",
    trace: false,
  },
  fields: [
    { path: "cycleTime", label: "Cycle time", symbol: "C", unit: "minutes a unit", value: 1 },
    { path: "tasks[0].time", label: "A: rinse", unit: "minutes, first", value: 0.4 },
    { path: "tasks[1].time", label: "B: fill", unit: "minutes, after A", value: 0.5 },
    { path: "tasks[2].time", label: "C: cap", unit: "minutes, after B", value: 0.3 },
    { path: "tasks[3].time", label: "D: label", unit: "minutes, after A", value: 0.4 },
    { path: "tasks[4].time", label: "E: pack", unit: "minutes, after C and D", value: 0.6 },
  ],
  compute: balanceLine,
  results: [
    { label: "Stations", text: (r) => n(r.stationCount), headline: true },
    { label: "Tasks by station", text: (r) => r.stations.map((station, index) => `${index + 1}: ${station.tasks.join(", ")}`).join(" · ") },
    { label: "Theoretical minimum", text: (r) => `${n(r.theoreticalMinimum)} stations` },
    { label: "Efficiency", text: (r) => percent(r.efficiency) },
    { label: "Idle time", text: (r) => `${n(r.idleTime)} minutes a unit` },
  ],
  working: (r) => [
    { name: "Theoretical minimum", formula: "⌈Σ task times / C⌉", numbers: `${n(r.totalTime)} / ${n(r.cycleTime)}`, value: n(r.theoreticalMinimum) },
    { name: "Efficiency", formula: "Σ task times / (stations × C)", numbers: `${n(r.totalTime)} / (${n(r.stationCount)} × ${n(r.cycleTime)})`, value: percent(r.efficiency) },
  ],
  source: "a made-up bottling cell of five tasks (2.2 minutes of work), assigned by the longest task time first.",
  link: "line-balancing.html",
};
