// The float formulas the library replaces, computed in float arithmetic as
// most code writes them: shared by the chapter's listings (overflow,
// underflow, accuracy), which show what each gets wrong.
#ifndef ACT_EXAMPLES_SOFTMAX_FORMS_HPP
#define ACT_EXAMPLES_SOFTMAX_FORMS_HPP

#include <cmath>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

// [listing:naive]
// The textbook formula, in float: e^(x_k) / sum_j e^(x_j).
inline xt::xarray<float> textbook_softmax(const xt::xarray<float>& x)
{
    const xt::xarray<float> e = xt::exp(x);
    return e / xt::sum(e)();
}
// [/listing:naive]

// [listing:shifted-float]
// The shifted formulas, in float: e^(x - m) / sum e^(x - m) and
// (x - m) - log(sum e^(x - m)), m the maximum.
inline xt::xarray<float> shifted_softmax(const xt::xarray<float>& x)
{
    const xt::xarray<float> e = xt::exp(x - xt::amax(x)());
    return e / xt::sum(e)();
}

inline xt::xarray<float> shifted_log_softmax(const xt::xarray<float>& x)
{
    const float m = xt::amax(x)();
    return (x - m) - std::log(xt::sum(xt::exp(x - m))());
}
// [/listing:shifted-float]

#endif
