// The SUGAR chapter's experiment: a deep, narrow network on two spirals,
// started with many dead ReLU units, trained with plain ReLU and with SUGAR.
// Per epoch and seed it records accuracy, loss and the dead fraction per
// layer (CSV under --out). It prints, per activation, the mean test accuracy
// with its 95% confidence interval, and for every pair of activations the
// interval of their paired difference and its verdict (statistics.hpp). A
// seed whose loss or weights become inf or NaN is reported as diverged and
// left out of the means; exit status 3 if every seed of an activation did.
//
//   resurrection                  the run the book's build uses: ten seeds (about 10 s of CPU)
//   resurrection --preset reader  the reader's run: more data and epochs, a SiLU surrogate (about a minute)
//   resurrection --preset full    every surrogate and smooth activation, twenty seeds (a few minutes)
//
// Every setting can be overridden: --depth, --width, --learning-rate, ...
#include <algorithm>
#include <chrono>
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
#include "statistics.hpp"

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
    {"ci",      8,    16,   200,   40,    10,   16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,sugar-selu,sugar-leaky_relu,relu@0"},
    {"reader",  8,    16,   400,   80,    10,   16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,sugar-selu,sugar-leaky_relu,"
     "sugar-silu,relu@0"},
    {"full",    8,    16,   400,   100,   20,   16,    0.05, -0.25,
     "relu,sugar-bsilu,sugar-nelu,sugar-elu,sugar-selu,sugar-leaky_relu,"
     "sugar-gelu,sugar-silu,sugar-mish,softplus,silu,bsilu,relu@0"},
};
// [/listing:presets]

// One run specification: an activation, and the initial hidden bias
// ("relu@0" is ReLU started with bias 0, the healthy control).
struct RunSpec {
    std::string spec, label;
    mlp::Activation activation;
    double bias;
};

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

// A number with three decimals ("0.126"; "+0.126" with sign), or "-" for
// none (NaN: no seed finished).
std::string fixed(double v, bool sign = false)
{
    if (std::isnan(v)) return "-";
    char buf[64];
    if (sign) std::snprintf(buf, sizeof buf, "%+.3f", v);
    else std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// "[lo, hi]" with a sign on both ends for a difference ("[+0.012, +0.081]").
std::string bracket(const statistics::Interval& i, bool sign)
{
    if (std::isnan(i.lo)) return "-";
    char buf[96];
    if (sign) std::snprintf(buf, sizeof buf, "[%+.3f, %+.3f]", i.lo, i.hi);
    else std::snprintf(buf, sizeof buf, "[%.3f, %.3f]", i.lo, i.hi);
    return buf;
}

// A verdict as the prose says it: "... is higher than ...".
std::string phrase(const std::string& verdict)
{
    if (verdict == "higher" || verdict == "lower") return verdict + " than";
    if (verdict == "not compared") return "not compared with";
    return "not distinguishable from";
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
    listing::Program program(
        "resurrection",
        "Dead ReLU units on two spirals, with and without SUGAR (CSV under --out).\n"
        "Prints each activation's mean test accuracy with its 95% confidence interval, and\n"
        "for every pair of activations the interval of the paired difference and a verdict.\n"
        "A seed whose loss or weights become inf or NaN is reported as diverged and left\n"
        "out of the means.\n"
        "Exit status: 0 done (diverged seeds, if any, reported and counted apart); 2 bad\n"
        "usage; 3 every seed of some activation diverged (no result for it; message on stderr).");
    program.option("preset", "ci", "ci (the build's run, seconds), reader (about a minute) or full (minutes)")
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
    const auto started = std::chrono::steady_clock::now();

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
    config.learning_rate = real("learning-rate", preset->learning_rate, 1e-9, 1e6);
    const double bias = real("bias", preset->bias, -100, 100);
    const long seeds = whole("seeds", preset->seeds, 1, 1000);
    const long points = whole("points", preset->points, 2, 1000000);

    std::vector<RunSpec> runs;
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
        for (const RunSpec& r : runs) {
            if (r.label == key_of(spec)) program.fail("--runs names '" + spec + "' twice");
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
    std::printf("%-18s %6s %9s  %-28s  %-8s %s\n", "run", "bias", "finished", "test accuracy [95% interval]",
                "dead at", "dead at");
    std::printf("%-18s %6s %9s  %-28s  %-8s %s\n", "", "", "", "", "start", "the end");

    // Per run, per seed: the final test accuracy and dead fraction, NaN for
    // a seed that diverged (the comparisons pair runs by seed).
    std::vector<std::vector<double>> final_test(runs.size()), final_dead(runs.size());
    std::vector<std::string> diverged_notes;
    std::vector<std::vector<std::string>> summary;
    std::vector<std::string> all_diverged;

    for (std::size_t r = 0; r < runs.size(); ++r) {
        const RunSpec& run = runs[r];
        experiment::Config c = config;
        c.bias = run.bias;
        std::vector<double> dead_start;
        std::vector<std::vector<double>> columns(6 + config.depth);
        std::vector<std::vector<double>> dead_by_epoch(config.epochs + 1), test_by_epoch(config.epochs + 1);
        std::string diverged_seeds;
        long diverged = 0;
        for (long seed = 1; seed <= seeds; ++seed) {
            c.seed = static_cast<std::uint64_t>(seed);
            const experiment::Result result = experiment::train(c, run.activation, train, test);
            const std::vector<experiment::Epoch>& history = result.history;
            for (std::size_t e = 0; e < history.size(); ++e) {
                const experiment::Epoch& h = history[e];
                columns[0].push_back(static_cast<double>(seed));
                columns[1].push_back(static_cast<double>(e));
                columns[2].push_back(h.train_accuracy);
                columns[3].push_back(h.test_accuracy);
                columns[4].push_back(h.loss);
                columns[5].push_back(h.dead_total);
                for (std::size_t l = 0; l < config.depth; ++l) columns[6 + l].push_back(h.dead[l]);
                if (!result.diverged) {
                    dead_by_epoch[e].push_back(h.dead_total);
                    test_by_epoch[e].push_back(h.test_accuracy);
                }
            }
            dead_start.push_back(history.front().dead_total);
            const double nan = std::nan("");
            final_test[r].push_back(result.diverged ? nan : history.back().test_accuracy);
            final_dead[r].push_back(result.diverged ? nan : history.back().dead_total);
            if (result.diverged) {
                ++diverged;
                diverged_seeds += (diverged_seeds.empty() ? "" : ", ") + std::to_string(seed) + " (epoch " +
                                  std::to_string(result.diverged_in) + ")";
            }
        }
        std::vector<std::string> header = {"seed", "epoch", "train_accuracy", "test_accuracy", "loss", "dead"};
        for (std::size_t l = 1; l <= config.depth; ++l) header.push_back("dead_layer_" + std::to_string(l));
        program.csv("curves_" + run.label, header, columns);

        // Per epoch, over the seeds that finished: the mean and its 95%
        // interval, what the figures draw.
        std::vector<std::vector<double>> band(7);
        for (std::size_t e = 0; e <= config.epochs; ++e) {
            const statistics::Interval t = statistics::interval95(test_by_epoch[e]);
            const statistics::Interval d = statistics::interval95(dead_by_epoch[e]);
            const std::vector<double> row = {double(e), t.mean, t.lo, t.hi, d.mean, d.lo, d.hi};
            for (std::size_t k = 0; k < row.size(); ++k) band[k].push_back(row[k]);
        }
        program.csv("band_" + run.label,
                    {"epoch", "test_mean", "test_lo", "test_hi", "dead_mean", "dead_lo", "dead_hi"}, band);

        // The seeds that finished; a diverged one has no final accuracy.
        std::vector<double> finished_test, finished_dead;
        for (long s = 0; s < seeds; ++s) {
            if (std::isnan(final_test[r][s])) continue;
            finished_test.push_back(final_test[r][s]);
            finished_dead.push_back(final_dead[r][s]);
        }
        const statistics::Interval t = statistics::interval95(finished_test);
        const statistics::Interval de = statistics::interval95(finished_dead);
        const statistics::Interval ds = statistics::interval95(dead_start);
        const std::string finished = std::to_string(seeds - diverged) + " of " + std::to_string(seeds);
        std::printf("%-18s %6g %9s  %-5s %-22s  %-8s %s\n", run.spec.c_str(), run.bias, finished.c_str(),
                    fixed(t.mean).c_str(), bracket(t, false).c_str(), fixed(ds.mean).c_str(),
                    fixed(de.mean).c_str());
        if (diverged > 0) {
            diverged_notes.push_back(run.spec + ": " + std::to_string(diverged) + " of " + std::to_string(seeds) +
                                     " seeds diverged (loss or weights inf or NaN): seed " + diverged_seeds);
        }
        if (diverged == seeds) all_diverged.push_back(run.spec);
        summary.push_back({run.spec, listing::format(run.bias), finished, fixed(t.mean) + " " + bracket(t, false),
                           fixed(ds.mean), fixed(de.mean) + " " + bracket(de, false)});
        program.value(run.label + "_test_mean", fixed(t.mean));
        program.value(run.label + "_test_interval", bracket(t, false));
        program.value(run.label + "_dead_start", fixed(ds.mean));
        program.value(run.label + "_dead_end", fixed(de.mean));
        program.value(run.label + "_dead_end_interval", bracket(de, false));
        program.value(run.label + "_finished", double(seeds - diverged));
        program.value(run.label + "_diverged", double(diverged));
    }
    for (const std::string& note : diverged_notes) std::printf("\n%s", note.c_str());
    if (!diverged_notes.empty()) std::printf("\n");
    program.table("summary",
                  {"run", "initial bias", "seeds finished", "test accuracy: mean [95% interval]",
                   "dead at start: mean", "dead at end: mean [95% interval]"},
                  summary);

    // Every pair of runs, compared seed by seed on the final test accuracy and
    // dead fraction: the verdict is "higher" or "lower" only where the 95%
    // interval of the mean difference excludes 0.
    std::vector<std::vector<std::string>> pairs;
    for (std::size_t b = 0; b < runs.size(); ++b) {
        for (std::size_t a = b + 1; a < runs.size(); ++a) {
            const statistics::Comparison acc = statistics::compare(final_test[a], final_test[b]);
            const statistics::Comparison dead = statistics::compare(final_dead[a], final_dead[b]);
            const std::string key = runs[a].label + "_vs_" + runs[b].label;
            pairs.push_back({runs[a].spec, runs[b].spec, std::to_string(acc.difference.n),
                             fixed(acc.difference.mean, true) + " " + bracket(acc.difference, true),
                             acc.verdict,
                             fixed(dead.difference.mean, true) + " " + bracket(dead.difference, true),
                             dead.verdict});
            program.value(key, phrase(acc.verdict));
            program.value(key + "_diff", fixed(acc.difference.mean, true));
            program.value(key + "_interval", bracket(acc.difference, true));
            program.value(key + "_dead", phrase(dead.verdict));
            program.value(key + "_dead_diff", fixed(dead.difference.mean, true));
            program.value(key + "_dead_interval", bracket(dead.difference, true));
        }
    }
    const std::vector<std::string> pair_header = {
        "run", "against", "seeds", "accuracy difference [95% interval]", "accuracy verdict",
        "dead fraction difference [95% interval]", "dead fraction verdict"};
    program.table("pairs", pair_header, pairs);
    for (std::size_t column : {std::size_t(3), std::size_t(5)}) {
        std::printf("\n%s, paired over the seeds that finished in both (run minus against):\n",
                    column == 3 ? "test accuracy" : "dead fraction at the end");
        std::printf("%-16s %-16s %5s  %-23s %s\n", "run", "against", "seeds", "difference [95% interval]",
                    "verdict");
        for (const auto& row : pairs) {
            std::printf("%-16s %-16s %5s  %-23s %s\n", row[0].c_str(), row[1].c_str(), row[2].c_str(),
                        row[column].c_str(), row[column + 1].c_str());
        }
    }

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("\n%zu runs of %ld seeds in %.1f s\n", runs.size(), seeds, seconds);
    program.value("seconds", seconds, 2);
    program.value("pairs", double(pairs.size()));
    program.value("depth", static_cast<double>(config.depth));
    program.value("width", static_cast<double>(config.width));
    program.value("learning_rate", config.learning_rate);
    program.value("bias", bias);
    program.value("epochs", static_cast<double>(config.epochs));
    program.value("seeds", static_cast<double>(seeds));
    program.value("batch", static_cast<double>(config.batch));
    program.value("train_points", static_cast<double>(2 * points));
    if (seeds > 1) program.value("t_quantile", statistics::student_t_quantile(0.975, double(seeds - 1)), 4);

    if (!all_diverged.empty()) {
        std::string names;
        for (const std::string& n : all_diverged) names += (names.empty() ? "" : ", ") + n;
        std::fprintf(stderr,
                     "resurrection: no result for %s: every seed diverged (loss or weights became inf or "
                     "NaN); a smaller --learning-rate may help\n",
                     names.c_str());
        return 3;
    }
    return 0;
}
