// The hard functions chapter's libtorch tab: torch::relu6,
// torch::hardsigmoid and torch::hardswish with their gradients.
#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks",
                             "ReLU6, Hardsigmoid and Hardswish of [-4, -3, -1.5, 0.5, 3, 6, 7] with libtorch.", argc,
                             argv);

    // [listing:libtorch-tab]
    torch::Tensor x = torch::tensor({-4.0f, -3.0f, -1.5f, 0.5f, 3.0f, 6.0f, 7.0f}, torch::requires_grad());
    torch::Tensor r = torch::relu6(x);  // Hardtanh on [0, 6]
    torch::Tensor s = torch::hardsigmoid(x);
    torch::Tensor w = torch::hardswish(x);
    torch::Tensor drdx = torch::autograd::grad({r.sum()}, {x})[0];
    torch::Tensor dsdx = torch::autograd::grad({s.sum()}, {x})[0];
    torch::Tensor dwdx = torch::autograd::grad({w.sum()}, {x})[0];
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "r", "drdx", "s", "dsdx", "w", "dwdx"},
                          {listing::column(x), listing::column(r), listing::column(drdx), listing::column(s),
                           listing::column(dsdx), listing::column(w), listing::column(dwdx)});
    return 0;
}
