// What every header of the act library needs first: the language standard,
// the floating-point semantics it relies on, and the inlining macros.
#ifndef ACT_CORE_CONFIG_HPP
#define ACT_CORE_CONFIG_HPP

// The library uses inline variables, `if constexpr` and fold expressions.
#if !defined(__cplusplus) || __cplusplus < 201703L
#error "act: the act library needs C++17 or later (compile with -std=c++17)"
#endif

// The kernels round to integers with (x + c) - c, test NaN with x != x and
// keep the sign of zero: -ffast-math, -Ofast and -fassociative-math delete
// the first, -ffinite-math-only the second, -fno-signed-zeros the third. Results would then be silently
// wrong (by whole orders of magnitude), so refuse to compile instead.
#if defined(__FAST_MATH__)
#error "act: compiled with -ffast-math (or -Ofast): the act library needs IEEE arithmetic; remove the flag for files that include act headers"
#endif
#if defined(__FINITE_MATH_ONLY__) && __FINITE_MATH_ONLY__
#error "act: compiled with -ffinite-math-only: the act library handles NaN and infinities and needs them; remove the flag"
#endif
#if defined(__ASSOCIATIVE_MATH__) || defined(__RECIPROCAL_MATH__)
#error "act: compiled with -fassociative-math or -freciprocal-math: the act library's kernels depend on the order and rounding of each operation; remove the flag"
#endif
#if defined(__NO_SIGNED_ZEROS__)
#error "act: compiled with -fno-signed-zeros: the act library keeps the sign of zero (f(-0) = -0 where the function is odd there); remove the flag"
#endif

/// Forces inlining of the small kernels: a loop over an array vectorises only
/// when the whole element computation is inlined into it, and GCC's
/// heuristics give up on the unrolled polynomials otherwise.
/// ACT_INLINE_LAMBDA does the same for a lambda (`[](auto v) ACT_INLINE_LAMBDA {...}`).
#if defined(__GNUC__)
#define ACT_INLINE inline __attribute__((always_inline))
#define ACT_INLINE_LAMBDA __attribute__((always_inline))
#else
#define ACT_INLINE inline
#define ACT_INLINE_LAMBDA
#endif

#endif
