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

const cents = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * An amount of money: "$24,725" when it is whole to the cent, "$24,822.50" otherwise
 * (two decimals, as amounts are printed), and below a cent as many digits as
 * `formatNumber` shows ("$0.004"). With `{ cents: true }` whole amounts keep their
 * cents too, as prices are printed: "$5.00".
 * @param {number} value
 * @param {{ cents?: boolean }} [options]
 */
export function formatMoney(value, { cents: keepCents = false } = {}) {
  const sign = value < 0 ? "−" : "";
  const amount = Math.abs(value);
  if (amount !== 0 && amount < 0.005) return `${sign}$${formatNumber(amount)}`;
  const text = cents.format(amount);
  return `${sign}$${text.endsWith(".00") && !keepCents ? text.slice(0, -3) : text}`;
}
