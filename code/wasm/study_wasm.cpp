// The float/double explorer's calls: the accuracy study's table of forms
// (code/examples/accuracy/functions.hpp: act's form and the formulas readers
// meet elsewhere, for every function and derivative of the registry) at one
// x chosen by the reader, in float and in double, with each result's error
// in ULPs against the study's reference (study.hpp's ulp_error): the
// description's reference formula evaluated in wide::Wide in the browser
// (wide.hpp: long double, 113 bits there, with functions of its own where
// the browser's C library computes them in double only), and in MPFR with
// 256 bits natively (explorer_values, built with ACT_EXPLORER_MPFR), so that
// the site check, comparing the two, also checks the browser's reference.
#include <cmath>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "functions.hpp"
#include "study.hpp"
#include "wide.hpp"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#define ACT_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define ACT_EXPORT extern "C"
#endif

extern "C" double* act_outputs();

namespace {

const std::vector<study::Row>& table()
{
    static const std::vector<study::Row> rows = study::rows();
    return rows;
}

#if defined(ACT_EXPLORER_MPFR)
using Real = study::Big;
std::pair<double, double> split(const Real& v) { return v.to_double_double(); }
#else
using Real = wide::Wide;
std::pair<double, double> split(const Real& v)
{
    const double hi = static_cast<double>(v.v);
    return {hi, std::isfinite(hi) ? static_cast<double>(v.v - hi) : 0.0};
}
#endif

/// The rows' references in Real, in the order of study::rows(): each
/// function's value, then its derivative.
using Reference = Real (*)(Real, const double*);
const std::vector<Reference>& references()
{
    static const std::vector<Reference> all = [] {
        std::vector<Reference> r;
        act::functions::for_each([&](auto f) {
            using F = decltype(f);
            r.push_back(&study::detail::reference_of<F, act::Part::value, Real>);
            r.push_back(&study::detail::reference_of<F, act::Part::derivative, Real>);
        });
        return r;
    }();
    return all;
}

/// The reference at x (the value at +-1e300 for +-inf, as the study takes
/// it: every formula has saturated there) as hi + lo.
std::pair<double, double> reference_at(std::size_t row, double x, const double* params)
{
#if defined(ACT_EXPLORER_MPFR)
    study::Big::precision() = 256;
    study::Big::widen_exponent_range();
#endif
    return split(references()[row](Real(std::isinf(x) ? std::copysign(1e300, x) : x), params));
}

std::string quoted(const std::string& s)
{
    std::string q = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') q += '\\';
        q += c;
    }
    return q + "\"";
}

std::string forms_description;

}  // namespace

/// The study's rows as JSON: [{name, forms: [{name, double}]}] (double:
/// whether the form exists in double too; some are float-only).
ACT_EXPORT const char* act_forms_json()
{
    if (forms_description.empty()) {
        forms_description = "[";
        for (const study::Row& row : table()) {
            if (forms_description.size() > 1) forms_description += ",";
            forms_description += "{\"name\":" + quoted(row.name) + ",\"forms\":[";
            for (std::size_t k = 0; k < row.forms.size(); ++k)
                forms_description += std::string(k ? "," : "") + "{\"name\":" + quoted(row.forms[k].name) +
                                     ",\"double\":" + (row.forms[k].d ? "true" : "false") + "}";
            forms_description += "]}";
        }
        forms_description += "]";
    }
    return forms_description.c_str();
}

/// Row `row` of the study at x: writes, from act_outputs(), the float input
/// (x rounded to float), the float reference, the double reference, then
/// per form its float result, that result's error in float ULPs, its double
/// result and that result's error in double ULPs (NaN for a float-only
/// form). Returns how many numbers it wrote, or -1 for a bad row.
ACT_EXPORT int act_forms_at(int row, double x)
{
    if (row < 0 || static_cast<std::size_t>(row) >= table().size()) return -1;
    const study::Row& r = table()[static_cast<std::size_t>(row)];
    double* out = act_outputs();
    const float xf = static_cast<float>(x);
    const std::size_t k = static_cast<std::size_t>(row);
    const auto [ref_float, ref_float_lo] = reference_at(k, xf, r.params_float.data());
    const auto [hi, lo] = reference_at(k, x, r.params.data());
    std::size_t n = 0;
    out[n++] = xf;
    out[n++] = ref_float;
    out[n++] = hi;
    for (const study::Form& form : r.forms) {
        const float yf = form.f(xf, static_cast<float>(r.param));
        out[n++] = yf;
        out[n++] = study::ulp_error(yf, ref_float, ref_float_lo);
        const double yd = form.d ? form.d(x, r.param) : NAN;
        out[n++] = yd;
        out[n++] = form.d ? study::ulp_error(yd, hi, lo) : NAN;
    }
    return static_cast<int>(n);
}
