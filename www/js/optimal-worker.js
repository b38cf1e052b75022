// A module Web Worker that runs the exact line balancing search (balanceLineOptimal) off
// the page's thread, so that a search of seconds leaves the page free. It loads the wasm
// as wasm.js does, answers each message `{ id, options }` with `{ id, result }`, or with
// `{ id, error }`: the thrown OpscalcError as a plain object (code, field, reason,
// message), since an Error's own fields do not survive postMessage.
import init, { balanceLineOptimal } from "../pkg/opscalc.js";

// Listening before the wasm is ready, so that no message is missed while it loads.
const ready = init();

self.addEventListener("message", async ({ data: { id, options } }) => {
  try {
    await ready;
    self.postMessage({ id, result: balanceLineOptimal(options) });
  } catch (error) {
    self.postMessage({ id, error: { code: error?.code, field: error?.field, reason: error?.reason, message: String(error?.message ?? error) } });
  }
});
