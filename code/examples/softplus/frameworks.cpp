// The chapter's "this library" tab: the article's inputs through act::softplus.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/softplus.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Softplus of [-2, 0, 2] in float, as the article's examples.");
    program.parse(argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-2.0f, 0.0f, 2.0f};
    const xt::xarray<float> y = act::softplus(x);
    const xt::xarray<float> dydx = act::softplus_derivative(x);
    std::cout << "x          : " << x << "\n"
              << "softplus(x): " << y << "\n"
              << "derivative : " << dydx << "\n";
    // [/listing:cpp-tab]

    program.values("x", {x.begin(), x.end()});
    program.values("y", {y.begin(), y.end()});
    program.values("dydx", {dydx.begin(), dydx.end()});
    return 0;
}
