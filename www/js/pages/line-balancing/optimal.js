// The line balancing page's exact search: the fewest stations for the line in the form
// (balanceLineOptimal, run in a worker by optimal-search.js), its proven lower bound, why
// it stopped, and each priority rule's gap from it (scenarioChanges). It starts by itself
// a moment after the inputs settle, or at once from its button; a change of the inputs,
// or Cancel, ends a search running, and a result for other inputs is marked out of date.
// Every number shown comes from the library.
import { formatNumber, formatPercent } from "../../format.js";
import { numberValue } from "../../live-form.js";
import { optimalSearch } from "../../optimal-search.js";
import { show, tableCell } from "../../results.js";
import { scenarioChanges } from "../../wasm.js";
import { drawLineLoads, showStationTable } from "./stations.js";

/** Milliseconds of quiet inputs before a search starts by itself. */
const SETTLE = 400;

const STOPPED = {
  optimal: "the optimum is proven",
  timeLimit: "the time limit was reached",
  nodeLimit: "the node limit was reached",
  memory: "the memory limit was reached",
};

/** A change for display, with its sign: "+1", "0", "+16.67%". */
const signed = (text, value) => (value > 0 ? `+${text}` : text);

/**
 * @typedef {{ tasks: { id: string, time: number, predecessors: string[] }[], cycleTime: number,
 *   comparison: import("../../../pkg/opscalc.js").CompareRulesResult }} Line
 *   The page's line, as its priority rules balanced it.
 * @typedef {{ key: string, line: Line, options: import("../../../pkg/opscalc.js").BalanceLineOptimalOptions }} Request
 */

/**
 * Sets up the exact search section (#optimal). Give it each new line with `inputs(line)`,
 * or `inputs(undefined)` when the form has an error.
 * @param {{ ruleLabel: (rule: string) => string, stations: (count: number) => string,
 *   formats: () => import("./stations.js").Formats }} page
 */
export function setUpOptimal({ ruleLabel, stations, formats }) {
  const search = optimalSearch();
  const results = /** @type {HTMLElement} */ (document.getElementById("optimal-results"));
  const limit = /** @type {HTMLInputElement} */ (document.getElementById("optimal-time-limit"));
  const limitError = /** @type {HTMLElement} */ (document.getElementById("optimal-time-limit-error"));
  const formError = /** @type {HTMLElement} */ (document.getElementById("optimal-error"));
  const startButton = /** @type {HTMLButtonElement} */ (document.getElementById("optimal-start"));
  const cancelButton = /** @type {HTMLButtonElement} */ (document.getElementById("optimal-cancel"));
  const status = (text) => show("optimal-status", text);

  /** @type {Line | undefined} the page's line now; undefined while the form has an error */
  let line;
  /** @type {{ key: string, line: Line, result: import("../../../pkg/opscalc.js").BalanceLineOptimalResult } | undefined} */
  let shown;
  /** The key of the request being searched, or waiting to be. */
  let pending = "";
  let timer = 0;

  /** The search's options for the line and the time limit (seconds to milliseconds), keyed by their JSON. */
  const request = () => {
    if (!line) return undefined;
    const seconds = numberValue(limit);
    const options = { tasks: line.tasks, cycleTime: line.cycleTime, ...(seconds === undefined ? {} : { limits: { timeMs: seconds * 1000 } }) };
    return { key: JSON.stringify(options), line, options };
  };

  // Only Cancel shows that a search runs (besides the status): aria-busy on the section would silence its live status.
  const busy = (searching) => {
    cancelButton.disabled = !searching;
  };

  const clearErrors = () => {
    limit.removeAttribute("aria-invalid");
    limitError.textContent = "";
    formError.textContent = "";
  };

  /** Ends the search running or waiting to start. */
  const stop = () => {
    window.clearTimeout(timer);
    search.cancel();
    pending = "";
    busy(false);
  };

  const outOfDate = () => results.classList.toggle("stale", shown !== undefined && shown.key !== request()?.key);

  const start = () => {
    stop();
    const next = request();
    if (!next) return;
    clearErrors();
    pending = next.key;
    busy(true);
    status(next.options.limits ? `Searching… (for up to ${formatNumber(numberValue(limit) ?? 0)} seconds)` : "Searching… (until the optimum is proven)");
    search.run(next.options, (answer) => {
      pending = "";
      busy(false);
      if ("error" in answer) {
        showError(answer.error);
        outOfDate();
        return;
      }
      shown = { key: next.key, line: next.line, result: answer.result };
      render();
    });
  };

  /** A limit's error at the time limit; any other (the form shows those too) under the buttons. */
  const showError = (error) => {
    status("The search could not run.");
    if (error.field?.startsWith("limits")) {
      limit.setAttribute("aria-invalid", "true");
      limitError.textContent = error.reason ?? error.message;
    } else {
      formError.textContent = error.message;
    }
  };

  /** The inputs changed: search again once they settle, unless this very search is running or shown. */
  const changed = () => {
    const next = request();
    if (!next) {
      stop();
      outOfDate();
      status("The inputs above have an error: the search waits until it is fixed.");
      return;
    }
    if (next.key === pending) return;
    if (next.key === shown?.key) {
      stop();
      // The same line: its rules may be ranked anew (another tie-break) and its times written in another unit.
      shown.line = next.line;
      render();
      return;
    }
    stop();
    outOfDate();
    pending = next.key;
    status(shown ? "The inputs changed: the result below is out of date; a new search starts in a moment." : "A search starts in a moment.");
    timer = window.setTimeout(start, SETTLE);
  };

  const render = () => {
    if (!shown) return;
    const { result, line: searched } = shown;
    results.hidden = false;
    outOfDate();
    status(`Done: ${STOPPED[result.stop] ?? result.stop}.`);
    show("optimal-stations", stations(result.stationCount));
    show("optimal-bound", stations(result.lowerBound));
    show("optimal-proven", result.optimal ? "Yes" : `No: the fewest is ${stations(result.lowerBound)} or more, up to ${stations(result.stationCount)}`);
    show("optimal-stop", STOPPED[result.stop] ?? result.stop);
    show("optimal-nodes", formatNumber(result.nodes));
    show("optimal-elapsed", `${formatNumber(result.elapsedMs)} ms`);
    show(
      "optimal-note",
      result.heuristicStationCount === result.lowerBound
        ? "The best priority rule already meets the lower bound, so its line is optimal: there was nothing left to search."
        : result.optimal
          ? `No priority rule's line is optimal: the best needs ${stations(result.heuristicStationCount)}, the search found ${stations(result.stationCount)} and proved that no line needs fewer.`
          : `Not proven: the search stopped before it could rule out a line of ${stations(result.lowerBound)}. A longer time limit may find it, or prove it impossible.`,
    );
    showGaps(searched, result);
    const formatsNow = formats();
    showStationTable(/** @type {HTMLTableElement} */ (document.getElementById("optimal-station-table")), result.stations, formatsNow.time);
    const title = `${result.optimal ? "The optimal line" : "The best line found"}: station loads against the cycle time`;
    drawLineLoads(/** @type {SVGSVGElement} */ (document.getElementById("optimal-station-bars")), searched.tasks, result, title, formatsNow);
  };

  /** Each rule's stations, and how many more than the search's line it needs (scenarioChanges: from the search's count to the rule's). */
  const showGaps = (searched, result) => {
    const outcomes = searched.comparison.outcomes;
    const { changes } = scenarioChanges({ before: outcomes.map(() => result.stationCount), after: outcomes.map((outcome) => outcome.stationCount) });
    document.getElementById("optimal-gap-caption").textContent = result.optimal
      ? `Each rule against the optimum, ${stations(result.stationCount)}`
      : `Each rule against the best line found, ${stations(result.stationCount)} (not proven optimal)`;
    /** @type {HTMLTableElement} */ (document.getElementById("optimal-gap-table")).tBodies[0].replaceChildren(
      ...outcomes.map((outcome, index) => {
        const change = changes[index];
        const row = document.createElement("tr");
        const name = tableCell(ruleLabel(outcome.rule));
        if (change.difference === 0) {
          row.className = "chosen";
          const badge = document.createElement("span");
          badge.className = "badge";
          badge.textContent = result.optimal ? "optimal" : "as good as the best found";
          name.append(badge);
        }
        row.append(
          name,
          tableCell(formatNumber(outcome.stationCount)),
          tableCell(signed(formatNumber(change.difference), change.difference)),
          tableCell(change.relative === undefined ? "—" : signed(formatPercent(change.relative), change.relative)),
        );
        return row;
      }),
    );
  };

  startButton.addEventListener("click", start);
  cancelButton.addEventListener("click", () => {
    stop();
    outOfDate();
    status(
      shown === undefined
        ? "Cancelled: no result."
        : results.classList.contains("stale")
          ? "Cancelled. The result below is for earlier inputs."
          : "Cancelled. The result below still holds for these inputs.",
    );
    startButton.focus();
  });
  limit.addEventListener("input", () => {
    clearErrors();
    changed();
  });

  return {
    /** @param {Line | undefined} next the page's line, or undefined while its inputs have an error */
    inputs(next) {
      line = next;
      changed();
    },
  };
}
