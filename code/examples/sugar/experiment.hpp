// The SUGAR chapter's experiment: data it makes itself (two interleaved
// spirals), a training loop over act::mlp, and what is recorded per epoch.
// Used by resurrection.cpp and checked by tests/sugar_test.cpp.
#ifndef ACT_EXAMPLES_SUGAR_EXPERIMENT_HPP
#define ACT_EXAMPLES_SUGAR_EXPERIMENT_HPP

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

#include "mlp.hpp"

namespace experiment {

using mlp::Matrix;

inline constexpr double pi = 3.14159265358979323846;

/// Examples (one row each) and their classes.
struct Dataset {
    Matrix x;
    std::vector<int> y;
};

// [listing:spirals]
/// Two interleaved spirals, n points each, with Gaussian noise of standard
/// deviation `noise` on both coordinates. Class 1 is class 0 turned by 180
/// degrees. Radius grows linearly with the angle, over `turns` turns.
inline Dataset two_spirals(std::size_t n, double turns, double noise,
                           mlp::Random& random)
{
    Dataset d{xt::zeros<double>({2 * n, std::size_t(2)}), std::vector<int>(2 * n)};
    for (std::size_t i = 0; i < n; ++i) {
        const double t = random.uniform();                 // position along the arm
        const double angle = 2 * pi * turns * t;
        const double r = 0.1 + 0.9 * t;                    // radius in [0.1, 1]
        for (int c = 0; c < 2; ++c) {
            const double sign = c == 0 ? 1.0 : -1.0;      // class 1: turned by pi
            const std::size_t row = 2 * i + static_cast<std::size_t>(c);
            d.x(row, 0) = sign * r * std::cos(angle) + noise * random.normal();
            d.x(row, 1) = sign * r * std::sin(angle) + noise * random.normal();
            d.y[row] = c;
        }
    }
    return d;
}
// [/listing:spirals]

/// The settings of one training run.
struct Config {
    std::size_t depth = 8;        ///< hidden layers
    std::size_t width = 16;       ///< units per hidden layer
    double learning_rate = 0.1;   ///< SGD step size
    std::size_t epochs = 40;      ///< passes over the training set
    std::size_t batch = 32;       ///< examples per SGD step
    double bias = 0.0;            ///< initial hidden bias
    std::uint64_t seed = 1;       ///< initialisation and batch order
};

/// What one epoch left behind.
struct Epoch {
    double loss = 0;                 ///< mean training loss over the epoch's batches
    double train_accuracy = 0;       ///< after the epoch
    double test_accuracy = 0;        ///< after the epoch
    std::vector<double> dead;        ///< dead fraction per hidden layer, after the epoch
    double dead_total = 0;           ///< dead fraction over all hidden units
};

/// One training run: its epochs, and whether it diverged.
struct Result {
    std::vector<Epoch> history;   ///< epoch 0 (untrained) to the last completed epoch
    bool diverged = false;        ///< a batch's loss or a weight became inf or NaN
    std::size_t diverged_in = 0;  ///< the epoch in which it did (if diverged)
};

/// Rows `order[from, to)` of `d`.
inline Dataset rows(const Dataset& d, const std::vector<std::size_t>& order, std::size_t from,
                    std::size_t to)
{
    Dataset out{xt::zeros<double>({to - from, d.x.shape(1)}), std::vector<int>(to - from)};
    for (std::size_t i = from; i < to; ++i) {
        for (std::size_t k = 0; k < d.x.shape(1); ++k) out.x(i - from, k) = d.x(order[i], k);
        out.y[i - from] = d.y[order[i]];
    }
    return out;
}

/// The state of the network before training (epoch 0), and after each epoch.
inline Epoch measure(const mlp::Network& net, const Dataset& train, const Dataset& test,
                     double loss)
{
    Epoch e;
    e.loss = loss;
    e.train_accuracy = mlp::accuracy(net, train.x, train.y);
    e.test_accuracy = mlp::accuracy(net, test.x, test.y);
    e.dead = mlp::dead_fractions(net, train.x);
    e.dead_total = std::accumulate(e.dead.begin(), e.dead.end(), 0.0) /
                   static_cast<double>(e.dead.size());
    return e;
}

// [listing:train]
/// Trains a fresh network with activation `hidden` and returns one record
/// per epoch, epoch 0 being the untrained network. A run whose loss or
/// weights stop being finite numbers is stopped and marked as diverged:
/// its network computes NaN, which is not a result (nor a dead network).
inline Result train(const Config& config, const mlp::Activation& hidden,
                    const Dataset& train, const Dataset& test)
{
    mlp::Random random(config.seed);
    std::vector<std::size_t> sizes = {train.x.shape(1)};
    for (std::size_t l = 0; l < config.depth; ++l) sizes.push_back(config.width);
    sizes.push_back(2);
    mlp::Network net =
        mlp::make_network(sizes, hidden, random, config.bias);

    const std::size_t n = train.x.shape(0);
    Result result;
    result.history = {measure(net, train, test, std::nan(""))};
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    for (std::size_t epoch = 1; epoch <= config.epochs; ++epoch) {
        for (std::size_t i = n; i > 1; --i) {  // Fisher-Yates shuffle
            std::swap(order[i - 1], order[random.below(i)]);
        }
        double loss = 0;
        std::size_t batches = 0;
        for (std::size_t from = 0; from < n; from += config.batch) {
            const Dataset batch =
                rows(train, order, from, std::min(n, from + config.batch));
            const mlp::Trace trace = mlp::forward(net, batch.x);
            Matrix dlogits;
            const double batch_loss =
                mlp::softmax_cross_entropy(trace.z.back(), batch.y, &dlogits);
            mlp::sgd_step(net, mlp::backward(net, trace, dlogits),
                          config.learning_rate);
            if (!std::isfinite(batch_loss) || !mlp::finite(net)) {
                result.diverged = true;
                result.diverged_in = epoch;
                return result;
            }
            loss += batch_loss;
            ++batches;
        }
        result.history.push_back(measure(net, train, test,
                                         loss / static_cast<double>(batches)));
    }
    return result;
}
// [/listing:train]

}  // namespace experiment

#endif
