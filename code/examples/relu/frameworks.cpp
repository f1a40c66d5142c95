// The chapter's "this library" tab: ReLU and LeakyReLU with their derivatives
// in float, on inputs that include 0.
#include <xtensor/xarray.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "ReLU and LeakyReLU of [-2, -0.5, 0, 0.5, 2] in float.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-2.0f, -0.5f, 0.0f, 0.5f, 2.0f};
    const xt::xarray<float> y = act::relu(x);
    const xt::xarray<float> dydx = act::relu_derivative(x);             // 0 at x = 0
    const xt::xarray<float> leaky = act::leaky_relu(x);                 // slope 0.01
    const xt::xarray<float> dleaky = act::leaky_relu_derivative(x);     // 0.01 at x = 0
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx", "leaky", "dleaky"},
                          {listing::column(x), listing::column(y), listing::column(dydx), listing::column(leaky),
                           listing::column(dleaky)});
    return 0;
}
