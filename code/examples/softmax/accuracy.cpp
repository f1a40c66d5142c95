// The accuracy of softmax and log-softmax on vectors: random vectors of
// several lengths and scales, every component's error in ULPs of the
// output's type against a GNU MPFR reference (256 bits), for the library in
// float and double and for the float formulas it replaces.
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <mpfr.h>
#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/softmax.hpp"
#include "forms.hpp"
#include "listing.hpp"

namespace {

// An MPFR number that frees itself.
struct Big {
    mpfr_t v;
    Big() { mpfr_init2(v, 256); }
    ~Big() { mpfr_clear(v); }
    Big(const Big&) = delete;
    Big& operator=(const Big&) = delete;
};

// [listing:reference]
// The exact softmax and log-softmax of one row (to 256 bits): with m the
// maximum, at its index j*, d_k = x_k - m, rest = sum over k != j* of e^d_k;
// s_k = e^d_k / (1 + rest) and y_k = d_k - log1p(rest).
void reference(const std::vector<double>& x, std::vector<Big>& s, std::vector<Big>& y)
{
    std::size_t at = 0;
    for (std::size_t k = 0; k < x.size(); ++k)
        if (x[k] > x[at]) at = k;
    Big rest, d, e, denominator;
    mpfr_set_zero(rest.v, 1);
    for (std::size_t k = 0; k < x.size(); ++k) {
        if (k == at) continue;
        mpfr_set_d(d.v, x[k], MPFR_RNDN);
        mpfr_sub_d(d.v, d.v, x[at], MPFR_RNDN);
        mpfr_exp(e.v, d.v, MPFR_RNDN);
        mpfr_add(rest.v, rest.v, e.v, MPFR_RNDN);
    }
    mpfr_add_ui(denominator.v, rest.v, 1, MPFR_RNDN);
    mpfr_log1p(rest.v, rest.v, MPFR_RNDN);  // log of the sum
    for (std::size_t k = 0; k < x.size(); ++k) {
        mpfr_set_d(d.v, x[k], MPFR_RNDN);
        mpfr_sub_d(d.v, d.v, x[at], MPFR_RNDN);
        mpfr_exp(e.v, d.v, MPFR_RNDN);
        mpfr_div(s[k].v, e.v, denominator.v, MPFR_RNDN);
        mpfr_sub(y[k].v, d.v, rest.v, MPFR_RNDN);
    }
}

// The error of `got` in ULPs of T at the exact value r: |got - r| / ulp(r),
// where ulp(r) is the spacing of T's numbers at |r| (the smallest denormal
// at and below the normal range). Infinite for a NaN or an infinity where r
// is finite.
template <class T>
double ulp_error(T got, const Big& r)
{
    if (!std::isfinite(got)) return std::numeric_limits<double>::infinity();
    constexpr int digits = std::numeric_limits<T>::digits;            // 24 or 53
    // the exponent of denorm_min
    constexpr int lowest = std::numeric_limits<T>::min_exponent - digits;
    long exponent = lowest;
    if (!mpfr_zero_p(r.v))  // r in [2^(e-1), 2^e)
        exponent = std::max<long>(mpfr_get_exp(r.v) - digits, lowest);
    Big diff;
    mpfr_sub_d(diff.v, r.v, double(got), MPFR_RNDN);
    mpfr_abs(diff.v, diff.v, MPFR_RNDN);
    mpfr_mul_2si(diff.v, diff.v, -exponent, MPFR_RNDN);
    return mpfr_get_d(diff.v, MPFR_RNDN);
}
// [/listing:reference]


// The worst error of each form over a set of rows, as table cells.
struct Worst {
    double ulps = 0;
    long wrong = 0;  // a NaN or an infinity where the exact value is finite
    void add(double e)
    {
        if (std::isinf(e))
            ++wrong;
        else
            ulps = std::max(ulps, e);
    }
    std::string cell() const
    {
        std::string c = listing::format(ulps, 3);
        if (wrong) c += " (" + std::to_string(wrong) + " inf or NaN)";
        return c;
    }
};

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("accuracy", "Componentwise ULP errors of softmax and log-softmax against MPFR.");
    const long& rows = program.integer_option("rows", 10, 1, 1000, "random vectors per length and scale");
    program.parse(argc, argv);

    // [listing:study]
    const std::vector<std::size_t> lengths = {10, 100, 1000};
    // the standard deviations of the inputs
    const std::vector<double> scales = {1, 10, 100, 1000};
    // [/listing:study]
    const std::vector<std::string> forms = {
        "act::softmax, float",      "act::log_softmax, float",        "act::softmax, double",
        "act::log_softmax, double", "textbook e^x / sum e^x, float", "shifted softmax, float arithmetic",
        "shifted log-softmax, float arithmetic"};
    std::vector<std::vector<Worst>> worst(forms.size(), std::vector<Worst>(scales.size()));
    std::mt19937 generator(2026);
    long components = 0;
    for (std::size_t c = 0; c < scales.size(); ++c)
        for (const std::size_t n : lengths)
            for (long r = 0; r < rows; ++r) {
                std::normal_distribution<double> normal(0.0, scales[c]);
                xt::xarray<float> xf = xt::xarray<float>::from_shape({n});
                for (auto& v : xf) v = static_cast<float>(normal(generator));
                const xt::xarray<double> xd = xf;  // the same inputs, for the double rows
                std::vector<double> x(xd.begin(), xd.end());
                std::vector<Big> s(n), y(n);
                reference(x, s, y);
                const xt::xarray<float> results_f[] = {act::softmax(xf), act::log_softmax(xf), textbook_softmax(xf),
                                                       shifted_softmax(xf), shifted_log_softmax(xf)};
                const xt::xarray<double> sd = act::softmax(xd), yd = act::log_softmax(xd);
                for (std::size_t k = 0; k < n; ++k) {
                    worst[0][c].add(ulp_error(results_f[0](k), s[k]));
                    worst[1][c].add(ulp_error(results_f[1](k), y[k]));
                    worst[2][c].add(ulp_error(sd(k), s[k]));
                    worst[3][c].add(ulp_error(yd(k), y[k]));
                    worst[4][c].add(ulp_error(results_f[2](k), s[k]));
                    worst[5][c].add(ulp_error(results_f[3](k), s[k]));
                    worst[6][c].add(ulp_error(results_f[4](k), y[k]));
                }
                components += long(n);
            }

    std::vector<std::string> header = {"form"};
    for (double sc : scales) header.push_back("scale " + listing::format(sc));
    std::vector<std::vector<std::string>> table;
    std::printf("%-40s", "worst error in ULPs, by input scale");
    for (double sc : scales) std::printf(" %18s", ("scale " + listing::format(sc)).c_str());
    std::printf("\n");
    for (std::size_t f = 0; f < forms.size(); ++f) {
        std::vector<std::string> row = {forms[f]};
        std::printf("%-40s", forms[f].c_str());
        for (const Worst& w : worst[f]) {
            row.push_back(w.cell());
            std::printf(" %18s", w.cell().c_str());
        }
        std::printf("\n");
        table.push_back(row);
    }
    program.table("errors", header, table);
    auto overall = [&](std::size_t f) {
        double m = 0;
        for (const Worst& w : worst[f]) m = std::max(m, w.wrong ? std::numeric_limits<double>::infinity() : w.ulps);
        return m;
    };
    program.value("components", double(components), 9);
    program.value("rows", double(rows), 9);
    program.value("float_softmax_worst", overall(0), 3);
    program.value("float_log_softmax_worst", overall(1), 3);
    program.value("double_softmax_worst", overall(2), 3);
    program.value("double_log_softmax_worst", overall(3), 3);
    std::printf("%ld components; goal: act's float results within 1 ULP: %s\n", components,
                overall(0) <= 1 && overall(1) <= 1 ? "met" : "MISSED");
    program.value("float_goal", overall(0) <= 1 && overall(1) <= 1 ? "met" : "missed");
    return 0;
}
