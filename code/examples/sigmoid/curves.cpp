// Writes the data of the chapter's figure: the sigmoid and its derivative on
// a grid, and where the derivative peaks.
#include <cstddef>
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xsort.hpp>

#include "act/sigmoid.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "Sigmoid curves for the figure (CSV under --out).", {-8, 8, 801}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(1000);
    const xt::xarray<double> y = act::sigmoid(x);
    const xt::xarray<double> dy = act::sigmoid_derivative(x);
    // [/listing:grid]
    program.csv("curves", {"x", "sigmoid", "derivative"}, {listing::column(x), listing::column(y), listing::column(dy)});

    const std::size_t peak = xt::argmax(dy)();
    program.value("peak_x", x(peak), 4);
    program.value("peak_slope", dy(peak), 6);
    program.value("y_min", xt::amin(y)(), 4);
    program.value("y_max", xt::amax(y)(), 6);
    std::cout << "grid of " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n"
              << "largest slope on the grid: " << dy(peak) << " at x = " << x(peak) << "\n"
              << "sigmoid ranges over [" << xt::amin(y)() << ", " << xt::amax(y)() << "]\n";
    return 0;
}
