// Runs the solutions of the softmax chapter's exercises.
#include <cmath>
#include <cstdio>
#include <vector>

#include <xtensor/xarray.hpp>

#include "act/sigmoid.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The softmax chapter's exercise solutions at work.", argc, argv);

    const exercises::Matrix2 j = exercises::two_class_jacobian(1.5, -0.5);
    std::printf("1. Jacobian at (a, b) = (1.5, -0.5): [[%.9f, %.9f], [%.9f, %.9f]]\n", j[0][0], j[0][1], j[1][0],
                j[1][1]);
    program.value("jacobian_entry", j[0][0], 6);

    const std::vector<double> x = {3.0, 1.0, -2.0, 0.5};
    const double lse = exercises::logsumexp(x);
    std::printf("2. lse(3, 1, -2, 0.5) = %.9f, between max = 3 and max + log 4 = %.9f\n", lse, 3 + std::log(4.0));
    program.value("lse", lse, 6);
    const std::vector<double> equal = {2.0, 2.0, 2.0, 2.0};
    std::printf("   four equal inputs 2: lse = %.9f = 2 + log 4 (the upper bound is reached)\n",
                exercises::logsumexp(equal));

    const xt::xarray<double> logits = {2.0, 1.0, 0.0};
    const double t = exercises::temperature_for_half(logits, 0.01, 100.0);
    std::printf("3. softmax([2, 1, 0] / t): the largest probability is 1/2 at t = %.9f (%.9f there)\n", t,
                exercises::largest_probability(logits, t));
    program.value("temperature_half", t, 6);
    return 0;
}
