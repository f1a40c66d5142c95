// The gaps between neighbouring floats and doubles: machine epsilon, and the
// unit in the last place (ULP) at several magnitudes, from std::nextafter.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "listing.hpp"

namespace {

// [listing:gap]
// The gap from x to the next representable number above it.
template <class T>
T gap_above(T x)
{
    return std::nextafter(x, std::numeric_limits<T>::infinity()) - x;
}
// [/listing:gap]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("spacing", "Machine epsilon and the gap between neighbouring numbers.");
    program.parse(argc, argv);

    // [listing:epsilon]
    const float eps_float = gap_above(1.0f);  // the float after 1, minus 1
    const double eps_double = gap_above(1.0);
    std::printf("float:  epsilon = %.9g = 2^%g (numeric_limits: %.9g)\n",
                eps_float, std::log2(eps_float),
                std::numeric_limits<float>::epsilon());
    std::printf("double: epsilon = %.17g = 2^%g (numeric_limits: %.17g)\n",
                eps_double, std::log2(eps_double),
                std::numeric_limits<double>::epsilon());
    // [/listing:epsilon]
    program.value("float_epsilon", eps_float, 9);
    program.value("float_epsilon_log2", std::log2(eps_float), 3);
    program.value("double_epsilon", eps_double, 17);
    program.value("double_epsilon_log2", std::log2(eps_double), 3);

    std::printf("\n%12s %16s %16s %16s\n", "x", "gap in float", "gap/x", "gap in double");
    std::vector<std::vector<std::string>> rows;
    for (double x : {1e-3, 0.1, 1.0, 1.5, 2.0, 1e3, 1e6, 16777216.0, 1e10, 1e30}) {
        const float gf = gap_above(float(x));
        const double gd = gap_above(x);
        std::printf("%12g %16.9g %16.3g %16.9g\n", x, gf, gf / float(x), gd);
        rows.push_back({listing::format(x, 9), listing::format(gf, 9), listing::format(gf / float(x), 3),
                        listing::format(gd, 9)});
    }
    program.table("gaps", {"x", "gap above x in float", "gap / x", "gap above x in double"}, rows);
    program.value("float_gap_at_1000", gap_above(1000.0f), 9);
    program.value("float_gap_at_1e6", gap_above(1e6f), 9);
    program.value("float_gap_at_2_24", gap_above(16777216.0f), 9);
    program.value("float_gap_at_1e30", gap_above(1e30f), 9);
    // One binade: every float in [1, 2) steps by the same gap.
    program.value("floats_in_1_2", 1.0 / gap_above(1.0f), 9);
    return 0;
}
