import init, { eoq } from "opscalc";

await init(); // Vite emits opscalc_bg.wasm as an asset; init() fetches it
const { quantity } = eoq({ demand: 1000, orderingCost: 10, holdingCost: 0.5 });
document.querySelector("#eoq").textContent = `Q* = ${quantity}`;
