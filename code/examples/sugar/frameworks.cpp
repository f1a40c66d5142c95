// The chapter's "this library" tab: SUGAR on the B-SiLU article's inputs.
#include <xtensor/xarray.hpp>

#include "act/sugar.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks",
                             "SUGAR's forward value and backward slope on the B-SiLU article's inputs (float).", argc,
                             argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::sugar(x);                  // ReLU
    const xt::xarray<float> dydx = act::sugar_backward(x);      // B-SiLU's slope
    const auto nelu = act::Surrogate::of<act::NeLU>();
    const xt::xarray<float> dydx_nelu = act::sugar_backward(x, nelu);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx", "dydx_nelu"},
                          {listing::column(x), listing::column(y), listing::column(dydx), listing::column(dydx_nelu)});
    return 0;
}
