// The GELU chapter's "this library" tab: GELU, its tanh approximation and
// their derivatives of the B-SiLU article's inputs, in float.
#include <xtensor/xarray.hpp>

#include "act/gelu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "GELU of [-1.4837, 0.2671, -1.8337] in float.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::gelu(x);                        // x Phi(x)
    const xt::xarray<float> dydx = act::gelu_derivative(x);
    const xt::xarray<float> y_tanh = act::gelu_tanh(x);              // approximate='tanh'
    const xt::xarray<float> dydx_tanh = act::gelu_tanh_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx", "y_tanh", "dydx_tanh"},
                          {listing::column(x), listing::column(y), listing::column(dydx), listing::column(y_tanh),
                           listing::column(dydx_tanh)});
    return 0;
}
