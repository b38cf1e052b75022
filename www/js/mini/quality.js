// Quality, an operations metric: the OEE calculator (oee.js) leading with the quality rate.
import oee, { oeeResults } from "./oee.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  ...oee,
  id: "quality",
  about:
    "In operations, quality is often measured as the share of output that is good the first time, without rework. Overall equipment effectiveness (OEE) multiplies it with availability (the share of planned time the machine runs) and performance (its speed against the ideal).",
  results: [{ ...oeeResults.quality, headline: true }, oeeResults.availability, oeeResults.performance, oeeResults.oee],
};
