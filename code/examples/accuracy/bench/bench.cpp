// The speed study (Google Benchmark): every act function and derivative, in
// float and double, on a large array (2^24 elements, far beyond the caches)
// and an in-cache one (4096 elements), evaluated into a preallocated output.
// Reference points measured in the same run: a plain copy (the memory
// bandwidth limit), ReLU, and libtorch on one thread. Names read
// <who>/<function>/<type>/<elements>/real_time; the chapter's table script
// (bench_table.py) turns the JSON written with --benchmark_out into ns per
// element, GB/s and ratios. `./book bench` runs it twice: with libtorch's
// default CPU kernels and with ATEN_CPU_CAPABILITY=avx512.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <benchmark/benchmark.h>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>
#include <xtensor/xtensor.hpp>

#include "act/registry.hpp"
#include "act/softmax.hpp"
#include "../float_lanes.hpp"

#ifdef ACT_BENCH_WITH_TORCH
#include <ATen/Parallel.h>
#include <torch/torch.h>
#endif

namespace {

// Inputs: uniform in [-8, 8], the range where activations live and every
// branch of every function is taken.
template <class T>
xt::xtensor<T, 1> inputs(std::size_t n)
{
    std::mt19937 gen(42);
    std::uniform_real_distribution<double> dist(-8.0, 8.0);
    xt::xtensor<T, 1> x = xt::empty<T>({n});
    for (auto& v : x) v = static_cast<T>(dist(gen));
    return x;
}

template <class T>
void account(benchmark::State& state, std::size_t n)
{
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * n));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * n * 2 * sizeof(T)));
}

// f(v) computed in double and rounded to float, behind a call that is never
// inlined: the loop around it cannot be vectorised, so this is a function's
// double code one element at a time.
template <class F>
[[gnu::noinline]] float one_at_a_time(F f, float v)
{
    return static_cast<float>(f(double(v)));
}

// Every function of the registry and its derivative, as the benchmarks
// name them ("silu", "silu_derivative"), in the registry's order.
std::vector<std::string> act_names()
{
    std::vector<std::string> names;
    for (const act::FunctionInfo& f : act::registry) {
        names.emplace_back(f.name);
        names.push_back(std::string(f.name) + "_derivative");
    }
    return names;
}

[[maybe_unused]] bool is_act_name(const std::string& name)
{
    const std::vector<std::string> names = act_names();
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The lazy expression of A (an activation object: act::silu's type, say)
// evaluated through its double code, one element per call.
template <class A, class E>
auto one_at_a_time_lazy(const E& x)
{
    return act::detail::elementwise(
        [](float v) ACT_INLINE_LAMBDA { return one_at_a_time([](double w) { return A{}(w); }, v); }, x);
}

// Whether a function gets a "scalar" twin: the chapter's table of vector
// kernels (bench_kernels.csv) is about the functions of its deep dive "The
// kernels of the other functions"; the ReLU family (no arithmetic to
// vectorise), the sigmoid and softplus come before it. A new function gets
// one.
bool has_scalar_twin(std::string_view name)
{
    for (std::string_view earlier : {"relu", "leaky_relu", "sigmoid", "softplus"})
        if (name == earlier) return false;
    return true;
}

// [listing:bench-act]
template <class T, class F>
void bench_act(benchmark::State& state, F f)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const xt::xtensor<T, 1> x = inputs<T>(n);
    // Touched: no page faults in the timing.
    xt::xtensor<T, 1> y = xt::zeros<T>({n});
    for (auto _ : state) {
        xt::noalias(y) = f(x);  // the lazy expression, evaluated into y
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    account<T>(state, n);
}
// [/listing:bench-act]

template <class T>
void bench_copy(benchmark::State& state)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    const xt::xtensor<T, 1> x = inputs<T>(n);
    xt::xtensor<T, 1> y = xt::zeros<T>({n});
    for (auto _ : state) {
        std::memcpy(y.data(), x.data(), n * sizeof(T));
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    account<T>(state, n);
}

// Softmax and log-softmax (chapter "Softmax and log-softmax"): vector
// functions, not in the registry, timed on n / 1024 rows of 1024 logits
// along the last axis. The library and libtorch both return a new array, so
// both timings include its allocation.
constexpr std::int64_t softmax_row = 1024;

// [listing:bench-softmax]
template <class T, class F>
void bench_rows(benchmark::State& state, F f)
{
    const auto n = static_cast<std::size_t>(state.range(0));
    xt::xarray<T> x = inputs<T>(n);
    x.reshape({n / softmax_row, std::size_t(softmax_row)});
    for (auto _ : state) {
        xt::xarray<T> y = f(x);  // e.g. act::softmax(x), along the last axis
        benchmark::DoNotOptimize(y.data());
        benchmark::ClobberMemory();
    }
    account<T>(state, n);
}
// [/listing:bench-softmax]

#ifdef ACT_BENCH_WITH_TORCH
template <class T>
void bench_torch(benchmark::State& state,
                 void (*op)(at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&))
{
    at::set_num_threads(1);
    const auto n = static_cast<std::int64_t>(state.range(0));
    const auto dtype = std::is_same_v<T, float> ? at::kFloat : at::kDouble;
    xt::xtensor<T, 1> xs = inputs<T>(static_cast<std::size_t>(n));
    at::Tensor x = at::from_blob(xs.data(), {n}, at::TensorOptions().dtype(dtype));
    at::Tensor y = at::zeros({n}, at::TensorOptions().dtype(dtype));
    // What a backward kernel needs besides x: the incoming gradient (ones)
    // and, for sigmoid, a buffer for the forward output. Prepared outside
    // the timing.
    at::Tensor forward = at::sigmoid(x);  // not const: sigmoid_derivative writes into it
    const at::Tensor ones = at::ones_like(x);
    for (auto _ : state) {
        op(y, x, forward, ones);
        benchmark::DoNotOptimize(y.data_ptr());
        benchmark::ClobberMemory();
    }
    account<T>(state, static_cast<std::size_t>(n));
}

// libtorch picks its kernels once, from ATEN_CPU_CAPABILITY if set.
std::string capability()
{
    const char* env = std::getenv("ATEN_CPU_CAPABILITY");
    return env && *env ? env : "default";
}

// libtorch's softmax or log_softmax along the last dimension of the same rows.
template <class T>
void bench_torch_rows(benchmark::State& state, at::Tensor (*op)(const at::Tensor&))
{
    at::set_num_threads(1);
    const auto n = static_cast<std::int64_t>(state.range(0));
    const auto dtype = std::is_same_v<T, float> ? at::kFloat : at::kDouble;
    xt::xtensor<T, 1> xs = inputs<T>(static_cast<std::size_t>(n));
    at::Tensor x = at::from_blob(xs.data(), {n / softmax_row, softmax_row}, at::TensorOptions().dtype(dtype));
    for (auto _ : state) {
        at::Tensor y = op(x);
        benchmark::DoNotOptimize(y.data_ptr());
        benchmark::ClobberMemory();
    }
    account<T>(state, static_cast<std::size_t>(n));
}
#endif

template <class T>
void register_all(const std::vector<std::int64_t>& sizes)
{
    const std::string type = std::is_same_v<T, float> ? "float" : "double";
    auto add = [&](const std::string& who, const std::string& fn, auto body) {
        for (std::int64_t n : sizes)
            benchmark::RegisterBenchmark((who + "/" + fn + "/" + type).c_str(), body)
                ->Arg(n)
                ->MinWarmUpTime(n > 100000 ? 0.1 : 0.01)  // first touches, frequency ramp-up
                ->UseRealTime();
    };
    add("copy", "memcpy", [](benchmark::State& s) { bench_copy<T>(s); });
    // Every function of the registry and its derivative, at the default
    // parameters.
    act::functions::for_each([&](auto f) {
        using F = decltype(f);
        add("act", std::string(F::about.name), [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) { return act::activation<F>{}(x); });
        });
        add("act", std::string(F::about.name) + "_derivative", [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) { return act::activation<F, act::Part::derivative>{}(x); });
        });
    });
    // For comparison, float arrays through the double code of the same
    // functions, one element per call (one_at_a_time): what the library
    // would cost without vector code.
    if constexpr (std::is_same_v<T, float>) {
        act::functions::for_each([&](auto f) {
            using F = decltype(f);
            if (!has_scalar_twin(F::about.name)) return;
            add("scalar", std::string(F::about.name), [](benchmark::State& s) {
                bench_act<T>(s, [](const auto& x) { return one_at_a_time_lazy<act::activation<F>>(x); });
            });
            add("scalar", std::string(F::about.name) + "_derivative", [](benchmark::State& s) {
                bench_act<T>(s, [](const auto& x) {
                    return one_at_a_time_lazy<act::activation<F, act::Part::derivative>>(x);
                });
            });
        });
        // Two sigmoids in float arithmetic, 16 lanes under AVX-512 (see
        // float_lanes.hpp): how fast the library's sigmoid could be, with
        // and without its accuracy.
        add("float-plain", "sigmoid", [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) { return act::detail::elementwise([](float v) ACT_INLINE_LAMBDA { return lanes::sigmoid_plain(v); }, x); });
        });
        add("float-compensated", "sigmoid", [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) { return act::detail::elementwise([](float v) ACT_INLINE_LAMBDA { return lanes::sigmoid_compensated(v); }, x); });
        });
        // The library's sigmoid without the division and the selects: its
        // exponential alone, in double lanes.
        add("double-exp", "sigmoid", [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) { return act::detail::elementwise([](float v) ACT_INLINE_LAMBDA { return lanes::exp_minus_abs_in_double(v); }, x); });
        });
        // B-SiLU as the textbook writes it, (x + alpha) / (1 + e^-x) - alpha/2,
        // in float arithmetic with xtensor's exp, at the default alpha: what
        // the library's form costs against the formula it replaces (chapter
        // "B-SiLU").
        // [listing:bench-textbook]
        add("textbook", "bsilu", [](benchmark::State& s) {
            bench_act<T>(s, [](const auto& x) {
                constexpr float a = static_cast<float>(act::BSiLU::parameters[0].default_value);
                return (x + a) / (1.0f + xt::exp(-x)) - a / 2;
            });
        });
        // [/listing:bench-textbook]
        add("vector", "softmax", [](benchmark::State& s) {
            bench_rows<T>(s, [](const auto& x) { return act::softmax(x); });
        });
        add("vector", "log_softmax", [](benchmark::State& s) {
            bench_rows<T>(s, [](const auto& x) { return act::log_softmax(x); });
        });
    }

#ifdef ACT_BENCH_WITH_TORCH
    const std::string who = "libtorch-" + capability();
    using Op = void (*)(at::Tensor&, const at::Tensor&, const at::Tensor&, const at::Tensor&);
    const double sl = act::selu_scale, sa = act::selu_alpha;
    (void)sl;
    (void)sa;
    // [listing:bench-torch]
    // y = f(x); s: a buffer for the forward output; g: the incoming gradient
    using Tn = at::Tensor;
    const std::map<std::string, Op> ops = {
        {"relu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::clamp_min_out(y, x, 0);
         }},
        {"relu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::threshold_backward_out(y, g, x, 0);
         }},
        {"leaky_relu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::leaky_relu_out(y, x, 0.01);
         }},
        {"leaky_relu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::leaky_relu_backward_out(y, g, x, 0.01, false);
         }},
        {"sigmoid", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::sigmoid_out(y, x);
         }},
        {"sigmoid_derivative", [](Tn& y, const Tn& x, const Tn& s, const Tn& g) {
             // From x, like act's: the forward output first (into a buffer
             // allocated outside the timing), then the backward kernel.
             at::sigmoid_out(const_cast<Tn&>(s), x);
             at::sigmoid_backward_out(y, g, s);
         }},
        {"tanh", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::tanh_out(y, x);
         }},
        {"tanh_derivative", [](Tn& y, const Tn& x, const Tn& s, const Tn& g) {
             // From x, like act's: tanh_backward takes the forward output.
             at::tanh_out(const_cast<Tn&>(s), x);
             at::tanh_backward_out(y, g, s);
         }},
        {"hardtanh", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::hardtanh_out(y, x, -1, 1);
         }},
        {"hardtanh_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::hardtanh_backward_out(y, g, x, -1, 1);
         }},
        {"softplus", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::softplus_out(y, x, 1, 20);
         }},
        {"softplus_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::softplus_backward_out(y, g, x, 1, 20);
         }},
        {"silu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::silu_out(y, x);
         }},
        {"silu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::silu_backward_out(y, g, x);
         }},
        {"bsilu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             // The article's composite of operators.
             at::sub_out(y, (x + 1.67) * at::sigmoid(x), 1.67 / 2);
         }},
        {"elu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::elu_out(y, x, 1.0, 1.0, 1.0);
         }},
        {"elu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::elu_backward_out(y, g, 1.0, 1.0, 1.0, false, x);
         }},
        {"selu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             // What torch.selu runs.
             at::elu_out(y, x, act::selu_alpha, act::selu_scale, 1.0);
         }},
        {"selu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::elu_backward_out(y, g, act::selu_alpha, act::selu_scale, 1.0, false, x);
         }},
        {"gelu", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::gelu_out(y, x, "none");
         }},
        {"gelu_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::gelu_backward_out(y, g, x, "none");
         }},
        {"gelu_tanh", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::gelu_out(y, x, "tanh");
         }},
        {"gelu_tanh_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::gelu_backward_out(y, g, x, "tanh");
         }},
        {"mish", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::mish_out(y, x);
         }},
        {"mish_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             y.copy_(at::mish_backward(g, x));
         }},
        {"relu6", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::hardtanh_out(y, x, 0, 6);  // what at::relu6 runs
         }},
        {"relu6_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::hardtanh_backward_out(y, g, x, 0, 6);
         }},
        {"hardsigmoid", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::hardsigmoid_out(y, x);
         }},
        {"hardsigmoid_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::hardsigmoid_backward_out(y, g, x);
         }},
        {"hardswish", [](Tn& y, const Tn& x, const Tn&, const Tn&) {
             at::hardswish_out(y, x);
         }},
        {"hardswish_derivative", [](Tn& y, const Tn& x, const Tn&, const Tn& g) {
             at::hardswish_backward_out(y, g, x);
         }},
    };
    // [/listing:bench-torch]
    for (const auto& entry : ops)
        if (!is_act_name(entry.first)) {  // a misspelt name would never be timed
            std::fprintf(stderr, "bench: '%s' is no function of act::registry\n", entry.first.c_str());
            std::exit(1);
        }
    for (const std::string& fn : act_names()) {  // in the registry's order
        const auto op = ops.find(fn);
        if (op == ops.end()) continue;  // no libtorch counterpart
        const Op o = op->second;
        add(who, fn, [o](benchmark::State& s) { bench_torch<T>(s, o); });
    }
    if constexpr (std::is_same_v<T, float>) {
        add(who, "softmax", [](benchmark::State& s) {
            bench_torch_rows<T>(s, [](const at::Tensor& x) { return at::softmax(x, -1); });
        });
        add(who, "log_softmax", [](benchmark::State& s) {
            bench_torch_rows<T>(s, [](const at::Tensor& x) { return at::log_softmax(x, -1); });
        });
    }
#endif
}

// The processor, as /proc/cpuinfo names it ("AMD EPYC (family 26, model
// 2)"): libtorch's float kernels and the library's double lanes gain
// differently from one microarchitecture to the next, so the tables say
// which one they come from. "unknown" where there is no /proc/cpuinfo.
std::string cpu_model()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line, name, family, model;
    auto value = [&line] {
        const std::size_t v = line.find_first_not_of(" \t", line.find(':') + 1);
        return v == std::string::npos ? std::string() : line.substr(v);
    };
    while (std::getline(in, line) && line.find(':') != std::string::npos) {
        if (name.empty() && line.rfind("model name", 0) == 0) name = value();
        if (family.empty() && line.rfind("cpu family", 0) == 0) family = value();
        if (model.empty() && line.rfind("model\t", 0) == 0) model = value();
    }
    if (name.empty()) return "unknown";
    return family.empty() ? name : name + " (family " + family + ", model " + model + ")";
}

}  // namespace

int main(int argc, char** argv)
{
    // --sizes small: only the in-cache size (the CTest smoke run).
    std::vector<std::int64_t> sizes = {4096, std::int64_t(1) << 24};
    std::vector<char*> args;
    for (int i = 0; i < argc; ++i) {
        if (std::string(argv[i]) == "--sizes=small") {
            sizes = {4096};
            continue;
        }
        args.push_back(argv[i]);
    }
    int n = static_cast<int>(args.size());
    benchmark::Initialize(&n, args.data());
    if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;
    register_all<float>(sizes);
    register_all<double>(sizes);
#ifdef ACT_BENCH_WITH_TORCH
    benchmark::AddCustomContext("libtorch_capability", capability());
#endif
#ifdef ACT_BENCH_FLAGS
    benchmark::AddCustomContext("act_flags", ACT_BENCH_FLAGS);
#endif
    benchmark::AddCustomContext("cpu_model", cpu_model());
    // The functions, in the registry's order, for bench_table.py (the
    // benchmarks themselves may run in random order).
    std::string functions;
    for (const std::string& fn : act_names()) functions += (functions.empty() ? "" : ",") + fn;
    benchmark::AddCustomContext("act_functions", functions);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
