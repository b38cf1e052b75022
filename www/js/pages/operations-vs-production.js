// Production management vs operations management: a table of points, each with a small
// calculator opened in place (mini-calculator.js). Every number shown is an input or a
// result of the library.
import { formatMoney, formatNumber, formatPercent } from "../format.js";
import { miniCalculator } from "../mini-calculator.js";
import { renderNav } from "../nav.js";
import {
  balanceLine,
  breakEvenCrossover,
  capacity,
  capacityRequirement,
  eoq,
  kanbanCount,
  littlesLaw,
  oee,
  processFlow,
  productionOrderQuantity,
} from "../wasm.js";

renderNav();

const n = formatNumber;
const percent = formatPercent;
const money = formatMoney;

/** @type {Record<string, import("../mini-calculator.js").MiniCalculatorSpec>} */
const calculators = {
  epq: {
    id: "epq",
    title: "Try it: how big a production run? (EPQ)",
    explanation:
      "A factory turns raw material into finished goods at its own pace, faster than customers take them, so stock builds up while a run is on and is used up between runs. The economic production quantity balances the cost of setting up a run against the cost of holding what piles up. Raise the setup cost and runs get longer; bring the production rate down towards demand and less piles up, so runs get longer too.",
    fields: [
      { id: "demand", field: "demand", label: "Demand", symbol: "D", unit: "units per year", value: 48000 },
      { id: "rate", field: "productionRate", label: "Production rate", symbol: "p", unit: "units per year while running", value: 192000 },
      { id: "setup", field: "setupCost", label: "Setup cost", symbol: "S", unit: "$ per run", value: 45 },
      { id: "holding", field: "holdingCost", label: "Holding cost", symbol: "H", unit: "$ per unit per year", value: 1 },
    ],
    outputs: [
      { id: "quantity", label: "Run size Q*", text: (r) => `${n(r.quantity)} units`, headline: true },
      { id: "max", label: "Most in stock", text: (r) => `${n(r.maxInventory)} units` },
      { id: "runs", label: "Runs per year", text: (r) => n(r.runsPerPeriod) },
      { id: "cost", label: "Setup + holding cost", text: (r) => `${money(r.totalCost)} a year` },
    ],
    compute: productionOrderQuantity,
    working: (r, o) => [
      { name: "Share that piles up", formula: "1 − D / p", numbers: `1 − ${n(o.demand)} / ${n(o.productionRate)}`, value: n(r.buildUpFraction) },
      { name: "Run size", formula: "Q* = √(2DS / (H (1 − D/p)))", numbers: `√(2 × ${n(o.demand)} × ${n(o.setupCost)} / (${n(o.holdingCost)} × ${n(r.buildUpFraction)}))`, value: n(r.quantity) },
    ],
    source: "Default inputs: Stevenson, Operations Management, inventory chapter (a toy maker's rubber wheels, 800 a day for 240 days). The book prints 2,400 wheels.",
    link: { href: "production-order-quantity.html", text: "Open the full EPQ calculator" },
  },

  "bank-capacity": {
    id: "bank-capacity",
    title: "Try it: a bank branch's capacity",
    explanation:
      "A bank's tellers serve customers as they arrive; what is not used today is lost. Design capacity is the most the branch could serve in a day; effective capacity allows for breaks, paperwork and the mix of transactions; actual output is what it did serve. Utilization compares the output with the design capacity, efficiency with the effective capacity.",
    fields: [
      { id: "design", field: "designCapacity", label: "Design capacity", unit: "customers a day", value: 400 },
      { id: "effective", field: "effectiveCapacity", label: "Effective capacity", unit: "customers a day", value: 340 },
      { id: "actual", field: "actualOutput", label: "Customers served", unit: "a day", value: 306 },
    ],
    outputs: [
      { id: "utilization", label: "Utilization", text: (r) => percent(r.utilization), headline: true },
      { id: "efficiency", label: "Efficiency", text: (r) => percent(r.efficiency) },
      { id: "cushion", label: "Capacity cushion", text: (r) => percent(r.capacityCushion) },
      { id: "unplanned", label: "Lost to what was not planned", text: (r) => `${n(r.unplannedLosses)} customers` },
    ],
    compute: capacity,
    working: (r, o) => [
      { name: "Utilization", formula: "actual / design", numbers: `${n(o.actualOutput)} / ${n(o.designCapacity)}`, value: percent(r.utilization) },
      { name: "Efficiency", formula: "actual / effective", numbers: `${n(o.actualOutput)} / ${n(o.effectiveCapacity)}`, value: percent(r.efficiency) },
    ],
    source: "Made-up branch, hand-computed: 306 / 400 = 76.5% utilization, 306 / 340 = 90% efficiency.",
    link: { href: "capacity.html", text: "Open the full capacity calculator" },
  },

  machines: {
    id: "machines",
    title: "Try it: how many machines does the plan need?",
    explanation:
      "Production planning turns a plan into the resources it needs. Each product takes its processing time per unit for every unit planned; the hours add up, and the machines needed are those hours over the hours one machine is available, rounded up. Raise a product's demand and see when a fourth machine is needed.",
    base: {
      products: [
        { id: "#1", demand: 400, processingTime: 5 },
        { id: "#2", demand: 300, processingTime: 8 },
        { id: "#3", demand: 700, processingTime: 2 },
      ],
    },
    fields: [
      { id: "demand-1", field: "products[0].demand", label: "Demand, product 1", unit: "units a year (5 hours each)", value: 400 },
      { id: "demand-2", field: "products[1].demand", label: "Demand, product 2", unit: "units a year (8 hours each)", value: 300 },
      { id: "demand-3", field: "products[2].demand", label: "Demand, product 3", unit: "units a year (2 hours each)", value: 700 },
      { id: "available", field: "availableTime", label: "Hours one machine works", symbol: "N", unit: "hours a year", value: 2000 },
    ],
    outputs: [
      { id: "machines", label: "Machines needed", text: (r) => n(r.machines), headline: true },
      { id: "hours", label: "Hours needed", text: (r) => `${n(r.timeNeeded)} hours` },
      { id: "exact", label: "Before rounding up", text: (r) => n(r.exactRequirement) },
      { id: "utilization", label: "Machine utilization", text: (r) => percent(r.utilization) },
    ],
    compute: capacityRequirement,
    working: (r, o) => [
      { name: "Hours needed", formula: "Σ D × p", numbers: r.products.map((product, index) => `${n(o.products[index].demand)} × ${n(o.products[index].processingTime)}`).join(" + "), value: n(r.timeNeeded) },
      { name: "Machines", formula: "hours needed / N", numbers: `${n(r.timeNeeded)} / ${n(o.availableTime)}`, value: `${n(r.exactRequirement)}, so ${n(r.machines)}` },
    ],
    source: "Default inputs: Stevenson, Operations Management, capacity planning chapter (one 8-hour shift, 250 days a year). The book prints 5,800 hours, 2.90 machines, so 3.",
    link: { href: "capacity-requirement.html", text: "Open the full capacity-requirement calculator" },
  },

  clinic: {
    id: "clinic",
    title: "Try it: where is a clinic's bottleneck?",
    explanation:
      "In a clinic the work moving through the process is a patient: registration, triage by a nurse, the doctor, checkout. Each step can see its staff × 60 / minutes per patient patients an hour, and the slowest step, the bottleneck, sets the pace for all. Add a doctor, or shorten the visit, and see the bottleneck move.",
    base: {
      steps: [
        { id: "Registration", unitTime: 4, resources: 1 },
        { id: "Triage", unitTime: 10, resources: 2 },
        { id: "Doctor", unitTime: 20, resources: 3 },
        { id: "Checkout", unitTime: 3, resources: 1 },
      ],
      demandRate: 8,
      timeUnit: "minute",
    },
    fields: [
      { id: "registration", field: "steps[0].unitTime", label: "Registration", unit: "minutes a patient, 1 clerk", value: 4 },
      { id: "triage", field: "steps[1].unitTime", label: "Triage", unit: "minutes a patient, 2 nurses", value: 10 },
      { id: "doctor", field: "steps[2].unitTime", label: "Doctor's visit", unit: "minutes a patient", value: 20 },
      { id: "doctors", field: "steps[2].resources", label: "Doctors", unit: "working side by side", value: 3 },
      { id: "demand", field: "demandRate", label: "Patients arriving", unit: "per hour", value: 8 },
    ],
    outputs: [
      { id: "bottleneck", label: "Bottleneck", text: (r) => r.bottlenecks.join(" and "), headline: true },
      { id: "capacity", label: "Patients the clinic can see", text: (r) => `${n(r.processCapacityPerHour)} an hour` },
      { id: "steps", label: "Each step, per hour", text: (r) => r.steps.map((step) => `${step.id} ${n(step.capacityPerHour)}`).join(", ") },
      { id: "flow", label: "Time through, without waiting", text: (r) => `${n(r.flowTime)} minutes` },
    ],
    compute: processFlow,
    working: (r) =>
      r.steps.map((step) => ({
        name: step.id,
        formula: "resources × 60 / minutes a patient",
        numbers: `${n(step.resources)} × 60 / ${n(step.unitTime)}`,
        value: `${n(step.capacityPerHour)} an hour`,
      })),
    source: "Made-up clinic, hand-computed: 15, 12, 9 and 20 patients an hour; the three doctors (9 an hour) are the bottleneck, with room for the 8 arriving.",
    link: { href: "process-flow.html", text: "Open the full process-flow calculator" },
  },

  line: {
    id: "line",
    title: "Try it: balance a small assembly line",
    explanation:
      "Scheduling a line means giving each station a set of tasks that fits within the cycle time, the time between two finished units, without breaking the order of the tasks: a bottle is rinsed before it is filled, capped after. Fewer stations means less idle time. Here the tasks are assigned longest first; shorten the cycle time and see a station added.",
    base: {
      tasks: [
        { id: "A", time: 0.4 },
        { id: "B", time: 0.5, predecessors: ["A"] },
        { id: "C", time: 0.3, predecessors: ["B"] },
        { id: "D", time: 0.4, predecessors: ["A"] },
        { id: "E", time: 0.6, predecessors: ["C", "D"] },
      ],
      rule: "longestTime",
      trace: false,
    },
    fields: [
      { id: "cycle", field: "cycleTime", label: "Cycle time", symbol: "C", unit: "minutes a unit", value: 1 },
      { id: "a", field: "tasks[0].time", label: "A: rinse", unit: "minutes, first", value: 0.4 },
      { id: "b", field: "tasks[1].time", label: "B: fill", unit: "minutes, after A", value: 0.5 },
      { id: "c", field: "tasks[2].time", label: "C: cap", unit: "minutes, after B", value: 0.3 },
      { id: "d", field: "tasks[3].time", label: "D: label", unit: "minutes, after A", value: 0.4 },
      { id: "e", field: "tasks[4].time", label: "E: pack", unit: "minutes, after C and D", value: 0.6 },
    ],
    outputs: [
      { id: "stations", label: "Stations", text: (r) => n(r.stationCount), headline: true },
      { id: "tasks", label: "Tasks by station", text: (r) => r.stations.map((station, index) => `${index + 1}: ${station.tasks.join(", ")}`).join(" · ") },
      { id: "minimum", label: "Theoretical minimum", text: (r) => `${n(r.theoreticalMinimum)} stations` },
      { id: "efficiency", label: "Efficiency", text: (r) => percent(r.efficiency) },
      { id: "idle", label: "Idle time", text: (r) => `${n(r.idleTime)} minutes a unit` },
    ],
    compute: balanceLine,
    working: (r) => [
      { name: "Theoretical minimum", formula: "⌈Σ task times / C⌉", numbers: `${n(r.totalTime)} / ${n(r.cycleTime)}`, value: n(r.theoreticalMinimum) },
      { name: "Efficiency", formula: "Σ task times / (stations × C)", numbers: `${n(r.totalTime)} / (${n(r.stationCount)} × ${n(r.cycleTime)})`, value: percent(r.efficiency) },
    ],
    source: "Made-up bottling cell of five tasks (2.2 minutes of work), assigned by the longest task time first.",
    link: { href: "line-balancing.html", text: "Open the full line-balancing calculator" },
  },

  "bank-queue": {
    id: "bank-queue",
    title: "Try it: how long is the wait in a bank queue?",
    explanation:
      "Service operations manage queues where a factory manages stock. Little's law ties the three together: the customers in the queue (I) equal the rate at which they are served (R) times the time each one waits (T). Count the queue and the serving rate, and the wait follows; open a second counter (double the rate) and it halves.",
    fields: [
      { id: "wip", field: "wip", label: "Customers in the queue", symbol: "I", unit: "on average", value: 10 },
      { id: "rate", field: "throughput", label: "Customers served", symbol: "R", unit: "per minute", value: 2 },
    ],
    outputs: [{ id: "wait", label: "Time in the queue T", text: (r) => `${n(r.flowTime)} minutes`, headline: true }],
    compute: littlesLaw,
    working: (r) => [{ name: "Wait", formula: "T = I / R", numbers: `${n(r.wip)} / ${n(r.throughput)}`, value: `${n(r.flowTime)} minutes` }],
    source: "Hand-computed: 10 customers waiting, served at 2 a minute, wait 5 minutes each.",
    link: { href: "littles-law.html", text: "Open the full Little's law calculator" },
  },

  kanban: {
    id: "kanban",
    title: "Try it: how many kanbans between two work centres?",
    explanation:
      "In a pull system a container of parts travels with a card, a kanban: when the next work centre empties it, it goes back to be refilled. The number of containers caps the stock between the two. There must be enough to cover demand while a container goes round its loop, plus some safety stock.",
    fields: [
      { id: "demand", field: "demandRate", label: "Demand", symbol: "d", unit: "units a day", value: 500 },
      { id: "lead", field: "leadTime", label: "Time round the loop", symbol: "L", unit: "days", value: 2 },
      { id: "safety", field: "safetyStock", label: "Safety stock", symbol: "SS", unit: "units", value: 250 },
      { id: "container", field: "containerSize", label: "Container size", symbol: "C", unit: "units", value: 250 },
    ],
    outputs: [
      { id: "kanbans", label: "Kanbans", text: (r) => n(r.kanbans), headline: true },
      { id: "exact", label: "Before rounding up", text: (r) => n(r.exactKanbans) },
      { id: "stock", label: "Most stock they allow", text: (r) => `${n(r.authorizedInventory)} units` },
    ],
    compute: kanbanCount,
    working: (r, o) => [
      { name: "Kanbans", formula: "(d × L + SS) / C", numbers: `(${n(o.demandRate)} × ${n(o.leadTime)} + ${n(r.safetyStock)}) / ${n(o.containerSize)}`, value: `${n(r.exactKanbans)}, so ${n(r.kanbans)}` },
    ],
    source: "Default inputs: Heizer & Render, Operations Management, JIT and lean operations chapter (Hobbs Bakery). The book prints 5 kanbans.",
    link: { href: "lean.html", text: "Open the full kanban calculator" },
  },

  eoq: {
    id: "eoq",
    title: "Try it: how much to order? (EOQ)",
    explanation:
      "Every operation holds some stock: a hospital's gloves, a shop's shelves, a bank's cash. Each order costs money to place, each unit kept costs money to hold. The economic order quantity is the order size at which the two costs together are lowest.",
    fields: [
      { id: "demand", field: "demand", label: "Demand", symbol: "D", unit: "units a year", value: 1000 },
      { id: "ordering", field: "orderingCost", label: "Ordering cost", symbol: "S", unit: "$ per order", value: 10 },
      { id: "holding", field: "holdingCost", label: "Holding cost", symbol: "H", unit: "$ per unit per year", value: 0.5 },
    ],
    outputs: [
      { id: "quantity", label: "Order quantity Q*", text: (r) => `${n(r.quantity)} units`, headline: true },
      { id: "orders", label: "Orders a year", text: (r) => n(r.ordersPerPeriod) },
      { id: "cost", label: "Ordering + holding cost", text: (r) => `${money(r.totalCost)} a year` },
    ],
    compute: eoq,
    working: (r, o) => [
      { name: "Order quantity", formula: "Q* = √(2DS / H)", numbers: `√(2 × ${n(o.demand)} × ${n(o.orderingCost)} / ${n(o.holdingCost)})`, value: n(r.quantity) },
    ],
    source: "Default inputs: Heizer & Render, Operations Management, inventory chapter (Sharp, Inc.). The book prints 200 units.",
    link: { href: "eoq.html", text: "Open the full EOQ calculator" },
  },

  oee: {
    id: "oee",
    title: "Try it: how much of the shift made good parts? (OEE)",
    explanation:
      "Quality of finished goods is measured together with the time and speed it took: overall equipment effectiveness is the share of the planned time spent making good parts at full speed. It is availability (running, not stopped) × performance (at full speed) × quality (made right).",
    fields: [
      { id: "planned", field: "plannedProductionTime", label: "Planned time", unit: "minutes", value: 420 },
      { id: "down", field: "downtime", label: "Downtime", unit: "minutes", value: 47 },
      { id: "rate", field: "idealRunRate", label: "Ideal rate", unit: "pieces a minute", value: 60 },
      { id: "total", field: "totalCount", label: "Pieces made", unit: "good and rejected", value: 19271 },
      { id: "good", field: "goodCount", label: "Good pieces", unit: "made right first time", value: 18848 },
    ],
    outputs: [
      { id: "oee", label: "OEE", text: (r) => percent(r.oee), headline: true },
      { id: "availability", label: "Availability", text: (r) => percent(r.availability) },
      { id: "performance", label: "Performance", text: (r) => percent(r.performance) },
      { id: "quality", label: "Quality", text: (r) => percent(r.quality) },
    ],
    compute: oee,
    working: (r) => [
      { name: "OEE", formula: "A × P × Q", numbers: `${percent(r.availability)} × ${percent(r.performance)} × ${percent(r.quality)}`, value: percent(r.oee) },
    ],
    source: "Default inputs: Vorne Industries, oee.com, “OEE Calculation”. Published: A = 88.81%, P = 86.11%, Q = 97.80%, OEE = 74.79%.",
    link: { href: "oee.html", text: "Open the full OEE calculator" },
  },

  "make-or-buy": {
    id: "make-or-buy",
    title: "Try it: make or buy?",
    explanation:
      "Operations management reaches past the factory gate to suppliers and logistics. Making a part has a fixed cost (equipment, staff) and a lower cost per unit; buying it has no fixed cost but a higher price. Below the crossover volume buying is cheaper, above it making is.",
    base: {
      options: [
        { id: "make", fixedCost: 150000, variableCost: 60 },
        { id: "buy", fixedCost: 0, variableCost: 80 },
      ],
    },
    fields: [
      { id: "fixed", field: "options[0].fixedCost", label: "Making: fixed cost", unit: "$ a year", value: 150000 },
      { id: "make", field: "options[0].variableCost", label: "Making: cost per unit", unit: "$", value: 60 },
      { id: "buy", field: "options[1].variableCost", label: "Buying: price per unit", unit: "$", value: 80 },
      { id: "volume", field: "volume", label: "Units needed", unit: "a year", value: 12000 },
    ],
    outputs: [
      { id: "crossover", label: "Crossover volume", text: (r) => (r.crossovers.length === 0 ? "none: one option is always cheaper" : r.crossovers.map((point) => `${n(point.volume)} units`).join(", ")), headline: true },
      { id: "cheapest", label: "Cheaper at the volume", text: (r, o) => (r.atVolume ? o.options[r.atVolume.cheapest].id : "") },
      { id: "costs", label: "Cost at the volume", text: (r, o) => (r.atVolume ? r.atVolume.options.map((option, index) => `${o.options[index].id} ${money(option.totalCost)}`).join(", ") : "") },
    ],
    compute: breakEvenCrossover,
    working: (r, o) =>
      r.crossovers.map((point) => ({
        name: "Crossover",
        formula: "F_make / (price − V_make)",
        numbers: `${n(o.options[0].fixedCost)} / (${n(o.options[1].variableCost)} − ${n(o.options[0].variableCost)})`,
        value: `${n(point.volume)} units`,
      })),
    source: "Hand-computed, after Stevenson, Operations Management, capacity planning chapter: making costs $150,000 a year plus $60 a unit, buying $80 a unit; they cross at 7,500 units, and at 12,000 making costs $870,000 against $960,000.",
    link: { href: "break-even.html", text: "Open the full break-even calculator" },
  },
};

for (const container of document.querySelectorAll("[data-mini]")) {
  miniCalculator(/** @type {HTMLElement} */ (container), calculators[/** @type {HTMLElement} */ (container).dataset.mini]);
}
