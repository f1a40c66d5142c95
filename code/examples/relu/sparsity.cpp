// How sparse is ReLU's output? For standard-normal pre-activations half of
// the outputs should be exactly 0; measured here, with the moments that
// motivate He initialisation.
#include <cmath>
#include <cstdio>
#include <cstdint>
#include <random>

#include <xtensor/xmath.hpp>
#include <xtensor/xoperation.hpp>
#include <xtensor/xtensor.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("sparsity", "Fraction of zeros of ReLU and LeakyReLU on standard-normal inputs.");
    const long& n = program.integer_option("samples", 1000000, 1, 100000000, "number of standard-normal inputs");
    const long& seed = program.integer_option("seed", 2024, 0, 2147483647, "seed of the random generator (mt19937_64)");
    program.parse(argc, argv);

    std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
    std::normal_distribution<double> normal(0.0, 1.0);
    xt::xtensor<double, 1> z = xt::empty<double>({static_cast<std::size_t>(n)});
    for (auto& v : z) v = normal(rng);

    // [listing:sparsity]
    const xt::xtensor<double, 1> y = act::relu(z);
    auto fraction = [](auto&& mask) { return xt::mean(xt::cast<double>(mask))(); };
    // exact: 1/2
    const double zero_fraction = fraction(xt::equal(y, 0.0));
    // exact: 1/2
    const double zero_gradients = fraction(xt::equal(act::relu_derivative(z), 0.0));
    // only z == 0
    const double leaky_zeros = fraction(xt::equal(act::leaky_relu(z), 0.0));
    const double mean = xt::mean(y)();                   // exact: exercise 4
    const double second_moment = xt::mean(y * y)();      // exact: 1/2
    // [/listing:sparsity]

    // The count of zeros is binomial(n, 1/2): standard deviation of the fraction 1/(2 sqrt n).
    const double standard_error = 0.5 / std::sqrt(double(n));
    const double deviations = (zero_fraction - 0.5) / standard_error;
    std::printf("%ld standard-normal inputs (seed %ld)\n", n, seed);
    std::printf("fraction of relu(z) == 0        : %.6f  (exact 0.5, standard error %.2g: %+.2f sigma)\n",
                zero_fraction, standard_error, deviations);
    std::printf("fraction of relu'(z) == 0       : %.6f\n", zero_gradients);
    std::printf("fraction of leaky_relu(z) == 0  : %.6f\n", leaky_zeros);
    std::printf("mean of relu(z)                 : %.6f  (its exact value: exercise 4)\n", mean);
    std::printf("mean of relu(z)^2               : %.6f  (exact 0.5)\n", second_moment);

    program.value("samples", double(n), 8);
    program.value({{"zero_fraction", zero_fraction}, {"zero_gradients", zero_gradients}, {"leaky_zeros", leaky_zeros}},
                  6);
    program.value({{"standard_error", standard_error}, {"deviations", deviations}}, 2);
    program.value({{"mean", mean}, {"second_moment", second_moment}}, 5);
    return 0;
}
