// Four ways to write tanh in float, and what each does at the edges: the
// definition with two exponentials, one exponential, the sigmoid form
// 2 sigma(2x) - 1, and the library's. Relative errors against a long double
// reference; where each form returns NaN or 0, bisected.
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "act/tanh.hpp"
#include "listing.hpp"

namespace {

// [listing:forms]
float two_exponentials(float x)  // the definition
{
    return (std::exp(x) - std::exp(-x)) / (std::exp(x) + std::exp(-x));
}

float one_exponential(float x)  // divide through by e^x
{
    const float e = std::exp(-2 * x);
    return (1 - e) / (1 + e);
}

float sigmoid_form(float x)  // tanh(x) = 2 sigma(2x) - 1
{
    const float s = 1 / (1 + std::exp(-2 * x));
    return 2 * s - 1;
}
// [/listing:forms]

long double reference(long double x) { return std::tanh(x); }

double relative_error(float got, long double want)
{
    if (std::isnan(got)) return std::numeric_limits<double>::quiet_NaN();
    return double(std::fabs((static_cast<long double>(got) - want) / want));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("forms", "Four float forms of tanh: relative errors, NaN and 0 (table under --out).",
                             argc, argv);
    struct Form {
        std::string name, key;
        float (*f)(float);
    };
    const std::vector<Form> forms = {
        {"(e^x - e^-x)/(e^x + e^-x)", "two_exponentials", two_exponentials},
        {"(1 - e^-2x)/(1 + e^-2x)", "one_exponential", one_exponential},
        {"2 sigma(2x) - 1", "sigmoid_form", sigmoid_form},
        {"act::tanh", "act", [](float x) { return act::tanh(x); }},
    };
    const std::vector<float> at = {1e-6f, 1e-3f, 0.5f, 5.0f, -50.0f, 50.0f};

    std::vector<std::string> header = {"form, at x ="};
    for (float x : at) header.push_back(listing::format(x, 3));
    std::vector<std::vector<std::string>> rows;
    std::printf("relative error of each float form (nan: the form returned NaN)\n");
    for (const Form& form : forms) {
        std::vector<std::string> row = {form.name};
        std::printf("%-28s", form.name.c_str());
        for (float x : at) {
            const double err = relative_error(form.f(x), reference(x));
            row.push_back(std::isnan(err) ? "NaN" : listing::format(err, 2));
            std::printf(" %10.2g", err);
        }
        std::printf("\n");
        rows.push_back(row);
        program.value(form.key + "_error_at_1e-6", relative_error(form.f(1e-6f), reference(1e-6f)), 2);
        program.value(form.key + "_error_at_1e-3", relative_error(form.f(1e-3f), reference(1e-3f)), 2);
    }
    program.table("forms", header, rows);

    // Where the forms break, bisected over the floats.
    const float big = std::numeric_limits<float>::max();
    const auto two_nan = [](float x) { return std::isnan(two_exponentials(x)); };
    const float two_nan_from = listing::first_true(1.0f, big, two_nan);
    program.threshold("two_exponentials_nan_from", two_nan_from, 1.0f, two_nan, 9);

    const auto one_nan = [](float x) { return std::isnan(one_exponential(-x)); };
    const float one_nan_below = -listing::first_true(1.0f, big, one_nan);
    program.threshold("one_exponential_nan_below", one_nan_below, -1.0f,
                      [](float x) { return std::isnan(one_exponential(x)); }, 9);

    const auto sigmoid_zero = [](float x) { return sigmoid_form(x) != 0.0f; };
    // sigmoid_form is 0 for 0 < x <= t: the last float where it still is 0.
    const float sigmoid_zero_below =
        std::nextafter(listing::first_true(std::numeric_limits<float>::denorm_min(), 1.0f, sigmoid_zero), 0.0f);
    program.threshold("sigmoid_form_zero_below", sigmoid_zero_below, 1.0f,
                      [](float x) { return sigmoid_form(x) == 0.0f; }, 3);
    program.value("act_at_sigmoid_zero", double(act::tanh(sigmoid_zero_below)), 3);

    std::printf("\n(e^x - e^-x)/(e^x + e^-x) is NaN for x >= %s (e^x overflows: inf/inf)\n",
                listing::format(two_nan_from, 9).c_str());
    std::printf("(1 - e^-2x)/(1 + e^-2x) is NaN for x <= %s (e^-2x overflows)\n",
                listing::format(one_nan_below, 9).c_str());
    std::printf("2 sigma(2x) - 1 is exactly 0 for 0 < x <= %s (act::tanh there: %s)\n",
                listing::format(sigmoid_zero_below, 3).c_str(),
                listing::format(act::tanh(sigmoid_zero_below), 3).c_str());
    return 0;
}
