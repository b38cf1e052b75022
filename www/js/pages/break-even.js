// The break-even page: three calculators, each with its results, the working and its
// chart. One product (breakEven), a product mix (breakEvenMix), and the crossover of
// options, make or buy included (breakEvenCrossover).
import { renderNav } from "../nav.js";
import { setUpCrossover } from "./break-even/crossover.js";
import { setUpMix } from "./break-even/mix.js";
import { setUpSingle } from "./break-even/single.js";

renderNav();
setUpSingle();
setUpMix();
setUpCrossover();
