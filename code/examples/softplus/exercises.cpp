// Runs the solutions of the Softplus chapter's exercises on a few inputs.
#include <cmath>
#include <cstdio>
#include <limits>

#include "act/softplus.hpp"
#include "exercises.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("exercises", "The Softplus chapter's exercise solutions at work.", argc, argv);

    std::printf("1. softplus_inverse(softplus(x)) round trip:\n");
    for (double x : {-30.0, -1.5, 0.5, 10.0, 300.0}) {
        const double y = act::softplus(x, 1.0, INFINITY);
        std::printf("   x = %6g  softplus = %-12.6g  inverse = %.17g\n", x, y,
                    exercises::softplus_inverse(y));
    }
    std::printf("2. log_sigmoid(-1000) = %g, naive log(sigmoid(-1000)) = %g\n",
                exercises::log_sigmoid(-1000.0), std::log(act::sigmoid(-1000.0)));
    const float beta = 3.0f;
    const float first = exercises::first_overflowing_float(beta);
    std::printf("3. log1p(expf(3 x)) / 3 overflows from x = %.9g; log(FLT_MAX) / 3 = %.9g\n", double(first),
                std::log(double(std::numeric_limits<float>::max())) / beta);
    program.value("first_overflow", first, 9);
    for (double beta : {0.5, 2.0, 5.0}) {
        std::printf("4. beta = %g: largest gap to ReLU = %.6g, log(2)/beta = %.6g\n", beta,
                    exercises::max_gap_to_relu(beta), std::log(2.0) / beta);
    }
    return 0;
}
