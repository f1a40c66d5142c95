// What libtorch's autograd gives as the slope of tanh: its backward pass
// takes the forward output t (at::tanh_backward(grad, output)) and computes
// 1 - t^2. Measured against act::tanh_derivative, and where it becomes 0,
// bisected over the floats.
#include <cmath>
#include <cstdio>
#include <string>

#include <torch/torch.h>

#include "act/tanh.hpp"
#include "listing.hpp"

namespace {

// [listing:autograd]
float libtorch_slope(float x)
{
    torch::Tensor v = torch::tensor({x}, torch::requires_grad());
    torch::tanh(v).sum().backward();
    return v.grad().item<float>();
}
// [/listing:autograd]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("libtorch_backward", "libtorch's tanh gradient in float against act::tanh_derivative.",
                             argc, argv);
    std::printf("      x   libtorch autograd   act::tanh_derivative\n");
    for (float x : {2.0f, 5.0f, 8.0f, 9.0f, 10.0f}) {
        std::printf("%7g   %-18.9g  %.9g\n", double(x), double(libtorch_slope(x)), double(act::tanh_derivative(x)));
        const std::string key = "at_" + listing::format(x);
        program.value(key + "_libtorch", double(libtorch_slope(x)), 3);
        program.value(key + "_act", double(act::tanh_derivative(x)), 3);
    }
    const auto is_zero = [](float x) { return libtorch_slope(x) == 0.0f; };
    const float zero_from = listing::first_true(0.0f, 40.0f, is_zero);
    program.threshold("libtorch_zero_from", zero_from, 0.0f, is_zero, 9);
    std::printf("libtorch's slope is exactly 0 from x = %s on (bisected); act::tanh_derivative there: %.3g\n",
                listing::format(zero_from, 9).c_str(), double(act::tanh_derivative(zero_from)));
    program.value("act_at_libtorch_zero", double(act::tanh_derivative(zero_from)), 3);
    return 0;
}
