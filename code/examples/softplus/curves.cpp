// Writes the data of the chapter's figures: softplus, its derivative and
// ReLU on a grid, and the beta family.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/softplus.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "Softplus curves for the figures (CSV under --out).", {-6, 6, 601}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(700);
    const xt::xarray<double> y = act::softplus(x);
    const xt::xarray<double> dy = act::softplus_derivative(x);
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "softplus", "derivative", "relu"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(relu)});

    const std::vector<double> betas = {0.5, 1.0, 2.0, 5.0};
    program.family("beta_family", x, "beta", betas, act::softplus);

    // Largest gap to ReLU, which the prose compares with log(2)/beta.
    for (double beta : betas) {
        const double gap = xt::amax(act::softplus(x, beta) - relu)();
        program.value("gap_beta_" + listing::format(beta), gap, 4);
        std::cout << "beta = " << beta << ": max softplus - relu on the grid = " << gap << "\n";
    }
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n";
    return 0;
}
