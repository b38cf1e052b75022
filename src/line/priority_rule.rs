//! The priority rules of assembly-line balancing heuristics: which of the tasks that fit
//! in the open station to assign next.

/// A rule for choosing the next task among those that are available (all predecessors
/// assigned) and fit in the open station's remaining time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PriorityRule {
    /// The task with the longest time first.
    LongestTime,
    /// The task with the shortest time first.
    ShortestTime,
    /// The task with the most followers (all tasks that come after it, directly or not).
    MostFollowers,
    /// The task with the fewest followers.
    FewestFollowers,
    /// The task with the most immediate followers (tasks that list it as a predecessor).
    MostImmediateFollowers,
    /// The task with the greatest positional weight: its time plus the times of all its
    /// followers (Helgeson & Birnie, 1961).
    RankedPositionalWeight,
    /// The task that became available first (first come, first served).
    EarliestAvailable,
}

impl PriorityRule {
    /// Every rule, in the order textbooks usually list them.
    pub const ALL: [PriorityRule; 7] = [
        PriorityRule::LongestTime,
        PriorityRule::ShortestTime,
        PriorityRule::MostFollowers,
        PriorityRule::FewestFollowers,
        PriorityRule::MostImmediateFollowers,
        PriorityRule::RankedPositionalWeight,
        PriorityRule::EarliestAvailable,
    ];

    /// Whether a larger value of the rule ranks a task first.
    pub fn higher_is_better(self) -> bool {
        !matches!(
            self,
            PriorityRule::ShortestTime
                | PriorityRule::FewestFollowers
                | PriorityRule::EarliestAvailable
        )
    }

    /// What the rule's value of a task is, in words: "task time", "number of followers".
    pub fn value_name(self) -> &'static str {
        match self {
            PriorityRule::LongestTime | PriorityRule::ShortestTime => "task time",
            PriorityRule::MostFollowers | PriorityRule::FewestFollowers => "number of followers",
            PriorityRule::MostImmediateFollowers => "number of immediate followers",
            PriorityRule::RankedPositionalWeight => "positional weight",
            PriorityRule::EarliestAvailable => "step at which it became available",
        }
    }

    /// The rule in words: "longest task time".
    pub fn description(self) -> &'static str {
        match self {
            PriorityRule::LongestTime => "longest task time",
            PriorityRule::ShortestTime => "shortest task time",
            PriorityRule::MostFollowers => "most followers",
            PriorityRule::FewestFollowers => "fewest followers",
            PriorityRule::MostImmediateFollowers => "most immediate followers",
            PriorityRule::RankedPositionalWeight => "greatest positional weight",
            PriorityRule::EarliestAvailable => "earliest available",
        }
    }
}
