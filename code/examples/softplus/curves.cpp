// Writes the data of the chapter's figures: softplus, its derivative and
// ReLU on a grid, and the beta family.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/softplus.hpp"
#include "listing.hpp"

namespace {
std::vector<double> to_vector(const xt::xarray<double>& a) { return {a.begin(), a.end()}; }
}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("curves", "Softplus curves for the chapter's figures (CSV under --out).");
    program.option("from", "-6", "left end of the grid")
        .option("to", "6", "right end of the grid")
        .option("points", "601", "number of grid points");
    program.parse(argc, argv);
    const double from = program.number("from", -700, 700);
    const double to = program.number("to", -700, 700);
    const long points = program.integer("points", 2, 1000000);
    if (!(from < to)) program.fail("--from must be less than --to");

    // [listing:grid]
    const xt::xarray<double> x = xt::linspace(from, to, static_cast<std::size_t>(points));
    const xt::xarray<double> y = act::softplus(x);
    const xt::xarray<double> dy = act::softplus_derivative(x);
    const xt::xarray<double> relu = xt::maximum(x, 0.0);
    // [/listing:grid]
    program.csv("curves", {"x", "softplus", "derivative", "relu"},
                {to_vector(x), to_vector(y), to_vector(dy), to_vector(relu)});

    const std::vector<double> betas = {0.5, 1.0, 2.0, 5.0};
    std::vector<std::string> header = {"x"};
    std::vector<std::vector<double>> columns = {to_vector(x)};
    for (double beta : betas) {
        header.push_back("beta=" + listing::format(beta));
        columns.push_back(to_vector(act::softplus(x, beta)));
    }
    program.csv("beta_family", header, columns);

    // Largest gap to ReLU, which the prose compares with log(2)/beta.
    for (double beta : betas) {
        const double gap = xt::amax(act::softplus(x, beta) - relu)();
        program.value("gap_beta_" + listing::format(beta), gap, 4);
        std::cout << "beta = " << beta << ": max softplus - relu on the grid = " << gap << "\n";
    }
    std::cout << "wrote " << points << " points in [" << from << ", " << to << "]\n";
    return 0;
}
