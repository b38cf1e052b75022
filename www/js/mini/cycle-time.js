// Cycle time to meet demand: the takt time, time available / demand.
import { formatNumber as n } from "../format.js";
import { taktTime } from "../wasm.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  id: "cycle-time",
  about:
    "Cycle time is the time between one finished unit and the next. To keep up with demand, a line's cycle time can be no longer than the time available divided by the units needed, the takt time. With 480 minutes a day and 40 units to make, a unit must come off the line every 12 minutes.",
  formula: "cycle time needed (takt time) = time available / demand",
  fields: [
    { path: "availableTime", label: "Time available", unit: "minutes a day", value: 480 },
    { path: "demand", label: "Demand", unit: "units a day", value: 40 },
  ],
  compute: taktTime,
  results: [
    { label: "Cycle time needed", text: (result) => `${n(result.taktTime)} minutes a unit`, headline: true },
    { label: "Output rate", text: (result) => `${n(result.outputRate)} units a minute` },
  ],
  source: "Heizer & Render, Operations Management, Layout Strategies chapter (the wing component: 480 minutes a day for 40 units, a 12-minute cycle time).",
  link: "line-balancing.html",
};
