//! Line balancing of numbered tasks: times and precedence pairs as flat lists of numbers
//! in, task numbers out. The same heuristic as [`balance_line`](super::balance_line),
//! without ids to hash, sort and copy: for large generated lines and for typed arrays.

use crate::error::Error;
use crate::line::PriorityRule;
use crate::line::balance::{CycleTime, Problem, stations_of};

/// Inputs of [`balance_numbered_line`]. Tasks are numbered 0 to n − 1.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberedLineInput {
    /// Task `i` takes `times[i]`, in the time unit of the cycle time; above zero.
    /// Field `times`.
    pub times: Vec<f64>,
    /// Precedence relations as pairs one after the other: task `precedence[2k]` must be
    /// finished before task `precedence[2k + 1]` starts. A pair given twice is one
    /// relation. Field `precedence`.
    pub precedence: Vec<u32>,
    /// The cycle time, or the demand it comes from.
    pub cycle_time: CycleTime,
    /// How to choose among the tasks that fit. Field `rule`.
    pub rule: PriorityRule,
    /// How to choose among tasks the rule ranks equal; default
    /// [`PriorityRule::LongestTime`]. Remaining ties go to the lowest number. Field
    /// `tie_break`.
    pub tie_break: Option<PriorityRule>,
}

/// A line balanced from numbered tasks, and its measures.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NumberedLineBalance {
    /// The cycle time used.
    pub cycle_time: f64,
    /// The rule used.
    pub rule: PriorityRule,
    /// The tie-break rule used.
    pub tie_break: PriorityRule,
    /// Every task's number in the order assigned, station after station: station `k`'s
    /// tasks are `order[station_ends[k − 1]..station_ends[k]]` (from 0 for the first).
    pub order: Vec<u32>,
    /// Where each station's tasks end in `order`.
    pub station_ends: Vec<u32>,
    /// Task `i`'s station, counting from 1.
    pub station_of: Vec<u32>,
    /// Each station's load: the sum of its task times.
    pub station_loads: Vec<f64>,
    /// The number of stations.
    pub station_count: u32,
    /// `⌈Σt / c⌉`: no balance can use fewer stations.
    pub theoretical_minimum: u32,
    /// `Σt`, the work content of one unit.
    pub total_time: f64,
    /// `Σt / (n c)`, from 0 to 1.
    pub efficiency: f64,
    /// `1 − efficiency`.
    pub balance_delay: f64,
    /// `n c − Σt`: the idle time of all stations in one cycle.
    pub idle_time: f64,
    /// `S_max`, the heaviest station load (at most the cycle time).
    pub max_station_load: f64,
    /// `√Σ (S_max − S_k)²` over the station loads `S_k`.
    pub smoothness_index: f64,
}

impl NumberedLineBalance {
    /// Each station's tasks, first station first, each in the order assigned: the
    /// slices of [`order`](Self::order) that [`station_ends`](Self::station_ends) mark.
    ///
    /// # Examples
    /// ```
    /// use opscalc::line::{balance_numbered_line, CycleTime, NumberedLineInput, PriorityRule};
    /// let line = balance_numbered_line(&NumberedLineInput {
    ///     times: vec![4.0, 4.0, 4.0],
    ///     precedence: vec![0, 2],
    ///     cycle_time: CycleTime::Given(8.0),
    ///     rule: PriorityRule::LongestTime,
    ///     tie_break: None,
    /// })?;
    /// let stations: Vec<&[u32]> = line.stations().collect();
    /// assert_eq!(stations, [&[0, 1][..], &[2][..]]);
    /// # Ok::<(), opscalc::Error>(())
    /// ```
    pub fn stations(&self) -> impl Iterator<Item = &[u32]> {
        stations_of(&self.order, &self.station_ends)
    }
}

/// Balances an assembly line of numbered tasks by a priority rule.
///
/// The heuristic of [`balance_line`](super::balance_line), ties by the tie-break rule and
/// then the lowest task number; for tasks `"0"` to `"n − 1"` the two give the same
/// stations. No trace: this form is for lines too large to read one step at a time.
///
/// # Errors
/// - `out_of_range` naming `times` when it is empty, `too_large` when it has more than
///   [`MAX_TASKS`](super::MAX_TASKS) entries or `precedence` more than
///   [`MAX_PRECEDENCE_RELATIONS`](super::MAX_PRECEDENCE_RELATIONS) pairs;
/// - `not_finite` / `not_positive` naming `times[i]`;
/// - `invalid_input` naming `precedence` when its length is odd, `unknown_id` naming
///   `precedence[k]` for a number that is no task's;
/// - `cycle` naming `precedence` for relations in a cycle, the message spelling it out;
/// - `not_finite` / `not_positive` naming `cycle_time`, `available_time` or `demand`;
/// - `out_of_range` naming `times[i]` for a task longer than the cycle time.
///
/// # Examples
/// Heizer & Render, *Operations Management*, line balancing: the wing component's nine
/// tasks A to I numbered 0 to 8, a 12-minute cycle, most followers first: 6 stations,
/// C, D and F (2, 3 and 5) together in the third.
/// ```
/// use opscalc::line::{balance_numbered_line, CycleTime, NumberedLineInput, PriorityRule};
/// let line = balance_numbered_line(&NumberedLineInput {
///     times: vec![10.0, 11.0, 5.0, 4.0, 11.0, 3.0, 7.0, 11.0, 3.0],
///     precedence: vec![0, 1, 1, 2, 1, 3, 0, 4, 2, 5, 3, 5, 5, 6, 4, 7, 6, 8, 7, 8],
///     cycle_time: CycleTime::Given(12.0),
///     rule: PriorityRule::MostFollowers,
///     tie_break: None,
/// })?;
/// assert_eq!((line.station_count, line.theoretical_minimum), (6, 6));
/// assert_eq!(&line.order[2..5], &[2, 3, 5]);
/// assert_eq!(line.station_of, [1, 2, 3, 3, 4, 3, 6, 5, 6]);
/// # Ok::<(), opscalc::Error>(())
/// ```
pub fn balance_numbered_line(input: &NumberedLineInput) -> Result<NumberedLineBalance, Error> {
    let problem = Problem::numbered(&input.times, &input.precedence, input.cycle_time)?;
    let tie_break = input.tie_break.unwrap_or(PriorityRule::LongestTime);
    let assignment = problem.assign(input.rule, tie_break, false)?;
    let measures = problem.measures(&assignment.loads);
    let mut station_of = vec![0_u32; input.times.len()];
    for (station, tasks) in (1_u32..).zip(assignment.stations()) {
        for &task in tasks {
            if let Some(slot) = station_of.get_mut(task as usize) {
                *slot = station;
            }
        }
    }
    Ok(NumberedLineBalance {
        cycle_time: problem.cycle_time,
        rule: input.rule,
        tie_break,
        order: assignment.order,
        station_ends: assignment.ends,
        station_of,
        station_loads: assignment.loads,
        station_count: measures.station_count,
        theoretical_minimum: measures.theoretical_minimum,
        total_time: measures.total_time,
        efficiency: measures.efficiency,
        balance_delay: measures.balance_delay,
        idle_time: measures.idle_time,
        max_station_load: measures.max_station_load,
        smoothness_index: measures.smoothness_index,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use crate::line::{BalanceInput, Task, balance_line};
    use approx::assert_relative_eq;

    /// Heizer & Render's wing component, A to I as 0 to 8.
    const WING_TIMES: [f64; 9] = [10.0, 11.0, 5.0, 4.0, 11.0, 3.0, 7.0, 11.0, 3.0];
    const WING_PRECEDENCE: [u32; 20] = [0, 1, 1, 2, 1, 3, 0, 4, 2, 5, 3, 5, 5, 6, 4, 7, 6, 8, 7, 8];

    fn numbered(
        times: &[f64],
        precedence: &[u32],
        rule: PriorityRule,
    ) -> Result<NumberedLineBalance, Error> {
        balance_numbered_line(&NumberedLineInput {
            times: times.to_vec(),
            precedence: precedence.to_vec(),
            cycle_time: CycleTime::Given(12.0),
            rule,
            tie_break: None,
        })
    }

    /// The same line with ids "0" to "n − 1", through `balance_line`.
    fn named(times: &[f64], precedence: &[u32], rule: PriorityRule) -> Vec<Vec<u32>> {
        let mut predecessors = vec![Vec::new(); times.len()];
        for pair in precedence.chunks_exact(2) {
            predecessors[pair[1] as usize].push(pair[0].to_string());
        }
        let tasks = times
            .iter()
            .zip(predecessors)
            .enumerate()
            .map(|(index, (&time, predecessors))| Task {
                id: index.to_string(),
                time,
                predecessors,
            })
            .collect();
        let line = balance_line(&BalanceInput::new(tasks, CycleTime::Given(12.0), rule)).unwrap();
        line.stations
            .iter()
            .map(|station| station.tasks.iter().map(|id| id.parse().unwrap()).collect())
            .collect()
    }

    fn stations(line: &NumberedLineBalance) -> Vec<Vec<u32>> {
        line.stations().map(<[u32]>::to_vec).collect()
    }

    #[test]
    fn heizer_render_wing_by_every_rule_matches_the_named_balance() {
        for rule in PriorityRule::ALL {
            let line = numbered(&WING_TIMES, &WING_PRECEDENCE, rule).unwrap();
            assert_eq!(
                stations(&line),
                named(&WING_TIMES, &WING_PRECEDENCE, rule),
                "{rule:?}"
            );
            assert_eq!(line.station_count as usize, line.station_loads.len());
            assert_relative_eq!(line.total_time, 65.0);
            assert_relative_eq!(line.station_loads.iter().sum::<f64>(), 65.0);
        }
        let line = numbered(&WING_TIMES, &WING_PRECEDENCE, PriorityRule::MostFollowers).unwrap();
        assert_relative_eq!(line.efficiency, 65.0 / 72.0, max_relative = 1e-12);
        assert_eq!(line.station_loads, [10.0, 11.0, 12.0, 11.0, 11.0, 10.0]);
    }

    #[test]
    fn a_repeated_pair_is_one_relation_and_ties_go_to_the_lowest_number() {
        // Three equal tasks, the last after the first (twice): 0 then 1 (lowest number),
        // then 2, which waited for 0.
        let line = balance_numbered_line(&NumberedLineInput {
            times: vec![4.0, 4.0, 4.0],
            precedence: vec![0, 2, 0, 2],
            cycle_time: CycleTime::Given(8.0),
            rule: PriorityRule::ShortestTime,
            tie_break: Some(PriorityRule::ShortestTime),
        })
        .unwrap();
        assert_eq!(line.order, [0, 1, 2]);
        assert_eq!(line.station_ends, [2, 3]);
        assert_eq!(line.station_of, [1, 1, 2]);
        assert_eq!(line.theoretical_minimum, 2);
    }

    #[test]
    fn bad_inputs_are_named() {
        let error = |times: &[f64], precedence: &[u32]| {
            let error = numbered(times, precedence, PriorityRule::LongestTime).unwrap_err();
            (error.code(), error.field().to_owned())
        };
        assert_eq!(error(&[], &[]), (ErrorCode::OutOfRange, "times".into()));
        assert_eq!(
            error(&[1.0, f64::NAN], &[]),
            (ErrorCode::NotFinite, "times[1]".into())
        );
        assert_eq!(
            error(&[1.0, 0.0], &[]),
            (ErrorCode::NotPositive, "times[1]".into())
        );
        assert_eq!(
            error(&[1.0, 13.0], &[]),
            (ErrorCode::OutOfRange, "times[1]".into())
        );
        assert_eq!(
            error(&[1.0, 1.0], &[0]),
            (ErrorCode::InvalidInput, "precedence".into())
        );
        assert_eq!(
            error(&[1.0, 1.0], &[0, 1, 2, 0]),
            (ErrorCode::UnknownId, "precedence[2]".into())
        );
        assert_eq!(
            error(&[1.0; 3], &[0, 1, 1, 2, 2, 0]),
            (ErrorCode::Cycle, "precedence".into())
        );
        let cycle =
            numbered(&[1.0; 3], &[0, 1, 1, 2, 2, 1], PriorityRule::LongestTime).unwrap_err();
        assert_eq!(
            cycle.message(),
            "form a cycle: 1 → 2 → 1 (each must come before the next, so none can start)"
        );
        let unknown = numbered(&[1.0, 1.0], &[0, 7], PriorityRule::LongestTime).unwrap_err();
        assert_eq!(
            unknown.message(),
            "7 is not the number of any task: the 2 tasks are numbered 0 to 1"
        );
        let too_many = vec![0; 2 * (crate::line::MAX_PRECEDENCE_RELATIONS as usize + 1)];
        assert_eq!(
            error(&[1.0, 1.0], &too_many),
            (ErrorCode::TooLarge, "precedence".into())
        );
    }
}
