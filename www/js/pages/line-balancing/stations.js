// A balanced line's stations as the line balancing page shows them, for the priority
// rule's line and for the optimal one alike: the stations table and the station-load
// bars. Layout only: every time comes from the library's result, formatted by the caller.
import { tableCell } from "../../results.js";
import { drawStationBars } from "../../station-bars.js";

/**
 * @typedef {{ tasks: string[], load: number, idleTime: number }} Station
 * @typedef {{ stations: Station[], cycleTime: number }} Line
 * @typedef {{ time: (value: number) => string, format: (value: number) => string, yLabel: string }} Formats
 *   `time` writes a time with its unit ("12 minutes"), `format` a bare number.
 */

/**
 * Fills the body of `table` with one row per station: its number, tasks, load and idle time.
 * @param {HTMLTableElement} table
 * @param {Station[]} stations
 * @param {(value: number) => string} time
 */
export function showStationTable(table, stations, time) {
  table.tBodies[0].replaceChildren(
    ...stations.map((station, index) => {
      const row = document.createElement("tr");
      row.append(tableCell(`Station ${index + 1}`, { header: true }), tableCell(station.tasks.join(", ")), tableCell(time(station.load)), tableCell(time(station.idleTime)));
      return row;
    }),
  );
}

/**
 * Draws `line`'s station loads into `svg` (station-bars.js): each station's tasks
 * stacked, their times read from `tasks`, against the line's cycle time.
 * @param {SVGSVGElement} svg
 * @param {{ id: string, time: number }[]} tasks
 * @param {Line} line
 * @param {string} title the chart's accessible name
 * @param {Formats} formats
 */
export function drawLineLoads(svg, tasks, line, title, { time, format, yLabel }) {
  const timeOf = new Map(tasks.map((entry) => [entry.id, entry.time]));
  drawStationBars(svg, {
    title,
    description: line.stations
      .map((station, index) => `Station ${index + 1}: ${station.tasks.join(", ")}, ${time(station.load)}, ${time(station.idleTime)} idle.`)
      .join(" "),
    stations: line.stations.map((station) => ({
      tasks: station.tasks.map((id) => ({ id, time: timeOf.get(id) ?? 0, label: `${id}: ${time(timeOf.get(id) ?? 0)}` })),
      load: station.load,
      idleTime: station.idleTime,
      idleLabel: `${format(station.idleTime)} idle`,
    })),
    cycleTime: line.cycleTime,
    cycleLabel: ["cycle time", time(line.cycleTime)],
    yLabel,
    format,
  });
}
