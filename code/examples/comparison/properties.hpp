// The comparison page's machinery: one row per function of the registry, and the functions that compute each property
// the page tabulates. tests/comparison_test.cpp checks the property finders
// against known values; properties.cpp runs them over the table.
#ifndef ACT_EXAMPLES_COMPARISON_PROPERTIES_HPP
#define ACT_EXAMPLES_COMPARISON_PROPERTIES_HPP

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "act/registry.hpp"

namespace comparison {

/// One row of the table: the function, its derivative, and what the page
/// declares rather than computes (the smoothness class, with its reason).
struct Activation {
    std::string name;
    std::string title;       // as the pages spell it: "GELU (tanh)"
    std::string parameters;  // the defaults the table uses
    std::function<double(double)> f;
    std::function<double(double)> df;
    std::string smoothness;
    std::string reason;
};

/// The parameters of F as the table shows them: "β = 1, threshold = 20".
template <class F>
std::string parameter_text()
{
    std::string text;
    for (const act::Parameter& p : F::parameters) {
        char value[32];
        std::snprintf(value, sizeof value, "%g", p.default_value);
        text += (text.empty() ? "" : ", ") + std::string(p.symbol) + " = " + value;
    }
    return text;
}

// [listing:table]
/// One row per function of the registry (act/registry.hpp), with its
/// default parameters. A function added to the registry appears here, and
/// on the page, without any change to this file.
inline std::vector<Activation> library()
{
    std::vector<Activation> rows;
    act::functions::for_each([&rows](auto function) {
        using F = decltype(function);
        using f = act::activation<F>;  // act::silu is an object of this type
        using df = act::activation<F, act::Part::derivative>;
        rows.push_back({std::string(F::about.name), std::string(F::about.title),
                        parameter_text<F>(),
                        [](double x) { return f{}(x); },
                        [](double x) { return df{}(x); },
                        std::string(F::about.smoothness),
                        std::string(F::about.smoothness_reason)});
    });
    return rows;
}
// [/listing:table]

// ---------------------------------------------------------------------------
// Property finders

/// The grid on which shapes are examined: [-20, 20]. Far enough out that
/// every function is in its asymptotic regime, near enough that no limit is
/// reached by rounding in double (sigmoid(-20) is still 2e-9, not 0).
struct Grid {
    double lo = -20, hi = 20;
    std::size_t points = 40001;
    double at(std::size_t i) const { return lo + (hi - lo) * double(i) / double(points - 1); }
};

struct Minimum {
    double x;      // where
    double value;  // f(x)
};

// [listing:minimum]
/// The smallest value of f on [lo, hi]: a grid scan brackets it, golden-section
/// search narrows the bracket (derivative-free, to about sqrt(eps)), and if
/// df changes sign across the bracket, bisection on df pins x to full
/// double precision.
inline Minimum find_minimum(const std::function<double(double)>& f,
                            const std::function<double(double)>& df,
                            double lo, double hi, std::size_t points = 40001)
{
    std::size_t best = 0;
    double best_value = f(lo);
    for (std::size_t i = 1; i < points; ++i) {
        const double v = f(lo + (hi - lo) * double(i) / double(points - 1));
        if (v < best_value) best = i, best_value = v;
    }
    const double step = (hi - lo) / double(points - 1);
    double a = std::max(lo, lo + step * (double(best) - 1));
    double b = std::min(hi, lo + step * (double(best) + 1));
    const double r = (std::sqrt(5.0) - 1) / 2;  // golden ratio - 1
    double c = b - r * (b - a), d = a + r * (b - a);
    for (int k = 0; k < 200 && b - a > 1e-15 * std::max(1.0, std::fabs(a)); ++k) {
        if (f(c) < f(d)) {
            b = d;
        } else {
            a = c;
        }
        c = b - r * (b - a);
        d = a + r * (b - a);
    }
    // Polish with the derivative if it brackets a root: df < 0 left, > 0 right.
    double lo_x = a - step, hi_x = b + step;
    if (df(lo_x) < 0 && df(hi_x) > 0) {
        while (true) {
            const double mid = lo_x + (hi_x - lo_x) / 2;
            if (mid <= lo_x || mid >= hi_x) break;
            (df(mid) < 0 ? lo_x : hi_x) = mid;
        }
        a = b = (f(lo_x) < f(hi_x)) ? lo_x : hi_x;
    }
    double x = (a + b) / 2;
    // A minimum at 0 can come out as a denormal when df underflows to 0
    // just left of it (NeLU's 2 a x / (1 + x^2)^2); report it as 0.
    if (std::fabs(x) < 1e-300 && f(0.0) <= f(x)) x = 0.0;
    const double fx = f(x);
    return fx <= best_value ? Minimum{x, fx}
                            : Minimum{lo + step * double(best), best_value};
}
// [/listing:minimum]

/// Non-decreasing on the grid: f(x[i+1]) >= f(x[i]) for every i.
inline bool monotonic(const std::function<double(double)>& f, const Grid& grid = {})
{
    double previous = f(grid.at(0));
    for (std::size_t i = 1; i < grid.points; ++i) {
        const double v = f(grid.at(i));
        if (v < previous) return false;
        previous = v;
    }
    return true;
}

/// Everything the page's tables show for one function.
struct Properties {
    double lower;                 // greatest lower bound (inf over the reals)
    std::string lower_attained;   // where, or why not
    double upper;                 // least upper bound (sup)
    bool upper_attained;
    bool is_monotonic;
    double at_zero, slope_at_zero;
    double at_minus_1e4, at_minus_inf, at_1e4, at_inf;
};

/// Formats a number the way the page's tables show it.
inline std::string show(double v, int digits = 7)
{
    if (std::isnan(v)) return "nan";
    if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
    if (v == 0) return "0";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    std::string s = buf;
    if (s[0] == '-') s = "−" + s.substr(1);
    return s;
}

inline Properties properties(const Activation& a, const Grid& grid = {})
{
    const double inf = std::numeric_limits<double>::infinity();
    Properties p{};
    p.at_zero = a.f(0.0);
    p.slope_at_zero = a.df(0.0);
    p.at_minus_1e4 = a.f(-1e4);
    p.at_minus_inf = a.f(-inf);
    p.at_1e4 = a.f(1e4);
    p.at_inf = a.f(inf);
    p.is_monotonic = monotonic(a.f, grid);

    // Lower bound: the grid's minimum against the limits at -inf and +inf.
    const Minimum m = find_minimum(a.f, a.df, grid.lo, grid.hi, grid.points);
    const double limit = std::min(p.at_minus_inf, p.at_inf);
    if (m.value > limit) {
        p.lower = limit;
        p.lower_attained = std::isinf(limit) ? "unbounded" : "no (limit at −∞)";
    } else if (a.f(grid.lo) == m.value) {
        // Minimal already at the left end of the grid and equal to the limit:
        // a constant stretch. Report where it ends.
        double end = grid.lo;
        for (std::size_t i = 0; i < grid.points && a.f(grid.at(i)) == m.value; ++i) end = grid.at(i);
        p.lower = m.value;
        p.lower_attained = "x ≤ " + show(end);
    } else {
        p.lower = m.value;
        p.lower_attained = "x = " + show(m.x);
    }
    // Upper bound: the limits and the grid's largest value.
    double grid_max = -inf;
    for (std::size_t i = 0; i < grid.points; ++i) grid_max = std::max(grid_max, a.f(grid.at(i)));
    p.upper = std::max({p.at_inf, p.at_minus_inf, grid_max});
    p.upper_attained = grid_max >= p.upper && std::isfinite(p.upper);
    return p;
}

/// The range as an interval: "[" where the bound is attained, "(" where it is a limit.
inline std::string range(const Properties& p)
{
    const bool lower_closed = p.lower_attained.rfind("x", 0) == 0;
    return std::string(lower_closed ? "[" : "(") + show(p.lower) + ", " + show(p.upper) +
           (p.upper_attained ? "]" : ")");
}

}  // namespace comparison

#endif
