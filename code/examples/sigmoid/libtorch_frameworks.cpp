// The chapter's libtorch tab: PyTorch's C++ library on the same inputs.
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Sigmoid of [-4, -1, 0, 1, 4] with libtorch.");
    program.parse(argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-4.0f, -1.0f, 0.0f, 1.0f, 4.0f},
                                    torch::requires_grad());
    torch::Tensor y = torch::sigmoid(x);
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    std::cout << "x         : " << x.detach() << "\n"
              << "sigmoid(x): " << y.detach() << "\n"
              << "derivative: " << x.grad() << "\n";
    // [/listing:libtorch-tab]

    program.values("x", listing::column(x));
    program.values("y", listing::column(y));
    program.values("dydx", listing::column(x.grad()));
    return 0;
}
