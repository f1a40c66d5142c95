// The machinery of the accuracy study: what an ULP is, how an error is
// measured against a reference, and the sweep over float bit patterns. The
// table of functions it measures is in functions.hpp. Shared by the
// chapter's listings and by tests/accuracy_test.cpp.
#ifndef ACT_ACCURACY_STUDY_HPP
#define ACT_ACCURACY_STUDY_HPP

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <thread>
#include <utility>
#include <vector>
#ifdef ACT_STUDY_MPFR
#include <mpfr.h>
#endif

namespace study {

// [listing:ulp]
/// The unit in the last place of type T at the real number v: the spacing
/// of the T values in v's binade, 2^(e - p + 1) for |v| in [2^e, 2^(e+1)),
/// and the denormal spacing below the smallest normal.
template <class T>
double ulp(double v)
{
    using L = std::numeric_limits<T>;
    if (v == 0 || !std::isfinite(v)) return double(L::denorm_min());
    const int e = std::max(std::ilogb(v), L::min_exponent - 1);
    const int p = std::min(e - (L::digits - 1), L::max_exponent - L::digits);
    return std::ldexp(1.0, p);
}

/// Error of a computed T value y against the true value (ref_hi + ref_lo,
/// an unevaluated sum), in ULPs of T at the true value.
template <class T>
double ulp_error(T y, double ref_hi, double ref_lo = 0)
{
    if (std::isnan(y) || std::isnan(ref_hi))
        return (std::isnan(y) && std::isnan(ref_hi)) ? 0 : INFINITY;
    // An infinite result is right when the true value rounds to it (overflow).
    if (std::isinf(y)) return static_cast<T>(ref_hi) == y ? 0 : INFINITY;
    if (std::isinf(ref_hi)) return INFINITY;
    const double u = ulp<T>(ref_hi);
    const long double away = static_cast<long double>(y) - ref_hi;  // exact near y
    const double err = static_cast<double>(std::fabs(away - ref_lo) / u);
    // Where ref_lo is lost in the rounding (y - ref_hi half an ULP away, at
    // a tie, and ref_lo below the last bit), it still says on which side of
    // the tie the true value lies: just above or just below the error.
    const bool lost = err == static_cast<double>(std::fabs(away) / u);
    if (ref_lo != 0 && away != 0 && lost)
        return std::nextafter(err, (away < 0) != (ref_lo < 0) ? INFINITY : 0.0);
    return err;
}
// [/listing:ulp]

/// The true value hi + lo rounded to T (to nearest): static_cast<T>(hi),
/// unless hi lies exactly halfway between two T values, where lo decides.
template <class T>
T rounded(double hi, double lo)
{
    const T r = static_cast<T>(hi);
    if (lo == 0 || !std::isfinite(hi) || static_cast<double>(r) == hi) return r;
    const T other = std::nextafter(r, static_cast<T>(hi > r ? INFINITY : -INFINITY));
    const bool tie = (static_cast<long double>(r) + other) / 2 == hi;
    if (!tie) return r;
    return (lo > 0) == (other > r) ? other : r;
}

/// True when v (finite) lies exactly halfway between two floats: where a
/// double reference cannot say which way the true value rounds.
inline bool float_tie(double v)
{
    const float r = static_cast<float>(v);
    if (!std::isfinite(v) || static_cast<double>(r) == v) return false;
    const float other = std::nextafter(r, v > r ? INFINITY : -INFINITY);
    return (static_cast<double>(r) + other) / 2 == v;
}

/// The ordered position of a float among all floats (-0 and +0 share 0).
inline std::int64_t float_index(float x)
{
    std::int32_t i;
    std::memcpy(&i, &x, sizeof x);
    return i < 0 ? -std::int64_t(i & 0x7fffffff) : std::int64_t(i);
}

inline float float_from_bits(std::uint32_t b)
{
    float x;
    std::memcpy(&x, &b, sizeof x);
    return x;
}

/// What the study records for one implementation of one function.
struct Stats {
    std::uint64_t inputs = 0;     ///< non-NaN inputs measured
    double max_ulp = 0;           ///< largest error, in ULPs
    double x_at_max = 0;          ///< an input where it occurs (the smallest such)
    std::uint64_t over_half = 0;  ///< results not correctly rounded (error > 0.5 ULP)
    std::uint64_t over_one = 0;   ///< results more than 1 ULP away
    std::uint64_t spurious_inf = 0, spurious_nan = 0, spurious_zero = 0;
    double first_inf = NAN, first_nan = NAN, first_zero = NAN;  ///< the smallest such |x| among the inputs measured, signed (a sample, not a threshold)
    std::uint64_t nan_inputs = 0, nan_lost = 0;  ///< NaN inputs, and those that did not give NaN

    /// Records one result y of input x, whose true value is ref_hi + ref_lo.
    template <class T>
    void add(T x, T y, double ref_hi, double ref_lo = 0)
    {
        if (std::isnan(x)) {
            ++nan_inputs;
            if (!std::isnan(y)) ++nan_lost;
            return;
        }
        ++inputs;
        const double err = ulp_error(y, ref_hi, ref_lo);
        const T rounded = study::rounded<T>(ref_hi, ref_lo);
        auto note = [&](std::uint64_t& n, double& first) {
            ++n;
            if (std::isnan(first) || std::fabs(double(x)) < std::fabs(first)) first = x;
        };
        if (std::isinf(y) && std::isfinite(rounded)) note(spurious_inf, first_inf);
        if (std::isnan(y)) note(spurious_nan, first_nan);
        if (y == T(0) && rounded != T(0)) note(spurious_zero, first_zero);
        if (err > 0.5) ++over_half;
        if (err > 1) ++over_one;
        if (err > max_ulp || (err == max_ulp && err > 0 && std::fabs(double(x)) < std::fabs(x_at_max))) {
            max_ulp = err;
            x_at_max = x;
        }
    }

    void merge(const Stats& o)
    {
        inputs += o.inputs;
        if (o.max_ulp > max_ulp ||
            (o.max_ulp == max_ulp && o.max_ulp > 0 && std::fabs(o.x_at_max) < std::fabs(x_at_max))) {
            max_ulp = o.max_ulp;
            x_at_max = o.x_at_max;
        }
        over_half += o.over_half;
        over_one += o.over_one;
        auto first = [](double a, double b) {
            if (std::isnan(a)) return b;
            if (std::isnan(b)) return a;
            return std::fabs(b) < std::fabs(a) ? b : a;
        };
        spurious_inf += o.spurious_inf;
        spurious_nan += o.spurious_nan;
        spurious_zero += o.spurious_zero;
        first_inf = first(first_inf, o.first_inf);
        first_nan = first(first_nan, o.first_nan);
        first_zero = first(first_zero, o.first_zero);
        nan_inputs += o.nan_inputs;
        nan_lost += o.nan_lost;
    }

    /// Goal 1 of the chapter: within 1 ULP, no spurious inf/NaN/0, NaN kept.
    bool meets_goal() const
    {
        return over_one == 0 && spurious_inf == 0 && spurious_nan == 0 && spurious_zero == 0 &&
               nan_lost == 0;
    }
};

/// Runs `work(begin, end, thread_index)` over [0, count) in blocks, on
/// `threads` threads; each thread keeps its own partial results. A program
/// that computes with MPFR (ACT_STUDY_MPFR) has MPFR's per-thread caches
/// (constants at the precision last used) freed after each block, on the
/// thread that ran it, so that none is left when a thread ends: every MPFR
/// computation of the studies runs in a block.
template <class Work>
void parallel_blocks(std::uint64_t count, unsigned threads, std::uint64_t block, Work work)
{
    threads = std::max(1u, threads);
    std::atomic<std::uint64_t> next{0};
    auto run = [&](unsigned t) {
        for (;;) {
            const std::uint64_t b = next.fetch_add(block);
            if (b >= count) return;
            work(b, std::min(count, b + block), t);
#ifdef ACT_STUDY_MPFR
            mpfr_free_cache();
#endif
        }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run, t);
    run(0);
    for (auto& th : pool) th.join();
}

}  // namespace study

#endif
