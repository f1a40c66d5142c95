// The chapter's libtorch tab: PyTorch's C++ library on the article's inputs.
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Softplus of [-2, 0, 2] with libtorch.");
    program.parse(argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-2.0f, 0.0f, 2.0f}, torch::requires_grad());
    torch::Tensor y = torch::softplus(x, /*beta=*/1, /*threshold=*/20);
    y.sum().backward();  // dy/dx of each element lands in x.grad()
    std::cout << "x          : " << x.detach() << "\n"
              << "softplus(x): " << y.detach() << "\n"
              << "derivative : " << x.grad() << "\n";
    // [/listing:libtorch-tab]

    program.values("x", listing::column(x));
    program.values("y", listing::column(y));
    program.values("dydx", listing::column(x.grad()));
    return 0;
}
