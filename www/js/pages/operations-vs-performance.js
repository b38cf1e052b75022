// Operations management vs performance management: the comparison table, with every
// metric and tool a button that opens a small calculator (www/js/mini/, one module
// each). Every number comes from the library through those calculators.
import appraisals from "../mini/appraisals.js";
import balancedScorecard from "../mini/balanced-scorecard.js";
import { miniCalculators } from "../mini/builder.js";
import customerSatisfaction from "../mini/customer-satisfaction.js";
import cycleTime from "../mini/cycle-time.js";
import employeeEngagement from "../mini/employee-engagement.js";
import feedback360 from "../mini/feedback-360.js";
import financialPerformance from "../mini/financial-performance.js";
import goalSetting from "../mini/goal-setting.js";
import inventoryLevels from "../mini/inventory-levels.js";
import jit from "../mini/jit.js";
import kpis from "../mini/kpis.js";
import lean from "../mini/lean.js";
import quality from "../mini/quality.js";
import sixSigma from "../mini/six-sigma.js";
import throughput from "../mini/throughput.js";
import tqm from "../mini/tqm.js";
import utilization from "../mini/utilization.js";
import { renderNav } from "../nav.js";

renderNav();

miniCalculators([
  // Operations: metrics, then tools.
  throughput, cycleTime, inventoryLevels, quality, utilization,
  lean, sixSigma, tqm, jit,
  // Performance: metrics, then tools.
  kpis, employeeEngagement, customerSatisfaction, financialPerformance,
  appraisals, balancedScorecard, feedback360, goalSetting,
]);
