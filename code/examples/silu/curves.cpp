// Writes the data of the SiLU chapter's figures: SiLU, its derivative, the
// sigmoid and ReLU on a grid.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "SiLU curves for the figures (CSV under --out).", {-6, 6, 601}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(700);
    const xt::xarray<double> y = act::silu(x);
    const xt::xarray<double> dy = act::silu_derivative(x);
    const xt::xarray<double> gate = act::sigmoid(x);  // SiLU = x * gate
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "silu", "derivative", "sigmoid", "relu"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(gate), listing::column(relu)});

    const double lowest = xt::amin(y)();
    const double gap = xt::amax(xt::abs(y - relu))();
    program.value("grid_min", lowest, 6);
    program.value("grid_max_gap_to_relu", gap, 4);
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n"
              << "lowest SiLU value on the grid: " << lowest << "\n"
              << "largest |silu - relu| on the grid: " << gap << "\n";
    return 0;
}
