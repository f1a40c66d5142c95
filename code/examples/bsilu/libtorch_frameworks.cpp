// The B-SiLU chapter's libtorch tab: B-SiLU written with tensor operations
// (PyTorch has no built-in B-SiLU) and its gradient by autograd.
#include <iostream>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "B-SiLU of the article's inputs with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    const double alpha = 1.67;
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor y = (x + alpha) * torch::sigmoid(x) - alpha / 2;
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(x.grad())});

    // SUGAR with the stop-gradient trick, as in the PyTorch tab.
    torch::Tensor z = torch::tensor({-3.0f, -1.0f, 0.5f, 2.0f}, torch::requires_grad());
    torch::Tensor s = (z + alpha) * torch::sigmoid(z) - alpha / 2;
    torch::Tensor out = s - s.detach() + torch::relu(z).detach();
    out.sum().backward();
    std::cout << "\nSUGAR: relu forward, the B-SiLU slope backward:\n";
    program.framework_tab({"sugar_x", "sugar_forward", "sugar_gradient"},
                          {listing::column(z), listing::column(out), listing::column(z.grad())});
    return 0;
}
