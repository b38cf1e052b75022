// Loads the opscalc WebAssembly module once and re-exports its functions. Every
// number on this site comes from these functions; the pages only format and draw.
import init from "../pkg/opscalc.js";

await init();

export * from "../pkg/opscalc.js";
