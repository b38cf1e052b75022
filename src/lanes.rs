//! Numbers a formula computes on: one `f64`, or, in a wasm build with 128-bit SIMD,
//! two at once ([`Wide`]). A formula written once over [`Lanes`] gives the single call
//! its result and lets a batch function run the same arithmetic on two items per
//! instruction: each lane's add, multiply, divide and square root round as the scalar
//! one does (IEEE 754), so every item comes out bit for bit as the single call gives it.

use std::ops::{Add, BitAnd, Div, Mul, Sub};

/// One or more `f64` lanes, computed on together.
pub(crate) trait Lanes:
    Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> + Div<Output = Self>
{
    /// One boolean per lane.
    type Mask: Copy + BitAnd<Output = Self::Mask>;
    /// Lanes per value.
    const WIDTH: usize;
    /// `value` in every lane.
    fn splat(value: f64) -> Self;
    /// The square root of each lane.
    fn sqrt(self) -> Self;
    /// Each lane above `bound` (false for NaN).
    fn gt(self, bound: f64) -> Self::Mask;
    /// Each lane below `bound` (false for NaN).
    fn lt(self, bound: f64) -> Self::Mask;
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
    fn gt(self, bound: f64) -> bool {
        self > bound
    }

    #[inline(always)]
    fn lt(self, bound: f64) -> bool {
        self < bound
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
        f64x2, f64x2_add, f64x2_div, f64x2_extract_lane, f64x2_gt, f64x2_lt, f64x2_mul,
        f64x2_splat, f64x2_sqrt, f64x2_sub, i64x2_all_true, v128, v128_and,
    };
    use std::ops::{Add, BitAnd, Div, Mul, Sub};

    /// Two `f64` lanes in one wasm `v128`.
    #[derive(Debug, Clone, Copy)]
    pub(crate) struct F64x2(v128);

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
        fn gt(self, bound: f64) -> Mask2 {
            Mask2(f64x2_gt(self.0, f64x2_splat(bound)))
        }

        #[inline(always)]
        fn lt(self, bound: f64) -> Mask2 {
            Mask2(f64x2_lt(self.0, f64x2_splat(bound)))
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
}
