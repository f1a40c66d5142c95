// The GELU chapter's libtorch tab: torch::gelu, exact and with
// approximate = "tanh", and their gradients.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "GELU of [-1.4837, 0.2671, -1.8337] with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor x2 = x.detach().clone().requires_grad_(true);
    torch::Tensor y = torch::gelu(x);               // approximate = "none"
    torch::Tensor y_tanh = torch::gelu(x2, "tanh");
    y.sum().backward();                             // dy/dx lands in x.grad()
    y_tanh.sum().backward();                        // and in x2.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx", "y_tanh", "dydx_tanh"},
                          {listing::column(x), listing::column(y), listing::column(x.grad()), listing::column(y_tanh),
                           listing::column(x2.grad())});
    return 0;
}
