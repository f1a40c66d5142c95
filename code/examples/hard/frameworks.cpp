// The hard functions chapter's "this library" tab: ReLU6, Hardsigmoid and
// Hardswish with their derivatives, in float, at and around the corners.
#include <xtensor/xarray.hpp>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/relu6.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "ReLU6, Hardsigmoid and Hardswish of [-4, -3, -1.5, 0.5, 3, 6, 7] in float.",
                             argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-4.0f, -3.0f, -1.5f, 0.5f, 3.0f, 6.0f, 7.0f};
    const xt::xarray<float> r = act::relu6(x);
    const xt::xarray<float> drdx = act::relu6_derivative(x);
    const xt::xarray<float> s = act::hardsigmoid(x);
    const xt::xarray<float> dsdx = act::hardsigmoid_derivative(x);
    const xt::xarray<float> w = act::hardswish(x);
    const xt::xarray<float> dwdx = act::hardswish_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "r", "drdx", "s", "dsdx", "w", "dwdx"},
                          {listing::column(x), listing::column(r), listing::column(drdx), listing::column(s),
                           listing::column(dsdx), listing::column(w), listing::column(dwdx)});
    return 0;
}
