// The chapter's libtorch tab: ReLU and LeakyReLU with autograd in C++.
#include <iostream>
#include <vector>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "ReLU and LeakyReLU of [-2, -0.5, 0, 0.5, 2] with libtorch.");
    program.parse(argc, argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-2.0f, -0.5f, 0.0f, 0.5f, 2.0f},
                                    torch::requires_grad());
    torch::Tensor y = torch::relu(x);
    y.sum().backward();
    torch::Tensor dydx = x.grad().clone();
    x.grad().zero_();
    torch::Tensor leaky = torch::leaky_relu(x, /*negative_slope=*/0.01);
    leaky.sum().backward();
    std::cout << "x             : " << x.detach().view({1, -1}) << "\n"
              << "relu(x)       : " << y.detach().view({1, -1}) << "\n"
              << "relu'(x)      : " << dydx.view({1, -1}) << "\n"
              << "leaky_relu(x) : " << leaky.detach().view({1, -1}) << "\n"
              << "leaky_relu'(x): " << x.grad().view({1, -1}) << "\n";
    // [/listing:libtorch-tab]

    program.values("x", listing::column(x));
    program.values("y", listing::column(y));
    program.values("dydx", listing::column(dydx));
    program.values("leaky", listing::column(leaky));
    program.values("dleaky", listing::column(x.grad()));
    return 0;
}
