// Runs the solutions of the ReLU chapter's exercises on a few inputs.
#include <cmath>
#include <cstdio>
#include <limits>

#include "act/relu.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The ReLU chapter's exercise solutions at work.", argc, argv);

    using L = std::numeric_limits<double>;
    std::printf("1. (x + |x|)/2 and x/2 + |x|/2 against act::relu:\n");
    for (double x : {-1.0, 3.0, L::max() / 2, L::max(), L::denorm_min()}) {
        std::printf("   x = %-12g (x+|x|)/2 = %-12g x/2+|x|/2 = %-12g act::relu = %g\n", x,
                    exercises::relu_via_abs(x), exercises::relu_via_halves(x), act::relu(x));
    }
    std::printf("2. max(x, a x) against act::leaky_relu(x, a) at x = -2:\n");
    for (double a : {0.01, 0.5, 1.0, 2.0}) {
        std::printf("   a = %-4g max form = %-6g leaky_relu = %g\n", a, exercises::leaky_relu_via_max(-2.0, a),
                    act::leaky_relu(-2.0, a));
    }
    std::printf("3. dead on [0, 2]? (w, b) = (3, 2): %s, (-0.8333, -1): %s, (-1, 1.5): %s\n",
                exercises::is_dead(3, 2, 0, 2) ? "yes" : "no", exercises::is_dead(-0.8333, -1, 0, 2) ? "yes" : "no",
                exercises::is_dead(-1, 1.5, 0, 2) ? "yes" : "no");
    const double pi = std::acos(-1.0);
    const double m1 = exercises::relu_normal_moment(1), m2 = exercises::relu_normal_moment(2);
    std::printf("4. E[relu(Z)] = %.12f (1/sqrt(2 pi) = %.12f), E[relu(Z)^2] = %.12f\n", m1,
                1 / std::sqrt(2 * pi), m2);
    program.value("moment1", m1, 10);
    program.value("moment2", m2, 10);
    return 0;
}
