// What the descriptions' reference formulas need besides arithmetic.
//
// Each description states its function once more, as a careful formula
// generic in a real type R (F::reference and F::reference_derivative): the
// accuracy study evaluates it in double, in long double and in an MPFR
// number with as many bits as it takes. R is double, long double, or a class
// with the arithmetic operators (also with int on either side), comparisons
// with int, fabs, exp, expm1, log1p, tanh, erfc and sqrt found by
// argument-dependent lookup (a formula writes `using std::exp;` and calls
// `exp(x)`), and a static `parse(const char*)` for decimal constants.
// Chapter: "Accuracy and speed"; CONTRIBUTING.md.
#ifndef ACT_CORE_REAL_HPP
#define ACT_CORE_REAL_HPP

#include <type_traits>

namespace act::core {

/**
 * \brief A decimal constant in the real type R of a reference formula.
 *
 * Write the constant twice, as a long double literal and as the same
 * digits in a string: `decimal<R>(3.14159265358979323846L,
 * "3.14159265358979323846")`. The built-in types round the literal (the
 * compiler folds it); a type with more precision parses the digits at its
 * own precision, so give as many as it may need.
 * \param value  the constant as a long double literal.
 * \param digits the same constant as decimal digits.
 * \return the constant in R: `static_cast<R>(value)` for double and long
 *         double, `R::parse(digits)` otherwise.
 */
template <class R>
R decimal(long double value, const char* digits)
{
    if constexpr (std::is_floating_point_v<R>) {
        (void)digits;
        return static_cast<R>(value);
    } else {
        (void)value;
        return R::parse(digits);
    }
}

}  // namespace act::core

#endif
