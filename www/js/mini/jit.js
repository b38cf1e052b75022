// Just-in-time, an operations tool: the kanban calculator (kanbans.js) told as JIT.
import kanbans from "./kanbans.js";

/** @type {import("./builder.js").MiniSpec} */
export default {
  ...kanbans,
  id: "jit",
  about:
    "Just-in-time (JIT) makes and moves only what the next step needs, when it needs it, so little stock waits between steps. Kanbans, cards or containers, signal what to make next. Their number caps the stock in the loop: enough to cover demand while a container goes round, plus a small safety margin.",
};
