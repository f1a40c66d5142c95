// Runs the solutions of the exercises of "Numbers in a computer".
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "exercises.hpp"
#include "float_bits.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The exercise solutions of \"Numbers in a computer\" at work.");
    program.parse(argc, argv);

    using F = std::numeric_limits<float>;
    std::printf("1. decode(fields(x)) for a few floats:\n");
    // normal numbers near both ends of the range, a denormal, the zeros
    for (float x : {1.0f, 0.1f, -2.5f, 1.5e38f, -2.5e-38f, 5 * F::denorm_min(), 0.0f, -0.0f}) {
        const float back = exercises::decode<float>(numbers::fields(x));
        std::printf("   %-15.9g -> %-15.9g %s\n", x, back, back == x ? "same" : "DIFFERENT");
    }
    const std::uint32_t in_0_1 = exercises::floats_between(0.0f, 1.0f);
    std::printf("2. floats in [0, 1): %u of %u non-negative finite floats\n", in_0_1,
                exercises::floats_between(0.0f, F::infinity()));
    program.value("floats_in_0_1", double(in_0_1), 10);
    program.value("fraction_in_0_1",
                  100.0 * double(in_0_1) / double(exercises::floats_between(0.0f, F::infinity())), 3);

    const auto first_double = exercises::first_unrepresentable_integer<double>();
    std::printf("3. first integer a double cannot hold: %llu\n", (unsigned long long)first_double);
    program.value("first_integer_double", std::to_string(first_double));

    std::printf("4. sqrt(x^2 + 1) - x: naive, stable, long double reference\n");
    for (float x : {1.0f, 100.0f, 1e4f, 1e6f, 1e20f}) {
        const long double lx = x;
        const long double ref = 1 / (std::sqrt(lx * lx + 1) + lx);
        std::printf("   x = %-6g %-14.8g %-14.8g %.8Lg\n", double(x), exercises::gap_to_hypotenuse_naive(x),
                    exercises::gap_to_hypotenuse(x), ref);
    }
    program.value("naive_at_1e4", exercises::gap_to_hypotenuse_naive(1e4f), 8);
    program.value("stable_at_1e4", exercises::gap_to_hypotenuse(1e4f), 8);
    return 0;
}
