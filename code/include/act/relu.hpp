// ReLU, max(x, 0), and LeakyReLU, with their derivatives.
// Chapter: "ReLU" (chapters/relu).
#ifndef ACT_RELU_HPP
#define ACT_RELU_HPP

#include <cmath>

#include "act/activation.hpp"
#include "act/core/bits.hpp"

namespace act {

/// \defgroup relu ReLU
/// The rectified linear unit, its leaky variant, and their derivatives.
/// @{

/**
 * \brief The rectified linear unit \f$\max(x, 0)\f$: its description and
 *        kernels (call it as act::relu and act::relu_derivative).
 *
 * \f[ \operatorname{relu}(x) = \max(x, 0) = \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases},
 *     \qquad \operatorname{relu}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases} \f]
 *
 * Numerics: exact, no rounding. NaN is tested explicitly because
 * `std::max(x, 0)` returns NaN for a NaN \p x but `std::max(0, x)` returns
 * 0: whether NaN survives would depend on the order of the arguments (see
 * the ReLU chapter). ReLU has no derivative at 0 (the one-sided slopes are
 * 0 and 1); the derivative returns 0 there, the value PyTorch and
 * TensorFlow use for the gradient (any value in [0, 1] is a subgradient).
 */
struct ReLU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"relu", "ReLU", "relu", "torch.relu",
                                       "C0", "corner at 0: slopes 0 and 1",
                                       false};
    static constexpr std::array<Parameter, 0> parameters{};  ///< none

    /**
     * \brief \f$\max(x, 0)\f$.
     * \param x the input.
     * \return \p x for \f$x > 0\f$, +0 otherwise (also for \f$x = -0\f$); NaN
     *         for NaN; \f$+\infty\f$ at \f$+\infty\f$, 0 at \f$-\infty\f$.
     */
    template <class T>
    ACT_INLINE static T value(T x)
    {
        if (std::isnan(x)) {
            return x;
        }
        return x > T(0) ? x : T(0);
    }

    /**
     * \brief 1 for \f$x > 0\f$, 0 for \f$x \le 0\f$.
     * \param x the input (not the ReLU output).
     * \return 1 or 0; NaN for NaN (PyTorch's autograd returns 1 there, see
     *         the chapter).
     */
    template <class T>
    ACT_INLINE static T derivative(T x)
    {
        if (std::isnan(x)) {
            return x;
        }
        return x > T(0) ? T(1) : T(0);
    }

    /**
     * \brief The accuracy study's reference: \f$\max(x, 0)\f$ in any real
     *        type R (core/real.hpp).
     * \param x the input.
     * \return \p x for \f$x > 0\f$, 0 otherwise.
     */
    template <class R>
    static R reference(R x)
    {
        return x > 0 ? x : R(0);
    }

    /**
     * \brief The accuracy study's reference for the derivative: 1 for
     *        \f$x > 0\f$, 0 otherwise, in any real type R.
     * \param x the input.
     * \return 1 or 0.
     */
    template <class R>
    static R reference_derivative(R x)
    {
        return x > 0 ? R(1) : R(0);
    }
};

/**
 * \brief Leaky ReLU, \p x for positive \p x and \f$a\,x\f$ otherwise: its
 *        description and kernels (act::leaky_relu, act::leaky_relu_derivative).
 *
 * \f[ \operatorname{leaky\_relu}_a(x) = \begin{cases} x & x > 0 \\ a\,x & x \le 0 \end{cases},
 *     \qquad \operatorname{leaky\_relu}_a'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases} \f]
 *
 * Parameter: the slope \f$a\f$ for \f$x \le 0\f$ (`negative_slope`),
 * default 0.01 as `torch.nn.LeakyReLU`; \f$a = 0\f$ gives ReLU.
 *
 * Numerics: one multiplication, computed in double for float inputs and
 * rounded once, so the result is the correctly rounded product (the same
 * float PyTorch's float kernel computes). For \f$0 \le a \le 1\f$ nothing can
 * overflow. Both kernels are branch-free, so loops over them vectorise. At
 * \f$x = 0\f$ the derivative is \f$a\f$, as PyTorch's `leaky_relu_backward`.
 */
struct LeakyReLU {
    /// what the book says of it (act::Description)
    static constexpr Description about{"leaky_relu", "LeakyReLU", "relu", "torch.nn.functional.leaky_relu",
                                       "C0", "corner at 0: slopes a and 1",
                                       true};
    /// the slope for \f$x \le 0\f$, default 0.01 (as PyTorch); valid: any
    /// finite value; NaN or ±inf gives NaN (for every x, x > 0 too)
    static constexpr std::array<Parameter, 1> parameters{{{"negative_slope", "a", 0.01, -finite_limit, finite_limit, false, {0.1, 0.2, no_study_value}}}};

    /**
     * \brief \p x for \f$x > 0\f$, \f$a\,x\f$ otherwise.
     * \param x              the input.
     * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$.
     * \return the leaky ReLU of \p x; NaN for NaN; \f$+\infty\f$ at
     *         \f$+\infty\f$, \f$-\infty\f$ at \f$-\infty\f$ for \f$a > 0\f$.
     */
    template <class T>
    ACT_INLINE static T value(T x, T negative_slope)
    {
        const T left = static_cast<T>(double(negative_slope) * double(x));
        return core::select(core::either(core::is_nan(x), core::above_zero(x)), x, left);
    }

    /**
     * \brief 1 for \f$x > 0\f$, \f$a\f$ for \f$x \le 0\f$.
     * \param x              the input (not the output).
     * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$.
     * \return 1 or \p negative_slope; NaN for NaN (PyTorch's autograd
     *         returns \p negative_slope there, see the ReLU chapter).
     */
    template <class T>
    ACT_INLINE static T derivative(T x, T negative_slope)
    {
        return core::select(core::is_nan(x), x, core::select(core::above_zero(x), T(1), negative_slope));
    }

    /**
     * \brief The accuracy study's reference: \p x for \f$x > 0\f$, \f$a\,x\f$
     *        otherwise, in any real type R (core/real.hpp).
     * \param x              the input.
     * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$.
     * \return the leaky ReLU of \p x.
     */
    template <class R>
    static R reference(R x, R negative_slope)
    {
        return x > 0 ? x : negative_slope * x;
    }

    /**
     * \brief The accuracy study's reference for the derivative: 1 for
     *        \f$x > 0\f$, \f$a\f$ otherwise, in any real type R.
     * \param x              the input.
     * \param negative_slope the slope \f$a\f$ for \f$x \le 0\f$.
     * \return 1 or \p negative_slope.
     */
    template <class R>
    static R reference_derivative(R x, R negative_slope)
    {
        return x > 0 ? R(1) : negative_slope;
    }
};

/// \brief \f$\max(x, 0)\f$ of a float, a double or (lazily) an xtensor expression. See act::ReLU.
inline constexpr activation<ReLU> relu{};

/// \brief ReLU's derivative, 1 for \f$x > 0\f$ and 0 otherwise. See act::ReLU.
inline constexpr activation<ReLU, Part::derivative> relu_derivative{};

/// \brief Leaky ReLU, `leaky_relu(x, negative_slope = 0.01)`. See act::LeakyReLU.
inline constexpr activation<LeakyReLU> leaky_relu{};

/// \brief Leaky ReLU's derivative, 1 or the slope. See act::LeakyReLU.
inline constexpr activation<LeakyReLU, Part::derivative> leaky_relu_derivative{};

/// @}

}  // namespace act

#endif
