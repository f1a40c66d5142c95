// Writes the data of the GELU chapter's figures: GELU, its tanh
// approximation, their derivatives and ReLU on a grid.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/gelu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "GELU curves for the figures (CSV under --out).", {-5, 5, 1001}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(2000);
    const xt::xarray<double> y = act::gelu(x);               // x Phi(x), with erf
    const xt::xarray<double> dy = act::gelu_derivative(x);
    const xt::xarray<double> y_tanh = act::gelu_tanh(x);     // approximate='tanh'
    const xt::xarray<double> dy_tanh = act::gelu_tanh_derivative(x);
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "gelu", "derivative", "gelu_tanh", "derivative_tanh", "relu"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(y_tanh),
                 listing::column(dy_tanh), listing::column(relu)});
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n"
              << "lowest GELU value on the grid: " << xt::amin(y)() << "\n";
    return 0;
}
