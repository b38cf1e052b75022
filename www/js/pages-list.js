// The site's calculators, grouped by section in navigation order. A new calculator
// joins the site by adding one entry here (and its HTML page).

/**
 * @typedef {{ href: string, title: string, navTitle: string, section: string, summary: string }} Page
 *   `title` for the home page's list, `navTitle` (short) for the navigation bar.
 */

/** @type {Page[]} */
export const calculators = [
  {
    href: "eoq.html",
    title: "Economic order quantity",
    navTitle: "EOQ",
    section: "Inventory",
    summary:
      "How much to order at a time so that ordering plus holding cost is lowest: Q*, the cost curve, the reorder point.",
  },
  {
    href: "production-order-quantity.html",
    title: "Economic production quantity",
    navTitle: "EPQ",
    section: "Inventory",
    summary:
      "How much to make per run when stock is produced at a finite rate while demand goes on: Q*, maximum inventory, run time and cycle.",
  },
  {
    href: "backorders.html",
    title: "EOQ with planned backorders",
    navTitle: "Backorders",
    section: "Inventory",
    summary:
      "When customers will wait for the next delivery: the order quantity and planned shortage that cost least, and how each cycle splits.",
  },
  {
    href: "reorder-point.html",
    title: "Reorder point and safety stock",
    navTitle: "Reorder point",
    section: "Inventory",
    summary:
      "When to reorder if demand and lead time vary: safety stock for a cycle service level or a fill rate, and the lead-time demand curve.",
  },
  {
    href: "periodic-review.html",
    title: "Periodic review (fixed order interval)",
    navTitle: "Periodic review",
    section: "Inventory",
    summary:
      "Review stock every R days and order up to a target that covers demand until the next order arrives, with safety stock.",
  },
  {
    href: "newsvendor.html",
    title: "Newsvendor (single period)",
    navTitle: "Newsvendor",
    section: "Inventory",
    summary:
      "How much of a perishable item to stock for one period of uncertain demand: the critical ratio, for normal, uniform or discrete demand.",
  },
  {
    href: "quantity-discount.html",
    title: "Quantity discounts",
    navTitle: "Discounts",
    section: "Inventory",
    summary:
      "The cheapest order quantity when bigger orders get a lower price, all-units or incremental: the EOQ of every tier, the candidates, total cost with purchase.",
  },
  {
    href: "abc.html",
    title: "ABC analysis",
    navTitle: "ABC",
    section: "Inventory",
    summary:
      "Rank items by annual value and split them into classes A, B and C: shares, cumulative shares, class totals and the Pareto chart.",
  },
  // Capacity and process: capacity, capacity requirement, process flow, Little's law.
  {
    href: "capacity.html",
    title: "Capacity: utilization and efficiency",
    navTitle: "Capacity",
    section: "Capacity",
    summary:
      "How actual output compares with design and effective capacity: utilization, efficiency, and the output to expect from a new line.",
  },
  {
    href: "capacity-requirement.html",
    title: "Capacity requirements",
    navTitle: "Machines needed",
    section: "Capacity",
    summary:
      "How many machines or workers a product mix needs: processing and setup hours against the time available, with a capacity cushion.",
  },
  {
    href: "process-flow.html",
    title: "Process flow and bottlenecks",
    navTitle: "Process flow",
    section: "Capacity",
    summary:
      "Steps in series with resources in parallel: each step's capacity, the bottleneck, cycle time, flow time, and which steps cannot keep up with demand.",
  },
  {
    href: "littles-law.html",
    title: "Little's law",
    navTitle: "Little's law",
    section: "Capacity",
    summary: "Work in process = throughput × flow time: give any two, get the third.",
  },

  // Capacity and process: OEE, productivity, lean flow measures.
  {
    href: "oee.html",
    title: "Overall equipment effectiveness (OEE)",
    navTitle: "OEE",
    section: "Capacity",
    summary:
      "How much of the planned time made good parts at full speed: availability, performance, quality, the loss waterfall, and TEEP.",
  },
  {
    href: "productivity.html",
    title: "Productivity",
    navTitle: "Productivity",
    section: "Capacity",
    summary:
      "Output per unit of input, for one input (per labour-hour) or all of them in money (multifactor), and its change from one period to the next.",
  },
  {
    href: "lean.html",
    title: "Lean: process cycle efficiency and kanbans",
    navTitle: "Lean",
    section: "Capacity",
    summary:
      "How much of a process's lead time adds value, on a timeline of its activities; and how many kanbans a pull loop needs.",
  },

  // Capacity and process: break-even.
  {
    href: "break-even.html",
    title: "Break-even analysis",
    navTitle: "Break-even",
    section: "Capacity",
    summary:
      "The volume and revenue at which sales cover fixed and variable cost, for one product or a product mix, and the crossover volume between two or more processes, or making and buying.",
  },

  // Line balancing.
  {
    href: "line-balancing.html",
    title: "Assembly line balancing",
    navTitle: "Line balancing",
    section: "Line balancing",
    summary:
      "Takt time, then the tasks of a line assigned to stations by a priority rule: efficiency, idle time and smoothness, the precedence diagram, every step of the heuristic, the seven rules compared, and the optimal line by an exact search.",
  },

  // Performance: the balanced scorecard (builder and roll-up).
  {
    href: "scorecard.html",
    title: "Balanced scorecard",
    navTitle: "Scorecard",
    section: "Performance",
    summary:
      "KPIs scored from baseline to target, rolled up by weight through objectives and perspectives to one total: status colours, each node's contribution, sensitivity and the KPIs not measured yet.",
  },

  // Performance: weighting (AHP, and the weighting methods side by side).
  {
    href: "ahp.html",
    title: "Analytic hierarchy process (AHP)",
    navTitle: "AHP",
    section: "Performance",
    summary:
      "Weights from judgements in pairs on Saaty's scale: the eigenvector or geometric-mean weights, λmax, the consistency ratio, and which judgement to revise first.",
  },
  {
    href: "weighting.html",
    title: "Weighting methods side by side",
    navTitle: "Weighting",
    section: "Performance",
    summary:
      "The same criteria weighted by points, equally, by rank (rank sum, reciprocal, centroid) and by AHP pairwise comparisons: a table, bars and each formula to compare.",
  },

  // People: the appraisal (goals, OKRs, competencies).
  {
    href: "appraisal.html",
    title: "Performance appraisal",
    navTitle: "Appraisal",
    section: "People",
    summary:
      "Weighted goals scored against their targets and rated 1 to 5 (what), competency ratings (how), and the overall rating the what/how weights give, with its band, the breakdown and the working.",
  },
  {
    href: "okr.html",
    title: "OKR grading",
    navTitle: "OKRs",
    section: "People",
    summary:
      "Objectives and key results graded 0 to 1 the Google way: each key result from its start to its target, objectives and the whole as averages, red, amber or green, and a flag when every key result hit 1.0.",
  },

  // People: the 360-degree feedback report and calibration.
  {
    href: "feedback-360.html",
    title: "360-degree feedback report",
    navTitle: "360 feedback",
    section: "People",
    summary:
      "Ratings by self, manager, peers and direct reports: groups with too few raters withheld, each group's agreement, the self-rating against the others', blind spots and hidden strengths.",
  },
  {
    href: "calibration.html",
    title: "Rating calibration across managers",
    navTitle: "Calibration",
    section: "People",
    summary:
      "Lenient and strict managers' ratings moved onto one scale by z-score or mean shift, each manager's mean and spread, and the distribution before and after against a guideline.",
  },

  // Compare: the two disciplines side by side.
  {
    href: "operations-vs-performance.html",
    title: "Operations management vs performance management",
    navTitle: "Ops vs performance",
    section: "Compare",
    summary:
      "The two disciplines side by side (definition, goal, focus, metrics, tools), with a small live calculator behind every metric and tool: throughput, Six Sigma, KPIs, the balanced scorecard and more.",
  },
  // Compare: production management vs operations management, and one story from a
  // plant's operations numbers to its balanced scorecard.
  {
    href: "operations-vs-production.html",
    title: "Operations management vs production management",
    navTitle: "Ops vs production",
    section: "Compare",
    summary:
      "Goods only, or goods and services: the two side by side, point by point, each with a small calculator opened in place (EPQ, machines needed, line balancing, kanbans, OEE; a bank's capacity, a clinic's bottleneck, a bank queue, EOQ, make or buy).",
  },
  {
    href: "plant-story.html",
    title: "One story from operations to performance",
    navTitle: "Plant story",
    section: "Compare",
    summary:
      "A bottling line's week: shop-floor figures become OEE, utilization, inventory turns, on-time delivery and cost per bottle, which feed a balanced scorecard, so a breakdown on the line shows in the scores.",
  },
  // Using the library in your own code.
  {
    href: "use-the-library.html",
    title: "Use opscalc in your own app",
    navTitle: "Use the library",
    section: "Use the library",
    summary:
      "The same functions in Node or a web page: install, load the WebAssembly, call eoq, reorderPoint, scorecard and balanceLine, and handle errors, in copyable examples that the tests run.",
  },
];
