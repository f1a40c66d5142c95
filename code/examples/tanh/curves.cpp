// Writes the data of the tanh chapter's figures: tanh, the sigmoid and
// Hardtanh with their derivatives, on a grid.
#include <iostream>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>

#include "act/sigmoid.hpp"
#include "act/tanh.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "Tanh, sigmoid and Hardtanh curves for the figures (CSV under --out).",
                             {-4, 4, 801}, argc, argv);

    // [listing:grid]
    const xt::xarray<double> x = program.grid(2000);
    const xt::xarray<double> t = act::tanh(x);
    const xt::xarray<double> dt = act::tanh_derivative(x);
    const xt::xarray<double> s = act::sigmoid(x);
    const xt::xarray<double> ds = act::sigmoid_derivative(x);
    const xt::xarray<double> h = act::hardtanh(x);  // min_val = -1, max_val = 1
    const xt::xarray<double> dh = act::hardtanh_derivative(x);
    // [/listing:grid]
    program.csv("curves", {"x", "tanh", "tanh_derivative", "sigmoid", "sigmoid_derivative", "hardtanh",
                           "hardtanh_derivative"},
                {listing::column(x), listing::column(t), listing::column(dt), listing::column(s),
                 listing::column(ds), listing::column(h), listing::column(dh)});
    std::cout << "wrote " << x.size() << " points in [" << x.front() << ", " << x.back() << "]\n";
    return 0;
}
