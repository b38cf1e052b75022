// Production management vs operations management: a table of points, each with a small
// calculator opened in place (www/js/mini/, one module each). Every number shown is an
// input or a result of the library.
import bankCapacity from "../mini/bank-capacity.js";
import bankQueue from "../mini/bank-queue.js";
import { miniCalculators } from "../mini/builder.js";
import clinicBottleneck from "../mini/clinic-bottleneck.js";
import eoq from "../mini/eoq.js";
import epq from "../mini/epq.js";
import kanbans from "../mini/kanbans.js";
import lineBalancing from "../mini/line-balancing.js";
import machinesNeeded from "../mini/machines-needed.js";
import makeOrBuy from "../mini/make-or-buy.js";
import oee from "../mini/oee.js";
import { renderNav } from "../nav.js";

renderNav();

miniCalculators([
  // Production management, point by point.
  epq, machinesNeeded, lineBalancing, kanbans, oee,
  // Operations management.
  bankCapacity, clinicBottleneck, bankQueue, eoq, makeOrBuy,
]);
