// The tanh chapter's "this library" tab: tanh and Hardtanh with their
// derivatives of the B-SiLU article's inputs, in float.
#include <xtensor/xarray.hpp>

#include "act/tanh.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Tanh and Hardtanh of [-1.4837, 0.2671, -1.8337] in float.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::tanh(x);
    const xt::xarray<float> dydx = act::tanh_derivative(x);
    const xt::xarray<float> h = act::hardtanh(x);  // min_val = -1, max_val = 1
    const xt::xarray<float> dhdx = act::hardtanh_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx", "h", "dhdx"}, {listing::column(x), listing::column(y),
                                                          listing::column(dydx), listing::column(h),
                                                          listing::column(dhdx)});
    return 0;
}
