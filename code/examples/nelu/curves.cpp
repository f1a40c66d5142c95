// Writes the data of the NeLU chapter's figures: NeLU and its slope for the
// alpha values of the paper, and the slopes of ReLU, B-SiLU and NeLU together.
#include <iostream>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/bsilu.hpp"
#include "act/nelu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "NeLU curves for the figures (CSV under --out).", {-6, 3, 901}, argc, argv);

    const xt::xarray<double> x = program.grid(1e6);
    const std::vector<double> alphas = {0.01, 0.05, 0.1};  // the values the paper tried
    program.family("alpha_family", x, "alpha", alphas, act::nelu);
    program.family("alpha_family_derivative", x, "alpha", alphas, act::nelu_derivative);

    // [listing:slopes]
    const xt::xarray<double> relu_slope = xt::where(x > 0.0, 1.0, 0.0);
    const xt::xarray<double> bsilu_slope = act::bsilu_derivative(x);  // alpha = 1.67
    const xt::xarray<double> nelu_slope = act::nelu_derivative(x);    // alpha = 0.05
    // [/listing:slopes]
    program.csv("slopes", {"x", "relu'", "bsilu'", "nelu'"},
                {listing::column(x), listing::column(relu_slope), listing::column(bsilu_slope), listing::column(nelu_slope)});
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n"
              << "lowest NeLU slope on the grid (alpha = 0.05): " << xt::amin(nelu_slope)() << "\n"
              << "lowest B-SiLU slope on the grid: " << xt::amin(bsilu_slope)() << "\n";
    program.value("grid_lowest_nelu_slope", xt::amin(nelu_slope)(), 4);

    // How the two surrogate slopes fade on the far left: NeLU like 2 alpha/x^3,
    // B-SiLU like x e^x.
    std::vector<double> col_x, col_nelu, col_bsilu;
    for (double v : {-1.0, -2.0, -5.0, -10.0, -20.0, -40.0, -100.0}) {
        col_x.push_back(v);
        col_nelu.push_back(act::nelu_derivative(v));
        col_bsilu.push_back(act::bsilu_derivative(v));
    }
    program.csv("tails", {"x", "nelu'(x) (alpha = 0.05)", "bsilu'(x) (alpha = 1.67)"}, {col_x, col_nelu, col_bsilu});
    program.value("nelu_slope_at_-20", act::nelu_derivative(-20.0), 3);
    program.value("bsilu_slope_at_-20", act::bsilu_derivative(-20.0), 3);
    program.value("grid_lowest_bsilu_slope", xt::amin(bsilu_slope)(), 4);
    return 0;
}
