// The chapter's "this library" tab: SUGAR on the B-SiLU article's inputs.
#include <iostream>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xio.hpp>

#include "act/sugar.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks",
                             "SUGAR's forward value and backward slope on the B-SiLU article's inputs (float).");
    program.parse(argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::sugar(x);                  // ReLU
    const xt::xarray<float> dydx = act::sugar_backward(x);      // B-SiLU's slope
    const auto nelu = act::Surrogate::of<act::NeLU>();
    const xt::xarray<float> dydx_nelu = act::sugar_backward(x, nelu);
    std::cout << "x                 : " << x << "\n"
              << "y = relu(x)       : " << y << "\n"
              << "dy/dx, B-SiLU     : " << dydx << "\n"
              << "dy/dx, NeLU       : " << dydx_nelu << "\n";
    // [/listing:cpp-tab]

    program.values("x", {x.begin(), x.end()});
    program.values("y", {y.begin(), y.end()});
    program.values("dydx", {dydx.begin(), dydx.end()});
    program.values("dydx_nelu", {dydx_nelu.begin(), dydx_nelu.end()});
    return 0;
}
