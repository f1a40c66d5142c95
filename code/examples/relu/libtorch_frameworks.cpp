// The chapter's libtorch tab: ReLU and LeakyReLU with autograd in C++.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "ReLU and LeakyReLU of [-2, -0.5, 0, 0.5, 2] with libtorch.",
                             argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-2.0f, -0.5f, 0.0f, 0.5f, 2.0f}, torch::requires_grad());
    torch::Tensor y = torch::relu(x);
    y.sum().backward();
    torch::Tensor dydx = x.grad().clone();                                // 0 at x = 0
    x.grad().zero_();
    torch::Tensor leaky = torch::leaky_relu(x, /*negative_slope=*/0.01);
    leaky.sum().backward();                                               // x.grad() is now its slope
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx", "leaky", "dleaky"},
                          {listing::column(x), listing::column(y), listing::column(dydx), listing::column(leaky),
                           listing::column(x.grad())});
    return 0;
}
