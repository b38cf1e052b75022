// Loads the built web-target package (pkg/) in Node, as the README shows.
import { readFileSync } from "node:fs";

const packageUrl = new URL("../../pkg/", import.meta.url);
const opscalc = await import(new URL("opscalc.js", packageUrl).href);
opscalc.initSync({ module: readFileSync(new URL("opscalc_bg.wasm", packageUrl)) });

export default opscalc;
export const packageDirectory = packageUrl;
