// What the libtorch listings share (linked only where libtorch is found).
#ifndef ACT_TORCH_LISTING_HPP
#define ACT_TORCH_LISTING_HPP

#include <vector>

#include <torch/torch.h>

namespace listing {

/// The elements of a tensor, as doubles, for Program::values.
inline std::vector<double> column(const torch::Tensor& t)
{
    const torch::Tensor d = t.detach().to(torch::kDouble).contiguous();
    return {d.data_ptr<double>(), d.data_ptr<double>() + d.numel()};
}

}  // namespace listing

#endif
