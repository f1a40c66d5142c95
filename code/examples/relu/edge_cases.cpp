// NaN and signed zero through five ways of writing ReLU: only an explicit
// NaN test makes the result independent of how the comparison is written.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include <xtensor/xarray.hpp>
#include <xtensor/xmath.hpp>

#include "act/relu.hpp"
#include "listing.hpp"

namespace {
std::string show(double v)
{
    if (std::isnan(v)) return "nan";
    if (v == 0) return std::signbit(v) ? "-0" : "0";
    return listing::format(v, 6);
}
}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("edge_cases", "ReLU written five ways, on NaN, -0 and infinities.", argc, argv);

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    std::printf("%-28s %6s %6s %6s %6s\n", "", "nan", "-0", "-inf", "inf");
    for (int form = 0; form < 5; ++form) {
        std::string name;
        std::string row;
        for (double x : {nan, -0.0, -inf, inf}) {
            double y = 0;
            // [listing:five-ways]
            switch (form) {
            case 0:  // NaN < 0 is false: x
                name = "std::max(x, 0.0)"; y = std::max(x, 0.0); break;
            case 1:  // 0 < NaN is false: 0
                name = "std::max(0.0, x)"; y = std::max(0.0, x); break;
            case 2:  // NaN > 0 is false: 0
                name = "x > 0 ? x : 0"; y = x > 0 ? x : 0.0; break;
            case 3:  // IEEE maxNum: drops NaN
                name = "std::fmax(x, 0.0)"; y = std::fmax(x, 0.0); break;
            case 4:  // tests NaN first
                name = "act::relu(x)"; y = act::relu(x); break;
            }
            // [/listing:five-ways]
            row += " " + std::string(6 - std::min<std::size_t>(6, show(y).size()), ' ') + show(y);
        }
        std::printf("%-28s%s\n", name.c_str(), row.c_str());
    }
    const xt::xarray<double> xs = {nan, -1.0, 1.0};
    const xt::xarray<double> via_xt = xt::maximum(xs, 0.0);
    const xt::xarray<double> via_act = act::relu(xs);
    std::printf("\nxt::maximum({nan, -1, 1}, 0) = {%s, %s, %s}\n", show(via_xt(0)).c_str(),
                show(via_xt(1)).c_str(), show(via_xt(2)).c_str());
    std::printf("act::relu({nan, -1, 1})      = {%s, %s, %s}\n", show(via_act(0)).c_str(),
                show(via_act(1)).c_str(), show(via_act(2)).c_str());
    std::printf("act::relu_derivative(nan) = %s, act::leaky_relu_derivative(nan) = %s\n",
                show(act::relu_derivative(nan)).c_str(), show(act::leaky_relu_derivative(nan)).c_str());
    program.value("xt_maximum_nan", show(via_xt(0)));
    return 0;
}
