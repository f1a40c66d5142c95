// The B-SiLU chapter's "this library" tab: the article's inputs through
// act::bsilu, compared with what the article printed for PyTorch and TensorFlow.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/bsilu.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "B-SiLU of the article's inputs in float, against its printed outputs.",
                             argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-1.4837f, 0.2671f, -1.8337f};
    const xt::xarray<float> y = act::bsilu(x);  // alpha = 1.67
    const xt::xarray<float> dydx = act::bsilu_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(dydx)});

    // The outputs the source article printed (the B-SiLU post of the blog series
    // "Common activation functions of neural networks", July 2025; the chapter's
    // references cite it): TensorFlow as numpy prints float32.
    const std::vector<std::string> article_tensorflow = {"-0.80055887", "0.2621364", "-0.85755754"};
    std::vector<double> col_x, col_act, col_naive, col_low, col_tf, col_ulps;
    std::cout << "\nagainst the article:\n"
              << "       x   act::bsilu   textbook (float)  same, e^-x 1 ULP low   TensorFlow   TF - act (ULPs)\n";
    for (std::size_t i = 0; i < x.size(); ++i) {
        const float tf = std::stof(article_tensorflow[i]);
        const float ours = y(i);
        // The article's formula with every operation rounded to float.
        const float a = 1.67f;
        const float naive = (x(i) + a) * (1.0f / (1.0f + std::exp(-x(i)))) - a / 2.0f;
        // The same with e^-x one float ULP low, as numpy's float32 exp gives it at 0.2671.
        const float e_low = std::nextafter(std::exp(-x(i)), 0.0f);
        const float naive_low = (x(i) + a) * (1.0f / (1.0f + e_low)) - a / 2.0f;
        auto ulps_between = [](float from, float to) {
            long n = 0;
            for (float v = from; v < to; v = std::nextafter(v, to)) ++n;
            for (float v = from; v > to; v = std::nextafter(v, to)) --n;
            return n;
        };
        const long ulps = ulps_between(ours, tf);
        std::printf("%8g %12.9g %17.9g %21.9g %12s %8ld\n", double(x(i)), double(ours), double(naive),
                    double(naive_low), article_tensorflow[i].c_str(), ulps);
        col_x.push_back(x(i));
        col_act.push_back(ours);
        col_naive.push_back(naive);
        col_tf.push_back(tf);
        col_ulps.push_back(double(ulps));
        col_low.push_back(naive_low);
    }
    program.csv("article_comparison",
                {"x", "act::bsilu (float)", "textbook in float", "same with e^-x 1 ULP low",
                 "TensorFlow (article)", "TF - act (float ULPs)"},
                {col_x, col_act, col_naive, col_low, col_tf, col_ulps});
    program.value("tf_ulps_at_0_2671", col_ulps[1], 3);
    // At x = 0.2671: the value to 5 digits, and the two terms the textbook
    // formula subtracts, (x + alpha) sigma(x) and alpha/2.
    const double x1 = double(0.2671f), a1 = double(1.67f);
    program.value("y_at_0_2671", act::bsilu(x1, a1), 5);
    program.value("product_at_0_2671", (x1 + a1) / (1.0 + std::exp(-x1)), 4);
    program.value("half_alpha", a1 / 2, 4);

    // SUGAR on the inputs of the PyTorch tab's second part: ReLU forward,
    // the B-SiLU slope backward.
    const xt::xarray<float> z = {-3.0f, -1.0f, 0.5f, 2.0f};
    const xt::xarray<float> forward = xt::maximum(z, 0.0f);
    const xt::xarray<float> gradient = act::bsilu_derivative(z);
    std::cout << "\nSUGAR: relu forward, the B-SiLU slope backward:\n";
    program.framework_tab({"sugar_x", "sugar_forward", "sugar_gradient"},
                          {listing::column(z), listing::column(forward), listing::column(gradient)});
    return 0;
}
