// The Mish chapter's libtorch tab: torch::mish and its gradient.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Mish of [-1.4837, 0.2671, -1.8337] with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor y = torch::mish(x);  // also torch::nn::Mish()
    y.sum().backward();                // dy/dx lands in x.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(x.grad())});
    return 0;
}
