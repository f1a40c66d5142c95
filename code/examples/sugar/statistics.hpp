// The statistics of the SUGAR chapter's experiment: the mean of a few runs,
// its 95% confidence interval (Student's t), and the verdict on the
// difference between two activations trained from the same seeds (paired
// differences). Used by resurrection.cpp and checked by tests/sugar_test.cpp.
#ifndef ACT_EXAMPLES_SUGAR_STATISTICS_HPP
#define ACT_EXAMPLES_SUGAR_STATISTICS_HPP

#include <cmath>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "listing.hpp"

namespace statistics {

/// The regularised incomplete beta function \f$I_x(a, b)\f$ for a, b > 0,
/// by its continued fraction, evaluated with Lentz's method (Press et al.,
/// Numerical Recipes, section 6.4). Where the fraction converges slowly,
/// \f$x > (a+1)/(a+b+2)\f$, it uses \f$I_x(a, b) = 1 - I_{1-x}(b, a)\f$.
inline double incomplete_beta(double a, double b, double x)
{
    if (!(x > 0)) return 0;
    if (!(x < 1)) return 1;
    if (x > (a + 1) / (a + b + 2)) return 1 - incomplete_beta(b, a, 1 - x);
    // x^a (1-x)^b / (a B(a, b)), the factor in front of the fraction.
    const double front = std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) +
                                  a * std::log(x) + b * std::log1p(-x)) / a;
    // The fraction 1 / (1 + d1 / (1 + d2 / (1 + ...))): f below is 1 plus it.
    const double tiny = 1e-300;
    double f = 1, c = 1, d = 0;
    for (int i = 0; i < 1000; ++i) {
        const double m = double(i / 2);
        const double term = i == 0       ? 1.0
                            : i % 2 == 0 ? m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
                                         : -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
        d = 1 + term * d;
        d = 1 / (std::fabs(d) < tiny ? tiny : d);
        c = 1 + term / c;
        c = std::fabs(c) < tiny ? tiny : c;
        f *= c * d;
        if (std::fabs(1 - c * d) < 4e-16) break;  // two units in the last place of 1
    }
    return front * (f - 1);
}

/// The distribution function of Student's t with \p nu degrees of freedom:
/// \f$P(T \le t) = 1 - \tfrac12 I_{\nu/(\nu+t^2)}(\nu/2, 1/2)\f$ for t >= 0.
inline double student_t_cdf(double t, double nu)
{
    const double tail = 0.5 * incomplete_beta(nu / 2, 0.5, nu / (nu + t * t));
    return t >= 0 ? 1 - tail : tail;
}

/// The quantile t with \f$P(T \le t) = p\f$, for 1/2 <= p < 1: found by
/// bisection over the doubles, since the distribution function increases.
inline double student_t_quantile(double p, double nu)
{
    return listing::first_true(0.0, 1e9, [&](double t) { return student_t_cdf(t, nu) >= p; });
}

// [listing:interval]
/// The mean of a sample and its 95% confidence interval (NaN where there
/// is none: no mean for n = 0, no interval for n < 2).
struct Interval {
    std::size_t n = 0;  ///< sample size
    double mean = std::numeric_limits<double>::quiet_NaN();
    double sd = std::numeric_limits<double>::quiet_NaN();  ///< of the sample
    double lo = std::numeric_limits<double>::quiet_NaN();  ///< lower end
    double hi = std::numeric_limits<double>::quiet_NaN();  ///< upper end
};

/// mean +- t * sd / sqrt(n), with t the 97.5% quantile of Student's t with
/// n - 1 degrees of freedom: the interval that covers the true mean in 95%
/// of repetitions if the runs vary like independent normal draws.
inline Interval interval95(const std::vector<double>& sample)
{
    Interval r;
    r.n = sample.size();
    if (r.n == 0) return r;
    double sum = 0;
    for (double v : sample) sum += v;
    r.mean = sum / double(r.n);
    if (r.n < 2) return r;
    double squares = 0;
    for (double v : sample) squares += (v - r.mean) * (v - r.mean);
    r.sd = std::sqrt(squares / double(r.n - 1));
    const double t = student_t_quantile(0.975, double(r.n - 1));
    const double half = t * r.sd / std::sqrt(double(r.n));
    r.lo = r.mean - half;
    r.hi = r.mean + half;
    return r;
}
// [/listing:interval]

// [listing:verdict]
/// How run A compares with run B: the interval of the mean of the paired
/// differences a[i] - b[i] (the same seed i, so the same start and batch
/// order) and the word the chapter prints for it. Only an interval that
/// excludes 0 gives "higher" or "lower".
struct Comparison {
    Interval difference;
    std::string verdict;  ///< higher, lower, not distinguishable, not compared
};

inline Comparison compare(const std::vector<double>& a,
                          const std::vector<double>& b)
{
    std::vector<double> d;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
        // A diverged seed is NaN: it drops out of the pairs.
        if (!std::isnan(a[i]) && !std::isnan(b[i])) d.push_back(a[i] - b[i]);
    }
    Comparison c{interval95(d), ""};
    if (c.difference.n < 2) c.verdict = "not compared";
    else if (c.difference.lo > 0) c.verdict = "higher";
    else if (c.difference.hi < 0) c.verdict = "lower";
    else c.verdict = "not distinguishable";
    return c;
}
// [/listing:verdict]

}  // namespace statistics

#endif
