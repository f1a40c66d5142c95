// A real number with many bits (GNU MPFR), just enough of it to evaluate the
// descriptions' reference formulas (F::reference, F::reference_derivative,
// generic in the real type: see act/core/real.hpp), and an evaluator that
// raises the precision until the result no longer changes. The accuracy
// study's ground truth: the double and long double evaluations of the same
// formulas are checked against it (reference_check.cpp), and the double
// study uses it.
#ifndef ACT_ACCURACY_MPFR_BIG_HPP
#define ACT_ACCURACY_MPFR_BIG_HPP

#include <algorithm>
#include <cmath>
#include <utility>

#include <mpfr.h>

namespace study {

class Big {
public:
    /// Precision of new numbers, in bits (per thread).
    static mpfr_prec_t& precision()
    {
        thread_local mpfr_prec_t p = 128;
        return p;
    }
    /// Widest exponent range MPFR allows, so that e^x overflows as late as possible.
    static void widen_exponent_range()
    {
        mpfr_set_emin(mpfr_get_emin_min());
        mpfr_set_emax(mpfr_get_emax_max());
    }

    Big() { mpfr_init2(v_, precision()); mpfr_set_zero(v_, 1); }
    Big(double d) { mpfr_init2(v_, precision()); mpfr_set_d(v_, d, MPFR_RNDN); }
    Big(int i) : Big(double(i)) {}
    Big(const Big& o) { mpfr_init2(v_, mpfr_get_prec(o.v_)); mpfr_set(v_, o.v_, MPFR_RNDN); }
    Big& operator=(const Big& o)
    {
        if (this != &o) {
            mpfr_set_prec(v_, mpfr_get_prec(o.v_));
            mpfr_set(v_, o.v_, MPFR_RNDN);
        }
        return *this;
    }
    ~Big() { mpfr_clear(v_); }

    mpfr_ptr get() { return v_; }
    mpfr_srcptr get() const { return v_; }

    /// The value as an unevaluated sum hi + lo of two doubles.
    std::pair<double, double> to_double_double() const
    {
        const double hi = mpfr_get_d(v_, MPFR_RNDN);
        if (!std::isfinite(hi) || hi == 0) return {hi, 0.0};
        Big r;
        mpfr_sub_d(r.v_, v_, hi, MPFR_RNDN);
        return {hi, mpfr_get_d(r.v_, MPFR_RNDN)};
    }

    /// A decimal constant at the current precision (act::core::decimal uses it).
    static Big parse(const char* s) { Big r; mpfr_set_str(r.v_, s, 10, MPFR_RNDN); return r; }

#define ACT_BIG_OP(op, fn)                                                      \
    friend Big operator op(const Big& a, const Big& b)                          \
    {                                                                           \
        Big r;                                                                  \
        fn(r.v_, a.v_, b.v_, MPFR_RNDN);                                        \
        return r;                                                               \
    }                                                                           \
    friend Big operator op(const Big& a, int b) { return a op Big(b); }         \
    friend Big operator op(int a, const Big& b) { return Big(a) op b; }
    ACT_BIG_OP(+, mpfr_add)
    ACT_BIG_OP(-, mpfr_sub)
    ACT_BIG_OP(*, mpfr_mul)
    ACT_BIG_OP(/, mpfr_div)
#undef ACT_BIG_OP
    friend Big operator-(const Big& a) { Big r; mpfr_neg(r.v_, a.v_, MPFR_RNDN); return r; }

    // Comparisons as for doubles: false whenever a NaN is involved (but !=).
#define ACT_BIG_CMP(op, fn)                                                     \
    friend bool operator op(const Big& a, const Big& b) { return fn(a.v_, b.v_) != 0; } \
    friend bool operator op(const Big& a, int b) { return a op Big(b); }        \
    friend bool operator op(int a, const Big& b) { return Big(a) op b; }
    ACT_BIG_CMP(>, mpfr_greater_p)
    ACT_BIG_CMP(>=, mpfr_greaterequal_p)
    ACT_BIG_CMP(<, mpfr_less_p)
    ACT_BIG_CMP(<=, mpfr_lessequal_p)
    ACT_BIG_CMP(==, mpfr_equal_p)
#undef ACT_BIG_CMP
    friend bool operator!=(const Big& a, const Big& b) { return !(a == b); }
    friend bool operator!=(const Big& a, int b) { return !(a == b); }
    friend bool operator!=(int a, const Big& b) { return !(a == b); }

#define ACT_BIG_FN(name, fn)                                                    \
    friend Big name(const Big& a)                                               \
    {                                                                           \
        Big r;                                                                  \
        fn(r.v_, a.v_, MPFR_RNDN);                                              \
        return r;                                                               \
    }
    ACT_BIG_FN(fabs, mpfr_abs)
    ACT_BIG_FN(exp, mpfr_exp)
    ACT_BIG_FN(expm1, mpfr_expm1)
    ACT_BIG_FN(log1p, mpfr_log1p)
    ACT_BIG_FN(tanh, mpfr_tanh)
    ACT_BIG_FN(erfc, mpfr_erfc)
    ACT_BIG_FN(sqrt, mpfr_sqrt)
#undef ACT_BIG_FN

private:
    mpfr_t v_;
};

/// f(x, p) with enough bits that the double-double rounding of the result
/// is settled: the precision starts at 96 bits plus -log2|x| for |x| < 1
/// (tiny arguments cancel that deep in the formulas) and doubles until two
/// successive evaluations agree. params: f's parameters (f converts them).
template <class F>
std::pair<double, double> exact(F f, double x, const double* params)
{
    const int e = (x == 0 || !std::isfinite(x)) ? 0 : -std::ilogb(x);
    mpfr_prec_t p = 96 + std::clamp(e, 0, 1100);
    std::pair<double, double> last{NAN, NAN};
    for (int round = 0; round < 10; ++round, p *= 2) {
        Big::precision() = p;
        const Big bx(x);
        mpfr_clear_inexflag();
        const auto now = f(bx, params).to_double_double();
        const bool rounded = mpfr_inexflag_p() != 0;
        const bool same_hi = now.first == last.first || (std::isnan(now.first) && std::isnan(last.first));
        // A 0 can be a cancellation that more bits would resolve: trust it
        // only from a precision at which the true value would be below every
        // double (terms of order 1 that cancel beyond 2^-1280).
        const bool settled = now.first != 0 || !rounded || p >= 1280;
        if (same_hi && settled && std::fabs(now.second - last.second) <= std::fabs(now.first) * 0x1p-80) {
            Big::precision() = 128;
            return now;
        }
        last = now;
    }
    Big::precision() = 128;
    return last;
}

}  // namespace study

#endif
