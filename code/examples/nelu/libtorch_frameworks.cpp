// The NeLU chapter's libtorch tab: NeLU with tensor operations (no framework
// has it built in) and its slope by autograd.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "NeLU of [-1.4837, 0.2671, -1.8337] with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    const double alpha = 0.05;
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor y = torch::where(x > 0, x, alpha * x * x / (1 + x * x));
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(x.grad())});
    return 0;
}
