//! The boundary codec's format is declared on both sides of the boundary: the tags,
//! the depth and size limits and the kinds of unsupported values are constants in
//! `src/wasm/codec.rs` and `src/wasm/read_failure.rs` (Rust) and in `src/wasm/codec.js` (the
//! JS half, shipped as `opscalc_codec.js`). Those files compile for wasm only, so this
//! native test reads their text and checks that the two sides say the same: a
//! mismatch would otherwise show only as `internal` errors at run time.

use std::collections::BTreeMap;

const CODEC_RS: &str = include_str!("../src/wasm/codec.rs");
const READ_FAILURE_RS: &str = include_str!("../src/wasm/read_failure.rs");
const CODEC_JS: &str = include_str!("../src/wasm/codec.js");

/// The value of a constant expression as the two files write them: `14`, `1 << 23`,
/// `2 ** 24`.
fn evaluate(expression: &str) -> Option<u64> {
    let expression = expression.trim();
    if let Some((base, shift)) = expression.split_once("<<") {
        return Some(evaluate(base)? << evaluate(shift)?);
    }
    if let Some((base, power)) = expression.split_once("**") {
        return evaluate(base)?.checked_pow(u32::try_from(evaluate(power)?).ok()?);
    }
    expression.parse().ok()
}

/// Every top-level `const NAME: type = value;` (Rust, maybe `pub(super)`) or
/// `const NAME = value;` (JS)
/// whose value is a number, by name.
fn numeric_constants(source: &str) -> BTreeMap<String, u64> {
    source
        .lines()
        .filter_map(|line| {
            let line = line.strip_prefix("pub(super) ").unwrap_or(line);
            line.strip_prefix("const ")
        })
        .filter_map(|line| line.strip_suffix(';'))
        .filter_map(|declaration| {
            let (name, value) = declaration.split_once('=')?;
            let name = name.split(':').next()?.trim();
            Some((name.to_owned(), evaluate(value)?))
        })
        .collect()
}

const TAGS: [&str; 15] = [
    "NULL",
    "FALSE",
    "TRUE",
    "NUMBER",
    "TEXT",
    "LIST",
    "OBJECT",
    "FLOATS",
    "UNSUPPORTED",
    "UNREADABLE",
    "NUMBERS",
    "VALUE",
    "UNDEFINED",
    "KEY",
    "TOO_BIG",
];

#[test]
fn both_sides_number_the_tags_alike() {
    let rust = numeric_constants(CODEC_RS);
    let js = numeric_constants(CODEC_JS);
    for tag in TAGS {
        assert!(rust.contains_key(tag), "codec.rs lacks {tag}");
        assert_eq!(rust.get(tag), js.get(tag), "tag {tag}");
    }
    // Fifteen distinct numbers, 0 to 14.
    let mut numbers: Vec<u64> = TAGS.iter().map(|tag| rust[*tag]).collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (0..15).collect::<Vec<u64>>());
}

#[test]
fn both_sides_set_the_same_limits() {
    let rust = numeric_constants(CODEC_RS);
    let js = numeric_constants(CODEC_JS);
    let read_failure = numeric_constants(READ_FAILURE_RS);
    assert_eq!(read_failure["MAX_DEPTH"], 32);
    assert_eq!(js["MAX_DEPTH"], read_failure["MAX_DEPTH"]);
    // Two codes per value: a tag and its number.
    assert_eq!(js["MAX_CODES"], 2 * rust["MAX_VALUES"]);
    assert_eq!(rust["MAX_VALUES"], 1 << 23);
}

#[test]
fn unsupported_kinds_are_named_in_the_order_js_numbers_them() {
    // JS: `UNSUPPORTED_CODES = { undefined: 0, bigint: 1, ... }`, `OTHER_TYPED_ARRAY =
    // 4` and `DETACHED_TYPED_ARRAY = 5`; Rust: `UNSUPPORTED_KINDS`, the words for each
    // number.
    let object = CODEC_JS
        .split_once("const UNSUPPORTED_CODES = {")
        .and_then(|(_, rest)| rest.split_once('}'))
        .map(|(entries, _)| entries)
        .unwrap();
    let mut codes: Vec<(u64, &str)> = object
        .split(',')
        .filter_map(|entry| entry.split_once(':'))
        .map(|(kind, code)| (code.trim().parse().unwrap(), kind.trim()))
        .collect();
    let constants = numeric_constants(CODEC_JS);
    codes.push((constants["OTHER_TYPED_ARRAY"], "typed array"));
    codes.push((constants["DETACHED_TYPED_ARRAY"], "detached"));
    codes.sort_unstable();

    let kinds: Vec<&str> = CODEC_RS
        .split_once("const UNSUPPORTED_KINDS")
        .and_then(|(_, rest)| rest.split_once("= ["))
        .and_then(|(_, rest)| rest.split_once("];"))
        .map(|(entries, _)| {
            entries
                .split(',')
                .filter_map(|entry| entry.split('"').nth(1))
                .collect()
        })
        .unwrap();
    assert_eq!(kinds.len(), codes.len(), "{kinds:?} against {codes:?}");
    for (position, (code, js_kind)) in codes.iter().enumerate() {
        assert_eq!(*code, position as u64, "JS numbers the kinds 0, 1, 2, ...");
        assert!(
            kinds[position].contains(js_kind),
            "kind {code}: Rust says {:?}, JS {js_kind:?}",
            kinds[position]
        );
    }
}
