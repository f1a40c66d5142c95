// The chapter's libtorch tab: PyTorch's C++ library on the article's inputs.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Softplus of [-2, 0, 2] with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-2.0f, 0.0f, 2.0f}, torch::requires_grad());
    torch::Tensor y = torch::softplus(x, /*beta=*/1, /*threshold=*/20);
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(x.grad())});
    return 0;
}
