// Softplus and its derivative on a handful of inputs: the scalar overloads and
// the lazy xtensor overloads side by side.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/softplus.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("first_look", "Softplus and its derivative, scalar and on a tensor.");
    const double& x = program.number_option("x", 1.5, -1e300, 1e300, "the scalar input");
    program.parse(argc, argv);

    // [listing:scalar]
    const double y = act::softplus(x);              // log(1 + e^x)
    const double slope = act::softplus_derivative(x);  // sigmoid(x)
    const double sharp = act::softplus(x, 4.0);     // beta = 4: closer to ReLU
    // [/listing:scalar]
    std::cout << "softplus(" << x << ") = " << y << "\n"
              << "softplus'(" << x << ") = " << slope << "\n"
              << "softplus(" << x << ", beta = 4) = " << sharp << "\n\n";
    program.value({{"x", x}, {"y", y}, {"slope", slope}, {"sharp", sharp}}, 6);

    // [listing:tensor]
    const xt::xarray<float> xs = {-3.0f, -1.0f, 0.0f, 1.0f, 3.0f};
    auto lazy = act::softplus(xs);                  // nothing computed yet
    const xt::xarray<float> ys = lazy;              // evaluated here, once
    const xt::xarray<float> slopes = act::softplus_derivative(xs);
    std::cout << "x          = " << xs << "\n"
              << "softplus   = " << ys << "\n"
              << "derivative = " << slopes << "\n";
    // [/listing:tensor]
    return 0;
}
