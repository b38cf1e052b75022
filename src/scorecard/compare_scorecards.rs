//! Two scorecards side by side (two periods, two units): each node matched by id, with
//! its score in each and the change.

use super::scorecard::{NodeFigures, NodeLevel, Scorecard, ScorecardInput, scorecard};
use crate::Error;
use crate::sort::{descending_order, in_order};

/// Whether a node is in both scorecards or in one only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// In both scorecards.
    Both,
    /// In the first (`a`) only.
    OnlyA,
    /// In the second (`b`) only.
    OnlyB,
}

/// One node of the comparison.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ComparedNode {
    /// The node's id; the empty string for the total (no node may have it).
    pub id: String,
    /// The node's name, from `a` when it is there, else from `b`; "Total" for the total.
    pub name: Option<String>,
    /// The node's level.
    pub level: NodeLevel,
    /// Its score in `a`, when present and scored there.
    pub score_a: Option<f64>,
    /// Its score in `b`, when present and scored there.
    pub score_b: Option<f64>,
    /// `score_b − score_a`, when both are scored.
    pub delta: Option<f64>,
    /// Its status in `a`, when scored there.
    pub status_a: Option<String>,
    /// Its status in `b`, when scored there.
    pub status_b: Option<String>,
    /// Which scorecards have the node.
    pub presence: Presence,
}

/// Result of [`compare_scorecards`].
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScorecardComparison {
    /// Every node, the largest `|delta|` first; nodes without a delta last; ties in
    /// path order (the total, then `a`'s nodes in input order, then those only in `b`).
    pub nodes: Vec<ComparedNode>,
    /// The total score of `a`.
    pub total_a: f64,
    /// The total score of `b`.
    pub total_b: f64,
    /// `total_b − total_a`.
    pub total_delta: f64,
}

/// Compares two scorecards node by node: nodes with the same level and id are matched,
/// and `delta = score_b − score_a` where both have a score.
///
/// # Errors
/// Any error of [`scorecard`] for either input, its field placed under `a` or `b`
/// (`a.perspectives[0].objectives[1].kpis[2].actual`).
///
/// # Examples
/// Hand-computed: the same one-KPI scorecard with actuals 80 then 90 against a target of
/// 100: scores 0.8 and 0.9, a delta of 0.1 at every level.
/// ```
/// use opscalc::scorecard::{compare_scorecards, KpiRule, Objective, Perspective, ScorecardInput, ScorecardKpi};
/// let card = |actual| ScorecardInput::new(vec![Perspective::new("p", 1.0, vec![Objective::new("o", 1.0,
///     vec![ScorecardKpi::new("k", 1.0, Some(actual), KpiRule::HigherIsBetter { target: 100.0, baseline: None })])])]);
/// let result = compare_scorecards(&card(80.0), &card(90.0))?;
/// assert!((result.total_delta - 0.1).abs() < 1e-12);
/// assert_eq!(result.nodes.len(), 4);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn compare_scorecards(
    a: &ScorecardInput,
    b: &ScorecardInput,
) -> Result<ScorecardComparison, Error> {
    let card_a = scorecard(a).map_err(|error| error.within("a"))?;
    let card_b = scorecard(b).map_err(|error| error.within("b"))?;
    let nodes_a = flatten(&card_a);
    let nodes_b = flatten(&card_b);
    let find = |nodes: &[Flat<'_>], level: NodeLevel, id: &str| {
        nodes
            .iter()
            .position(|node| node.level == level && node.id == id)
    };

    let mut nodes = Vec::with_capacity(nodes_a.len() + nodes_b.len());
    for node in &nodes_a {
        let other = find(&nodes_b, node.level, node.id).and_then(|index| nodes_b.get(index));
        nodes.push(compared(Some(node), other));
    }
    for node in &nodes_b {
        if find(&nodes_a, node.level, node.id).is_none() {
            nodes.push(compared(None, Some(node)));
        }
    }
    // Nodes without a delta (key −1) go last; ties keep path order.
    let keys: Vec<f64> = nodes
        .iter()
        .map(|node| node.delta.map_or(-1.0, f64::abs))
        .collect();
    let nodes = in_order(nodes, &descending_order(&keys));
    Ok(ScorecardComparison {
        nodes,
        total_a: card_a.score,
        total_b: card_b.score,
        total_delta: card_b.score - card_a.score,
    })
}

/// A node of one scorecard, flattened.
struct Flat<'a> {
    level: NodeLevel,
    id: &'a str,
    name: Option<&'a str>,
    score: Option<f64>,
    status: Option<&'a str>,
}

impl<'a> Flat<'a> {
    fn of(level: NodeLevel, figures: &'a NodeFigures) -> Self {
        Flat {
            level,
            id: &figures.id,
            name: figures.name.as_deref(),
            score: figures.score,
            status: figures.status.as_deref(),
        }
    }
}

/// The total, then every node in input order (each perspective, its objectives, each
/// objective's KPIs).
fn flatten(card: &Scorecard) -> Vec<Flat<'_>> {
    let mut nodes = vec![Flat {
        level: NodeLevel::Total,
        id: "",
        name: Some("Total"),
        score: Some(card.score),
        status: Some(&card.status),
    }];
    for perspective in &card.perspectives {
        nodes.push(Flat::of(NodeLevel::Perspective, &perspective.figures));
        for objective in &perspective.objectives {
            nodes.push(Flat::of(NodeLevel::Objective, &objective.figures));
            for kpi in &objective.kpis {
                nodes.push(Flat::of(NodeLevel::Kpi, &kpi.figures));
            }
        }
    }
    nodes
}

fn compared(a: Option<&Flat<'_>>, b: Option<&Flat<'_>>) -> ComparedNode {
    let either = a.or(b);
    let score_a = a.and_then(|node| node.score);
    let score_b = b.and_then(|node| node.score);
    ComparedNode {
        id: either.map_or(String::new(), |node| node.id.to_owned()),
        name: a
            .and_then(|node| node.name)
            .or_else(|| b.and_then(|node| node.name))
            .map(str::to_owned),
        level: either.map_or(NodeLevel::Total, |node| node.level),
        score_a,
        score_b,
        delta: score_a.zip(score_b).map(|(a, b)| b - a + 0.0),
        status_a: a.and_then(|node| node.status).map(str::to_owned),
        status_b: b.and_then(|node| node.status).map(str::to_owned),
        presence: match (a, b) {
            (Some(_), None) => Presence::OnlyA,
            (None, Some(_)) => Presence::OnlyB,
            _ => Presence::Both,
        },
    }
}
