// Solutions to the SUGAR chapter's exercises. The chapter shows each one
// behind a "Solution" fold; tests/sugar_test.cpp checks them.
#ifndef ACT_EXAMPLES_SUGAR_EXERCISES_HPP
#define ACT_EXAMPLES_SUGAR_EXERCISES_HPP

#include <cmath>
#include <limits>

#include "act/bsilu.hpp"
#include "mlp.hpp"
#include "act/relu.hpp"
#include "act/sugar.hpp"

namespace exercises {

// [listing:exercise-dual]
// Exercise 1: stop-gradient with dual numbers. A Dual carries a value and its
// derivative with respect to x; stop() keeps the value and drops the
// derivative, as torch's detach() and tf.stop_gradient do.
struct Dual {
    double value, slope;
};
inline Dual operator+(Dual a, Dual b)
{
    return {a.value + b.value, a.slope + b.slope};
}
inline Dual operator-(Dual a, Dual b)
{
    return {a.value - b.value, a.slope - b.slope};
}
inline Dual operator*(Dual a, Dual b)
{
    return {a.value * b.value, a.slope * b.value + a.value * b.slope};
}
inline Dual operator/(Dual a, Dual b)
{
    return {a.value / b.value,
            (a.slope * b.value - a.value * b.slope) / (b.value * b.value)};
}
inline Dual exp(Dual a) { return {std::exp(a.value), std::exp(a.value) * a.slope}; }
inline Dual constant(double c) { return {c, 0.0}; }
inline Dual stop(Dual a) { return {a.value, 0.0}; }
inline Dual relu(Dual a) { return a.value > 0 ? a : constant(0.0); }

// B-SiLU by its textbook formula, (x + alpha) sigmoid(x) - alpha / 2.
inline Dual bsilu(Dual x, double alpha = 1.67)
{
    const Dual sigmoid = constant(1.0) / (constant(1.0) + exp(constant(0.0) - x));
    return (x + constant(alpha)) * sigmoid - constant(alpha / 2);
}

// y = s(x) - stop(s(x)) + stop(relu(x)): the value of ReLU, the slope of s.
inline Dual sugar_by_stop_gradient(double x)
{
    const Dual xd = {x, 1.0};  // d/dx of x is 1
    const Dual s = bsilu(xd);
    return (s - stop(s)) + stop(relu(xd));
}
// [/listing:exercise-dual]

// [listing:exercise-max-slope]
// Exercise 2: the steepest slope of a surrogate on (0, 10], by golden-section
// search on a bracket found by scanning (the slopes here have one maximum
// there, or none: then the scan's best point, at an end, is returned).
struct Peak {
    double x, slope;
};
inline Peak max_slope(act::Surrogate s)
{
    auto f = [s](double x) { return act::sugar_backward(x, s); };
    double best = 1e-3;
    for (double x = 1e-3; x <= 10; x += 1e-2) {
        if (f(x) > f(best)) best = x;
    }
    double a = std::max(best - 1e-2, 1e-3), b = std::min(best + 1e-2, 10.0);
    const double r = (std::sqrt(5.0) - 1) / 2;
    for (int i = 0; i < 100 && b - a > 1e-12; ++i) {
        const double c = b - r * (b - a), d = a + r * (b - a);
        if (f(c) > f(d)) {
            b = d;  // the maximum is in [a, d]
        } else {
            a = c;  // the maximum is in [c, b]
        }
    }
    const double x = (a + b) / 2;
    return {x, f(x)};
}
// [/listing:exercise-max-slope]

// [listing:exercise-revive]
// Exercise 3: one dead unit, o = v relu(w x + b), fitted to t = x on x in
// [0, 1] by gradient descent on L = mean (o - t)^2 / 2. With b = -2 the
// unit is dead on every example. Returns the step at which it first fires
// on some example, or -1 if it is still dead after max_steps.
inline int steps_to_revive(const mlp::Activation& activation, int max_steps,
                           double learning_rate = 0.5)
{
    double w = 1.0, b = -2.0;
    const double v = 1.0;
    const int n = 11;
    for (int step = 0; step <= max_steps; ++step) {
        double dw = 0, db = 0;
        bool alive = false;
        for (int i = 0; i < n; ++i) {
            const double x = i / double(n - 1), z = w * x + b;
            alive = alive || z > 0;
            const double o = v * activation.forward(z);
            const double dz = (o - x) * v * activation.backward(z) / n;  // dL/dz
            dw += dz * x;
            db += dz;
        }
        if (alive) return step;
        w -= learning_rate * dw;
        b -= learning_rate * db;
    }
    return -1;
}
// [/listing:exercise-revive]

// [listing:exercise-threshold]
// Exercise 4: below which input does a surrogate's slope turn negative? Left
// of that point SUGAR pushes a dead unit further down whenever the loss asks
// for more output. Returns the largest x <= 0 with s'(x) = 0 found by
// bisection on [-50, 0], or -infinity if the slope is positive on all of it.
inline double slope_sign_change(act::Surrogate s)
{
    auto f = [s](double x) { return act::sugar_backward(x, s); };
    if (!(f(-1e-9) > 0)) return 0.0;  // negative (or zero) right at the left of 0
    double lo = -1e-9;
    while (lo > -50 && f(lo) > 0) lo -= 0.01;  // walk left to the first sign change
    if (f(lo) > 0) return -std::numeric_limits<double>::infinity();
    double hi = lo + 0.01;                     // f(lo) <= 0 < f(hi)
    for (int i = 0; i < 200 && hi - lo > 1e-15; ++i) {
        const double mid = (lo + hi) / 2;
        if (f(mid) > 0) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    return (lo + hi) / 2;
}
// [/listing:exercise-threshold]

}  // namespace exercises

#endif
