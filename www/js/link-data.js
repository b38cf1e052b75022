// Reading a hand-built editor's data back from a page's link (form-state.js's
// `registerEditor`), where it may be old or edited by hand: keep what fits, drop the rest.

/** A value as an input's text: text and numbers kept, anything else empty. */
export const textFrom = (value) => (typeof value === "string" || typeof value === "number" ? String(value) : "");

/** The objects of a list; anything that is not a list has none. */
export const objectsIn = (value) => (Array.isArray(value) ? value.filter((item) => item !== null && typeof item === "object" && !Array.isArray(item)) : []);
