//! Numbers a formula computes on: one `f64`, or, in a wasm build with 128-bit SIMD,
//! two at once ([`Wide`]). A formula written once over [`Lanes`] gives the single call
//! its result and lets a batch function run the same arithmetic on two items per
//! instruction: each lane's add, multiply, divide and square root round as the scalar
//! one does (IEEE 754), so every item comes out bit for bit as the single call gives it.

use std::ops::{Add, BitAnd, BitOr, Div, Mul, Sub};

/// One or more `f64` lanes, computed on together.
pub(crate) trait Lanes:
    Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Div<Output = Self>
{
    /// One boolean per lane.
    type Mask: Copy + BitAnd<Output = Self::Mask> + BitOr<Output = Self::Mask>;
    /// Lanes per value.
    const WIDTH: usize;
    /// `value` in every lane.
    fn splat(value: f64) -> Self;
    /// The square root of each lane.
    fn sqrt(self) -> Self;
    /// Each lane below the same lane of `other` (false for NaN).
    fn lt_lanes(self, other: Self) -> Self::Mask;
    /// Each lane at most the same lane of `other` (false for NaN).
    fn le_lanes(self, other: Self) -> Self::Mask;
    /// Each lane equal to `bound` (false for NaN; `-0 = 0`).
    fn equals(self, bound: f64) -> Self::Mask;
    /// Each lane neither infinite nor NaN.
    fn finite(self) -> Self::Mask;
    /// Each lane of `if_true` where `mask` is true, else of `if_false`.
    fn select(mask: Self::Mask, if_true: Self, if_false: Self) -> Self;
    /// Each lane above `bound` (false for NaN).
    #[inline(always)]
    fn gt(self, bound: f64) -> Self::Mask {
        Self::splat(bound).lt_lanes(self)
    }
    /// Each lane below `bound` (false for NaN).
    #[inline(always)]
    fn lt(self, bound: f64) -> Self::Mask {
        self.lt_lanes(Self::splat(bound))
    }
    /// Each lane at least `bound` (false for NaN).
    #[inline(always)]
    fn ge(self, bound: f64) -> Self::Mask {
        Self::splat(bound).le_lanes(self)
    }
    /// Whether every lane of `mask` is true.
    fn all(mask: Self::Mask) -> bool;
    /// `values[index..index + WIDTH]`; `None` when that runs past the end.
    #[inline(always)]
    fn load(values: &[f64], index: usize) -> Option<Self> {
        Self::groups(values.get(index..)?)
            .first()
            .map(Self::of_group)
    }
    /// Writes the lanes to `values[index..index + WIDTH]`; nothing when that runs past
    /// the end.
    #[inline(always)]
    fn store(self, values: &mut [f64], index: usize) {
        let rest = values.get_mut(index..).unwrap_or_default();
        if let Some(group) = Self::groups_mut(rest).first_mut() {
            self.to_group(group);
        }
    }
    /// A whole number per lane, counted up from 0 by [`count_if`](Self::count_if).
    type Count: Copy + Default;
    /// `count` plus one in each lane where `mask` is true.
    fn count_if(count: Self::Count, mask: Self::Mask) -> Self::Count;
    /// Writes each lane of `count` (at most 255) as a byte to `bytes[index..index +
    /// WIDTH]`; nothing when that runs past the end.
    fn store_count(count: Self::Count, bytes: &mut [u8], index: usize);
    /// `WIDTH` consecutive values, loaded or stored whole.
    type Group: Copy;
    /// `values` as whole groups (the values left over are not in any).
    fn groups(values: &[f64]) -> &[Self::Group];
    /// `values` as whole groups to write (the values left over are not in any).
    fn groups_mut(values: &mut [f64]) -> &mut [Self::Group];
    /// The lanes of `group`.
    fn of_group(group: &Self::Group) -> Self;
    /// Writes the lanes to `group`.
    fn to_group(self, group: &mut Self::Group);
}

impl Lanes for f64 {
    type Mask = bool;
    const WIDTH: usize = 1;

    #[inline(always)]
    fn splat(value: f64) -> Self {
        value
    }

    #[inline(always)]
    fn sqrt(self) -> Self {
        f64::sqrt(self)
    }

    #[inline(always)]
    fn lt_lanes(self, other: f64) -> bool {
        self < other
    }

    #[inline(always)]
    fn le_lanes(self, other: f64) -> bool {
        self <= other
    }

    #[inline(always)]
    #[allow(clippy::float_cmp)] // an exact comparison, as the SIMD lanes make it
    fn equals(self, bound: f64) -> bool {
        self == bound
    }

    #[inline(always)]
    fn finite(self) -> bool {
        self.is_finite()
    }

    #[inline(always)]
    fn select(mask: bool, if_true: f64, if_false: f64) -> f64 {
        if mask { if_true } else { if_false }
    }

    type Count = u32;

    #[inline(always)]
    fn count_if(count: u32, mask: bool) -> u32 {
        count + u32::from(mask)
    }

    #[inline(always)]
    fn store_count(count: u32, bytes: &mut [u8], index: usize) {
        if let Some(byte) = bytes.get_mut(index) {
            *byte = u8::try_from(count).unwrap_or(u8::MAX);
        }
    }

    #[inline(always)]
    fn all(mask: bool) -> bool {
        mask
    }

    type Group = f64;

    #[inline(always)]
    fn groups(values: &[f64]) -> &[f64] {
        values
    }

    #[inline(always)]
    fn groups_mut(values: &mut [f64]) -> &mut [f64] {
        values
    }

    #[inline(always)]
    fn of_group(group: &f64) -> Self {
        *group
    }

    #[inline(always)]
    fn to_group(self, group: &mut f64) {
        *group = self;
    }
}

/// The widest [`Lanes`] of the build: two items per instruction in wasm with SIMD
/// (the package is built with `+simd128`), one elsewhere (native builds at
/// `opt-level = 3` vectorize the loops themselves).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
pub(crate) type Wide = simd::F64x2;

/// The widest [`Lanes`] of the build: one `f64` without wasm's SIMD.
#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
pub(crate) type Wide = f64;

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod simd {
    use super::Lanes;
    use core::arch::wasm32::{
        f64x2, f64x2_abs, f64x2_add, f64x2_div, f64x2_eq, f64x2_extract_lane, f64x2_le, f64x2_lt,
        f64x2_mul, f64x2_splat, f64x2_sqrt, f64x2_sub, i64x2_all_true, i64x2_splat, i64x2_sub,
        u8x16_shuffle, u16x8_extract_lane, v128, v128_and, v128_bitselect, v128_or,
    };
    use std::ops::{Add, BitAnd, BitOr, Div, Mul, Sub};

    /// Two `f64` lanes in one wasm `v128`.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct F64x2(v128);

    /// Two whole numbers, each in a 64-bit lane.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct Count2(v128);

    impl Default for Count2 {
        #[inline(always)]
        fn default() -> Self {
            Count2(i64x2_splat(0))
        }
    }

    /// Two booleans, each lane all ones or all zeros.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct Mask2(v128);

    macro_rules! operator {
        ($($trait:ident $method:ident $op:ident),*) => {$(
            impl $trait for F64x2 {
                type Output = F64x2;
                #[inline(always)]
                fn $method(self, other: F64x2) -> F64x2 {
                    F64x2($op(self.0, other.0))
                }
            }
        )*};
    }

    operator!(Add add f64x2_add, Sub sub f64x2_sub, Mul mul f64x2_mul, Div div f64x2_div);

    impl BitAnd for Mask2 {
        type Output = Mask2;
        #[inline(always)]
        fn bitand(self, other: Mask2) -> Mask2 {
            Mask2(v128_and(self.0, other.0))
        }
    }

    impl BitOr for Mask2 {
        type Output = Mask2;
        #[inline(always)]
        fn bitor(self, other: Mask2) -> Mask2 {
            Mask2(v128_or(self.0, other.0))
        }
    }

    impl Lanes for F64x2 {
        type Mask = Mask2;
        const WIDTH: usize = 2;

        #[inline(always)]
        fn splat(value: f64) -> Self {
            F64x2(f64x2_splat(value))
        }

        #[inline(always)]
        fn sqrt(self) -> Self {
            F64x2(f64x2_sqrt(self.0))
        }

        #[inline(always)]
        fn lt_lanes(self, other: F64x2) -> Mask2 {
            Mask2(f64x2_lt(self.0, other.0))
        }

        #[inline(always)]
        fn le_lanes(self, other: F64x2) -> Mask2 {
            Mask2(f64x2_le(self.0, other.0))
        }

        #[inline(always)]
        fn equals(self, bound: f64) -> Mask2 {
            Mask2(f64x2_eq(self.0, f64x2_splat(bound)))
        }

        #[inline(always)]
        fn finite(self) -> Mask2 {
            Mask2(f64x2_lt(f64x2_abs(self.0), f64x2_splat(f64::INFINITY)))
        }

        #[inline(always)]
        fn select(mask: Mask2, if_true: F64x2, if_false: F64x2) -> F64x2 {
            F64x2(v128_bitselect(if_true.0, if_false.0, mask.0))
        }

        /// Two `u64` lanes.
        type Count = Count2;

        #[inline(always)]
        fn count_if(count: Count2, mask: Mask2) -> Count2 {
            // A true lane is all ones, -1 as an integer.
            Count2(i64x2_sub(count.0, mask.0))
        }

        #[inline(always)]
        fn store_count(count: Count2, bytes: &mut [u8], index: usize) {
            // The low byte of each lane, side by side in the low 16 bits.
            let low_bytes =
                u8x16_shuffle::<0, 8, 0, 8, 0, 8, 0, 8, 0, 8, 0, 8, 0, 8, 0, 8>(count.0, count.0);
            let rest = bytes.get_mut(index..).unwrap_or_default();
            if let Some(two) = rest.first_chunk_mut::<2>() {
                *two = u16x8_extract_lane::<0>(low_bytes).to_le_bytes();
            }
        }

        #[inline(always)]
        fn all(mask: Mask2) -> bool {
            i64x2_all_true(mask.0)
        }

        type Group = [f64; 2];

        #[inline(always)]
        fn groups(values: &[f64]) -> &[[f64; 2]] {
            values.as_chunks().0
        }

        #[inline(always)]
        fn groups_mut(values: &mut [f64]) -> &mut [[f64; 2]] {
            values.as_chunks_mut().0
        }

        #[inline(always)]
        fn of_group(group: &[f64; 2]) -> Self {
            F64x2(f64x2(group[0], group[1]))
        }

        #[inline(always)]
        fn to_group(self, group: &mut [f64; 2]) {
            *group = [
                f64x2_extract_lane::<0>(self.0),
                f64x2_extract_lane::<1>(self.0),
            ];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Lanes, Wide};

    fn lanes(value: Wide) -> Vec<f64> {
        let mut values = vec![0.0; Wide::WIDTH];
        value.store(&mut values, 0);
        values
    }

    #[test]
    fn load_reads_width_values_and_none_past_the_end() {
        let values = [1.0, 2.0, 3.0];
        assert!(Wide::load(&values, 3).is_none());
        let loaded = Wide::load(&values, 1).map(lanes);
        assert_eq!(loaded.as_deref(), values.get(1..1 + Wide::WIDTH));
    }

    #[test]
    fn arithmetic_rounds_as_scalar_f64() {
        let (a, b) = (Wide::splat(2.0), Wide::splat(3.0));
        assert_eq!(
            lanes((a / b).sqrt()),
            vec![(2.0_f64 / 3.0).sqrt(); Wide::WIDTH]
        );
        assert_eq!(
            lanes(a - b * a + b),
            vec![2.0 - 3.0 * 2.0 + 3.0; Wide::WIDTH]
        );
    }

    #[test]
    fn comparisons_are_false_for_nan() {
        let nan = Wide::splat(f64::NAN);
        assert!(!Wide::all(nan.gt(0.0)));
        assert!(!Wide::all(nan.lt(0.0)));
        assert!(Wide::all(
            Wide::splat(1.0).gt(0.0) & Wide::splat(1.0).lt(2.0)
        ));
    }

    #[test]
    fn store_past_the_end_writes_nothing() {
        let mut values = [0.0; 1];
        Wide::splat(5.0).store(&mut values, 1);
        assert_eq!(values.map(f64::to_bits), [0.0_f64.to_bits()]);
    }

    #[test]
    fn select_finite_and_equals_go_lane_by_lane() {
        let (one, two) = (Wide::splat(1.0), Wide::splat(2.0));
        assert_eq!(
            lanes(Wide::select(one.lt(1.5), one, two)),
            vec![1.0; Wide::WIDTH]
        );
        assert_eq!(
            lanes(Wide::select(two.lt(1.5), one, two)),
            vec![2.0; Wide::WIDTH]
        );
        assert!(Wide::all(one.finite() & Wide::splat(-f64::MAX).finite()));
        for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert!(!Wide::all(Wide::splat(bad).finite()), "{bad}");
        }
        let nan = Wide::splat(f64::NAN);
        assert!(!Wide::all(nan.equals(f64::NAN) | nan.ge(0.0) | nan.lt(0.0)));
        assert!(Wide::all(
            Wide::splat(-0.0).equals(0.0) & one.ge(1.0) & two.gt(1.0)
        ));
        assert!(!Wide::all(one.equals(2.0) | one.gt(1.0)));
    }

    #[test]
    fn counts_are_stored_as_bytes_and_nothing_past_the_end() {
        let mut count = <Wide as Lanes>::Count::default();
        for bound in [0.5, 1.5, 2.5, 0.0] {
            count = Wide::count_if(count, Wide::splat(2.0).ge(bound));
        }
        let mut bytes = [9; 4];
        Wide::store_count(count, &mut bytes, 1);
        let written = bytes.get(1..1 + Wide::WIDTH).map(<[u8]>::to_vec);
        assert_eq!(written, Some(vec![3; Wide::WIDTH]));
        assert_eq!(bytes[0], 9);
        let mut short = [9; 1];
        Wide::store_count(count, &mut short, 1);
        assert_eq!(short, [9]);
    }
}
