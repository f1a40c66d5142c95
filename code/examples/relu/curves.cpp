// Writes the data of the chapter's figures: ReLU, LeakyReLU and their
// derivatives on a grid.
#include <cstddef>
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "ReLU and LeakyReLU curves for the chapter's figures (CSV under --out).");
    program.grid_options(-3, 3, 601);
    const double& slope = program.number_option("negative-slope", 0.1, 0, 1,
                                                "LeakyReLU slope drawn in the figure (PyTorch's 0.01 is hard to see)");
    program.parse(argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(1e6);
    const xt::xarray<double> y = act::relu(x);
    const xt::xarray<double> dy = act::relu_derivative(x);
    const xt::xarray<double> leaky = act::leaky_relu(x, slope);
    const xt::xarray<double> dleaky = act::leaky_relu_derivative(x, slope);
    // [/listing:grid]
    program.csv("curves", {"x", "relu", "relu_derivative", "leaky_relu", "leaky_relu_derivative"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(leaky), listing::column(dleaky)});
    program.value("slope_drawn", slope, 3);
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back()
              << "], LeakyReLU slope " << slope << "\n";
    return 0;
}
