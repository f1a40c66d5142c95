// A ReLU unit that dies: one neuron y = relu(w x + b) learns t = x + 1 on
// [0, 2]; a single gradient step with a too large learning rate throws w and
// b to where w x + b <= 0 on every input. From then on its gradient is
// exactly 0 and it never moves again. The same run with LeakyReLU recovers.
#include <cmath>
#include <cstdio>
#include <vector>

#include <xtensor/xbuilder.hpp>
#include <xtensor/xtensor.hpp>

#include "listing.hpp"
#include "neuron.hpp"

namespace {

struct Run {
    std::vector<double> loss, w, b, active;
    long first_dead = -1;     // first step with no active input (-1: never)
    long first_revived = -1;  // first step after death with an active input again
};

template <class F, class DF>
Run train(const xt::xtensor<double, 1>& x, const xt::xtensor<double, 1>& t, long steps, double first_lr,
          double lr, F f, DF df)
{
    Run run;
    neuron::Parameters p{3.0, 2.0};  // starts too steep and too high
    for (long k = 0; k <= steps; ++k) {
        const neuron::Gradient g = neuron::gradient(p, x, t, f, df);
        run.loss.push_back(g.loss);
        run.w.push_back(p.w);
        run.b.push_back(p.b);
        run.active.push_back(double(g.active));
        if (g.active == 0 && run.first_dead < 0) run.first_dead = k;
        if (g.active > 0 && run.first_dead >= 0 && run.first_revived < 0) run.first_revived = k;
        p = neuron::step(p, g, k == 0 ? first_lr : lr);
    }
    return run;
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("dying", "A ReLU unit dies after one large step; a LeakyReLU unit recovers.");
    const double& first_lr = program.number_option("first-lr", 1, 0, 100, "learning rate of the first step");
    const double& lr = program.number_option("lr", 0.1, 0, 10, "learning rate of every later step");
    const long& steps = program.integer_option("steps", 600, 1, 1000000, "number of gradient steps");
    program.parse(argc, argv);

    // [listing:setup]
    const xt::xtensor<double, 1> x = xt::linspace(0.0, 2.0, 9);  // training inputs
    const xt::xtensor<double, 1> t = x + 1.0;                    // targets
    // [/listing:setup]
    const Run relu = train(x, t, steps, first_lr, lr, neuron::relu_f, neuron::relu_df);
    const Run leaky = train(x, t, steps, first_lr, lr, neuron::leaky_f, neuron::leaky_df);

    std::printf("ReLU unit, first step with learning rate %g, then %g:\n", first_lr, lr);
    std::printf("  step        w          b         loss    active inputs\n");
    for (long k : {0L, 1L, 2L, 10L, 100L, steps}) {
        if (k > steps) continue;
        const auto i = static_cast<std::size_t>(k);
        std::printf("%6ld %10.6f %10.6f %12.6f   %2.0f of %zu\n", k, relu.w[i], relu.b[i], relu.loss[i],
                    relu.active[i], x.size());
    }
    std::printf("LeakyReLU unit (slope 0.01), same steps:\n");
    for (long k : {0L, 1L, 2L, 10L, 100L, leaky.first_revived, steps}) {
        if (k < 0 || k > steps) continue;
        const auto i = static_cast<std::size_t>(k);
        std::printf("%6ld %10.6f %10.6f %12.6f   %2.0f of %zu\n", k, leaky.w[i], leaky.b[i], leaky.loss[i],
                    leaky.active[i], x.size());
    }

    // Once dead, did the ReLU unit move at all? Compare every later step with
    // the first dead one, exactly.
    bool moved = false;
    if (relu.first_dead >= 0)
        for (auto i = static_cast<std::size_t>(relu.first_dead); i < relu.w.size(); ++i)
            moved = moved || relu.w[i] != relu.w[relu.first_dead] || relu.b[i] != relu.b[relu.first_dead];
    if (relu.first_dead >= 0)
        std::printf("ReLU: dead from step %ld; parameters %s in the %ld steps after\n", relu.first_dead,
                    moved ? "changed" : "never changed", steps - relu.first_dead);
    else
        std::printf("ReLU: the unit never died\n");
    if (leaky.first_revived >= 0)
        std::printf("LeakyReLU: no active input from step %ld, active again at step %ld, final loss %.3g\n",
                    leaky.first_dead, leaky.first_revived, leaky.loss.back());

    program.value("first_lr", first_lr, 3);
    program.value("lr", lr, 3);
    program.value("steps", double(steps), 6);
    program.value("relu_dead_from", double(relu.first_dead), 6);
    program.value("relu_w_dead", relu.w.back(), 6);
    program.value("relu_b_dead", relu.b.back(), 6);
    program.value("relu_final_loss", relu.loss.back(), 4);
    program.value("relu_moved_after_death", moved ? "yes" : "no");
    program.value("leaky_revived_at", double(leaky.first_revived), 6);
    program.value("leaky_final_loss", leaky.loss.back(), 3);

    std::vector<double> step_col;
    for (long k = 0; k <= steps; ++k) step_col.push_back(double(k));
    program.csv("dying", {"step", "relu_loss", "relu_w", "relu_b", "relu_active", "leaky_loss", "leaky_w",
                          "leaky_b", "leaky_active"},
                {step_col, relu.loss, relu.w, relu.b, relu.active, leaky.loss, leaky.w, leaky.b,
                 leaky.active});
    return 0;
}
