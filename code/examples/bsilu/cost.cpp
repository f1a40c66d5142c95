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
    listing::Program program("cost", "ns per element of ReLU, SiLU and B-SiLU on a float array.",
                             listing::Timing{1000000, 7}, argc, argv);
    const listing::Timing timing = program.timing();

    const xt::xarray<float> x = xt::linspace(-8.0f, 8.0f, timing.elements);
    xt::xarray<float> y = xt::zeros<float>({timing.elements});
    const float a = 1.67f;

    // [listing:timed]
    const double relu = timing.ns_per_element([&] { xt::noalias(y) = xt::maximum(x, 0.0f); });
    const double silu = timing.ns_per_element([&] { xt::noalias(y) = act::silu(x); });
    const double bsilu = timing.ns_per_element([&] { xt::noalias(y) = act::bsilu(x); });
    const double textbook = timing.ns_per_element(
        [&] { xt::noalias(y) = (x + a) / (1.0f + xt::exp(-x)) - a / 2; });
    const double derivative = timing.ns_per_element(
        [&] { xt::noalias(y) = act::bsilu_derivative(x); });
    // [/listing:timed]
    const double nelu = timing.ns_per_element([&] { xt::noalias(y) = act::nelu_derivative(x); });

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
    std::printf("(checksum %g)\n", double(xt::sum(y)()));
    return 0;
}
