// The chapter's libtorch tab: SUGAR in PyTorch's C++ library, detach form.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "SUGAR with libtorch, the detach form.", argc, argv);

    // [listing:libtorch-tab]
    auto bsilu = [](const torch::Tensor& x) {
        return (x + 1.67) * torch::sigmoid(x) - 1.67 / 2;
    };
    auto nelu = [](const torch::Tensor& x) {
        return torch::where(x > 0, x, -0.05 / (1 + x * x));
    };
    auto sugar = [](const torch::Tensor& x, auto surrogate) {
        const torch::Tensor s = surrogate(x);
        // Value relu(x), gradient s'(x).
        return s - s.detach() + torch::relu(x).detach();
    };
    torch::Tensor x =
        torch::tensor({-1.4837f, 0.2671f, -1.8337f}, torch::requires_grad());
    torch::Tensor y = sugar(x, bsilu);
    y.sum().backward();
    const torch::Tensor dydx = x.grad().clone();
    x.mutable_grad().zero_();
    sugar(x, nelu).sum().backward();
    const torch::Tensor dydx_nelu = x.grad().clone();
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "y", "dydx", "dydx_nelu"},
                          {listing::column(x), listing::column(y), listing::column(dydx), listing::column(dydx_nelu)});
    return 0;
}
