// The NeLU chapter's "this library" tab, on the B-SiLU article's inputs.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/nelu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "NeLU of [-1.4837, 0.2671, -1.8337] in float.");
    program.parse(argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::nelu(x);  // alpha = 0.05
    const xt::xarray<float> dydx = act::nelu_derivative(x);
    std::cout << "x         : " << x << "\n"
              << "nelu(x)   : " << y << "\n"
              << "derivative: " << dydx << "\n";
    // [/listing:cpp-tab]

    program.values("x", {x.begin(), x.end()});
    program.values("y", {y.begin(), y.end()});
    program.values("dydx", {dydx.begin(), dydx.end()});
    return 0;
}
