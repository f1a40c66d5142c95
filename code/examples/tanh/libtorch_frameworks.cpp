// The tanh chapter's libtorch tab: torch::tanh and torch::hardtanh with
// their gradients.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Tanh and Hardtanh of [-1.4837, 0.2671, -1.8337] with libtorch.",
                             argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor y = torch::tanh(x);
    torch::Tensor h = torch::hardtanh(x, -1.0, 1.0);
    torch::Tensor dydx = torch::autograd::grad({y.sum()}, {x})[0];
    torch::Tensor dhdx = torch::autograd::grad({h.sum()}, {x})[0];
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx", "h", "dhdx"}, {listing::column(x), listing::column(y),
                                                          listing::column(dydx), listing::column(h),
                                                          listing::column(dhdx)});
    return 0;
}
