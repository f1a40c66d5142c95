// Runs the solutions of the SUGAR chapter's exercises.
#include <cmath>
#include <cstdio>
#include <string>

#include "mlp.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The SUGAR chapter's exercise solutions at work.", argc, argv);

    std::printf("1. y = s(x) - stop(s(x)) + stop(relu(x)) with dual numbers (s = B-SiLU):\n");
    for (double x : {-3.0, -1.5, 0.5, 2.0}) {
        const exercises::Dual y = exercises::sugar_by_stop_gradient(x);
        std::printf("   x = %4g: value %-6g slope %.15f   bsilu'(x) = %.15f\n", x, y.value, y.slope,
                    act::bsilu_derivative(x));
    }

    std::printf("2. steepest slope on (0, 10]:\n");
    for (act::Surrogate s : act::all_surrogates) {
        const exercises::Peak p = exercises::max_slope(s);
        const std::string name(s.name());
        std::printf("   %-10s %.6f at x = %.6f;  over 8 layers: %.3g\n", name.c_str(), p.slope, p.x,
                    std::pow(p.slope, 8));
        program.value(name + "_max_slope", p.slope, 4);
        program.value(name + "_max_slope_at", p.x, 4);
        program.value(name + "_max_slope_8_layers", std::pow(p.slope, 8), 3);
    }

    std::printf("3. steps until the dead unit fires again (-1: never, within 2000):\n");
    for (const char* name : {"relu", "sugar-bsilu", "sugar-elu", "sugar-silu", "sugar-nelu"}) {
        const int steps = exercises::steps_to_revive(*mlp::make_activation(name), 2000);
        std::printf("   %-12s %d\n", name, steps);
        std::string key = std::string("revive_") + name;
        for (char& c : key) c = (c == '-') ? '_' : c;
        program.value(key, steps);
    }

    std::printf("4. the slope turns negative below:\n");
    for (act::Surrogate s : act::all_surrogates) {
        const double x = exercises::slope_sign_change(s);
        const std::string name(s.name());
        std::printf("   %-10s %.10g\n", name.c_str(), x);
        program.value(name + "_sign_change", x, 4);
    }
    return 0;
}
