// The chapter's "this library" tab: the sigmoid and its derivative in float.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/sigmoid.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Sigmoid of [-4, -1, 0, 1, 4] in float, as in every tab.");
    program.parse(argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-4.0f, -1.0f, 0.0f, 1.0f, 4.0f};
    const xt::xarray<float> y = act::sigmoid(x);
    const xt::xarray<float> dydx = act::sigmoid_derivative(x);
    std::cout << "x         : " << x << "\n"
              << "sigmoid(x): " << y << "\n"
              << "derivative: " << dydx << "\n";
    // [/listing:cpp-tab]

    program.values("x", {x.begin(), x.end()});
    program.values("y", {y.begin(), y.end()});
    program.values("dydx", {dydx.begin(), dydx.end()});
    return 0;
}
