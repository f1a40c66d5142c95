// The chapter's "this library" tab: the article's inputs through act::softplus.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>

#include "act/softplus.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("frameworks", "Softplus of [-2, 0, 2] in float, as the article's examples.", argc, argv);

    // [listing:cpp-tab]
    const xt::xarray<float> x = {-2.0f, 0.0f, 2.0f};
    const xt::xarray<float> y = act::softplus(x);
    const xt::xarray<float> dydx = act::softplus_derivative(x);
    // [/listing:cpp-tab]

    program.framework_tab({"x", "y", "dydx"}, {listing::column(x), listing::column(y), listing::column(dydx)});

    // The outputs the source article printed ("The Softplus function", no. 13 of
    // the blog series "Common activation functions of neural networks", July
    // 2025; the chapter's references cite it): PyTorch to 4 decimals, TensorFlow
    // 2.19.0 as numpy prints float32.
    const std::vector<std::string> article_pytorch = {"0.1269", "0.6931", "2.1269"};
    const std::vector<std::string> article_tensorflow = {"0.12692805", "0.6931472", "2.126928"};
    std::vector<double> col_x, col_act, col_tf, col_ulps;
    std::printf("\nagainst the article:\n%6s %15s %9s %12s %20s\n", "x", "act::softplus", "PyTorch",
                "TensorFlow", "TF - act (float ULPs)");
    for (std::size_t i = 0; i < x.size(); ++i) {
        const float tf = std::stof(article_tensorflow[i]);
        const float ours = y(i);
        // Signed distance in representable floats between TF's value and ours.
        long ulps = 0;
        for (float v = ours; v < tf; v = std::nextafter(v, tf)) ++ulps;
        for (float v = ours; v > tf; v = std::nextafter(v, tf)) --ulps;
        std::printf("%6g %15.9g %9s %12s %20ld\n", double(x(i)), double(ours),
                    article_pytorch[i].c_str(), article_tensorflow[i].c_str(), ulps);
        col_x.push_back(x(i));
        col_act.push_back(ours);
        col_tf.push_back(tf);
        col_ulps.push_back(double(ulps));
    }
    program.csv("article_comparison", {"x", "act::softplus (float)", "TensorFlow (article)", "difference in float ULPs"},
                {col_x, col_act, col_tf, col_ulps});
    program.value("tf_ulps_at_minus_2", col_ulps[0], 3);
    return 0;
}
