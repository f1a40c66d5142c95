// What B-SiLU costs next to ReLU: nanoseconds per element over a large float
// array, the best of several runs. A measurement, not a benchmark suite:
// the figures depend on the machine and the build, and no test asserts them.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xnoalias.hpp>

#include "act/bsilu.hpp"
#include "act/nelu.hpp"
#include "act/silu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("cost", "ns per element of ReLU, SiLU and B-SiLU on a float array.");
    program.option("n", "1000000", "number of elements")
        .option("repeats", "7", "runs per function (the fastest counts)");
    program.parse(argc, argv);
    const auto n = static_cast<std::size_t>(program.integer("n", 1000, 100000000));
    const auto repeats = static_cast<int>(program.integer("repeats", 1, 1000));

    const xt::xarray<float> x = xt::linspace(-8.0f, 8.0f, n);
    xt::xarray<float> y = xt::zeros<float>({n});
    const float a = 1.67f;

    // [listing:timed]
    using listing::best_ns_per_element;
    const double relu = best_ns_per_element(
        [&] { xt::noalias(y) = xt::maximum(x, 0.0f); }, n, repeats);
    const double silu = best_ns_per_element(
        [&] { xt::noalias(y) = act::silu(x); }, n, repeats);
    const double bsilu = best_ns_per_element(
        [&] { xt::noalias(y) = act::bsilu(x); }, n, repeats);
    const double textbook = best_ns_per_element(
        [&] { xt::noalias(y) = (x + a) / (1.0f + xt::exp(-x)) - a / 2; }, n, repeats);
    const double derivative = best_ns_per_element(
        [&] { xt::noalias(y) = act::bsilu_derivative(x); }, n, repeats);
    // [/listing:timed]
    const double nelu = best_ns_per_element([&] { xt::noalias(y) = act::nelu_derivative(x); }, n, repeats);

    std::printf("%-34s %8s %8s\n", "function (float, n elements)", "ns/elem", "x ReLU");
    const std::vector<std::pair<std::string, double>> rows = {
        {"relu: max(x, 0)", relu},
        {"act::silu", silu},
        {"act::bsilu", bsilu},
        {"textbook B-SiLU in float", textbook},
        {"act::bsilu_derivative", derivative},
        {"act::nelu_derivative", nelu}};
    for (const auto& [name, t] : rows) std::printf("%-34s %8.3g %8.3g\n", name.c_str(), t, t / relu);
    program.value("relu_ns", relu, 2);
    program.value("bsilu_ns", bsilu, 2);
    program.value("bsilu_ratio", bsilu / relu, 3);
    program.value("textbook_ns", textbook, 2);
    program.value("derivative_ns", derivative, 2);
    program.value("silu_ns", silu, 2);
    program.value("nelu_derivative_ns", nelu, 2);
    program.value("flags", listing::timing_flags());
    std::printf("(checksum %g)\n", double(xt::sum(y)()));
    return 0;
}
