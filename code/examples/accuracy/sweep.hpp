// The float32 sweep of the accuracy study: every row of functions.hpp, every
// form, on every `stride`-th float bit pattern (stride 1: all 2^32 of them,
// NaNs and infinities included), plus every float inside the rows' windows.
#ifndef ACT_ACCURACY_SWEEP_HPP
#define ACT_ACCURACY_SWEEP_HPP

#include <cstdint>
#include <limits>
#include <vector>

#include "functions.hpp"
#include "study.hpp"

namespace study {

/// stats[r][f]: row r, form f.
using Table = std::vector<std::vector<Stats>>;

// [listing:sweep]
/// stats[r][f] over every `stride`-th float bit pattern (1: all of them);
/// forms other than act's only on every `other_stride`-th, and rows at
/// non-default parameters (their setting) on every `setting_stride`-th.
inline Table sweep_float(const std::vector<Row>& rows, std::uint64_t stride,
                         unsigned threads, std::uint64_t other_stride = 0,
                         std::uint64_t setting_stride = 0)
{
    if (other_stride == 0) other_stride = stride;
    if (setting_stride == 0) setting_stride = stride;
    std::vector<Table> partial(std::max(1u, threads));
    for (auto& t : partial) {
        t.resize(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            t[r].resize(rows[r].forms.size());
    }
    // One x: its reference once, then forms [first, last) against it.
    auto measure = [&](Table& t, std::size_t r, float x, std::size_t first,
                       std::size_t last) {
        const Row& row = rows[r];
        double want = row.reference_float(x), rest = 0;
#ifdef ACT_STUDY_MPFR
        // The double reference exactly halfway between two floats: the
        // true value may lie just beside it (x sigma(x) = x/2 + x^2/4 at
        // x = 2^-149); MPFR says which side (hi + lo, lo beyond the double).
        if (float_tie(want) && !std::isinf(x)) {
            Big::widen_exponent_range();
            const auto e = exact(row.mp, x, row.params_float.data());
            want = e.first;
            rest = e.second;
        }
#endif
        const float a = static_cast<float>(row.param);
        for (std::size_t f = first; f < last; ++f)
            t[r][f].add(x, row.forms[f].f(x, a), want, rest);
    };
    const std::uint64_t count = ((std::uint64_t(1) << 32) + stride - 1) / stride;
    parallel_blocks(
        count, threads, 1 << 16, [&](std::uint64_t b, std::uint64_t e, unsigned th) {
            for (std::size_t r = 0; r < rows.size(); ++r)
                for (std::uint64_t k = b; k < e; ++k) {
                    const std::uint64_t bits = k * stride;
                    if (!rows[r].setting.empty() && bits % setting_stride != 0)
                        continue;
                    const float x = float_from_bits(static_cast<std::uint32_t>(bits));
                    measure(partial[th], r, x, 0,
                            bits % other_stride == 0 ? rows[r].forms.size() : 1);
                }
        });
    // Every float of the windows, where a derivative has its root, for the
    // forms the main sweep did not already measure on all of them.
    const std::size_t first = stride == 1 ? 1 : 0;
    if (other_stride > 1) {
        for (std::size_t r = 0; r < rows.size(); ++r) {
            for (const auto& w : rows[r].windows) {
                const std::int64_t lo = float_index(float(w.first)),
                                   hi = float_index(float(w.second));
                parallel_blocks(std::uint64_t(hi - lo + 1), threads, 1 << 14,
                                [&](std::uint64_t b, std::uint64_t e, unsigned th) {
                                    for (std::uint64_t k = b; k < e; ++k) {
                                        const std::int64_t i = lo + std::int64_t(k);
                                        const std::uint32_t bits =
                                            i < 0 ? std::uint32_t(-i) | 0x80000000u
                                                  : std::uint32_t(i);
                                        measure(partial[th], r,
                                                float_from_bits(bits), first,
                                                rows[r].forms.size());
                                    }
                                });
            }
        }
    }
    // The edges, whatever the stride: +-0, +-denorm_min, +-max, +-inf (one
    // block on this thread, like every MPFR computation: parallel_blocks
    // frees MPFR's caches after it).
    parallel_blocks(1, 1, 1, [&](std::uint64_t, std::uint64_t, unsigned) {
        for (float m : {0.0f, std::numeric_limits<float>::denorm_min(),
                        std::numeric_limits<float>::max(),
                        std::numeric_limits<float>::infinity()})
            for (float x : {m, -m})
                for (std::size_t r = 0; r < rows.size(); ++r)
                    measure(partial[0], r, x, 0, rows[r].forms.size());
    });
    Table total = partial[0];
    for (std::size_t t = 1; t < partial.size(); ++t)
        for (std::size_t r = 0; r < rows.size(); ++r)
            for (std::size_t f = 0; f < rows[r].forms.size(); ++f)
                total[r][f].merge(partial[t][r][f]);
    return total;
}
// [/listing:sweep]

}  // namespace study

#endif
