//! The order of task ids as people read them: "2" before "10", "A2" before "A10".

use std::cmp::Ordering;

/// Compares two ids token by token: runs of digits as the numbers they spell, other
/// characters one by one; ids equal that way ("01" and "1") by their plain text. That is
/// a total order, as sorting needs.
pub(crate) fn natural_cmp(left: &str, right: &str) -> Ordering {
    natural_tokens(left, right).then_with(|| left.cmp(right))
}

fn natural_tokens(left: &str, right: &str) -> Ordering {
    let (mut left, mut right) = (left, right);
    loop {
        match (left.chars().next(), right.chars().next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => {
                let (left_digits, left_rest) = split_digits(left);
                let (right_digits, right_rest) = split_digits(right);
                let ordering = compare_numbers(left_digits, right_digits);
                if ordering != Ordering::Equal {
                    return ordering;
                }
                (left, right) = (left_rest, right_rest);
            }
            (Some(a), Some(b)) => {
                if a != b {
                    return a.cmp(&b);
                }
                (left, right) = (
                    left.get(a.len_utf8()..).unwrap_or(""),
                    right.get(b.len_utf8()..).unwrap_or(""),
                );
            }
        }
    }
}

/// The leading run of ASCII digits, and the rest.
fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|character: char| !character.is_ascii_digit())
        .unwrap_or(text.len());
    // `end` follows ASCII digits, so it is a character boundary.
    text.split_at_checked(end).unwrap_or((text, ""))
}

/// Two digit strings by the numbers they spell, of any length.
fn compare_numbers(left: &str, right: &str) -> Ordering {
    let left = left.trim_start_matches('0');
    let right = right.trim_start_matches('0');
    left.len().cmp(&right.len()).then_with(|| left.cmp(right))
}

/// Each id's rank (0 for the lowest) in natural order.
pub(crate) fn natural_ranks<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let ids: Vec<&str> = ids.collect();
    let order = crate::sort::stable_order(ids.len(), &mut |a, b| {
        natural_cmp(
            ids.get(a).copied().unwrap_or(""),
            ids.get(b).copied().unwrap_or(""),
        )
    });
    let mut ranks = vec![0_u32; ids.len()];
    for (rank, index) in (0_u32..).zip(order) {
        if let Some(slot) = ranks.get_mut(index) {
            *slot = rank;
        }
    }
    ranks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_as_numbers_and_the_rest_as_text() {
        let mut ids = vec!["10", "9", "A10", "A2", "B", "a", "2", "02", "5x"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["02", "2", "5x", "9", "10", "A2", "A10", "B", "a"]);
    }

    #[test]
    fn ranks_follow_the_order() {
        assert_eq!(
            natural_ranks(["C", "10", "2", "A"].into_iter()),
            vec![3, 1, 0, 2]
        );
    }
}
