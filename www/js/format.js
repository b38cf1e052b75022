// Number display. Formatting only: no calculation happens here.

const general = new Intl.NumberFormat("en-US", {
  maximumFractionDigits: 2,
  maximumSignificantDigits: 4,
  roundingPriority: "morePrecision",
});

/** A number for display: grouped thousands, up to 2 decimals (more for small values). */
export function formatNumber(value) {
  return general.format(value);
}

/** A fraction as a percentage: 0.125 becomes "12.5%". */
export function formatPercent(value) {
  return `${formatNumber(value * 100)}%`;
}
