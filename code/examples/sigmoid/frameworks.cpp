// The chapter's "this library" tab: the sigmoid and its derivative in float.
#include <xtensor/xarray.hpp>

#include "act/sigmoid.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Sigmoid of [-4, -1, 0, 1, 4] in float, as in every tab.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-4.0f, -1.0f, 0.0f, 1.0f, 4.0f};
    const xt::xarray<float> y = act::sigmoid(x);
    const xt::xarray<float> dydx = act::sigmoid_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(dydx)});
    return 0;
}
