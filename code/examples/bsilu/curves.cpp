// Writes the data of the B-SiLU chapter's figures: B-SiLU and its derivative
// with ReLU, and the alpha family (alpha = 0 is SiLU).
#include <iostream>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/bsilu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "B-SiLU curves for the chapter's figures (CSV under --out).");
    program.grid_options(-6, 6, 601);
    const double& alpha =
        program.number_option("alpha", act::BSiLU::parameters[0].default_value, 0, 100, "the shift of the main figure");
    program.parse(argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(700);
    const xt::xarray<double> y = act::bsilu(x, alpha);
    const xt::xarray<double> dy = act::bsilu_derivative(x, alpha);
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "bsilu", "derivative", "relu"},
                {listing::column(x), listing::column(y), listing::column(dy), listing::column(relu)});

    const std::vector<double> alphas = {0.0, 0.5, 1.0, 1.67, 3.0};
    program.family("alpha_family", x, "alpha", alphas, act::bsilu);
    program.family("alpha_family_derivative", x, "alpha", alphas, act::bsilu_derivative);
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "], alpha = " << alpha
              << "\nlowest value on the grid: " << xt::amin(y)() << " (-alpha/2 = " << -alpha / 2 << ")\n";
    return 0;
}
