// A lazy xtensor expression is a recipe, not a result: it reads its inputs
// when it is evaluated, element by element, in one loop.
#include <cstdio>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/sigmoid.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("lazy", "A lazy xtensor expression is evaluated when it is assigned.");
    program.parse(argc, argv);

    // [listing:lazy]
    xt::xarray<double> x = {0.0, 1.0, 2.0};
    auto recipe = act::sigmoid(x) * 2.0 - 1.0;  // nothing computed yet
    x(0) = 10.0;                                // change an input afterwards
    const xt::xarray<double> y = recipe;        // one loop: sigmoid, *2, -1
    std::printf("y = %.6f %.6f %.6f\n", y(0), y(1), y(2));
    // [/listing:lazy]
    program.value("y0", y(0), 6);
    program.value("y0_before", act::sigmoid(0.0) * 2.0 - 1.0, 6);
    return 0;
}
