// The chapter's libtorch tab: PyTorch's C++ library on the article's inputs.
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "listing.hpp"

namespace {
std::vector<double> to_vector(const torch::Tensor& t)
{
    const torch::Tensor d = t.detach().to(torch::kDouble).contiguous();
    return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}
}  // namespace

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

    program.values("x", to_vector(x));
    program.values("y", to_vector(y));
    program.values("dydx", to_vector(x.grad()));
    return 0;
}
