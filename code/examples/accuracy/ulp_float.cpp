// The float32 accuracy study: for every function and derivative of the act
// library, and for the formulas readers meet elsewhere, the largest error in
// ULPs over float inputs, where it occurs, how many results are more than
// 1 ULP off, and where inf, NaN or 0 appears although the true value is a
// finite non-zero float. By default every 4099th bit pattern (seconds);
// with --exhaustive all 2^32 of them (`./book accuracy`).
#define ACT_STUDY_MPFR  // the reference at float ties (sweep.hpp)
#include <chrono>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <thread>

#include "driver.hpp"
#include "listing.hpp"
#include "sweep.hpp"

namespace {

std::string cell(double v, int digits = 6)
{
    return std::isnan(v) ? std::string("") : listing::format(v, digits);
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("ulp_float",
                             "Errors in ULPs of every act function and of the usual formulas, over float inputs.");
    study::sweep_options(program, "yes: all 2^32 floats for act's functions (the other forms keep --stride)");
    program.option("functions", "all", "comma-separated names (e.g. silu,silu_derivative): only these rows");
    study::threads_option(program, std::max(1u, std::thread::hardware_concurrency()));
    program.parse(argc, argv);
    const auto stride = static_cast<unsigned long>(study::stride(program));
    const unsigned threads = study::threads(program);
    // The usual formulas are always measured on every --stride-th input; with
    // --exhaustive the library's own functions get all 2^32.
    const auto other_stride = static_cast<unsigned long>(program.integer("stride", 1, 1 << 20));

    // The defaults, then the parameters' study values (act::Parameter::study_values).
    std::vector<study::Row> rows = study::rows();
    for (study::Row& row : study::parameter_rows()) rows.push_back(std::move(row));
    if (program.text("functions") != "all") {
        std::vector<study::Row> chosen;
        std::stringstream names(program.text("functions"));
        for (std::string name; std::getline(names, name, ',');) {
            const auto before = chosen.size();
            for (const study::Row& r : rows)
                if (r.name == name) chosen.push_back(r);
            if (chosen.size() == before) program.fail("--functions: no function named '" + name + "' in the study");
        }
        rows = chosen;
    }
    // Rows at non-default parameters: every input of the sample, but with
    // --exhaustive every 17th bit pattern (about 250 million floats each;
    // all of them would double the hour the study takes).
    const unsigned long setting_stride = stride == 1 ? 17 : stride;
    const auto t0 = std::chrono::steady_clock::now();
    const study::Table table = study::sweep_float(rows, stride, threads, other_stride, setting_stride);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

    const std::uint64_t sampled = ((std::uint64_t(1) << 32) + stride - 1) / stride;
    const auto default_rows = static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [](const study::Row& r) { return r.setting.empty(); }));
    std::printf("float32 study: %s (%llu bit patterns) + every float near the derivatives' roots,\n"
                "%zu functions, %u threads, %.1f s\n\n",
                stride == other_stride ? ("every " + std::to_string(stride) + "th input").c_str()
                                       : "all 2^32 inputs for act, strided for the other forms",
                static_cast<unsigned long long>(sampled), default_rows, threads, seconds);
    std::printf("%-22s %-40s %11s %13s %9s %5s %5s %5s %4s\n", "function", "form", "max ulp", "at x",
                ">1 ulp", "inf", "nan", "zero", "NaN");

    std::vector<std::vector<std::string>> study_rows, act_rows, setting_rows;  // float_study, float_act, float_parameters

    int act_failures = 0, setting_failures = 0;
    double act_worst = 0, setting_worst = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (!rows[r].setting.empty()) {  // one form, act's, at a study value
            const study::Stats& s = table[r][0];
            std::printf("%-22s %-40s %11.4g %13.7g %9llu %5llu %5llu %5llu %4s\n", rows[r].name.c_str(),
                        ("act at " + rows[r].setting).c_str(), s.max_ulp, s.x_at_max,
                        static_cast<unsigned long long>(s.over_one), static_cast<unsigned long long>(s.spurious_inf),
                        static_cast<unsigned long long>(s.spurious_nan),
                        static_cast<unsigned long long>(s.spurious_zero), s.nan_lost == 0 ? "kept" : "LOST");
            setting_rows.push_back({rows[r].name, rows[r].setting, cell(s.max_ulp, 4), cell(s.x_at_max, 9),
                                    std::to_string(s.inputs), std::to_string(s.over_half),
                                    std::to_string(s.over_one),
                                    std::to_string(s.spurious_inf + s.spurious_nan + s.spurious_zero),
                                    s.nan_lost == 0 ? "yes" : "no"});
            program.value(rows[r].key() + ".max_ulp", s.max_ulp, 3);
            program.value(rows[r].key() + ".x_at_max", s.x_at_max, 7);
            setting_worst = std::max(setting_worst, s.max_ulp);
            if (!s.meets_goal()) ++setting_failures;
            continue;
        }
        for (std::size_t f = 0; f < rows[r].forms.size(); ++f) {
            const study::Stats& s = table[r][f];
            const bool nan_kept = s.nan_lost == 0;
            std::printf("%-22s %-40s %11.4g %13.7g %9llu %5llu %5llu %5llu %4s\n",
                        f == 0 ? rows[r].name.c_str() : "", rows[r].forms[f].name.c_str(), s.max_ulp,
                        s.x_at_max, static_cast<unsigned long long>(s.over_one),
                        static_cast<unsigned long long>(s.spurious_inf),
                        static_cast<unsigned long long>(s.spurious_nan),
                        static_cast<unsigned long long>(s.spurious_zero), nan_kept ? "kept" : "LOST");
            study_rows.push_back({rows[r].name, rows[r].forms[f].name, cell(s.max_ulp, 4),
                                  cell(s.x_at_max, 9), std::to_string(s.over_one),
                                  std::to_string(s.spurious_inf), std::to_string(s.spurious_nan),
                                  std::to_string(s.spurious_zero), cell(s.first_zero, 9),
                                  nan_kept ? "yes" : "no"});
            const std::string key = rows[r].name + "." + std::to_string(f);
            program.value(key + ".max_ulp", s.max_ulp, 3);
            program.value(key + ".x_at_max", s.x_at_max, 7);
            program.value(key + ".over_one", double(s.over_one), 12);
            program.value(key + ".spurious", double(s.spurious_inf + s.spurious_nan + s.spurious_zero), 12);
            program.value(key + ".form", rows[r].forms[f].name);
            if (f == 0) {
                act_worst = std::max(act_worst, s.max_ulp);
                if (!s.meets_goal()) ++act_failures;
                act_rows.push_back({rows[r].name, cell(s.max_ulp, 4), cell(s.x_at_max, 9),
                                    std::to_string(s.over_half), std::to_string(s.over_one),
                                    std::to_string(s.spurious_inf + s.spurious_nan + s.spurious_zero),
                                    nan_kept ? "yes" : "no"});
            }
        }
    }
    program.table("float_study", {"function", "form", "max ulp", "at x", "inputs > 1 ulp", "spurious inf",
                                  "spurious NaN", "spurious 0", "smallest |x| sampled with a spurious 0", "NaN kept"},
                  study_rows);
    program.table("float_act", {"function", "max ulp", "at x", "inputs > 0.5 ulp", "inputs > 1 ulp",
                                "spurious inf/NaN/0", "NaN kept"},
                  act_rows);
    program.table("float_parameters", {"function", "parameter", "max ulp", "at x", "inputs", "inputs > 0.5 ulp",
                                       "inputs > 1 ulp", "spurious inf/NaN/0", "NaN kept"},
                  setting_rows);
    program.value("parameters_worst_ulp", setting_worst, 3);
    program.value("parameters_failures", double(setting_failures), 3);
    program.value("parameters_rows", double(setting_rows.size()), 3);
    program.value("parameters_mode", setting_stride == 1 ? "every float bit pattern"
                                                         : "every " + std::to_string(setting_stride) +
                                                               "th float bit pattern");
    program.value("mode", stride == other_stride
                              ? "every " + std::to_string(stride) + "th float bit pattern"
                              : "all 2^32 float inputs for act's functions, every " + std::to_string(other_stride) +
                                    "th bit pattern for the other forms");
    // Where the naive sigmoid 1/(1+exp(-x)) starts returning 0: bisected over
    // the floats, not read off the sample (exp(-x) overflows to inf there).
    const auto naive_zero = [](float x) { return study::naive::sigmoid(x) == 0.0f; };
    const float zero_below =
        -listing::first_true(0.0f, std::numeric_limits<float>::max(), [&](float m) { return naive_zero(-m); });
    program.threshold("naive_sigmoid_zero_below", zero_below, 0.0f, naive_zero, 9);
    // The closed form: exp(-x) is inf once -x rounds above log(FLT_MAX).
    program.value("log_float_max", std::log(double(std::numeric_limits<float>::max())), 9);
    program.value("inputs", double(sampled), 12);
    program.value("seconds", seconds, 3);
    program.value("threads", double(threads), 3);
    program.value("functions", double(default_rows), 3);
    program.value("act_worst_ulp", act_worst, 3);
    program.value("act_failures", double(act_failures), 3);
    std::printf("\nact: worst %.4g ulp; %d function(s) miss goal 1 (<= 1 ulp, no spurious inf/NaN/0, NaN kept)\n",
                act_worst, act_failures);
    return 0;
}
