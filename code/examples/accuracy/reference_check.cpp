// Shows that the float study's reference (each function's careful formula,
// F::reference or F::reference_derivative, in double, and in long double
// near the derivatives' roots) agrees with MPFR, which evaluates the same
// formula with as many bits as it takes: what is left is the rounding of
// double and long double. The float study trusts its reference only because
// of this check: it fails (exit status 1) if the reference is off by more
// than 1/1000 of a float ULP.
#define ACT_STUDY_MPFR
#include <chrono>
#include <cstdio>
#include <limits>
#include <mutex>

#include "functions.hpp"
#include "listing.hpp"
#include "study.hpp"

namespace {

struct Check {
    std::uint64_t inputs = 0;
    double max_ulp = 0, x_at_max = 0;
    std::uint64_t rounding_differs = 0;  // float(reference) != float(MPFR)
};

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("reference_check",
                             "Checks the float study's reference against MPFR on random and hard inputs.");
    program.option("samples", "16384", "random float bit patterns per function");
    program.option("window-step", "64", "check every N-th float inside the windows near roots (1 = all)");
    program.option("threads", "2", "worker threads");
    program.parse(argc, argv);
    const auto samples = static_cast<std::uint64_t>(program.integer("samples", 1, 1L << 32));
    const auto step = static_cast<std::uint64_t>(program.integer("window-step", 1, 1 << 20));
    const auto threads = static_cast<unsigned>(program.integer("threads", 1, 256));

    const auto rows = study::rows();
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<Check> checks(rows.size());
    std::mutex lock;
    double worst = 0;
    std::uint64_t total = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const study::Row& row = rows[r];
        // The inputs: edges of the range, random bit patterns, the windows.
        std::vector<float> xs;
        using L = std::numeric_limits<float>;
        // Finite inputs only: at +-inf the formulas may be 0/0 or inf * 0; the
        // limits there are checked in tests/accuracy_test.cpp.
        for (float m : {0.0f, L::denorm_min(), L::min(), 1e-30f, 0.5f, 1.0f, 20.0f, 88.5f, 1e4f, L::max()}) {
            xs.push_back(m);
            xs.push_back(-m);
        }
        // Seeded by the row's name (FNV-1a), so that a function's inputs do not
        // depend on where the registry lists it, nor on what comes before.
        std::uint64_t state = 0xcbf29ce484222325ull;
        for (const char c : row.name) state = (state ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        while (xs.size() < samples + 20) {
            state = state * 6364136223846793005ull + 1442695040888963407ull;
            const float x = study::float_from_bits(static_cast<std::uint32_t>(state >> 32));
            if (!std::isnan(x)) xs.push_back(x);
        }
        for (const auto& w : row.windows)
            for (std::int64_t i = study::float_index(float(w.first)); i <= study::float_index(float(w.second));
                 i += std::int64_t(step))
                xs.push_back(-study::float_from_bits(static_cast<std::uint32_t>(-i)));  // i < 0 here
        study::parallel_blocks(xs.size(), threads, 256, [&](std::uint64_t b, std::uint64_t e, unsigned) {
            study::Big::widen_exponent_range();
            Check local;
            for (std::uint64_t k = b; k < e; ++k) {
                const float x = xs[k];
                const auto exact = study::exact(row.mp, x, row.params_float.data());
                const double mine = row.reference_float(x);
                const double err = study::ulp_error(mine, exact.first, exact.second) *
                                   (study::ulp<double>(exact.first) / study::ulp<float>(exact.first));
                ++local.inputs;
                // The float the true value rounds to (hi + lo in long double: exact here).
                const float right = static_cast<float>(static_cast<long double>(exact.first) + exact.second);
                if (static_cast<float>(mine) != right) ++local.rounding_differs;
                if (err > local.max_ulp) {
                    local.max_ulp = err;
                    local.x_at_max = x;
                }
            }
            mpfr_free_cache();  // MPFR's per-thread caches (pi, ...): freed before the thread ends
            std::lock_guard<std::mutex> guard(lock);
            checks[r].inputs += local.inputs;
            checks[r].rounding_differs += local.rounding_differs;
            if (local.max_ulp > checks[r].max_ulp) {
                checks[r].max_ulp = local.max_ulp;
                checks[r].x_at_max = local.x_at_max;
            }
        });
        worst = std::max(worst, checks[r].max_ulp);
        total += checks[r].inputs;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    mpfr_free_cache();

    std::printf("The float study's reference against MPFR, in float ULPs:\n\n");
    std::printf("%-22s %9s %14s %14s %16s\n", "function", "inputs", "max error", "at x", "float rounding");
    std::vector<std::vector<std::string>> csv_rows;
    std::uint64_t differs = 0;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const Check& c = checks[r];
        differs += c.rounding_differs;
        std::printf("%-22s %9llu %14.3g %14.7g %16llu\n", rows[r].name.c_str(),
                    static_cast<unsigned long long>(c.inputs), c.max_ulp, c.x_at_max,
                    static_cast<unsigned long long>(c.rounding_differs));
        csv_rows.push_back({rows[r].name, std::to_string(c.inputs), listing::format(c.max_ulp, 3),
                            listing::format(c.x_at_max, 9), std::to_string(c.rounding_differs)});
    }
    program.table("reference_check",
                  {"function", "inputs", "max error (float ulp)", "at x", "float rounding differs"},
                  csv_rows);
    std::printf("\n%llu inputs in %.1f s; worst %.3g float ULP; float rounding differs on %llu\n",
                static_cast<unsigned long long>(total), seconds, worst, static_cast<unsigned long long>(differs));
    program.value("inputs", double(total), 12);
    program.value("worst_float_ulp", worst, 3);
    program.value("rounding_differs", double(differs), 6);
    program.value("seconds", seconds, 3);
    if (worst > 1e-3) {
        std::fprintf(stderr,
                     "reference_check: the reference is off by %.3g float ULP: fix the function's reference "
                     "formula, or its derivative_root_window\n",
                     worst);
        return 1;
    }
    return 0;
}
