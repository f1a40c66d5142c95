// A small feed-forward network on xtensor, written out by hand: dense layers,
// a forward pass that keeps what the backward pass needs, the backward pass
// layer by layer, plain SGD. Seeded and deterministic. It exists to show
// SUGAR at work (chapter "SUGAR", chapters/sugar); it is not a framework.
#ifndef ACT_EXAMPLES_SUGAR_MLP_HPP
#define ACT_EXAMPLES_SUGAR_MLP_HPP

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include <xtensor/xbuilder.hpp>
#include <xtensor/xtensor.hpp>

#include "act/registry.hpp"
#include "act/relu.hpp"
#include "act/sugar.hpp"

namespace mlp {

/// A small network for SUGAR:
/// Dense layers, hand-written forward and backward passes and SGD, used by
/// the SUGAR chapter's experiment.
/// @{

using Matrix = xt::xtensor<double, 2>;  ///< rows are examples (or output units)
using Vector = xt::xtensor<double, 1>;  ///< one value per unit

/**
 * \brief The activation of the hidden layers: what the forward pass computes,
 *        and the slope the backward pass multiplies by.
 *
 * For an ordinary activation, `backward` is the derivative of `forward`.
 * Under SUGAR, `forward` is ReLU and `backward` is a surrogate's derivative.
 */
struct Activation {
    std::string name;             ///< e.g. "relu", "sugar-bsilu", "silu"
    double (*forward)(double);    ///< f(z), applied to each pre-activation z
    double (*backward)(double);   ///< the slope used for dL/dz = dL/dy * backward(z)
};

/**
 * \brief The activation called \p name.
 *
 * \param name "relu"; "sugar-S" for SUGAR with surrogate S (any name of
 *             act::Surrogate::name(), e.g. "sugar-bsilu", "sugar-nelu");
 *             or any function of the registry used directly: "softplus",
 *             "silu", "bsilu", ... (act::find_function()).
 * \return the activation, or an empty optional for an unknown name.
 */
inline std::optional<Activation> make_activation(const std::string& name)
{
    // [listing:activations]
    if (name == "relu") {
        return Activation{name, [](double z) { return act::relu(z); },
                          [](double z) { return act::relu_derivative(z); }};
    }
    if (name == "sugar-bsilu") {  // ReLU forward, B-SiLU's slope backward
        return Activation{name, [](double z) { return act::sugar(z); },
                          [](double z) { return act::bsilu_derivative(z); }};
    }
    // [/listing:activations]
    if (name.rfind("sugar-", 0) == 0) {  // ReLU forward, a surrogate's slope backward
        const auto s = act::parse_surrogate(name.substr(6));
        if (!s) {
            return std::nullopt;
        }
        return Activation{name, [](double z) { return act::sugar(z); }, s->function().derivative};
    }
    // Any function of the registry, used directly: "softplus", "silu", "bsilu", ...
    if (const act::FunctionInfo* f = act::find_function(name)) {
        return Activation{name, f->value, f->derivative};
    }
    return std::nullopt;
}

/**
 * \brief A seeded random source whose numbers do not depend on the standard
 *        library: std::mt19937_64 is specified bit for bit, its
 *        distributions are not, so the transforms are written out here.
 */
class Random {
public:
    /// \brief A generator started from \p seed.
    /// \param seed any 64-bit number; equal seeds give equal sequences.
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    /// \brief A uniform number in [0, 1) with 53 random bits.
    /// \return k 2^-53 for a random integer k < 2^53.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1p-53; }

    /// \brief A standard normal number (Box-Muller, one of the pair).
    /// \return sqrt(-2 log(1 - u1)) cos(2 pi u2) for uniform u1, u2.
    double normal()
    {
        const double u1 = uniform(), u2 = uniform();
        return std::sqrt(-2.0 * std::log1p(-u1)) * std::cos(6.283185307179586 * u2);
    }

    /// \brief A whole number in [0, n) (for n > 0), by rejection: no modulo bias.
    /// \param n the number of possible values.
    /// \return a uniform index below \p n.
    std::size_t below(std::size_t n)
    {
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
        std::uint64_t r;
        do {
            r = engine_();
        } while (r >= limit);
        return static_cast<std::size_t>(r % n);
    }

private:
    std::mt19937_64 engine_;
};

// [listing:network]
/// \brief One fully connected layer, z = x W^T + b.
struct Dense {
    Matrix W;  ///< weights, one row per output unit (outputs x inputs)
    Vector b;  ///< biases, one per output unit
};

/// \brief Dense layers with one activation between them; the last layer's
///        outputs are the logits of a softmax classifier.
struct Network {
    std::vector<Dense> layers;  ///< input to output
    Activation hidden;          ///< applied after every layer but the last
};

/// \brief What the forward pass keeps for the backward pass.
struct Trace {
    std::vector<Matrix> inputs;  ///< inputs[l]: layer l's input (examples x units)
    std::vector<Matrix> z;       ///< z[l]: the pre-activation of layer l
};
// [/listing:network]

/**
 * \brief A network with layer sizes \p sizes, He-initialised: weights
 *        normal with mean 0 and variance 2 / fan-in, biases 0.
 *
 * \param sizes  units per layer, input first, classes last (at least two entries).
 * \param hidden the activation of the hidden layers.
 * \param random the random source (advanced).
 * \param bias   initial value of every hidden bias (default 0).
 * \return the new network.
 */
inline Network make_network(const std::vector<std::size_t>& sizes, const Activation& hidden,
                            Random& random, double bias = 0.0)
{
    if (sizes.size() < 2) {
        throw std::invalid_argument("make_network: needs at least an input and an output size");
    }
    Network net{{}, hidden};
    for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
        const std::size_t in = sizes[l], out = sizes[l + 1];
        Dense layer{xt::zeros<double>({out, in}), xt::zeros<double>({out})};
        const double scale = std::sqrt(2.0 / static_cast<double>(in));
        for (auto& w : layer.W) {
            w = scale * random.normal();
        }
        const bool last = (l + 2 == sizes.size());
        layer.b.fill(last ? 0.0 : bias);
        net.layers.push_back(std::move(layer));
    }
    return net;
}

// [listing:dense-forward]
/// \brief Z = X W^T + b for a batch: one row of \p x per example.
/// \param layer the layer.
/// \param x     its input, examples x inputs.
/// \return the pre-activations, examples x outputs.
inline Matrix dense_forward(const Dense& layer, const Matrix& x)
{
    const std::size_t n = x.shape(0), in = x.shape(1), out = layer.W.shape(0);
    Matrix z = xt::zeros<double>({n, out});
    for (std::size_t i = 0; i < n; ++i) {
        const double* xi = &x(i, 0);  // row i of x (rows are contiguous)
        for (std::size_t j = 0; j < out; ++j) {
            const double* wj = &layer.W(j, 0);
            double sum = layer.b(j);
            for (std::size_t k = 0; k < in; ++k) {
                sum += xi[k] * wj[k];  // x(i, k) * W(j, k)
            }
            z(i, j) = sum;
        }
    }
    return z;
}
// [/listing:dense-forward]

/**
 * \brief \p f applied to every element of \p z.
 * \param z a matrix.
 * \param f a scalar function.
 * \return the matrix of f(z_ij).
 */
inline Matrix apply_each(const Matrix& z, double (*f)(double))
{
    Matrix out = xt::zeros<double>(z.shape());
    const double* in = z.data();
    double* result = out.data();
    for (std::size_t i = 0; i < z.size(); ++i) {
        result[i] = f(in[i]);
    }
    return out;
}

// [listing:forward]
/**
 * \brief The forward pass over a batch, keeping every layer's input and
 *        pre-activation.
 * \param net the network.
 * \param x   the batch, examples x features.
 * \return the trace; `trace.z.back()` holds the logits.
 */
inline Trace forward(const Network& net, const Matrix& x)
{
    Trace trace;
    Matrix a = x;
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        Matrix z = dense_forward(net.layers[l], a);
        trace.inputs.push_back(a);
        const bool hidden = (l + 1 < net.layers.size());
        // No activation on the logits.
        a = hidden ? apply_each(z, net.hidden.forward) : z;
        trace.z.push_back(std::move(z));
    }
    return trace;
}
// [/listing:forward]

/**
 * \brief Mean softmax cross-entropy of \p logits against \p labels, and its
 *        gradient with respect to the logits.
 *
 *     L = -(1/n) sum_i log(p_i,y_i),  p_ic = exp(z_ic) / sum_c' exp(z_ic'),
 *     dL/dz_ic = (p_ic - [c = y_i]) / n
 *
 * \param logits   examples x classes.
 * \param labels   the class of each example, in [0, classes).
 * \param gradient if not null, receives dL/dz.
 * \return the mean loss.
 *
 * Numerics: each row is shifted by its maximum before exponentiating, so
 * nothing overflows, and the log-sum-exp is taken of the shifted values.
 */
inline double softmax_cross_entropy(const Matrix& logits, const std::vector<int>& labels,
                                    Matrix* gradient)
{
    const std::size_t n = logits.shape(0), classes = logits.shape(1);
    if (gradient) {
        *gradient = xt::zeros<double>({n, classes});
    }
    double loss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        double top = logits(i, 0);
        for (std::size_t c = 1; c < classes; ++c) top = std::max(top, logits(i, c));
        double sum = 0;
        for (std::size_t c = 0; c < classes; ++c) sum += std::exp(logits(i, c) - top);
        const auto y = static_cast<std::size_t>(labels[i]);
        loss += std::log(sum) - (logits(i, y) - top);
        if (gradient) {
            for (std::size_t c = 0; c < classes; ++c) {
                const double p = std::exp(logits(i, c) - top) / sum;
                (*gradient)(i, c) = (p - (c == y ? 1.0 : 0.0)) / static_cast<double>(n);
            }
        }
    }
    return loss / static_cast<double>(n);
}

/// \brief The gradient of the loss with respect to every weight and bias.
struct Gradients {
    std::vector<Matrix> dW;  ///< same shapes as the layers' W
    std::vector<Vector> db;  ///< same shapes as the layers' b
};

// [listing:backward]
/**
 * \brief The backward pass: from dL/dlogits to the gradient of every
 *        layer, written out layer by layer.
 *
 * For layer l with input A and pre-activation Z, given G = dL/dZ:
 *     dL/dW = G^T A,   dL/db = the sum of G's rows,   dL/dA = G W,
 * and the layer below gets G' = dL/dA * backward(Z') element by element,
 * where backward is the activation's slope: the
 * derivative for an ordinary activation, the surrogate's under SUGAR.
 *
 * \param net    the network.
 * \param trace  the forward pass of the same batch.
 * \param dlogits dL/dlogits (examples x classes).
 * \return the gradients.
 */
inline Gradients backward(const Network& net, const Trace& trace,
                          const Matrix& dlogits)
{
    const std::size_t layers = net.layers.size();
    Gradients grad{std::vector<Matrix>(layers), std::vector<Vector>(layers)};
    Matrix G = dlogits;  // dL/dz of the current layer
    for (std::size_t l = layers; l-- > 0;) {
        const Dense& layer = net.layers[l];
        const Matrix& A = trace.inputs[l];
        const std::size_t n = A.shape(0), in = A.shape(1), out = layer.W.shape(0);
        Matrix dW = xt::zeros<double>({out, in});
        Vector db = xt::zeros<double>({out});
        Matrix dA = xt::zeros<double>({n, in});
        for (std::size_t i = 0; i < n; ++i) {
            const double* a = &A(i, 0);  // row i of A
            double* da = &dA(i, 0);      // row i of dA
            for (std::size_t j = 0; j < out; ++j) {
                const double g = G(i, j);
                const double* w = &layer.W(j, 0);
                double* dw = &dW(j, 0);
                db(j) += g;
                for (std::size_t k = 0; k < in; ++k) {
                    dw[k] += g * a[k];  // dL/dW = G^T A
                    da[k] += g * w[k];  // dL/dA = G W
                }
            }
        }
        grad.dW[l] = std::move(dW);
        grad.db[l] = std::move(db);
        if (l > 0) {  // through the activation of the layer below
            const Matrix& z = trace.z[l - 1];
            G = xt::zeros<double>(z.shape());
            // Elementwise, over the flat storage.
            for (std::size_t i = 0; i < z.size(); ++i) {
                G.data()[i] = dA.data()[i] * net.hidden.backward(z.data()[i]);
            }
        }
    }
    return grad;
}
// [/listing:backward]

// [listing:sgd]
/// \brief One step of plain SGD: every parameter theta becomes
///        theta - learning_rate * dL/dtheta.
/// \param net           the network (updated).
/// \param grad          its gradients.
/// \param learning_rate the step size.
inline void sgd_step(Network& net, const Gradients& grad, double learning_rate)
{
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        net.layers[l].W -= learning_rate * grad.dW[l];
        net.layers[l].b -= learning_rate * grad.db[l];
    }
}
// [/listing:sgd]

/**
 * \brief Whether every weight and bias of \p net is a finite number.
 * \param net the network.
 * \return false once training has diverged to inf or NaN.
 */
inline bool finite(const Network& net)
{
    for (const Dense& layer : net.layers) {
        for (double w : layer.W) {
            if (!std::isfinite(w)) return false;
        }
        for (double b : layer.b) {
            if (!std::isfinite(b)) return false;
        }
    }
    return true;
}

// [listing:dead]
/**
 * \brief Which hidden units are dead on \p x: a unit is dead when its
 *        pre-activation is <= 0 for every example, so that ReLU (and
 *        SUGAR's forward pass) outputs 0 for all of them.
 *
 * \param net the network.
 * \param x   the examples (normally the whole training set).
 * \return one vector per hidden layer, true for a dead unit.
 *
 * For a smooth activation used directly the count says which units would be
 * dead under ReLU; such a unit still passes a (small) signal and gradient.
 */
inline std::vector<std::vector<bool>> dead_units(const Network& net, const Matrix& x)
{
    const Trace trace = forward(net, x);
    std::vector<std::vector<bool>> dead;
    for (std::size_t l = 0; l + 1 < net.layers.size(); ++l) {
        const Matrix& z = trace.z[l];
        std::vector<bool> layer(z.shape(1), true);
        for (std::size_t i = 0; i < z.shape(0); ++i) {
            const double* zi = &z(i, 0);
            for (std::size_t j = 0; j < z.shape(1); ++j) {
                if (zi[j] > 0) layer[j] = false;  // alive on example i
            }
        }
        dead.push_back(layer);
    }
    return dead;
}
// [/listing:dead]

/**
 * \brief The fraction of dead units in each hidden layer (see dead_units()).
 * \param net the network.
 * \param x   the examples.
 * \return one fraction in [0, 1] per hidden layer.
 */
inline std::vector<double> dead_fractions(const Network& net, const Matrix& x)
{
    std::vector<double> out;
    for (const auto& layer : dead_units(net, x)) {
        std::size_t count = 0;
        for (bool d : layer) count += d;
        out.push_back(static_cast<double>(count) / static_cast<double>(layer.size()));
    }
    return out;
}

/**
 * \brief The fraction of examples whose largest logit is their label.
 * \param net    the network.
 * \param x      the examples.
 * \param labels their classes.
 * \return the accuracy in [0, 1]; ties go to the lower class.
 */
inline double accuracy(const Network& net, const Matrix& x, const std::vector<int>& labels)
{
    const Matrix logits = forward(net, x).z.back();
    std::size_t right = 0;
    for (std::size_t i = 0; i < logits.shape(0); ++i) {
        std::size_t best = 0;
        for (std::size_t c = 1; c < logits.shape(1); ++c) {
            if (logits(i, c) > logits(i, best)) best = c;
        }
        right += (static_cast<int>(best) == labels[i]);
    }
    return static_cast<double>(right) / static_cast<double>(logits.shape(0));
}

/// @}

}  // namespace mlp

#endif
