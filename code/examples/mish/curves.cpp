// Writes the data of the Mish chapter's figures: Mish, its derivative, SiLU,
// the gap Mish - SiLU and ReLU on a grid.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/mish.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "Mish curves for the figures (CSV under --out).", {-5, 5, 1001}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(2000);
    const xt::xarray<double> y = act::mish(x);              // x tanh(softplus(x))
    const xt::xarray<double> dy = act::mish_derivative(x);
    const xt::xarray<double> silu = act::silu(x);           // x sigma(x)
    const xt::xarray<double> gap = y - silu;
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "mish", "derivative", "silu", "gap", "relu"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(silu),
                 listing::column(gap), listing::column(relu)});
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n"
              << "lowest Mish value on the grid: " << xt::amin(y)() << "\n";
    return 0;
}
