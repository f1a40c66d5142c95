// The chapter's "this library" tab: ReLU and LeakyReLU with their derivatives
// in float, on inputs that include 0.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "ReLU and LeakyReLU of [-2, -0.5, 0, 0.5, 2] in float.");
    program.parse(argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-2.0f, -0.5f, 0.0f, 0.5f, 2.0f};
    const xt::xarray<float> y = act::relu(x);
    const xt::xarray<float> dydx = act::relu_derivative(x);             // 0 at x = 0
    const xt::xarray<float> leaky = act::leaky_relu(x);                 // slope 0.01
    const xt::xarray<float> dleaky = act::leaky_relu_derivative(x);     // 0.01 at x = 0
    std::cout << "x                 : " << x << "\n"
              << "relu(x)           : " << y << "\n"
              << "relu'(x)          : " << dydx << "\n"
              << "leaky_relu(x)     : " << leaky << "\n"
              << "leaky_relu'(x)    : " << dleaky << "\n";
    // [/listing:cpp-tab]

    program.values("x", {x.begin(), x.end()});
    program.values("y", {y.begin(), y.end()});
    program.values("dydx", {dydx.begin(), dydx.end()});
    program.values("leaky", {leaky.begin(), leaky.end()});
    program.values("dleaky", {dleaky.begin(), dleaky.end()});
    return 0;
}
