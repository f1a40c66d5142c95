// libtorch's float32 kernels in the accuracy study: the same inputs and the
// same reference as ulp_float, with libtorch computing. Derivatives come from
// autograd, as a training step would get them. By default every 4099th
// float bit pattern; --exhaustive yes for all 2^32.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <torch/torch.h>
#include <torch/version.h>

#include "driver.hpp"
#include "functions.hpp"
#include "listing.hpp"
#include "study.hpp"

namespace {

const std::string torch_version = std::to_string(TORCH_VERSION_MAJOR) + "." + std::to_string(TORCH_VERSION_MINOR) +
                                  "." + std::to_string(TORCH_VERSION_PATCH);

using Fn = std::function<at::Tensor(const at::Tensor&)>;

// [listing:libtorch-forms]
/// The libtorch call for each function of the registry that libtorch can
/// compute, by name (B-SiLU is the article's composite; a function missing
/// here is left out, and named on stderr if PyTorch has it).
std::map<std::string, Fn> torch_functions()
{
    return {
        {"relu", [](const at::Tensor& x) { return at::relu(x); }},
        {"leaky_relu", [](const at::Tensor& x) { return at::leaky_relu(x, 0.01); }},
        {"sigmoid", [](const at::Tensor& x) { return at::sigmoid(x); }},
        {"tanh", [](const at::Tensor& x) { return at::tanh(x); }},
        {"hardtanh", [](const at::Tensor& x) { return at::hardtanh(x, -1, 1); }},
        {"softplus", [](const at::Tensor& x) { return at::softplus(x, 1, 20); }},
        {"silu", [](const at::Tensor& x) { return at::silu(x); }},
        {"bsilu",
         [](const at::Tensor& x) { return (x + 1.67) * at::sigmoid(x) - 1.67 / 2; }},
        {"elu", [](const at::Tensor& x) { return at::elu(x, 1.0); }},
        {"selu", [](const at::Tensor& x) { return at::selu(x); }},
        {"gelu", [](const at::Tensor& x) { return at::gelu(x); }},
        {"gelu_tanh", [](const at::Tensor& x) { return at::gelu(x, "tanh"); }},
        {"mish", [](const at::Tensor& x) { return at::mish(x); }},
        {"relu6", [](const at::Tensor& x) { return at::relu6(x); }},
        {"hardsigmoid", [](const at::Tensor& x) { return at::hardsigmoid(x); }},
        {"hardswish", [](const at::Tensor& x) { return at::hardswish(x); }},
    };
}

/// f'(x) by autograd: what x.grad holds after y.backward() with dy = 1.
at::Tensor autograd_derivative(const Fn& f, const at::Tensor& x)
{
    at::Tensor leaf = x.detach().clone().requires_grad_(true);
    at::Tensor y = f(leaf);
    y.backward(at::ones_like(y));
    return leaf.grad().detach();
}
// [/listing:libtorch-forms]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("libtorch_ulp", "Errors in ULPs of libtorch's float32 activation functions.");
    study::sweep_options(program, "yes: all 2^32 floats (same as --stride 1)");
    study::threads_option(program, 2, "libtorch intra-op threads");
    program.parse(argc, argv);
    const std::uint64_t stride = study::stride(program);
    at::set_num_threads(static_cast<int>(study::threads(program)));

    const auto fns = torch_functions();
    for (const auto& entry : fns)
        if (!act::find_function(entry.first)) {
            std::fprintf(stderr, "libtorch_ulp: '%s' is no function of act::registry\n", entry.first.c_str());
            return 1;
        }
    // The registry's functions that libtorch computes, value and derivative
    // (from autograd), in the registry's order.
    const std::vector<study::Row> all = study::rows();
    std::vector<study::Row> rows;
    std::vector<std::pair<const Fn*, bool>> calls;  // the function, and whether the row is its derivative
    for (const act::FunctionInfo& info : act::registry) {
        const auto fn = fns.find(std::string(info.name));
        if (fn == fns.end()) {
            if (!info.pytorch.empty())
                std::fprintf(stderr, "libtorch_ulp: no libtorch call for %s (PyTorch has %s): left out\n",
                             std::string(info.name).c_str(), std::string(info.pytorch).c_str());
            continue;
        }
        for (const bool derivative : {false, true}) {
            const std::string name = std::string(info.name) + (derivative ? "_derivative" : "");
            rows.push_back(*std::find_if(all.begin(), all.end(), [&](const study::Row& r) { return r.name == name; }));
            calls.emplace_back(&fn->second, derivative);
        }
    }
    std::vector<study::Stats> stats(rows.size());

    const auto t0 = std::chrono::steady_clock::now();
    const std::uint64_t count = ((std::uint64_t(1) << 32) + stride - 1) / stride;
    const std::uint64_t chunk = 1 << 20;
    std::vector<float> xs;
    for (std::uint64_t begin = 0; begin < count; begin += chunk) {
        const std::uint64_t end = std::min(count, begin + chunk);
        xs.clear();
        for (std::uint64_t k = begin; k < end; ++k)
            xs.push_back(study::float_from_bits(static_cast<std::uint32_t>(k * stride)));
        const at::Tensor x = at::from_blob(xs.data(), {static_cast<std::int64_t>(xs.size())}, at::kFloat);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Fn& f = *calls[r].first;
            const at::Tensor y = (calls[r].second ? autograd_derivative(f, x) : f(x)).contiguous();
            const float* py = y.data_ptr<float>();
            for (std::size_t i = 0; i < xs.size(); ++i) stats[r].add(xs[i], py[i], rows[r].reference_float(xs[i]));
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    std::printf("libtorch %s, float32, %s (%llu inputs), %.1f s\n\n", torch_version.c_str(),
                stride == 1 ? "all 2^32 inputs" : ("every " + std::to_string(stride) + "th bit pattern").c_str(),
                static_cast<unsigned long long>(count), seconds);
    std::printf("%-22s %11s %14s %9s %5s %5s %5s %4s\n", "function", "max ulp", "at x", ">1 ulp", "inf", "nan",
                "zero", "NaN");
    std::vector<std::vector<std::string>> csv_rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const study::Stats& s = stats[r];
        std::printf("%-22s %11.4g %14.7g %9llu %5llu %5llu %5llu %4s\n", rows[r].name.c_str(), s.max_ulp, s.x_at_max,
                    static_cast<unsigned long long>(s.over_one), static_cast<unsigned long long>(s.spurious_inf),
                    static_cast<unsigned long long>(s.spurious_nan), static_cast<unsigned long long>(s.spurious_zero),
                    s.nan_lost == 0 ? "kept" : "LOST");
        csv_rows.push_back({rows[r].name, listing::format(s.max_ulp, 4), listing::format(s.x_at_max, 9),
                            std::to_string(s.over_one), std::to_string(s.spurious_inf),
                            std::to_string(s.spurious_nan), std::to_string(s.spurious_zero),
                            std::isnan(s.first_zero) ? std::string() : listing::format(s.first_zero, 9),
                            s.nan_lost == 0 ? "yes" : "no"});
        program.value(rows[r].name + ".max_ulp", s.max_ulp, 3);
        program.value(rows[r].name + ".x_at_max", s.x_at_max, 7);
        program.value(rows[r].name + ".over_one", double(s.over_one), 12);
    }
    program.table("libtorch_float",
                  {"function", "max ulp", "at x", "inputs > 1 ulp", "spurious inf", "spurious NaN",
                   "spurious 0", "smallest |x| sampled with a spurious 0", "NaN kept"},
                  csv_rows);
    program.value("version", torch_version);
    program.value("seconds", seconds, 3);
    program.value("mode", stride == 1 ? std::string("all 2^32 float inputs")
                                      : "every " + std::to_string(stride) + "th float bit pattern");
    return 0;
}
