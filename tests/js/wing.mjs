// Heizer & Render, Operations Management, Layout Strategies chapter, the wing component:
// nine tasks, 65 minutes of work; at 480 minutes a day for 40 units (a 12-minute cycle)
// the book balances it in six stations, efficiency 90.3 %. Shared by the line tests.
export const wing = [
  { id: "A", time: 10 },
  { id: "B", time: 11, predecessors: ["A"] },
  { id: "C", time: 5, predecessors: ["B"] },
  { id: "D", time: 4, predecessors: ["B"] },
  { id: "E", time: 11, predecessors: ["A"] },
  { id: "F", time: 3, predecessors: ["C", "D"] },
  { id: "G", time: 7, predecessors: ["F"] },
  { id: "H", time: 11, predecessors: ["E"] },
  { id: "I", time: 3, predecessors: ["G", "H"] },
];
