// The exact line balancing search (balanceLineOptimal) in a module Web Worker
// (optimal-worker.js), so that a long search leaves the page free. One search at a
// time: a new search, or cancel(), ends the one running by terminating its worker (a
// search in wasm cannot be interrupted otherwise); the next search makes a new worker.
// Each request carries an id, and only the newest request's answer is delivered.

/**
 * @typedef {{ code?: string, field?: string, reason?: string, message: string }} SearchError
 * @typedef {{ result: import("../pkg/opscalc.js").BalanceLineOptimalResult } | { error: SearchError }} Answer
 */

/** A search runner: `run(options, onAnswer)`, `cancel()`, and whether a search is `running`. */
export function optimalSearch() {
  /** @type {Worker | undefined} */
  let worker;
  /** The id of the request the worker is working on; 0 when idle. */
  let running = 0;
  let lastId = 0;
  /** @type {(answer: Answer) => void} */
  let deliver = () => {};

  const stop = () => {
    worker?.terminate();
    worker = undefined;
    running = 0;
  };

  const answer = (/** @type {Answer} */ data) => {
    running = 0;
    deliver(data);
  };

  const start = () => {
    const made = new Worker(new URL("./optimal-worker.js", import.meta.url), { type: "module" });
    made.addEventListener("message", ({ data }) => {
      if (data.id === running) answer(data);
    });
    // The worker's script or the wasm failed to load: the request in hand cannot be answered.
    made.addEventListener("error", (event) => {
      event.preventDefault();
      if (running) answer({ error: { message: `The search could not start: ${event.message || "its worker failed to load"}.` } });
      stop();
    });
    return made;
  };

  return {
    /**
     * Starts a search (ending one running); `onAnswer` hears its answer, unless another
     * search or `cancel()` comes first.
     * @param {import("../pkg/opscalc.js").BalanceLineOptimalOptions} options
     * @param {(answer: Answer) => void} onAnswer
     */
    run(options, onAnswer) {
      if (running) stop();
      worker ??= start();
      lastId += 1;
      running = lastId;
      deliver = onAnswer;
      worker.postMessage({ id: lastId, options });
    },
    /** Ends the search running, if any: its answer never comes. */
    cancel() {
      if (running) stop();
    },
    get running() {
      return running !== 0;
    },
  };
}
