// The double accuracy study: every act function and the usual formulas, in
// double, against MPFR, on a dense sample that covers the whole range (every
// binade from the smallest denormal to the largest double, both signs) and
// the hard regions: near 0, near the thresholds where formulas switch or
// exp overflows and underflows, and near the roots of the derivatives.
#define ACT_STUDY_MPFR
#include <cstdio>

#include "driver.hpp"
#include "listing.hpp"
#include "study.hpp"
#include "sweep.hpp"

namespace {

// [listing:double-sample]
/// The double inputs: `per_binade` pseudo-random values in every binade
/// [2^e, 2^(e+1)), e = -1074 ... 1023 (the denormal ones included), both
/// signs; 64 neighbours on each side of the points where formulas switch or
/// exp overflows/underflows; `edge_points` evenly spaced inputs over each of
/// [-746, -700] and [700, 746], both edges of exp (e^x overflows above
/// 709.78, e^-x reaches the denormals below -708.40 and rounds to 0 below
/// -745.13), where formulas built on exp return inf or 0 on a whole
/// interval; and a dense sweep of each window around a derivative's root.
std::vector<double> sample(const study::Row& row, long per_binade, long edge_points,
                           long window_points)
{
    std::vector<double> xs = {0.0, -0.0};
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return double(state >> 11) * 0x1p-53;  // in [0, 1)
    };
    for (int e = -1074; e <= 1023; ++e)
        for (long k = 0; k < per_binade; ++k) {
            // below 2^-1022, rounded to the denormals' grid
            const double x = std::ldexp(1.0 + next(), e);
            xs.push_back(x);
            xs.push_back(-x);
        }
    const double hard[] = {0.5, 1, 2, 13.9, 20, 36.7, 88.7,
                           700, 708.4, 709.78, 744.4, 745.13, 1e4};
    for (double h : hard)
        for (double s : {h, -h}) {
            double up = s, down = s;
            for (int k = 0; k < 64; ++k) {
                xs.push_back(up = std::nextafter(up, INFINITY));
                xs.push_back(down = std::nextafter(down, -INFINITY));
            }
        }
    for (long k = 0; k <= edge_points; ++k) {
        const double x = 700.0 + 46.0 * k / edge_points;
        xs.push_back(x);
        xs.push_back(-x);
    }
    for (const auto& w : row.windows)
        for (long k = 0; k <= window_points; ++k)
            xs.push_back(w.first + (w.second - w.first) * k / window_points);
    return xs;
}
// [/listing:double-sample]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("ulp_double",
                             "Errors in ULPs of every act function and the usual formulas, in double, against MPFR.");
    const long& per_binade = program.integer_option("per-binade", 1, 1, 4096, "inputs per binade and sign");
    const long& edge_points = program.integer_option(
        "edge-points", 2000, 1, 1 << 24, "inputs over each of [-746, -700] and [700, 746], the edges of exp");
    const long& window_points =
        program.integer_option("window-points", 500, 1, 1 << 24, "inputs in each window around a derivative's root");
    study::threads_option(program, 2);
    program.parse(argc, argv);

    // The defaults, then the parameters' study values (act::Parameter::study_values).
    std::vector<study::Row> rows = study::rows();
    for (study::Row& row : study::parameter_rows()) rows.push_back(std::move(row));
    // Each form f of a row in stats[f].
    using Forms = std::vector<study::Stats>;
    const auto run = study::against_mpfr(
        rows, study::threads(program), 128,
        [&](const study::Row& row) { return sample(row, per_binade, edge_points, window_points); },
        // A row at a study value has one more: its one form over x < 0 only
        // (softplus rounds beta x before anything else, which shows there).
        [](const study::Row& row) { return Forms(row.forms.size() + (row.setting.empty() ? 0 : 1)); },
        [](Forms& stats, const study::Row& row, double x, std::pair<double, double> exact) {
            for (std::size_t f = 0; f < row.forms.size(); ++f)
                if (row.forms[f].d) stats[f].add(x, row.forms[f].d(x, row.param), exact.first, exact.second);
            if (!row.setting.empty() && x < 0)
                stats[1].add(x, row.forms[0].d(x, row.param), exact.first, exact.second);
        },
        [](Forms& stats, const Forms& part) {
            for (std::size_t f = 0; f < stats.size(); ++f) stats[f].merge(part[f]);
        });
    const study::Table& table = run.results;
    const std::uint64_t inputs = run.inputs;
    const double seconds = run.seconds;

    std::printf("double study: %llu inputs (%ld per binade and sign, hard points, %ld on each edge of exp, root windows), "
                "%.1f s\n\n",
                static_cast<unsigned long long>(inputs), per_binade, edge_points, seconds);
    std::printf("%-22s %-40s %11s %14s %8s %5s %5s %5s %s\n", "function", "form", "max ulp", "at x", ">1 ulp",
                "inf", "nan", "zero", "0 sampled at");
    std::vector<std::vector<std::string>> csv_rows, setting_rows;  // double_study.csv, double_parameters.csv
    double act_worst = 0;
    std::string act_worst_name;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        if (!rows[r].setting.empty()) {  // one form, act's, at a study value
            const study::Stats& s = table[r][0];
            const study::Stats& left = table[r][1];
            std::printf("%-22s %-40s %11.4g %14.8g %8llu %5llu %5llu %5llu %.8g\n", rows[r].name.c_str(),
                        ("act at " + rows[r].setting).c_str(), s.max_ulp, s.x_at_max,
                        static_cast<unsigned long long>(s.over_one), static_cast<unsigned long long>(s.spurious_inf),
                        static_cast<unsigned long long>(s.spurious_nan),
                        static_cast<unsigned long long>(s.spurious_zero), s.first_zero);
            setting_rows.push_back({rows[r].name, rows[r].setting, listing::format(s.max_ulp, 4),
                                    listing::format(s.x_at_max, 9), listing::format(left.max_ulp, 4),
                                    listing::format(left.x_at_max, 9), std::to_string(s.over_one),
                                    std::to_string(s.spurious_inf + s.spurious_nan + s.spurious_zero)});
            program.value(rows[r].key() + ".max_ulp", s.max_ulp, 3);
            program.value(rows[r].key() + ".x_at_max", s.x_at_max, 7);
            program.value(rows[r].key() + ".left_max_ulp", left.max_ulp, 3);
            program.value(rows[r].key() + ".left_x_at_max", left.x_at_max, 7);
            continue;
        }
        for (std::size_t f = 0; f < rows[r].forms.size(); ++f) {
            if (!rows[r].forms[f].d) continue;  // a float-only form
            const study::Stats& s = table[r][f];
            std::printf("%-22s %-40s %11.4g %14.8g %8llu %5llu %5llu %5llu %.8g\n", f == 0 ? rows[r].name.c_str() : "",
                        rows[r].forms[f].name.c_str(), s.max_ulp, s.x_at_max,
                        static_cast<unsigned long long>(s.over_one), static_cast<unsigned long long>(s.spurious_inf),
                        static_cast<unsigned long long>(s.spurious_nan),
                        static_cast<unsigned long long>(s.spurious_zero), s.first_zero);
            csv_rows.push_back({rows[r].name, rows[r].forms[f].name, listing::format(s.max_ulp, 4),
                                listing::format(s.x_at_max, 9), std::to_string(s.over_one),
                                std::to_string(s.spurious_inf), std::to_string(s.spurious_nan),
                                std::to_string(s.spurious_zero),
                                std::isnan(s.first_zero) ? std::string() : listing::format(s.first_zero, 9)});
            const std::string key = rows[r].name + "." + std::to_string(f);
            program.value(key + ".max_ulp", s.max_ulp, 3);
            program.value(key + ".x_at_max", s.x_at_max, 7);
            if (f == 0 && s.max_ulp > act_worst) {
                act_worst = s.max_ulp;
                act_worst_name = rows[r].name;
            }
        }
    }
    program.table("double_study", {"function", "form", "max ulp", "at x", "inputs > 1 ulp", "spurious inf",
                                   "spurious NaN", "spurious 0", "smallest |x| sampled with a spurious 0"},
                  csv_rows);
    program.table("double_parameters", {"function", "parameter", "max ulp", "at x", "max ulp for x < 0",
                                        "at x < 0", "inputs > 1 ulp", "spurious inf/NaN/0"},
                  setting_rows);
    program.value("inputs", double(inputs), 12);
    program.value("seconds", seconds, 3);
    program.value("per_binade", double(per_binade), 6);
    program.value("edge_points", double(edge_points), 6);
    program.value("act_worst_ulp", act_worst, 3);
    program.value("act_worst_function", act_worst_name);
    return 0;
}
