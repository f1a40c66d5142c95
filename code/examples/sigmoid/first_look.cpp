// The sigmoid and its derivative on a few inputs: the scalar overloads and the
// lazy xtensor overloads side by side.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/sigmoid.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("first_look", "The sigmoid and its derivative, scalar and on a tensor.");
    const double& x = program.number_option("x", 2, -1e300, 1e300, "the scalar input");
    program.parse(argc, argv);

    // [listing:scalar]
    const double y = act::sigmoid(x);                // 1 / (1 + e^-x)
    const double slope = act::sigmoid_derivative(x);  // sigma(x) (1 - sigma(x)), from x
    const double mirrored = act::sigmoid(-x);        // 1 - sigma(x)
    // [/listing:scalar]
    std::cout << "sigmoid(" << x << ")  = " << y << "\n"
              << "sigmoid'(" << x << ") = " << slope << "\n"
              << "sigmoid(" << -x << ") = " << mirrored << "\n\n";
    program.value({{"x", x}, {"y", y}, {"slope", slope}, {"mirrored", mirrored}}, 6);

    // [listing:tensor]
    const xt::xarray<float> xs = {-6.0f, -2.0f, 0.0f, 2.0f, 6.0f};
    const xt::xarray<float> ys = act::sigmoid(xs);                // evaluated here, once
    const xt::xarray<float> slopes = act::sigmoid_derivative(xs);  // takes x, not y
    std::cout << "x          = " << xs << "\n"
              << "sigmoid    = " << ys << "\n"
              << "derivative = " << slopes << "\n";
    // [/listing:tensor]
    return 0;
}
