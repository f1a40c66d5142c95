// Softmax and log-softmax along an axis, their backward products, and the
// cross-entropy of logits with its gradient.
// Chapter: "Softmax and log-softmax" (chapters/softmax).
//
// These are vector functions: each output depends on every input along the
// axis, so they are not in the registry of elementwise functions
// (act/registry.hpp) and not act::activation objects. They take any
// xtensor expression of float or double, evaluate it, and return an
// evaluated xt::xarray of the same type and shape.
#ifndef ACT_SOFTMAX_HPP
#define ACT_SOFTMAX_HPP

#include <cmath>
#include <cstddef>
#include <limits>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xexpression.hpp>
#include <xtensor/xtensor.hpp>

#include "act/core/double_double.hpp"
#include "act/core/exp.hpp"

namespace act {

/// \defgroup softmax Softmax and log-softmax
/// Vector functions along an axis (chapter "Softmax and log-softmax").
/// @{

/// What the book says of a vector function: the documentation that
/// act::Description gives an elementwise one, without what only an
/// elementwise function has (smoothness class, surrogate, parameters).
struct VectorDescription {
    std::string_view name;     ///< as act:: spells it: "softmax"
    std::string_view title;    ///< as the pages spell it: "Softmax"
    std::string_view chapter;  ///< the chapter that teaches it
    std::string_view pytorch;  ///< PyTorch's equivalent
    std::string_view formula;  ///< the definition, in plain text
};

/// act::softmax, described.
inline constexpr VectorDescription softmax_about{"softmax", "Softmax", "softmax", "torch.softmax(x, dim)",
                                                 "s_k = e^(x_k) / sum_j e^(x_j)"};
/// act::log_softmax, described.
inline constexpr VectorDescription log_softmax_about{"log_softmax", "Log-softmax", "softmax",
                                                     "torch.log_softmax(x, dim)",
                                                     "y_k = x_k - log sum_j e^(x_j)"};
/// act::cross_entropy, described.
inline constexpr VectorDescription cross_entropy_about{"cross_entropy", "Cross-entropy of logits", "softmax",
                                                       "torch.nn.functional.cross_entropy(x, labels)",
                                                       "L = log sum_j e^(x_j) - x_label"};

/// @}

namespace detail {

/// An array seen as outer x n x inner: the axis has n elements, and
/// element k of row (o, i) is at (o n + k) inner + i.
struct AxisLayout {
    std::size_t outer, n, inner;
};

template <class Shape>
AxisLayout axis_layout(const Shape& shape, std::ptrdiff_t axis, const char* who)
{
    const auto dim = static_cast<std::ptrdiff_t>(shape.size());
    if (axis < -dim || axis >= dim)
        throw std::invalid_argument(std::string(who) + ": axis " + std::to_string(axis) +
                                    " is out of range for an expression of dimension " + std::to_string(dim) +
                                    " (valid: " + std::to_string(-dim) + " to " + std::to_string(dim - 1) + ")");
    const auto a = static_cast<std::size_t>(axis < 0 ? axis + dim : axis);
    AxisLayout l{1, shape[a], 1};
    for (std::size_t d = 0; d < a; ++d) l.outer *= shape[d];
    for (std::size_t d = a + 1; d < shape.size(); ++d) l.inner *= shape[d];
    if (l.n == 0)
        throw std::invalid_argument(std::string(who) + ": the axis has length 0 (the softmax of an empty "
                                                       "vector is not defined)");
    return l;
}

template <class T>
using if_real = std::enable_if_t<std::is_same_v<T, float> || std::is_same_v<T, double>, int>;

template <class E>
using value_of = std::decay_t<typename std::decay_t<E>::value_type>;

/// What one row of logits gives: every e^(x_k - m) (in `e`, in double),
/// the index of the (first) maximum, and T = the sum of e^(x_k - m) over
/// every other k, so that the sum of all is 1 + T exactly and
/// log of the sum is log1p(T). `ok` is false for a row with a NaN or an
/// infinite maximum (+inf, or every element -inf): its results are NaN.
struct Row {
    std::size_t at_max = 0;
    double max = 0, rest = 0;
    bool ok = true;
};

// [listing:row-kernel]
/// One row: m = max x_k; d_k = x_k - m exactly, as the pair hi + lo;
/// e_k = e^hi (1 + lo); rest = the sum of every e_k but the maximum's
/// (which is 1), added with its rounding errors kept. For float inputs,
/// d_k is exact in double and a plain sum is enough.
template <class T>
Row exponentials(const T* x, const AxisLayout& l, std::vector<double>& e,
                 std::vector<double>& lo)
{
    Row r;
    r.max = double(x[0]);
    for (std::size_t k = 0; k < l.n; ++k) {
        const double v = double(x[k * l.inner]);
        if (std::isnan(v)) r.ok = false;
        if (v > r.max) r.max = v, r.at_max = k;
    }
    if (!r.ok || !std::isfinite(r.max)) return r.ok = false, r;
    double sum = 0, error = 0;  // the sum and its rounding errors
    if constexpr (sizeof(T) == 4) {
        // float: x_k - m is exact in double, and a plain sum in double is
        // far more accurate than a float result needs.
        for (std::size_t k = 0; k < l.n; ++k) {
            lo[k] = 0;
            // 0 for x_k = -inf
            e[k] = core::exp_minus_abs<T>(double(x[k * l.inner]) - r.max);
            sum += k == r.at_max ? 0.0 : e[k];
        }
        r.rest = sum;
        return r;
    }
    for (std::size_t k = 0; k < l.n; ++k) {
        const double v = double(x[k * l.inner]);
        if (v == -std::numeric_limits<double>::infinity()) {
            e[k] = 0, lo[k] = 0;
            continue;
        }
        // x_k - m
        const core::double_double::pair d = core::double_double::two_sum(v, -r.max);
        lo[k] = d.lo;
        e[k] = core::exp_minus_abs<T>(d.hi) * (1.0 + d.lo);  // e^(d.hi + d.lo)
        if (k == r.at_max) continue;
        const core::double_double::pair s = core::double_double::two_sum(sum, e[k]);
        sum = s.hi, error += s.lo;
    }
    r.rest = sum + error;
    return r;
}
// [/listing:row-kernel]

enum class Form { softmax, log_softmax };

/// x as a row-major xt::xarray<T>: a reference to x itself if it is one,
/// else a copy of its values.
template <class T, class E>
decltype(auto) evaluated(const xt::xexpression<E>& x)
{
    if constexpr (std::is_same_v<E, xt::xarray<T>>)
        return static_cast<const xt::xarray<T>&>(x.derived_cast());
    else
        return xt::xarray<T>(x.derived_cast());
}

template <class T>
xt::xarray<T> along_axis(const xt::xarray<T>& x, std::ptrdiff_t axis, Form form, const char* who)
{
    const AxisLayout l = axis_layout(x.shape(), axis, who);
    xt::xarray<T> y = xt::xarray<T>::from_shape(x.shape());
    std::vector<double> e(l.n), lo(l.n);
    const T nan = std::numeric_limits<T>::quiet_NaN();
    for (std::size_t o = 0; o < l.outer; ++o)
        for (std::size_t i = 0; i < l.inner; ++i) {
            const std::size_t start = o * l.n * l.inner + i;
            const T* xr = x.data() + start;
            T* yr = y.data() + start;
            const Row r = exponentials(xr, l, e, lo);
            if (!r.ok) {
                for (std::size_t k = 0; k < l.n; ++k) yr[k * l.inner] = nan;
            } else if (form == Form::softmax) {
                const double sum = 1.0 + r.rest;
                for (std::size_t k = 0; k < l.n; ++k) yr[k * l.inner] = static_cast<T>(e[k] / sum);
            } else {
                // [listing:log-softmax-kernel]
                // log-softmax = (x_k - m) - log1p(rest): two terms of the same
                // sign, no cancellation, and never -inf for a finite x_k, even
                // where e^(x_k - m) underflows. lo[k] is what x_k - m lost
                // in rounding (0 for float inputs).
                const double log_sum = std::log1p(r.rest);
                for (std::size_t k = 0; k < l.n; ++k) {
                    // -inf for x_k = -inf
                    const double hi = double(xr[k * l.inner]) - r.max;
                    yr[k * l.inner] = static_cast<T>((hi - log_sum) + lo[k]);
                }
                // [/listing:log-softmax-kernel]
            }
        }
    return y;
}

/// A backward product, row by row: checks the shapes and the axis, then
/// calls row(a_at, b_at, out_at, n) for every row along the axis, where
/// a_at(k) and b_at(k) read element k of the row as a double and out_at(k)
/// is a proxy that rounds what is assigned to it to T.
template <class T, class E1, class E2, class Row>
xt::xarray<T> per_row(const xt::xexpression<E1>& a, const xt::xexpression<E2>& b, std::ptrdiff_t axis, const char* who,
                      Row row)
{
    const xt::xarray<T> av = a.derived_cast(), bv = b.derived_cast();
    if (av.shape() != bv.shape())
        throw std::invalid_argument(std::string(who) + ": the output and the gradient have different shapes");
    const AxisLayout l = axis_layout(av.shape(), axis, who);
    xt::xarray<T> out = xt::xarray<T>::from_shape(av.shape());
    struct Out {
        T* p;
        void operator=(double v) { *p = static_cast<T>(v); }
    };
    for (std::size_t o = 0; o < l.outer; ++o)
        for (std::size_t i = 0; i < l.inner; ++i) {
            const std::size_t start = o * l.n * l.inner + i, step = l.inner;
            const T* ap = av.data() + start;
            const T* bp = bv.data() + start;
            T* op = out.data() + start;
            row([=](std::size_t k) { return double(ap[k * step]); }, [=](std::size_t k) { return double(bp[k * step]); },
                [=](std::size_t k) { return Out{op + k * step}; }, l.n);
        }
    return out;
}

}  // namespace detail

/// \addtogroup softmax
/// @{

/**
 * \brief Softmax along an axis: \f$s_k = e^{x_k} / \sum_j e^{x_j}\f$.
 *
 * Computed in the stable form \f$e^{x_k - m} / \sum_j e^{x_j - m}\f$ with
 * \f$m = \max_j x_j\f$ (shift invariance), which never overflows; a float
 * input is computed in double and rounded once. Components whose true value
 * is below the smallest denormal are 0. A row (a vector along the axis)
 * with a NaN, a +inf, or only -inf gives NaN in every component, as
 * PyTorch does; a -inf among finite values gives 0.
 * \param x an xtensor expression of float or double, of dimension 1 or more.
 * \param axis the axis along which the components sum to 1: 0 to dim - 1,
 *        or negative, counted from the end (default -1, the last axis).
 * \return an evaluated array of x's type and shape.
 * \throws std::invalid_argument if the axis is out of range or has length 0.
 */
template <class E, class T = detail::value_of<E>, detail::if_real<T> = 0>
xt::xarray<T> softmax(const xt::xexpression<E>& x, std::ptrdiff_t axis = -1)
{
    return detail::along_axis(detail::evaluated<T>(x), axis, detail::Form::softmax, "act::softmax");
}

/**
 * \brief Log-softmax along an axis: \f$y_k = x_k - \log\sum_j e^{x_j}\f$.
 *
 * Computed as \f$(x_k - m) - \operatorname{log1p}(\sum_{j \ne j^*}
 * e^{x_j - m})\f$, with \f$m = x_{j^*}\f$ the maximum: two terms of the same
 * sign, so nothing cancels, the maximum's component keeps its digits when
 * it is close to 0, and a component is never \f$-\infty\f$ for a finite
 * input, even where its softmax underflows to 0. NaN, +inf and all -inf as
 * for act::softmax.
 * \param x an xtensor expression of float or double, of dimension 1 or more.
 * \param axis as for act::softmax (default -1).
 * \return an evaluated array of x's type and shape.
 * \throws std::invalid_argument if the axis is out of range or has length 0.
 */
template <class E, class T = detail::value_of<E>, detail::if_real<T> = 0>
xt::xarray<T> log_softmax(const xt::xexpression<E>& x, std::ptrdiff_t axis = -1)
{
    return detail::along_axis(detail::evaluated<T>(x), axis, detail::Form::log_softmax, "act::log_softmax");
}

/**
 * \brief Softmax's backward product: the gradient with respect to x of a
 *        loss whose gradient with respect to s = softmax(x) is g.
 *
 * The Jacobian \f$J = \operatorname{diag}(s) - s s^T\f$ is symmetric, so
 * \f$J^T g = s \odot (g - \langle s, g\rangle)\f$ along the axis, in
 * \f$O(n)\f$ per row instead of the \f$O(n^2)\f$ of forming J.
 * \param s softmax(x), as act::softmax returns it.
 * \param g the upstream gradient, of s's shape.
 * \param axis the axis of the softmax (default -1).
 * \return \f$J^T g\f$, of s's type and shape.
 * \throws std::invalid_argument for a bad axis or different shapes.
 */
// [listing:backward]
template <class E1, class E2, class T = detail::value_of<E1>, detail::if_real<T> = 0>
xt::xarray<T> softmax_backward(const xt::xexpression<E1>& s,
                               const xt::xexpression<E2>& g, std::ptrdiff_t axis = -1)
{
    auto row = [](auto s_at, auto g_at, auto out_at, std::size_t n) {
        double dot = 0;  // <s, g>
        for (std::size_t k = 0; k < n; ++k) dot += s_at(k) * g_at(k);
        for (std::size_t k = 0; k < n; ++k) out_at(k) = s_at(k) * (g_at(k) - dot);
    };
    return detail::per_row<T>(s, g, axis, "act::softmax_backward", row);
}
// [/listing:backward]

/**
 * \brief Log-softmax's backward product: \f$g - \operatorname{softmax}(x)
 *        \sum_j g_j\f$ along the axis, from y = log_softmax(x).
 *
 * The Jacobian of log-softmax is \f$I - \mathbf{1} s^T\f$, so
 * \f$J^T g = g - s \sum_j g_j\f$ with \f$s = e^{y}\f$.
 * \param y log_softmax(x), as act::log_softmax returns it.
 * \param g the upstream gradient, of y's shape.
 * \param axis the axis of the log-softmax (default -1).
 * \return \f$J^T g\f$, of y's type and shape.
 * \throws std::invalid_argument for a bad axis or different shapes.
 */
// [listing:log-backward]
template <class E1, class E2, class T = detail::value_of<E1>, detail::if_real<T> = 0>
xt::xarray<T> log_softmax_backward(const xt::xexpression<E1>& y,
                                   const xt::xexpression<E2>& g,
                                   std::ptrdiff_t axis = -1)
{
    auto row = [](auto y_at, auto g_at, auto out_at, std::size_t n) {
        double total = 0;  // the sum of g
        for (std::size_t k = 0; k < n; ++k) total += g_at(k);
        for (std::size_t k = 0; k < n; ++k)
            out_at(k) = g_at(k) - std::exp(y_at(k)) * total;
    };
    return detail::per_row<T>(y, g, axis, "act::log_softmax_backward", row);
}
// [/listing:log-backward]

/**
 * \brief Cross-entropy of logits against class indices, one loss per row:
 *        \f$L_r = \log\sum_j e^{x_{rj}} - x_{r,c_r} = -\operatorname{log\_softmax}(x_r)_{c_r}\f$.
 *
 * The classes lie along the last axis: x is a vector (one example) or a
 * matrix (one example per row). Computed from act::log_softmax's
 * form, so it is finite for finite logits and never negative. No
 * reduction: PyTorch's `F.cross_entropy` averages these by default
 * (`reduction='mean'`).
 * \param x logits, float or double, of dimension 1 or 2.
 * \param labels the class index of each row (one for a vector).
 * \return the losses, one per row (an array of one element for a vector).
 * \throws std::invalid_argument for a dimension other than 1 or 2, no
 *         classes, or a number of labels other than the number of rows;
 *         std::out_of_range for a label that is not a class index.
 */
template <class E, class T = detail::value_of<E>, detail::if_real<T> = 0>
xt::xarray<T> cross_entropy(const xt::xexpression<E>& x, const std::vector<std::size_t>& labels);

/**
 * \brief The gradient of act::cross_entropy with respect to the logits:
 *        \f$\operatorname{softmax}(x_r) - y_r\f$, with \f$y_r\f$ the
 *        one-hot vector of the label \f$c_r\f$.
 * \param x logits, as for act::cross_entropy.
 * \param labels as for act::cross_entropy.
 * \return the gradient of the sum of the losses, of x's type and shape.
 * \throws std::invalid_argument or std::out_of_range, as act::cross_entropy.
 */
template <class E, class T = detail::value_of<E>, detail::if_real<T> = 0>
xt::xarray<T> cross_entropy_gradient(const xt::xexpression<E>& x, const std::vector<std::size_t>& labels);

/// @}

namespace detail {

/// The number of rows and classes of cross-entropy's logits; throws for
/// bad shapes and labels.
template <class T>
AxisLayout classes(const xt::xarray<T>& x, const std::vector<std::size_t>& labels, const char* who)
{
    if (x.dimension() != 1 && x.dimension() != 2)
        throw std::invalid_argument(std::string(who) + ": the logits must be a vector or a matrix, not of dimension " +
                                    std::to_string(x.dimension()));
    const AxisLayout l = axis_layout(x.shape(), -1, who);
    if (labels.size() != l.outer)
        throw std::invalid_argument(std::string(who) + ": " + std::to_string(labels.size()) + " labels for " +
                                    std::to_string(l.outer) + " rows");
    for (const std::size_t c : labels)
        if (c >= l.n)
            throw std::out_of_range(std::string(who) + ": label " + std::to_string(c) + " is not a class index (0 to " +
                                    std::to_string(l.n - 1) + ")");
    return l;
}

}  // namespace detail

template <class E, class T, detail::if_real<T>>
xt::xarray<T> cross_entropy(const xt::xexpression<E>& x, const std::vector<std::size_t>& labels)
{
    const xt::xarray<T> v = x.derived_cast();
    const detail::AxisLayout l = detail::classes(v, labels, "act::cross_entropy");
    const xt::xarray<T> y = detail::along_axis(v, -1, detail::Form::log_softmax, "act::cross_entropy");
    xt::xarray<T> loss = xt::xarray<T>::from_shape({l.outer});
    for (std::size_t r = 0; r < l.outer; ++r) loss.data()[r] = -y.data()[r * l.n + labels[r]];
    return loss;
}

template <class E, class T, detail::if_real<T>>
xt::xarray<T> cross_entropy_gradient(const xt::xexpression<E>& x, const std::vector<std::size_t>& labels)
{
    const xt::xarray<T> v = x.derived_cast();
    const detail::AxisLayout l = detail::classes(v, labels, "act::cross_entropy_gradient");
    xt::xarray<T> s = detail::along_axis(v, -1, detail::Form::softmax, "act::cross_entropy_gradient");
    for (std::size_t r = 0; r < l.outer; ++r) s.data()[r * l.n + labels[r]] -= T(1);
    return s;
}

}  // namespace act

#endif
