// Three ways to compute Mish in float: the definition with log1p and tanh,
// the rational form in e^x, and the library's. Errors in float ULPs against
// a long double reference; where each form returns NaN or 0, bisected.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "act/mish.hpp"
#include "forms.hpp"
#include "listing.hpp"

namespace {

// The distance from got to the true value want in units of the float spacing
// at want (denorm_min among the denormals); NaN if got is NaN.
double ulp_error(float got, long double want)
{
    if (std::isnan(got)) return std::numeric_limits<double>::quiet_NaN();
    const float w = std::fabs(static_cast<float>(want));
    const float spacing = std::nextafter(w, std::numeric_limits<float>::infinity()) - w;
    return double(std::fabs(static_cast<long double>(got) - want) / spacing);
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("forms", "Three float forms of Mish: ULP errors, NaN and 0 (table under --out).",
                             argc, argv);
    struct Form {
        std::string name, key;
        float (*f)(float);
    };
    const std::vector<Form> all = {
        {"x tanh(log1p(exp(x)))", "definition", forms::definition},
        {"x ((1+u)^2 - 1)/((1+u)^2 + 1)", "rational", forms::rational},
        {"act::mish", "act", [](float x) { return act::mish(x); }},
    };
    const std::vector<float> at = {-100.0f, -20.0f, -5.0f, -1.2f, 1.0f, 30.0f, 50.0f};

    std::vector<std::string> header = {"form, at x ="};
    for (float x : at) header.push_back(listing::format(x, 3));
    std::vector<std::vector<std::string>> rows;
    std::printf("error of each float form in float ULPs (NaN: the form returned NaN)\n");
    for (const Form& form : all) {
        std::vector<std::string> row = {form.name};
        std::printf("%-32s", form.name.c_str());
        for (float x : at) {
            const double err = ulp_error(form.f(x), act::Mish::reference<long double>(x));
            row.push_back(std::isnan(err) ? "NaN" : listing::format(err, 2));
            std::printf(" %10.2g", err);
            if (x == -100.0f || x == -20.0f)
                program.value(form.key + "_ulps_at_" + listing::format(x), err, 2);
        }
        std::printf("\n");
        rows.push_back(row);
    }
    program.table("forms", header, rows);

    // [listing:breaks]
    // Where the forms break, bisected over the floats: the rational form
    // returns NaN once (1 + u)^2 overflows (inf / inf), and 0 once 1 + u
    // rounds to 1; every form returns 0 far left, where x e^x underflows.
    const auto rational_nan = [](float x) { return std::isnan(forms::rational(x)); };
    const auto rational_nonzero = [](float x) { return forms::rational(x) != 0.0f; };
    const auto definition_nonzero = [](float x) { return forms::definition(x) != 0.0f; };
    const auto act_nonzero = [](float x) { return act::mish(x) != 0.0f; };
    const float rational_nan_from = listing::first_true(0.0f, 100.0f, rational_nan);
    const float rational_zero_below =
        listing::first_true(-40.0f, -1.0f, rational_nonzero);
    const float definition_zero_below =
        listing::first_true(-200.0f, -50.0f, definition_nonzero);
    const float act_zero_below = listing::first_true(-200.0f, -50.0f, act_nonzero);
    // [/listing:breaks]
    program.threshold("rational_nan_from", rational_nan_from, 0.0f, rational_nan, 6);
    program.threshold("rational_zero_below", rational_zero_below, -40.0f, rational_nonzero, 6);
    program.threshold("definition_zero_below", definition_zero_below, -200.0f, definition_nonzero, 6);
    program.threshold("act_zero_below", act_zero_below, -200.0f, act_nonzero, 6);
    std::printf("\nrational form: NaN from x = %.9g, 0 below x = %.9g\n", double(rational_nan_from),
                double(rational_zero_below));
    std::printf("definition: 0 below x = %.9g; act::mish: 0 below x = %.9g\n", double(definition_zero_below),
                double(act_zero_below));
    std::printf("true Mish at x = %.9g: %.4Lg\n", double(rational_zero_below),
                act::Mish::reference<long double>(rational_zero_below));
    program.value("mish_at_rational_zero", double(act::Mish::reference<long double>(rational_zero_below)), 3);
    return 0;
}
