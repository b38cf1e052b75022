// Repeats one replenishment cycle of an inventory profile from the library, so a chart
// shows the familiar sawtooth. Only shifts time; the corners come from the wasm.

/**
 * @param {{ time: number[], level: number[] }} profile one cycle, time from 0 to the cycle length
 * @param {number} cycles how many cycles to show
 * @returns {{ x: number[], y: number[] }}
 */
export function repeatCycles(profile, cycles = 3) {
  const length = profile.time[profile.time.length - 1];
  const x = [];
  const y = [];
  for (let cycle = 0; cycle < cycles; cycle += 1) {
    profile.time.forEach((time, index) => {
      x.push(time + cycle * length);
      y.push(profile.level[index]);
    });
  }
  return { x, y };
}
