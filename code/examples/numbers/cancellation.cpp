// Cancellation: exp(x) - 1, log(1 + x) and 1 - cos(x) for small float x,
// against std::expm1, std::log1p and 2 sin^2(x/2), with every error measured
// in ULPs the way the chapter "Accuracy and speed" measures them.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "../accuracy/study.hpp"
#include "listing.hpp"

namespace {

// The error in float ULPs of y against a long double reference r.
double error_ulp(float y, long double r)
{
    const double hi = static_cast<double>(r);
    return study::ulp_error<float>(y, hi, static_cast<double>(r - hi));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("cancellation", "exp(x) - 1, log(1 + x) and 1 - cos(x) against their stable forms.");
    program.parse(argc, argv);

    std::printf("errors in float ULPs\n%8s %11s %11s %11s %11s %11s %11s\n", "x", "exp(x)-1", "expm1(x)",
                "log(1+x)", "log1p(x)", "1-cos(x)", "2sin^2(x/2)");
    std::vector<std::vector<std::string>> rows;
    for (float x : {1e-1f, 1e-2f, 1e-3f, 1e-4f, 1e-5f, 1e-6f, 1e-7f}) {
        // [listing:forms]
        const float exp_minus_one = std::exp(x) - 1.0f;  // cancels
        const float via_expm1 = std::expm1(x);           // does not
        const float log_one_plus = std::log(1.0f + x);   // 1 + x is rounded
        const float via_log1p = std::log1p(x);           // does not round it
        const float one_minus_cos = 1.0f - std::cos(x);  // cancels
        const float s = std::sin(x / 2);
        const float half_angle = 2.0f * s * s;           // does not
        // [/listing:forms]
        const long double lx = x, ls = std::sin(lx / 2);
        const double e1 = error_ulp(exp_minus_one, std::expm1(lx)), e2 = error_ulp(via_expm1, std::expm1(lx));
        const double l1 = error_ulp(log_one_plus, std::log1p(lx)), l2 = error_ulp(via_log1p, std::log1p(lx));
        const double c1 = error_ulp(one_minus_cos, 2 * ls * ls), c2 = error_ulp(half_angle, 2 * ls * ls);
        std::printf("%8.0e %11.3g %11.3g %11.3g %11.3g %11.3g %11.3g\n", double(x), e1, e2, l1, l2, c1, c2);
        rows.push_back({listing::format(x, 1), listing::format(e1, 3), listing::format(e2, 3),
                        listing::format(l1, 3), listing::format(l2, 3), listing::format(c1, 3),
                        listing::format(c2, 3)});
        const std::string key = "at_" + listing::format(x, 1);
        program.value(key + "_exp_minus_one", e1, 3);
        program.value(key + "_expm1", e2, 2);
        program.value(key + "_log_one_plus", l1, 3);
        program.value(key + "_log1p", l2, 2);
        program.value(key + "_one_minus_cos", c1, 3);
        program.value(key + "_half_angle", c2, 2);
        if (x == 1e-5f) {
            program.value("exp_at_1e-05", std::exp(x), 9);
            program.value("exp_minus_one_at_1e-05", exp_minus_one, 9);
            program.value("expm1_at_1e-05", via_expm1, 9);
        }
    }
    program.table("errors", {"x", "exp(x) - 1", "expm1(x)", "log(1 + x)", "log1p(x)", "1 - cos(x)", "2 sin²(x/2)"},
                  rows);
    program.value("one_plus_1e-08", double(1.0f + 1e-8f), 9);
    program.value("log_one_plus_1e-08", std::log(1.0f + 1e-8f), 3);
    program.value("log1p_1e-08", std::log1p(1e-8f), 9);
    return 0;
}
