// The chapter's libtorch tab: PyTorch's C++ library on the same inputs.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Sigmoid of [-4, -1, 0, 1, 4] with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-4.0f, -1.0f, 0.0f, 1.0f, 4.0f}, torch::requires_grad());
    torch::Tensor y = torch::sigmoid(x);
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(x.grad())});
    return 0;
}
