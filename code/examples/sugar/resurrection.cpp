// The SUGAR chapter's experiment: a deep, narrow network on two spirals,
// started with many dead ReLU units, trained with plain ReLU and with SUGAR.
// Per epoch and seed it records accuracy, loss and the dead fraction per
// layer (CSV under --out); it prints a summary with mean and spread.
//
//   resurrection                  the small run the book's build uses (seconds)
//   resurrection --preset reader  the reader's run: more data, epochs, seeds, surrogates (under a minute)
//   resurrection --preset full    every surrogate and smooth activation, ten seeds (a few minutes)
//
// Every setting can be overridden: --depth, --width, --learning-rate, ...
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "mlp.hpp"
#include "experiment.hpp"
#include "listing.hpp"

namespace {

struct Preset {
    const char* name;
    long depth, width, points, epochs, seeds, batch;
    double learning_rate, bias;
    const char* runs;
};

// [listing:presets]
const Preset presets[] = {
    // name     depth width points epochs seeds batch  lr     bias   runs
    {"ci",      8,    16,   200,   40,    3,    16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,relu@0"},
    {"reader",  8,    16,   400,   80,    5,    16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,sugar-silu,relu@0"},
    {"full",    8,    16,   400,   100,   10,   16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,sugar-selu,sugar-leaky_relu,"
     "sugar-gelu,sugar-silu,sugar-mish,softplus,silu,bsilu,relu@0"},
};
// [/listing:presets]

// One run specification: an activation, and the initial hidden bias
// ("relu@0" is ReLU started with bias 0, the healthy control).
struct Run {
    std::string spec, label;
    mlp::Activation activation;
    double bias;
};

struct Stats {
    double mean, sd, min, max;
};

Stats stats(const std::vector<double>& v)
{
    Stats s{0, 0, v.front(), v.front()};
    for (double x : v) {
        s.mean += x;
        s.min = std::min(s.min, x);
        s.max = std::max(s.max, x);
    }
    s.mean /= static_cast<double>(v.size());
    for (double x : v) s.sd += (x - s.mean) * (x - s.mean);
    s.sd = v.size() > 1 ? std::sqrt(s.sd / static_cast<double>(v.size() - 1)) : 0.0;
    return s;
}

// A name usable as a JSON key and a file name: "sugar-bsilu" -> "sugar_bsilu",
// "relu@0" -> "relu_bias0".
std::string key_of(const std::string& spec)
{
    std::string k;
    for (char c : spec) {
        if (c == '-' || c == '.') k += '_';
        else if (c == '@') k += "_bias";
        else k += c;
    }
    return k;
}

std::vector<std::string> split(const std::string& s, char sep)
{
    std::vector<std::string> out;
    std::stringstream in(s);
    for (std::string item; std::getline(in, item, sep);) out.push_back(item);
    return out;
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("resurrection",
                             "Dead ReLU units on two spirals, with and without SUGAR (CSV under --out).");
    program.option("preset", "ci", "ci (the build's run, seconds), reader (under a minute) or full (a few minutes)")
        .option("runs", "", "comma-separated activations: relu, sugar-<surrogate>, softplus, silu, bsilu; "
                            "NAME@B starts that run with hidden bias B (default: the preset's)")
        .option("depth", "", "hidden layers (default: the preset's, 8)")
        .option("width", "", "units per hidden layer (default: the preset's, 16)")
        .option("learning-rate", "", "SGD step size (default: the preset's, 0.05)")
        .option("bias", "", "initial bias of every hidden unit (default: the preset's, -0.25)")
        .option("epochs", "", "passes over the training set (default: the preset's)")
        .option("seeds", "", "runs per activation, seeds 1..N (default: the preset's)")
        .option("points", "", "training points per spiral arm; the test set is as large (default: the preset's)")
        .option("batch", "", "examples per SGD step (default: the preset's, 16)");
    program.parse(argc, argv);

    const Preset* preset = nullptr;
    for (const Preset& p : presets) {
        if (program.text("preset") == p.name) preset = &p;
    }
    if (!preset) program.fail("--preset must be ci, reader or full, got '" + program.text("preset") + "'");
    auto whole = [&](const char* name, long fallback, long lo, long hi) {
        return program.text(name).empty() ? fallback : program.integer(name, lo, hi);
    };
    auto real = [&](const char* name, double fallback, double lo, double hi) {
        return program.text(name).empty() ? fallback : program.number(name, lo, hi);
    };
    experiment::Config config;
    config.depth = static_cast<std::size_t>(whole("depth", preset->depth, 1, 100));
    config.width = static_cast<std::size_t>(whole("width", preset->width, 1, 1024));
    config.epochs = static_cast<std::size_t>(whole("epochs", preset->epochs, 1, 100000));
    config.batch = static_cast<std::size_t>(whole("batch", preset->batch, 1, 100000));
    config.learning_rate = real("learning-rate", preset->learning_rate, 1e-9, 100);
    const double bias = real("bias", preset->bias, -100, 100);
    const long seeds = whole("seeds", preset->seeds, 1, 1000);
    const long points = whole("points", preset->points, 2, 1000000);

    std::vector<Run> runs;
    const std::string run_list = program.text("runs").empty() ? preset->runs : program.text("runs");
    for (const std::string& spec : split(run_list, ',')) {
        const auto at = spec.find('@');
        const std::string name = spec.substr(0, at);
        const auto activation = mlp::make_activation(name);
        if (!activation) program.fail("--runs: unknown activation '" + name + "'");
        double b = bias;
        if (at != std::string::npos) {
            char* end = nullptr;
            const std::string text = spec.substr(at + 1);
            b = std::strtod(text.c_str(), &end);
            if (text.empty() || *end != '\0' || !std::isfinite(b) || std::fabs(b) > 100)
                program.fail("--runs: '" + spec + "' needs a bias in [-100, 100] after '@'");
        }
        runs.push_back({spec, key_of(spec), *activation, b});
    }
    if (runs.empty()) program.fail("--runs names no activation");

    // [listing:data]
    mlp::Random data_random(20250528);  // the data are the same for every run
    const experiment::Dataset train =
        experiment::two_spirals(points, 1.5, 0.05, data_random);
    const experiment::Dataset test =
        experiment::two_spirals(points, 1.5, 0.05, data_random);
    // [/listing:data]

    std::printf("two spirals, %ld training and %ld test points; %zu hidden layers of %zu units;\n"
                "SGD, learning rate %g, batch %zu, %zu epochs, seeds 1..%ld (preset %s)\n\n",
                2 * points, 2 * points, config.depth, config.width, config.learning_rate, config.batch,
                config.epochs, seeds, preset->name);
    std::printf("%-22s %6s  %-24s %-19s %-19s\n", "run", "bias", "test accuracy: mean sd",
                "dead at start", "dead at the end");

    std::vector<std::vector<std::string>> summary;

    for (const Run& run : runs) {
        experiment::Config c = config;
        c.bias = run.bias;
        std::vector<double> final_test, dead_start, dead_end;
        std::vector<std::vector<double>> columns(6 + config.depth);
        std::vector<std::vector<double>> all_dead(config.epochs + 1), all_test(config.epochs + 1);
        for (long seed = 1; seed <= seeds; ++seed) {
            c.seed = static_cast<std::uint64_t>(seed);
            const std::vector<experiment::Epoch> history =
                experiment::train(c, run.activation, train, test);
            for (std::size_t e = 0; e < history.size(); ++e) {
                const experiment::Epoch& h = history[e];
                columns[0].push_back(static_cast<double>(seed));
                columns[1].push_back(static_cast<double>(e));
                columns[2].push_back(h.train_accuracy);
                columns[3].push_back(h.test_accuracy);
                columns[4].push_back(h.loss);
                columns[5].push_back(h.dead_total);
                for (std::size_t l = 0; l < config.depth; ++l) columns[6 + l].push_back(h.dead[l]);
                all_dead[e].push_back(h.dead_total);
                all_test[e].push_back(h.test_accuracy);
            }
            final_test.push_back(history.back().test_accuracy);
            dead_start.push_back(history.front().dead_total);
            dead_end.push_back(history.back().dead_total);
        }
        std::vector<std::string> header = {"seed", "epoch", "train_accuracy", "test_accuracy", "loss", "dead"};
        for (std::size_t l = 1; l <= config.depth; ++l) header.push_back("dead_layer_" + std::to_string(l));
        program.csv("curves_" + run.label, header, columns);

        // Mean and range over the seeds, per epoch: what the figures draw.
        std::vector<std::vector<double>> band(7);
        for (std::size_t e = 0; e <= config.epochs; ++e) {
            const Stats d = stats(all_dead[e]), t = stats(all_test[e]);
            const std::vector<double> row = {double(e), t.mean, t.min, t.max, d.mean, d.min, d.max};
            for (std::size_t k = 0; k < row.size(); ++k) band[k].push_back(row[k]);
        }
        program.csv("band_" + run.label,
                    {"epoch", "test_mean", "test_min", "test_max", "dead_mean", "dead_min", "dead_max"}, band);

        const Stats t = stats(final_test), ds = stats(dead_start), de = stats(dead_end);
        std::printf("%-22s %6g  %.3f %.3f [%.3f, %.3f]  %.3f [%.2f, %.2f]  %.3f [%.2f, %.2f]\n",
                    run.spec.c_str(), run.bias, t.mean, t.sd, t.min, t.max, ds.mean, ds.min, ds.max,
                    de.mean, de.min, de.max);
        summary.push_back({run.spec, listing::format(run.bias), listing::format(t.mean, 3),
                           listing::format(t.sd, 2), listing::format(t.min, 3), listing::format(t.max, 3),
                           listing::format(ds.mean, 3), listing::format(de.mean, 3),
                           listing::format(de.min, 3), listing::format(de.max, 3)});
        program.value(run.label + "_test_mean", t.mean, 3);
        program.value(run.label + "_test_sd", t.sd, 2);
        program.value(run.label + "_test_min", t.min, 3);
        program.value(run.label + "_test_max", t.max, 3);
        program.value(run.label + "_dead_start", ds.mean, 2);
        program.value(run.label + "_dead_end", de.mean, 2);
        program.value(run.label + "_dead_end_min", de.min, 2);
        program.value(run.label + "_dead_end_max", de.max, 2);
    }
    program.table("summary",
                  {"run", "initial bias", "test accuracy (mean)", "sd", "min", "max", "dead at start (mean)",
                   "dead at end (mean)", "min", "max"},
                  summary);

    program.value("depth", static_cast<double>(config.depth));
    program.value("width", static_cast<double>(config.width));
    program.value("learning_rate", config.learning_rate);
    program.value("bias", bias);
    program.value("epochs", static_cast<double>(config.epochs));
    program.value("seeds", static_cast<double>(seeds));
    program.value("batch", static_cast<double>(config.batch));
    program.value("train_points", static_cast<double>(2 * points));
    return 0;
}
