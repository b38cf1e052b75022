// A calculator's inputs in the page's link, so that a link reproduces them: each input
// is a query parameter named by its id (`?demand=1000&ordering-cost=10`), a table or
// editor one parameter of JSON, and scenario B's inputs the same names after `b.`.

/** The prefix of scenario B's parameters. */
export const SCENARIO_B = "b.";

/**
 * The state `prefix` holds in the page's link for a form whose state has `keys`, or
 * undefined when the link holds none of them. Editor keys (`editorKeys`) hold JSON;
 * a value that does not parse is left out.
 * @param {Set<string>} keys
 * @param {Set<string>} editorKeys
 * @param {string} prefix "" for scenario A, `SCENARIO_B` for B
 * @returns {Record<string, unknown> | undefined}
 */
export function stateFromUrl(keys, editorKeys, prefix) {
  const params = new URLSearchParams(location.search);
  /** @type {Record<string, unknown>} */
  const state = {};
  let found = false;
  for (const key of keys) {
    const text = params.get(prefix + key);
    if (text === null) continue;
    if (!editorKeys.has(key)) {
      state[key] = text;
      found = true;
      continue;
    }
    try {
      state[key] = JSON.parse(text);
      found = true;
    } catch {
      // A link cut short or edited by hand: keep the page's own value.
    }
  }
  return found ? state : undefined;
}

/**
 * Replaces the parameters of a form (its `keys`, for both scenarios) in the page's link
 * by `a` and, when comparing, `b`; other forms' parameters stay.
 * @param {Set<string>} keys
 * @param {Record<string, unknown>} a
 * @param {Record<string, unknown> | undefined} b
 */
export function writeUrl(keys, a, b) {
  const params = new URLSearchParams(location.search);
  for (const key of keys) {
    params.delete(key);
    params.delete(SCENARIO_B + key);
  }
  const put = (state, prefix) => {
    for (const [key, value] of Object.entries(state)) {
      params.set(prefix + key, typeof value === "string" ? value : JSON.stringify(value));
    }
  };
  put(a, "");
  if (b) put(b, SCENARIO_B);
  const query = params.toString();
  const url = `${location.pathname}${query ? `?${query}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, "", url);
}
