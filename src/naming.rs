//! How Rust names map to JavaScript names: `ordering_cost` is `orderingCost`.
//!
//! The JS boundary (built for wasm32 only) reads and writes fields by these names and
//! converts error paths with them. The functions live here, outside the boundary, so
//! their tests run natively.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

/// The camelCase form of an error path: `model.min_quantity` becomes
/// `model.minQuantity`. Text in brackets is an index or a caller's key
/// (`ratings["team_work"]`) and stays as it is.
pub(crate) fn camel_case_path(path: &str) -> String {
    let mut camel = String::with_capacity(path.len());
    let mut upper_next = false;
    let mut in_brackets = false;
    for character in path.chars() {
        match character {
            '[' => in_brackets = true,
            ']' => in_brackets = false,
            '_' if !in_brackets => {
                upper_next = true;
                continue;
            }
            _ => {}
        }
        if upper_next {
            // Outside brackets a path holds Rust field names, which are ASCII: no Unicode
            // case tables in the wasm.
            camel.push(character.to_ascii_uppercase());
            upper_next = false;
        } else {
            camel.push(character);
        }
    }
    camel
}

/// The number of bytes of `snake`'s camelCase form (its length without underscores),
/// for [`camel_case_bytes`] at compile time.
// Only evaluated at compile time (in `const` items), where an index out of bounds is a
// build error, never a trap at run time; `const fn` cannot use iterators.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn camel_case_length(snake: &str) -> usize {
    let bytes = snake.as_bytes();
    let mut length = 0;
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] != b'_' {
            length += 1;
        }
        index += 1;
    }
    length
}

/// `snake`'s camelCase form as bytes, at compile time: `ordering_cost` becomes
/// `orderingCost`. `N` is [`camel_case_length`] of `snake`.
// Only evaluated at compile time (in `const` items), where an index out of bounds is a
// build error, never a trap at run time; `const fn` cannot use iterators.
#[allow(clippy::indexing_slicing)]
pub(crate) const fn camel_case_bytes<const N: usize>(snake: &str) -> [u8; N] {
    let bytes = snake.as_bytes();
    let mut camel = [0; N];
    let (mut from, mut to, mut upper) = (0, 0, false);
    while from < bytes.len() && to < N {
        let byte = bytes[from];
        if byte == b'_' {
            upper = true;
        } else {
            camel[to] = if upper {
                byte.to_ascii_uppercase()
            } else {
                byte
            };
            upper = false;
            to += 1;
        }
        from += 1;
    }
    camel
}

/// `parts` with `separator` between each two: the crate's one join for messages (each
/// `[T]::join` instance is a copy of std's in the wasm).
pub(crate) fn joined(parts: &mut dyn Iterator<Item = &str>, separator: &str) -> String {
    let mut text = String::new();
    for (index, part) in parts.enumerate() {
        if index > 0 {
            text.push_str(separator);
        }
        text.push_str(part);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_joined_with_the_separator_between_each_two() {
        assert_eq!(joined(&mut ["a", "b", "c"].into_iter(), ", "), "a, b, c");
        assert_eq!(joined(&mut ["a"].into_iter(), ", "), "a");
        assert_eq!(joined(&mut [].into_iter(), ", "), "");
    }

    #[test]
    fn snake_case_names_become_camel_case() {
        assert_eq!(camel_case_path("lead_time_days"), "leadTimeDays");
        assert_eq!(camel_case_path("demand"), "demand");
        assert_eq!(camel_case_path("model.min_quantity"), "model.minQuantity");
        assert_eq!(camel_case_path("steps[2].unit_time"), "steps[2].unitTime");
        assert_eq!(
            camel_case_path("ratings[\"team_work\"].self_score"),
            "ratings[\"team_work\"].selfScore"
        );
        assert_eq!(camel_case_path(""), "");
    }

    #[test]
    fn camel_case_at_compile_time() {
        const LENGTH: usize = camel_case_length("lead_time_days");
        const BYTES: [u8; LENGTH] = camel_case_bytes("lead_time_days");
        assert_eq!(&BYTES, b"leadTimeDays");
        assert_eq!(&camel_case_bytes::<6>("demand"), b"demand");
        assert_eq!(camel_case_length("a_b_c"), 3);
    }

    #[test]
    fn a_list_of_names_keeps_its_commas() {
        // As the result writer joins a type's keys at compile time (`key_names!`).
        const NAMES: &str = "order_quantity,total_cost,demand";
        const LENGTH: usize = camel_case_length(NAMES);
        const BYTES: [u8; LENGTH] = camel_case_bytes(NAMES);
        assert_eq!(&BYTES, b"orderQuantity,totalCost,demand");
    }
}
