// NeLU from its definition: integrate the slope the paper defines, from 0 to
// x, with Simpson's rule, and compare with the closed form alpha x^2/(1+x^2)
// of act::nelu; then differentiate act::nelu numerically and compare with
// act::nelu_derivative.
#include <cmath>
#include <cstdio>
#include <vector>

#include "act/nelu.hpp"
#include "listing.hpp"

namespace {

// [listing:simpson]
// integral from 0 to x of f, by Simpson's rule on n (even) panels
template <class F>
double simpson(F f, double x, int n)
{
    const double h = x / n;
    double sum = f(0.0) + f(x);
    for (int i = 1; i < n; ++i) sum += (i % 2 == 1 ? 4.0 : 2.0) * f(i * h);
    return sum * h / 3.0;
}
// [/listing:simpson]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("antiderivative", "NeLU as the integral of its slope, and back.");
    const double& alpha =
        program.number_option("alpha", act::NeLU::parameters[0].default_value, 0, 10, "the scale alpha");
    const long& panels = program.integer_option("panels", 2000, 2, 10000000, "Simpson panels (even)");
    program.parse(argc, argv);
    if (panels % 2 != 0) program.fail("--panels must be even");

    auto slope = [alpha](double t) { return act::nelu_derivative(t, alpha); };
    std::printf("%8s %22s %22s %12s %14s\n", "x", "integral of the slope", "act::nelu", "difference",
                "paper's form");
    std::vector<double> col_x, col_int, col_nelu, col_paper;
    double worst = 0;
    for (double x : {-0.25, -0.5, -1.0, -2.0, -4.0, -8.0, -16.0}) {
        const double integral = simpson(slope, x, static_cast<int>(panels));
        const double closed = act::nelu(x, alpha);
        const double paper = -alpha / (1 + x * x);  // the paper's antiderivative
        std::printf("%8g %22.17g %22.17g %12.3g %14.9g\n", x, integral, closed, integral - closed, paper);
        col_x.push_back(x);
        col_int.push_back(integral);
        col_nelu.push_back(closed);
        col_paper.push_back(paper);
        worst = std::max(worst, std::fabs(integral - closed));
    }
    program.csv("integral", {"x", "Simpson integral of nelu'", "act::nelu", "-alpha/(1+x^2)"},
                {col_x, col_int, col_nelu, col_paper});
    program.value("worst_integral_gap", worst, 2);

    // [listing:finite-difference]
    double worst_fd = 0;
    const double h = 1e-5;
    for (double x = -10; x <= 10; x += 0.01) {
        if (std::fabs(x) < 2 * h) continue;  // the kink at 0
        const double fd = (act::nelu(x + h, alpha) - act::nelu(x - h, alpha)) / (2 * h);
        worst_fd = std::max(worst_fd, std::fabs(fd - act::nelu_derivative(x, alpha)));
    }
    // [/listing:finite-difference]
    std::printf("largest |central difference - act::nelu_derivative| on [-10, 10]: %.3g\n", worst_fd);
    std::printf("jump of the paper's form at 0: %g - (%g) = %g\n", 0.0, -alpha, alpha);
    program.value("worst_fd_gap", worst_fd, 2);
    return 0;
}
