//! JS mirror of the net promoter score: option and result types with camelCase names
//! and TypeScript declarations, and the exported function. No formulas.

use crate::Error;
use crate::quality::{self, NetPromoterInput};
use crate::wasm::boundary::call;
use crate::wasm::from_js::from_js;
use crate::wasm::to_js::to_js;
use tsify::Tsify;
use wasm_bindgen::prelude::{JsValue, wasm_bindgen};

/// Options of {@link netPromoterScore}: either `scores`, or the three counts
/// `promoters`, `passives` and `detractors`.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NetPromoterScoreOptions {
    /// Each respondent's answer to "how likely are you to recommend us?", a whole
    /// number from 0 to 10; 1 to 1,000,000 of them.
    #[tsify(optional)]
    pub scores: Option<Vec<u32>>,
    /// Respondents who answered 9 or 10.
    #[tsify(optional)]
    pub promoters: Option<u32>,
    /// Respondents who answered 7 or 8.
    #[tsify(optional)]
    pub passives: Option<u32>,
    /// Respondents who answered 0 to 6.
    #[tsify(optional)]
    pub detractors: Option<u32>,
}

from_js!(NetPromoterScoreOptions {
    scores,
    promoters,
    passives,
    detractors
});

impl TryFrom<NetPromoterScoreOptions> for NetPromoterInput {
    type Error = Error;

    fn try_from(options: NetPromoterScoreOptions) -> Result<Self, Error> {
        NetPromoterInput::from_fields(
            options.scores,
            options.promoters,
            options.passives,
            options.detractors,
        )
    }
}

/// Result of {@link netPromoterScore}.
#[derive(Tsify)]
#[serde(rename_all = "camelCase")]
pub struct NetPromoterScoreResult {
    /// How many answered.
    pub responses: u32,
    /// How many answered 9 or 10.
    pub promoters: u32,
    /// How many answered 7 or 8.
    pub passives: u32,
    /// How many answered 0 to 6.
    pub detractors: u32,
    /// promoters / responses, a fraction.
    pub promoter_share: f64,
    /// passives / responses, a fraction.
    pub passive_share: f64,
    /// detractors / responses, a fraction.
    pub detractor_share: f64,
    /// NPS = 100 × (promoters − detractors) / responses, from −100 to +100, not rounded.
    pub score: f64,
}

to_js!(NetPromoterScoreResult {
    responses,
    promoters,
    passives,
    detractors,
    promoter_share,
    passive_share,
    detractor_share,
    score
});

impl From<quality::NetPromoterScore> for NetPromoterScoreResult {
    fn from(result: quality::NetPromoterScore) -> Self {
        NetPromoterScoreResult {
            responses: result.responses,
            promoters: result.promoters,
            passives: result.passives,
            detractors: result.detractors,
            promoter_share: result.promoter_share,
            passive_share: result.passive_share,
            detractor_share: result.detractor_share,
            score: result.score,
        }
    }
}

/// The net promoter score: % promoters (9–10) − % detractors (0–6), from −100 to +100,
/// with each group's count and share. Asked of employees, it is the eNPS.
///
/// Throws an {@link OpscalcError} naming the field for invalid options (`scores[3]`).
#[wasm_bindgen(js_name = netPromoterScore, unchecked_return_type = "NetPromoterScoreResult")]
pub fn net_promoter_score(
    #[wasm_bindgen(unchecked_param_type = "NetPromoterScoreOptions")] options: JsValue,
) -> Result<JsValue, JsValue> {
    call(options, |options: NetPromoterScoreOptions| {
        quality::net_promoter_score(&NetPromoterInput::try_from(options)?)
            .map(NetPromoterScoreResult::from)
    })
}
