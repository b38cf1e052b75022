// Deterministic pseudo-random numbers for the JS tests: the same items on every run.

/** A generator of numbers in [0, 1) from `seed` (a linear congruential generator). */
export function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}
