// The float/double explorer's calls: the accuracy study's table of forms
// (code/examples/accuracy/functions.hpp: act's form and the formulas readers
// meet elsewhere, for every function and derivative of the registry) at one
// x chosen by the reader, in float and in double, with each result's error
// in ULPs against the study's reference (study.hpp's ulp_error). Compiled
// into the same module as act_wasm.cpp, and natively into explorer_values.
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

#include "functions.hpp"
#include "study.hpp"

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
    const double ref_float = r.reference_float(xf);
    // The double reference: the wide formula (long double) as hi + lo.
    const long double wide = std::isinf(x) ? static_cast<long double>(r.ref(std::copysign(1e300, x), r.params.data()))
                                           : r.ref_wide(static_cast<long double>(x), r.params.data());
    const double hi = static_cast<double>(wide), lo = static_cast<double>(wide - hi);
    std::size_t n = 0;
    out[n++] = xf;
    out[n++] = ref_float;
    out[n++] = hi;
    for (const study::Form& form : r.forms) {
        const float yf = form.f(xf, static_cast<float>(r.param));
        out[n++] = yf;
        out[n++] = study::ulp_error(yf, ref_float);
        const double yd = form.d ? form.d(x, r.param) : NAN;
        out[n++] = yd;
        out[n++] = form.d ? study::ulp_error(yd, hi, std::isfinite(lo) ? lo : 0) : NAN;
    }
    return static_cast<int>(n);
}
