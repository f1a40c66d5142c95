// The softmax chapter's "this library" tab: softmax, log-softmax and
// cross-entropy with its gradient along the last axis of a 2 x 3 batch of
// logits, in float.
#include <cstdio>
#include <vector>

#include <xtensor/xarray.hpp>

#include "act/softmax.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Softmax of a 2 x 3 batch of logits in float.", argc, argv);

    // [listing:cpp-tab]
    xt::xarray<float> x = {1.0f, 2.0f, 0.5f, -1.0f, 3.0f, 0.0f};
    x.reshape({2, 3});                                 // two rows of three logits
    const std::vector<std::size_t> labels = {2, 0};    // each row's class
    const xt::xarray<float> s = act::softmax(x);       // along the last axis
    const xt::xarray<float> log_s = act::log_softmax(x);
    const xt::xarray<float> loss = act::cross_entropy(x, labels);  // one per row
    // its gradient, s - one_hot(labels)
    const xt::xarray<float> dloss = act::cross_entropy_gradient(x, labels);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "softmax", "log_softmax", "dloss"},
                          {listing::column(x), listing::column(s), listing::column(log_s), listing::column(dloss)});
    program.values("loss", listing::column(loss));
    std::printf("loss: %.9g %.9g\n", double(loss(0)), double(loss(1)));
    return 0;
}
