// A reader's program: softplus and sigmoid of a small xtensor array, checked
// against exact values. Exits 1 if a value is wrong.
#include <cmath>
#include <cstdio>

#include <xtensor/xtensor.hpp>

#include <act/act.hpp>

namespace {

bool check(const char* what, double got, double want, double tolerance)
{
    const bool ok = std::abs(got - want) <= tolerance;
    std::printf("%-28s = %.17g  (expected %.17g)%s\n", what, got, want, ok ? "" : "  WRONG");
    return ok;
}

}  // namespace

int main()
{
    const xt::xtensor<double, 1> x = {-2.0, 0.0, 2.0};
    const xt::xtensor<double, 1> softplus = act::softplus(x);
    const xt::xtensor<double, 1> sigmoid = act::sigmoid(x);

    const double eps = 2.220446049250313e-16;  // double's machine epsilon, 2^-52
    bool ok = true;
    // softplus(0) = log(1 + e^0) = log 2 = 0.693147180559945309417...
    // (OEIS A002162), rounded to double.
    ok &= check("softplus(0)", softplus(1), 0.6931471805599453, eps);
    // sigmoid(0) = 1 / (1 + e^0) = 1/2, exactly.
    ok &= check("sigmoid(0)", sigmoid(1), 0.5, 0.0);
    // softplus(x) - softplus(-x) = x (log(1 + e^x) - log(1 + e^-x) = log e^x).
    ok &= check("softplus(2) - softplus(-2)", softplus(2) - softplus(0), 2.0, 4 * eps);
    // sigmoid(x) + sigmoid(-x) = 1.
    ok &= check("sigmoid(2) + sigmoid(-2)", sigmoid(2) + sigmoid(0), 1.0, 2 * eps);
    return ok ? 0 : 1;
}
