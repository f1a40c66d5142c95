// The logistic sigmoid and its derivative.
// Chapter: "Sigmoid" (chapters/sigmoid); also the derivative of softplus
// in "Softplus".
#ifndef ACT_SIGMOID_HPP
#define ACT_SIGMOID_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"
#include "act/core/exp.hpp"

namespace act {

/// \defgroup sigmoid Sigmoid
/// The logistic function and its derivative (chapter "Sigmoid").
/// @{

/**
 * \brief The logistic sigmoid \f$\sigma(x) = 1/(1+e^{-x})\f$: its description
 *        and kernels (call it as act::sigmoid and act::sigmoid_derivative).
 *
 * \f[ \sigma(x) = \frac{1}{1+e^{-x}} = \frac{e^{x}}{1+e^{x}}, \qquad
 *     \sigma'(x) = \sigma(x)\bigl(1-\sigma(x)\bigr) = \frac{e^{-|x|}}{\bigl(1+e^{-|x|}\bigr)^2} \f]
 *
 * Numerics: only \f$e^{-|x|}\in(0,1]\f$ is ever computed, so nothing
 * overflows; \f$x \ge 0\f$ uses the first form, \f$x<0\f$ the second, and
 * neither subtracts. A float is computed in double and rounded once. The
 * result is 0 only where the exact value rounds to 0; the naive
 * \f$1/(1+e^{-x})\f$ already returns 0 below \f$-\log(\text{max})\f$ and
 * \f$e^x/(1+e^x)\f$ returns NaN above \f$\log(\text{max})\f$. The textbook
 * derivative \f$\sigma(1-\sigma)\f$, computed from a rounded \f$\sigma\f$,
 * loses digits as x grows and is exactly 0 once \f$\sigma\f$ rounds to 1;
 * the symmetric form has no subtraction. See the chapter "Sigmoid".
 */
struct Sigmoid {
    /// what the book says of it (act::Description)
    static constexpr Description about{"sigmoid", "Sigmoid", "sigmoid", "torch.sigmoid",
                                       "C∞", "exp and a quotient whose denominator is never 0",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /**
     * \brief \f$\sigma(w)\f$ in double, with \f$e^{-|w|}\f$ as accurate as a
     *        result of type T needs; not yet rounded to T. Branch-free.
     * \param w the input, in double.
     * \return \f$\sigma(w)\f$ in double.
     */
    template <class T>
    ACT_INLINE static double wide(double w)
    {
        const double e = core::exp_minus_abs<T>(w);  // in [0, 1]: cannot overflow
        return (core::sign_bit(w) ? e : 1.0) / (1.0 + e);
    }

    /**
     * \brief \f$\sigma(x)\f$.
     * \param x the input.
     * \return \f$\sigma(x)\in[0,1]\f$; NaN for NaN; 0 at \f$-\infty\f$, 1 at \f$+\infty\f$.
     */
    template <class T>
    ACT_INLINE static T value(T x)
    {
        const T s = static_cast<T>(wide<T>(x));
        return core::select(core::is_nan(x), x, s);  // NaN in, NaN out
    }

    /**
     * \brief \f$\sigma'(x) = e^{-|x|}/(1+e^{-|x|})^2\f$, from the input x.
     * \param x the input (not the sigmoid's output).
     * \return \f$\sigma'(x)\in[0,1/4]\f$; NaN for NaN.
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        const double e = core::exp_minus_abs<T>(x);
        const double d = 1.0 + e;
        // Near 0, e / (d * d) can round to just above the maximum 1/4 (at
        // 1e-8 < |x| < 1e-16, say): cap it there. The quotient is >= 0, so
        // its bit pattern orders it. A float result rounds to 1/4 either way.
        const double q = e / (d * d);
        const T y = static_cast<T>(core::select(core::bits_of(q) > core::bits_of(0.25), 0.25, q));
        return core::select(core::is_nan(x), x, y);
    }

    /**
     * \brief The accuracy study's reference: \f$\sigma(x)\f$ in any real
     *        type R (core/real.hpp), from \f$e^{-|x|} \in [0, 1]\f$ only, so
     *        that nothing overflows and nothing cancels.
     * \param x the input.
     * \return \f$\sigma(x)\f$, as accurate as R's exp and division.
     */
    template <class R>
    static R reference(R x)
    {
        using std::exp;
        using std::fabs;
        const R e = exp(-fabs(x));  // in [0, 1]
        return x >= 0 ? 1 / (1 + e) : e / (1 + e);
    }

    /**
     * \brief The accuracy study's reference for the derivative:
     *        \f$e^{-|x|}/(1+e^{-|x|})^2\f$ in any real type R (core/real.hpp).
     * \param x the input.
     * \return \f$\sigma'(x)\f$.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        using std::exp;
        using std::fabs;
        const R e = exp(-fabs(x));
        return e / ((1 + e) * (1 + e));
    }
};

/// \brief \f$\sigma(x) = 1/(1+e^{-x})\f$ of a float, a double or (lazily) an
///        xtensor expression. See act::Sigmoid.
inline constexpr activation<Sigmoid> sigmoid{};

/// \brief \f$\sigma'(x) = \sigma(x)(1-\sigma(x))\f$, from the input x. See act::Sigmoid.
inline constexpr activation<Sigmoid, Part::derivative> sigmoid_derivative{};

/// @}

}  // namespace act

#endif
