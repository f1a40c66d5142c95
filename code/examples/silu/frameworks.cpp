// The SiLU chapter's "this library" tab: SiLU and its derivative of the
// B-SiLU article's inputs, in float.
#include <xtensor/xarray.hpp>

#include "act/silu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "SiLU of [-1.4837, 0.2671, -1.8337] in float.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::silu(x);
    const xt::xarray<float> dydx = act::silu_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(dydx)});
    return 0;
}
