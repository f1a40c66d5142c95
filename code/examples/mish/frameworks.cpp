// The Mish chapter's "this library" tab: Mish and its derivative of the
// B-SiLU article's inputs, in float.
#include <xtensor/xarray.hpp>

#include "act/mish.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Mish of [-1.4837, 0.2671, -1.8337] in float.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::mish(x);                // x tanh(softplus(x))
    const xt::xarray<float> dydx = act::mish_derivative(x);  // from x, not from y
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(dydx)});
    return 0;
}
