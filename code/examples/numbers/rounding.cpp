// Rounding to nearest, ties to even: what happens to numbers a format cannot
// hold, and why 0.1 + 0.2 is not 0.3 in double.
#include <cmath>
#include <cstdio>

#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("rounding", "Rounding to nearest, ties to even, in float and double.");
    program.parse(argc, argv);

    // [listing:ties]
    // From 2^24 = 16777216 on, floats are 2 apart: odd integers are exactly
    // half-way between two floats, and the tie goes to the even neighbour
    // (the one whose last fraction bit is 0).
    for (int k = 0; k <= 5; ++k) {
        const double n = 16777216.0 + k;        // 2^24 + k, exact in double
        const float f = static_cast<float>(n);  // rounded to float, once
        std::printf("%.0f -> %.0f%s\n", n, double(f),
                    double(f) == n ? "" : "  (rounded)");
    }
    // [/listing:ties]
    program.value("tie_17", double(static_cast<float>(16777217.0)), 9);
    program.value("tie_19", double(static_cast<float>(16777219.0)), 9);
    program.value("tie_21", double(static_cast<float>(16777221.0)), 9);

    // [listing:tenth]
    const double a = 0.1, b = 0.2, c = 0.3;  // each rounded to a double
    const double sum = a + b;  // the exact sum of those, rounded again
    std::printf("\n0.1 + 0.2 = %.17g\n0.3       = %.17g\nequal: %s\n", sum, c,
                sum == c ? "yes" : "no");
    // [/listing:tenth]
    program.value("sum_17", sum, 17);
    program.value("three_tenths_17", c, 17);
    program.value("sum_equals", sum == c ? "yes" : "no");
    // The two results are neighbours: one gap of double apart.
    program.value("sum_gaps_apart", (sum - c) / (std::nextafter(c, 1.0) - c), 3);
    return 0;
}
