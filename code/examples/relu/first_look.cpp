// ReLU, LeakyReLU and their derivatives on a few inputs, scalar and lazy.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("first_look", "ReLU and LeakyReLU, scalar and on a tensor.");
    const double& x = program.number_option("x", -1.5, -1e300, 1e300, "the scalar input");
    const double& slope = program.number_option("negative-slope", act::LeakyReLU::parameters[0].default_value, -1e6,
                                                1e6, "LeakyReLU's slope for x <= 0");
    program.parse(argc, argv);

    // [listing:scalar]
    const double y = act::relu(x);                   // max(x, 0)
    const double dy = act::relu_derivative(x);       // 1 for x > 0, else 0
    const double leaky = act::leaky_relu(x, slope);  // x, or slope * x for x <= 0
    const double dleaky = act::leaky_relu_derivative(x, slope);
    // [/listing:scalar]
    std::cout << "relu(" << x << ") = " << y << ", relu'(" << x << ") = " << dy << "\n"
              << "leaky_relu(" << x << ", " << slope << ") = " << leaky << ", derivative = " << dleaky
              << "\n\n";
    program.value({{"x", x}, {"y", y}, {"leaky", leaky}}, 6);

    // [listing:tensor]
    const xt::xarray<float> xs = {-2.0f, -0.5f, 0.0f, 0.5f, 2.0f};
    const xt::xarray<float> ys = act::relu(xs);
    const xt::xarray<float> leakys = act::leaky_relu(xs, 0.1);  // slope 0.1 to see it
    std::cout << "x               = " << xs << "\n"
              << "relu            = " << ys << "\n"
              << "leaky_relu(0.1) = " << leakys << "\n";
    // [/listing:tensor]
    return 0;
}
