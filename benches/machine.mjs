// The machine a benchmark ran on, for its report: cores, CPU, Node, rustc, the commit
// and the load average (these machines are shared and noisy, so every report says how
// loaded it was). Shared by the scripts in benches/.
import { execFileSync } from "node:child_process";
import os from "node:os";

/** A command's first line of output, or `fallback` when it cannot run. */
export function commandOutput(command, args, fallback = `${command} not found`) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
  } catch {
    return fallback;
  }
}

/** The 1, 5 and 15-minute load averages, to two decimals. */
export const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)));

/** The machine now: `{ nproc, cpu, node, rustc, commit, loadAverage }`. */
export function machine() {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? "unknown",
    node: process.version,
    rustc: commandOutput("rustc", ["-V"]),
    commit: commandOutput("git", ["rev-parse", "--short", "HEAD"], "unknown"),
    loadAverage: loadAverage(),
  };
}

/** One line for a report: "2 cores (AMD EPYC …), Node v20…, rustc 1.95.0 …, commit abc1234". */
export const describeMachine = (m) => `${m.nproc} cores (${m.cpu}), Node ${m.node}, ${m.rustc}, commit ${m.commit}`;
