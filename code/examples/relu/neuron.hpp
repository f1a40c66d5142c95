// One neuron y = f(w x + b) trained by full-batch gradient descent on a
// squared loss: the setting of the ReLU chapter's dying-unit listing
// (dying.cpp) and of its tests.
#ifndef ACT_EXAMPLES_RELU_NEURON_HPP
#define ACT_EXAMPLES_RELU_NEURON_HPP

#include <cstddef>

#include <xtensor/xmath.hpp>
#include <xtensor/xoperation.hpp>
#include <xtensor/xtensor.hpp>

#include "act/relu.hpp"

namespace neuron {

struct Parameters {
    double w;
    double b;
};

struct Gradient {
    double loss;          // L = mean of (f(w x + b) - t)^2 / 2
    double dw;            // dL/dw
    double db;            // dL/db
    std::size_t active;   // inputs with w x + b > 0
};

// [listing:gradient]
// The loss and its gradient for y = f(w x + b), by the chain rule:
// dL/dw = mean((y - t) f'(z) x), dL/db = mean((y - t) f'(z)).
// f'(z) = 0 for every input means a zero gradient: nothing moves any more.
template <class F, class DF>
Gradient gradient(const Parameters& p, const xt::xtensor<double, 1>& x,
                  const xt::xtensor<double, 1>& t, F f, DF df)
{
    const xt::xtensor<double, 1> z = p.w * x + p.b;
    const xt::xtensor<double, 1> r = f(z) - t;     // residuals
    const xt::xtensor<double, 1> g = r * df(z);    // dL/dz per input
    return {0.5 * xt::mean(r * r)(), xt::mean(g * x)(), xt::mean(g)(),
            static_cast<std::size_t>(xt::sum(xt::greater(z, 0.0))())};
}
// [/listing:gradient]

// One gradient-descent step with learning rate lr.
inline Parameters step(const Parameters& p, const Gradient& g, double lr)
{
    return {p.w - lr * g.dw, p.b - lr * g.db};
}

// ReLU and LeakyReLU as the function objects gradient() takes.
inline auto relu_f = [](const xt::xtensor<double, 1>& z) { return xt::xtensor<double, 1>(act::relu(z)); };
inline auto relu_df = [](const xt::xtensor<double, 1>& z) {
    return xt::xtensor<double, 1>(act::relu_derivative(z));
};
inline auto leaky_f = [](const xt::xtensor<double, 1>& z) {
    return xt::xtensor<double, 1>(act::leaky_relu(z));
};
inline auto leaky_df = [](const xt::xtensor<double, 1>& z) {
    return xt::xtensor<double, 1>(act::leaky_relu_derivative(z));
};

}  // namespace neuron

#endif
