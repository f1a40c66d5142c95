// Where the two textbook formulas for the sigmoid break, in float and in
// double, next to act::sigmoid and a long double reference.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "act/sigmoid.hpp"
#include "listing.hpp"

namespace {

// [listing:naive]
// e^-x overflows for x << 0
template <class T>
T sigmoid_naive(T x) { return T(1) / (T(1) + std::exp(-x)); }

// inf / inf for x >> 0
template <class T>
T sigmoid_naive_exp(T x) { return std::exp(x) / (T(1) + std::exp(x)); }
// [/listing:naive]

// The reference: the stable form in long double (64-bit significand, range
// to about 1e4932), 11 bits more precise than double and 40 more than float.
long double sigmoid_reference(long double x)
{
    const long double e = std::exp(-std::fabs(x));
    return x >= 0 ? 1.0L / (1.0L + e) : e / (1.0L + e);
}

template <class T>
void compare(listing::Program& program, const std::string& type, const std::vector<T>& xs)
{
    std::vector<double> cx, cnaive, cexp, cact, cref;
    std::cout << "\n" << type << ":\n"
              << "       x      1/(1+exp(-x))  exp(x)/(1+exp(x))   act::sigmoid      reference\n";
    for (T x : xs) {
        const T naive = sigmoid_naive(x), via_exp = sigmoid_naive_exp(x), stable = act::sigmoid(x);
        const T ref = static_cast<T>(sigmoid_reference(x));
        // listing::format prints NaN as "nan" whatever its sign bit.
        std::printf("%8g %18s %18s %14s %14s\n", double(x), listing::format(naive, 9).c_str(),
                    listing::format(via_exp, 9).c_str(), listing::format(stable, 9).c_str(),
                    listing::format(ref, 9).c_str());
        cx.push_back(x);
        cnaive.push_back(naive);
        cexp.push_back(via_exp);
        cact.push_back(stable);
        cref.push_back(ref);
    }
    program.csv("table_" + type, {"x", "1/(1+exp(-x))", "exp(x)/(1+exp(x))", "act::sigmoid", "reference"},
                {cx, cnaive, cexp, cact, cref});

    // Where each naive form starts to fail, found by bisection on T.
    const T big = std::numeric_limits<T>::max();
    // 1/(1+exp(-x)) returns 0 for every x below this ...
    const T zero_below = -listing::first_true<T>(T(0), big, [](T m) { return sigmoid_naive(-m) == T(0); });
    // ... while the true value rounds to 0 in T only below this.
    const T true_zero_below =
        -listing::first_true<T>(T(0), big, [](T m) { return static_cast<T>(sigmoid_reference(-m)) == T(0); });
    // exp(x)/(1+exp(x)) is NaN from here on.
    const T nan_from = listing::first_true<T>(T(0), big, [](T m) { return std::isnan(sigmoid_naive_exp(m)); });
    // act::sigmoid: how many x in the whole range give 0 where the truth is not 0?
    const T act_zero_below =
        -listing::first_true<T>(T(0), big, [](T m) { return act::sigmoid(-m) == T(0); });

    program.threshold(type + "_naive_zero_below", zero_below, T(0), [](T x) { return sigmoid_naive(x) == T(0); }, 6);
    program.threshold(type + "_true_zero_below", true_zero_below, T(0),
                      [](T x) { return static_cast<T>(sigmoid_reference(x)) == T(0); }, 6);
    program.threshold(type + "_act_zero_below", act_zero_below, T(0), [](T x) { return act::sigmoid(x) == T(0); }, 6);
    program.value(type + "_true_at_naive_zero", double(sigmoid_reference(zero_below)), 3);
    program.threshold(type + "_exp_nan_from", nan_from, T(0), [](T x) { return std::isnan(sigmoid_naive_exp(x)); }, 6);
    program.value(type + "_log_of_max", double(std::log(big)), 6);
    std::cout << type << ": 1/(1+exp(-x)) is 0 below x = " << zero_below
              << " (true value there: " << double(sigmoid_reference(zero_below)) << ")\n"
              << type << ": the true sigmoid rounds to 0 only below x = " << true_zero_below
              << "; act::sigmoid is 0 below x = " << act_zero_below << "\n"
              << type << ": exp(x)/(1+exp(x)) is NaN from x = " << nan_from
              << " (log of the largest " << type << " = " << std::log(big) << ")\n";
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("naive_vs_stable",
                             "Naive sigmoid formulas against the stable form, in float and double.", argc, argv);

    compare<float>(program, "float", {-120.f, -100.f, -90.f, -80.f, -20.f, 0.f, 20.f, 88.f, 89.f, 1000.f});
    compare<double>(program, "double", {-800., -740., -710., -700., -40., 0., 40., 709., 710., 1000.});
    return 0;
}
