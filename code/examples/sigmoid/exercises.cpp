// Runs the solutions of the Sigmoid chapter's exercises on a few inputs.
#include <cmath>
#include <cstdio>

#include "act/sigmoid.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The Sigmoid chapter's exercise solutions at work.", argc, argv);

    std::printf("1. logit(sigmoid(x)) round trip:\n");
    for (double x : {-700.0, -20.0, -1.0, 0.0, 0.5, 20.0, 36.0}) {
        std::printf("   x = %6g  logit(sigmoid(x)) = %.17g\n", x, exercises::logit(act::sigmoid(x)));
    }
    std::printf("2. (1 + tanh(x/2)) / 2 against act::sigmoid:\n");
    for (double x : {-5.0, -20.0, -30.0, -40.0}) {
        const double a = exercises::sigmoid_via_tanh(x), b = act::sigmoid(x);
        std::printf("   x = %4g  tanh form = %-12.6g act::sigmoid = %-12.6g relative error %.2g\n", x, a,
                    b, std::fabs(a - b) / b);
    }
    // Where the tanh form is 0: bisected over the doubles, not stepped to.
    const auto tanh_form_zero = [](double x) { return exercises::sigmoid_via_tanh(x) == 0; };
    const double tanh_zero =
        -listing::first_true(0.0, std::numeric_limits<double>::max(), [&](double m) { return tanh_form_zero(-m); });
    program.threshold("tanh_form_zero_below", tanh_zero, 0.0, tanh_form_zero, 4);
    program.value("act_at_tanh_zero", act::sigmoid(tanh_zero), 2);
    std::printf("   the tanh form is 0 from x = %.4g on (act::sigmoid there: %.3g)\n", tanh_zero,
                act::sigmoid(tanh_zero));

    const float one = exercises::first_float_sigmoid_one();
    program.threshold("float_one_from", one, 0.0f, [](float x) { return act::sigmoid(x) == 1.0f; }, 9);
    program.value("log_2_25_minus_1", std::log(33554431.0), 9);
    std::printf("3. act::sigmoid(x) == 1.0f from x = %.9g; log(2^25 - 1) = %.9g\n", double(one),
                std::log(33554431.0));

    const double xs = exercises::steepest_slope_change();
    program.value("steepest_x", xs, 6);
    program.value("steepest_value", exercises::sigmoid_second_derivative(-xs), 6);
    std::printf("4. sigma'' peaks at x = -%.6g with value %.6g (sqrt(3)/18 = %.6g)\n", xs,
                exercises::sigmoid_second_derivative(-xs), std::sqrt(3.0) / 18);
    return 0;
}
