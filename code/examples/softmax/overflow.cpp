// Why softmax subtracts the maximum: the textbook formula e^x / sum e^x in
// float overflows from the first x where e^x is inf, and inf / inf is NaN;
// the shifted form gives the same numbers as for x shifted down.
#include <cmath>
#include <cstdio>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/softmax.hpp"
#include "forms.hpp"
#include "listing.hpp"

namespace {

void print(const char* what, const xt::xarray<float>& v)
{
    std::printf("%-34s", what);
    for (float f : v) std::printf(" %12.9g", double(f));
    std::printf("\n");
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("overflow", "The textbook softmax overflows in float; the shifted one does not.", argc,
                             argv);

    // [listing:overflow-threshold]
    // The first float whose e^x is inf, by bisection over the floats.
    const auto overflows = [](float x) { return std::isinf(std::exp(x)); };
    const float exp_overflow_from = listing::first_true(0.0f, 1000.0f, overflows);
    // [/listing:overflow-threshold]
    program.threshold("exp_overflow_from", exp_overflow_from, 0.0f, overflows, 9);
    std::printf("e^x overflows float from x = %.9g\n\n", double(exp_overflow_from));

    // [listing:shift]
    const xt::xarray<float> x = {1.0f, 2.0f, 3.0f};
    const xt::xarray<float> big = x + 88.0f;  // 89, 90, 91: e^91 is inf
    print("x = [1, 2, 3], textbook", textbook_softmax(x));
    print("x + 88, textbook", textbook_softmax(big));
    print("x + 88, act::softmax (shifted)", act::softmax(big));
    print("x, act::softmax", act::softmax(x));
    // [/listing:shift]
    const xt::xarray<float> nb = textbook_softmax(big);
    int nans = 0;
    for (float v : nb) nans += std::isnan(v);
    program.value("naive_nans", nans, 1);
    program.value("softmax_1", double(act::softmax(x)(0)), 6);
    program.value("softmax_3", double(act::softmax(x)(2)), 6);
    program.value("shift_same", act::softmax(big) == act::softmax(x) ? "the same floats" : "different floats");
    return 0;
}
