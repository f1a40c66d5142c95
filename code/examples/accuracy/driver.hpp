// What the accuracy study's programs share besides the measurement itself
// (study.hpp): their common options, --threads and the sweep's --stride and
// --exhaustive, and, with MPFR (ACT_STUDY_MPFR), the loop that measures
// every row of functions.hpp on its inputs against MPFR on several threads
// (ulp_double and reference_check).
#ifndef ACT_ACCURACY_DRIVER_HPP
#define ACT_ACCURACY_DRIVER_HPP

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "functions.hpp"
#include "listing.hpp"
#include "study.hpp"

namespace study {

/// Declares --threads, how many threads the program works on.
inline void threads_option(listing::Program& program, unsigned fallback, const std::string& help = "worker threads")
{
    program.option("threads", std::to_string(fallback), help);
}

/// --threads, from 1 to 256 (or exit 2).
inline unsigned threads(const listing::Program& program)
{
    return static_cast<unsigned>(program.integer("threads", 1, 256));
}

/// Declares --stride and --exhaustive, which choose the float bit patterns
/// a sweep measures: every --stride-th, or all 2^32 with --exhaustive yes.
inline void sweep_options(listing::Program& program, const std::string& exhaustive_help)
{
    program.option("stride", "4099", "measure every N-th float bit pattern (1 = all 2^32)");
    program.option("exhaustive", "no", exhaustive_help);
}

/// --stride (1 to 2^20) without --exhaustive yes, 1 with it; exit 2 if
/// --exhaustive is neither yes nor no.
inline std::uint64_t stride(const listing::Program& program)
{
    const std::string exhaustive = program.text("exhaustive");
    if (exhaustive != "yes" && exhaustive != "no") program.fail("--exhaustive expects yes or no");
    return exhaustive == "yes" ? 1 : static_cast<std::uint64_t>(program.integer("stride", 1, 1 << 20));
}

#ifdef ACT_STUDY_MPFR
/// What against_mpfr() measured: one result per row.
template <class Result>
struct MpfrRun {
    std::vector<Result> results;  ///< results[r]: row r's
    std::uint64_t inputs = 0;     ///< inputs measured, over all rows
    double seconds = 0;           ///< how long it took
};

/// Measures every row of `rows` against MPFR: the inputs inputs(row) (a
/// vector of float or double), on `threads` threads in blocks of `block`.
/// Each thread measures its block into a result of its own, empty(row), by
/// measure(result, row, x, exact) (exact: the true value at x as an
/// unevaluated sum hi + lo, with the parameters as x's type gets them), and
/// merges it into the row's with merge(row_result, result), one thread at a
/// time. Each block sets MPFR up (parallel_blocks frees its caches).
/// ACT_STUDY_VERBOSE in the environment prints the time after each row.
template <class Inputs, class Empty, class Measure, class Merge>
auto against_mpfr(const std::vector<Row>& rows, unsigned threads, std::uint64_t block, Inputs inputs, Empty empty,
                  Measure measure, Merge merge)
{
    MpfrRun<decltype(empty(rows.front()))> run;
    const auto t0 = std::chrono::steady_clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); };
    std::mutex lock;
    for (const Row& row : rows) {
        run.results.push_back(empty(row));
        auto& row_result = run.results.back();
        const auto xs = inputs(row);
        run.inputs += xs.size();
        parallel_blocks(xs.size(), threads, block, [&](std::uint64_t b, std::uint64_t e, unsigned) {
            Big::widen_exponent_range();
            auto result = empty(row);
            for (std::uint64_t k = b; k < e; ++k) {
                const auto x = xs[k];
                const bool as_float = std::is_same_v<std::decay_t<decltype(x)>, float>;
                measure(result, row, x, exact(row.mp, x, (as_float ? row.params_float : row.params).data()));
            }
            std::lock_guard<std::mutex> guard(lock);
            merge(row_result, result);
        });
        if (std::getenv("ACT_STUDY_VERBOSE")) std::fprintf(stderr, "%s: %.1f s\n", row.name.c_str(), elapsed());
    }
    run.seconds = elapsed();
    return run;
}
#endif

}  // namespace study

#endif
