// The B-SiLU chapter's libtorch tab: B-SiLU written with tensor operations
// (PyTorch has no built-in B-SiLU) and its gradient by autograd.
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "B-SiLU of the article's inputs with libtorch.");
    program.parse(argc, argv);

    // [listing:libtorch-tab]
    const double alpha = 1.67;
    torch::Tensor x = torch::tensor({-1.4837f, 0.2671f, -1.8337f},
                                    torch::requires_grad());
    torch::Tensor y = (x + alpha) * torch::sigmoid(x) - alpha / 2;
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    std::cout << "x         : " << x.detach() << "\n"
              << "bsilu(x)  : " << y.detach() << "\n"
              << "derivative: " << x.grad() << "\n";
    // [/listing:libtorch-tab]

    // SUGAR with the stop-gradient trick, as in the PyTorch tab.
    torch::Tensor z = torch::tensor({-3.0f, -1.0f, 0.5f, 2.0f}, torch::requires_grad());
    torch::Tensor s = (z + alpha) * torch::sigmoid(z) - alpha / 2;
    torch::Tensor out = s - s.detach() + torch::relu(z).detach();
    out.sum().backward();
    std::cout << "SUGAR gradient: " << z.grad() << "\n";
    program.values("sugar_x", listing::column(z));
    program.values("sugar_forward", listing::column(out));
    program.values("sugar_gradient", listing::column(z.grad()));

    program.values("x", listing::column(x));
    program.values("y", listing::column(y));
    program.values("dydx", listing::column(x.grad()));
    return 0;
}
