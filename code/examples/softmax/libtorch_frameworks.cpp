// The softmax chapter's libtorch tab: torch::softmax, torch::log_softmax
// and cross-entropy along the last dimension of a 2 x 3 batch, with the
// gradient of the summed losses.
#include <cstdio>

#include <torch/torch.h>

#include "listing.hpp"
#include "torch_listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("libtorch_frameworks", "Softmax of a 2 x 3 batch of logits with libtorch.", argc, argv);

    // [listing:libtorch-tab]
    namespace F = torch::nn::functional;
    torch::Tensor x = torch::tensor({1.0f, 2.0f, 0.5f, -1.0f, 3.0f, 0.0f}).reshape({2, 3});
    x.requires_grad_();
    torch::Tensor labels = torch::tensor({2, 0}, torch::kLong);
    torch::Tensor s = torch::softmax(x, -1);
    torch::Tensor log_s = torch::log_softmax(x, -1);
    auto per_row = F::CrossEntropyFuncOptions().reduction(torch::kNone);
    torch::Tensor loss = F::cross_entropy(x, labels, per_row);
    loss.sum().backward();  // x.grad() = s - one_hot(labels)
    // [/listing:libtorch-tab]

    program.framework_tab({"x", "softmax", "log_softmax", "dloss"},
                          {listing::column(x.flatten()), listing::column(s.flatten()),
                           listing::column(log_s.flatten()), listing::column(x.grad().flatten())});
    program.values("loss", listing::column(loss));
    std::printf("loss: %.9g %.9g\n", loss[0].item<double>(), loss[1].item<double>());
    return 0;
}
