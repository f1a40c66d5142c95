// Overflow: the largest float, the input from which exp overflows, and the
// special values that arithmetic produces past the finite range (infinity,
// NaN) and at zero (signed zero).
#include <cmath>
#include <cstdio>
#include <limits>

#include "listing.hpp"
#include "thresholds.hpp"

int main(int argc, char** argv)
{
    listing::Program program("overflow", "Where exp overflows, and infinity, NaN and signed zero.");
    program.parse(argc, argv);

    using F = std::numeric_limits<float>;
    // [listing:overflow]
    const float from = numbers::exp_overflows_from<float>();  // bisection
    const float below = std::nextafter(from, 0.0f);  // the float before it
    const long double log_max = std::log(static_cast<long double>(F::max()));
    std::printf("largest float:          %.9g\n", F::max());
    std::printf("exp overflows from x =  %.9g: exp(x) = %g\n", from,
                std::exp(from));
    std::printf("the float below it:     %.9g: exp(x) = %.9g\n", below,
                std::exp(below));
    std::printf("log(largest float)    = %.9Lg\n", log_max);
    // [/listing:overflow]
    program.value("float_max", F::max(), 9);
    program.threshold("float_overflow_from", from, 0.0f, [](float x) { return std::isinf(std::exp(x)); }, 9);
    program.value("float_last_finite_x", below, 9);
    program.value("float_exp_at_last_finite", std::exp(below), 9);
    program.value("float_log_max", double(log_max), 9);
    const double double_from = numbers::exp_overflows_from<double>();
    program.threshold("double_overflow_from", double_from, 0.0, [](double x) { return std::isinf(std::exp(x)); }, 17);
    program.value("double_max", std::numeric_limits<double>::max(), 6);

    // [listing:special]
    const float inf = F::infinity();
    volatile float zero = 0.0f;  // read at run time: the compiler cannot fold
    auto text = [](float v) { return listing::format(v); };  // "nan", "inf", ...
    auto yes = [](bool b) { return b ? "true" : "false"; };
    std::printf("\ninf + 1 = %g, 1 / inf = %g, 1 / 0 = %g\n", inf + 1, 1 / inf,
                1 / zero);
    std::printf("inf - inf = %s, 0 * inf = %s, 0 / 0 = %s, sqrt(-1) = %s\n",
                text(inf - inf).c_str(), text(zero * inf).c_str(),
                text(zero / zero).c_str(), text(std::sqrt(zero - 1)).c_str());
    const float nan = inf - inf;
    std::printf("NaN == NaN: %s, NaN < 1: %s, NaN > 1: %s, NaN + 1 = %s\n",
                yes(nan == nan), yes(nan < 1), yes(nan > 1), text(nan + 1).c_str());
    volatile float minus_zero = -zero;
    std::printf("-0 == +0: %s, 1 / -0 = %g, signbit(-0) = %d\n",
                yes(minus_zero == zero), 1 / minus_zero,
                int(std::signbit(minus_zero)));
    // [/listing:special]
    program.value("nan_equals_nan", nan == nan ? "true" : "false");
    program.value("one_over_minus_zero", 1 / minus_zero, 3);
    return 0;
}
