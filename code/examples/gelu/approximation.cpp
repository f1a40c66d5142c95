// How far the tanh approximation of GELU is from GELU: the largest absolute
// difference of the values and of the slopes, where each is (refined by
// bisection on where the difference stops growing), the relative difference,
// and where on the left it passes 1 %. Writes the error curve for the figure.
#include <cmath>
#include <cstdio>

#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>
#include <xtensor/xmath.hpp>
#include <xtensor/xsort.hpp>

#include "act/gelu.hpp"
#include "listing.hpp"

namespace {

// [listing:gap]
// The gap between the two forms and its slope, in double (both within a few
// double ULPs of the truth, so the gap is measured to about 12 digits).
double gap(double x) { return act::gelu_tanh(x) - act::gelu(x); }
double gap_slope(double x)
{
    return act::gelu_tanh_derivative(x) - act::gelu_derivative(x);
}
double relative_gap(double x) { return gap(x) / act::gelu(x); }
// [/listing:gap]

// Where |g| peaks between the grid points a < b around a grid maximum: the
// root of g' there, by bisection on its sign.
template <class G>
double peak(G slope, double a, double b)
{
    const bool rising_at_a = slope(a) > 0;
    return listing::first_true(a, b, [&](double x) { return (slope(x) > 0) != rising_at_a; });
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("approximation", "The error of GELU's tanh approximation.", {-6, 6, 1201}, argc, argv);

    const xt::xarray<double> x = program.grid(100000);
    const xt::xarray<double> g = act::gelu_tanh(x) - act::gelu(x);
    const xt::xarray<double> ds = act::gelu_tanh_derivative(x) - act::gelu_derivative(x);
    program.csv("error", {"x", "value_gap", "slope_gap"}, {listing::column(x), listing::column(g), listing::column(ds)});

    // The gap is even (both forms satisfy f(x) - f(-x) = x): search x > 0.
    const double h = 1e-3;
    const xt::xarray<double> fine = xt::arange(h, 10.0, h);
    const std::size_t i = xt::argmax(xt::abs(act::gelu_tanh(fine) - act::gelu(fine)))();
    const double at = peak(gap_slope, fine(i) - h, fine(i) + h);
    const std::size_t j = xt::argmax(xt::abs(act::gelu_tanh_derivative(fine) - act::gelu_derivative(fine)))();
    // the slope gap peaks where its own slope, the gap's second derivative, vanishes
    const auto slope_of_slope_gap = [](double t) { return (gap_slope(t + 1e-6) - gap_slope(t - 1e-6)) / 2e-6; };
    const double at_slope = peak(slope_of_slope_gap, fine(j) - h, fine(j) + h);
    const double ulp_there = std::nextafter(float(act::gelu(at)), 10.0f) - float(act::gelu(at));

    std::printf("largest |tanh form - GELU|  : %.4g at x = +-%.6g (%.0f float ULPs of GELU there)\n",
                std::fabs(gap(at)), at, std::fabs(gap(at)) / ulp_there);
    std::printf("largest |slope difference|  : %.4g at x = +-%.6g\n", std::fabs(gap_slope(at_slope)), at_slope);
    program.value("max_abs_gap", std::fabs(gap(at)), 3);
    program.value("max_abs_gap_at", at, 4);
    program.value("max_abs_gap_float_ulps", std::round(std::fabs(gap(at)) / ulp_there), 4);
    program.value("max_slope_gap", std::fabs(gap_slope(at_slope)), 3);
    program.value("max_slope_gap_at", at_slope, 4);

    // Relative to GELU: small on the right, large on the far left, where
    // GELU ~ x Phi(x) decays like e^(-x^2/2) and the approximation like
    // e^(-0.0714 |x|^3).
    const xt::xarray<double> right = xt::arange(h, 10.0, h);
    const std::size_t k = xt::argmax(xt::abs(act::gelu_tanh(right) / act::gelu(right) - 1.0))();
    std::printf("largest relative gap, x > 0 : %.3g (grid of step %g, at x = %.4g)\n",
                std::fabs(relative_gap(right(k))), h, right(k));
    program.value("max_relative_gap_right", std::fabs(relative_gap(right(k))), 2);
    program.value("max_relative_gap_right_at", right(k), 3);

    // [listing:one-percent]
    // From here leftwards the approximation is off by more than 1 % of GELU.
    const auto within = [](double t) { return std::fabs(relative_gap(t)) <= 0.01; };
    const double one_percent = listing::first_true(-6.0, -1.0, within);
    // [/listing:one-percent]
    program.threshold("one_percent_from", one_percent, -6.0, within, 4);
    for (double t : {-4.0, -6.0}) {
        std::printf("at x = %g: GELU %.3g, tanh form %.3g, relative gap %.3g\n", t, act::gelu(t),
                    act::gelu_tanh(t), relative_gap(t));
        program.value("relative_gap_at_" + listing::format(t), relative_gap(t), 2);
        program.value("gelu_at_" + listing::format(t), act::gelu(t), 2);
    }
    std::printf("relative gap above 1 %% for x < %.6g\n", one_percent);
    return 0;
}
