//! The order of task ids as people read them: "2" before "10", "A2" before "A10".

use std::cmp::Ordering;

/// Compares two ids token by token: runs of digits as the numbers they spell, other
/// characters one by one; ids equal that way ("01" and "1") by their plain text. That is
/// a total order, as sorting needs.
pub(crate) fn natural_cmp(left: &str, right: &str) -> Ordering {
    natural_tokens(left, right).then_with(|| left.cmp(right))
}

/// The token comparison on UTF-8 bytes, which gives the order of the characters: an
/// ASCII digit byte is never part of a multi-byte character, so digit runs are found as
/// they are among characters, and between two different characters the first byte where
/// their encodings differ orders them as their code points.
fn natural_tokens(left: &str, right: &str) -> Ordering {
    let (mut left, mut right) = (left.as_bytes(), right.as_bytes());
    loop {
        match (left.split_first(), right.split_first()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some((a, _)), Some((b, _))) if a.is_ascii_digit() && b.is_ascii_digit() => {
                let (left_digits, left_rest) = split_digits(left);
                let (right_digits, right_rest) = split_digits(right);
                let ordering = compare_numbers(left_digits, right_digits);
                if ordering != Ordering::Equal {
                    return ordering;
                }
                (left, right) = (left_rest, right_rest);
            }
            (Some((a, left_rest)), Some((b, right_rest))) => {
                if a != b {
                    return a.cmp(b);
                }
                (left, right) = (left_rest, right_rest);
            }
        }
    }
}

/// The leading run of ASCII digits, and the rest.
fn split_digits(text: &[u8]) -> (&[u8], &[u8]) {
    let end = text
        .iter()
        .position(|byte| !byte.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at_checked(end).unwrap_or((text, &[]))
}

/// Two digit strings by the numbers they spell, of any length.
fn compare_numbers(left: &[u8], right: &[u8]) -> Ordering {
    let left = without_leading_zeros(left);
    let right = without_leading_zeros(right);
    left.len().cmp(&right.len()).then_with(|| left.cmp(right))
}

/// `digits` after their leading zeros.
fn without_leading_zeros(digits: &[u8]) -> &[u8] {
    let zeros = digits.iter().take_while(|&&digit| digit == b'0').count();
    digits.get(zeros..).unwrap_or(&[])
}

/// Each id's rank (0 for the lowest) in natural order.
///
/// Ids that are whole numbers (see [`plain_number`]) compare by their values, as
/// [`natural_cmp`] orders them, without walking their text.
pub(crate) fn natural_ranks<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<u32> {
    let ids: Vec<&str> = ids.collect();
    let numbers: Vec<Option<u64>> = ids.iter().map(|id| plain_number(id)).collect();
    let order = crate::sort::stable_order(ids.len(), &mut |a, b| match (
        numbers.get(a),
        numbers.get(b),
    ) {
        (Some(Some(left)), Some(Some(right))) => left.cmp(right),
        _ => natural_cmp(
            ids.get(a).copied().unwrap_or(""),
            ids.get(b).copied().unwrap_or(""),
        ),
    });
    let mut ranks = vec![0_u32; ids.len()];
    for (rank, index) in (0_u32..).zip(order) {
        if let Some(slot) = ranks.get_mut(index) {
            *slot = rank;
        }
    }
    ranks
}

/// The value of an id of 1 to 19 ASCII digits without a leading zero ("0" itself
/// included), which fits in a `u64`. Two such ids are one digit run each, equal only
/// when their text is, so [`natural_cmp`] orders them as their values.
fn plain_number(id: &str) -> Option<u64> {
    let digits = id.as_bytes();
    let plain = matches!(digits, [b'0'] | [b'1'..=b'9', ..])
        && digits.len() <= 19
        && digits.iter().all(u8::is_ascii_digit);
    plain.then(|| {
        digits
            .iter()
            .fold(0, |value, &digit| value * 10 + u64::from(digit - b'0'))
    })
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
    fn digits_next_to_multi_byte_characters_are_numbers() {
        let mut ids = vec!["é10", "é9", "ü", "z", "9é", "10é", "€2", "€02", "ß"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, ["9é", "10é", "z", "ß", "é9", "é10", "ü", "€02", "€2"]);
    }

    /// The comparison on characters that the byte-wise one replaced, as it was.
    fn natural_cmp_by_chars(left: &str, right: &str) -> Ordering {
        fn split_digits(text: &str) -> (&str, &str) {
            let end = text
                .find(|character: char| !character.is_ascii_digit())
                .unwrap_or(text.len());
            text.split_at_checked(end).unwrap_or((text, ""))
        }
        fn tokens(mut left: &str, mut right: &str) -> Ordering {
            loop {
                match (left.chars().next(), right.chars().next()) {
                    (None, None) => return Ordering::Equal,
                    (None, Some(_)) => return Ordering::Less,
                    (Some(_), None) => return Ordering::Greater,
                    (Some(a), Some(b)) if a.is_ascii_digit() && b.is_ascii_digit() => {
                        let (left_digits, left_rest) = split_digits(left);
                        let (right_digits, right_rest) = split_digits(right);
                        let (l, r) = (
                            left_digits.trim_start_matches('0'),
                            right_digits.trim_start_matches('0'),
                        );
                        let ordering = l.len().cmp(&r.len()).then_with(|| l.cmp(r));
                        if ordering != Ordering::Equal {
                            return ordering;
                        }
                        (left, right) = (left_rest, right_rest);
                    }
                    (Some(a), Some(b)) => {
                        if a != b {
                            return a.cmp(&b);
                        }
                        (left, right) = (&left[a.len_utf8()..], &right[b.len_utf8()..]);
                    }
                }
            }
        }
        tokens(left, right).then_with(|| left.cmp(right))
    }

    #[test]
    fn bytes_order_ids_as_characters_did() {
        // Short ids from a few characters of 1 to 4 bytes, digits, and zeros, so that
        // equal prefixes, digit runs beside multi-byte characters and leading zeros
        // are common.
        let alphabet = [
            '0', '0', '1', '2', '9', 'a', 'A', '-', 'é', 'ß', 'ÿ', 'Ā', '€', '中', '😀',
        ];
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = |bound: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            usize::try_from(state % bound as u64).unwrap()
        };
        let ids: Vec<String> = (0..400)
            .map(|_| {
                let length = next(7);
                (0..length)
                    .map(|_| alphabet[next(alphabet.len())])
                    .collect()
            })
            .collect();
        for left in &ids {
            for right in &ids {
                assert_eq!(
                    natural_cmp(left, right),
                    natural_cmp_by_chars(left, right),
                    "{left:?} against {right:?}"
                );
            }
        }
        // Ranks, whole numbers compared by value, as a sort by the old comparison gives
        // them (the ids repeat, so equal ids keep their index order).
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_by(|&a, &b| natural_cmp_by_chars(&ids[a], &ids[b]));
        let ranks = natural_ranks(ids.iter().map(String::as_str));
        for (rank, index) in order.into_iter().enumerate() {
            assert_eq!(ranks[index] as usize, rank, "{:?}", ids[index]);
        }
    }

    #[test]
    fn ranks_follow_the_order() {
        assert_eq!(
            natural_ranks(["C", "10", "2", "A"].into_iter()),
            vec![3, 1, 0, 2]
        );
    }

    #[test]
    fn whole_numbers_rank_as_the_comparison_orders_them() {
        let ids = [
            "10",
            "9",
            "0",
            "00",
            "007",
            "7",
            "9999999999999999999",
            "18446744073709551615",
            "18446744073709551616",
            "99999999999999999999",
            "10000000000000000000",
            "1000000000000000000",
            "7a",
            "a7",
            "",
            "-3",
            "3.5",
            "٣",
        ];
        let ranks = natural_ranks(ids.iter().copied());
        let mut sorted = ids.to_vec();
        sorted.sort_by(|a, b| natural_cmp(a, b));
        for (id, rank) in ids.iter().zip(&ranks) {
            assert_eq!(sorted[*rank as usize], *id);
        }
        assert_eq!(plain_number("0"), Some(0));
        assert_eq!(
            plain_number("9999999999999999999"),
            Some(9_999_999_999_999_999_999)
        );
        assert_eq!(plain_number("10000000000000000000"), None);
        assert_eq!(plain_number("007"), None);
        assert_eq!(plain_number(""), None);
    }
}
