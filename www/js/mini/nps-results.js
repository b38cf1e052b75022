// The results both net promoter score calculators show.
import { formatNumber as n, formatPercent } from "../format.js";

/**
 * The score and each group's count and share.
 * @param {string} name "NPS" or "eNPS"
 * @returns {import("./builder.js").MiniResult[]}
 */
export function npsResults(name) {
  const group = (count, share) => `${n(count)} (${formatPercent(share)})`;
  return [
    { label: name, text: (result) => n(result.score), headline: true },
    { label: "Promoters", text: (result) => group(result.promoters, result.promoterShare) },
    { label: "Passives", text: (result) => group(result.passives, result.passiveShare) },
    { label: "Detractors", text: (result) => group(result.detractors, result.detractorShare) },
  ];
}
