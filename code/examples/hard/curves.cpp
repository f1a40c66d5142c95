// Writes the data of the hard functions chapter's figures: ReLU6,
// Hardsigmoid and Hardswish with their derivatives, and the smooth functions
// they stand in for (the sigmoid, SiLU) and ReLU, on a grid.
#include <iostream>

#include <xtensor/xarray.hpp>

#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/relu.hpp"
#include "act/relu6.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "ReLU6, Hardsigmoid, Hardswish and their smooth models (CSV under --out).",
                             {-6, 8, 1401}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(20000);
    using Curve = xt::xarray<double>;
    const Curve hsig = act::hardsigmoid(x), dhsig = act::hardsigmoid_derivative(x);
    const Curve hswish = act::hardswish(x), dhswish = act::hardswish_derivative(x);
    const Curve r6 = act::relu6(x), dr6 = act::relu6_derivative(x);
    const Curve sig = act::sigmoid(x), dsig = act::sigmoid_derivative(x);
    const Curve silu = act::silu(x), dsilu = act::silu_derivative(x);
    const Curve relu = act::relu(x);
    // [/listing:grid]
    program.csv("curves",
                {"x", "hardsigmoid", "hardsigmoid_derivative", "hardswish", "hardswish_derivative", "relu6",
                 "relu6_derivative", "sigmoid", "sigmoid_derivative", "silu", "silu_derivative", "relu"},
                {listing::column(x), listing::column(hsig), listing::column(dhsig), listing::column(hswish),
                 listing::column(dhswish), listing::column(r6), listing::column(dr6), listing::column(sig),
                 listing::column(dsig), listing::column(silu), listing::column(dsilu), listing::column(relu)});
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n";
    return 0;
}
