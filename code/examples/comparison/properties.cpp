// The comparison page's tables: every function of the library, its range,
// bounds, monotonicity, and values at 0 and far out, all computed from the one-line-per-function table in properties.hpp.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "listing.hpp"
#include "properties.hpp"

namespace {

// Pads to `width` characters as displayed (UTF-8: count the lead bytes only).
std::string pad(const std::string& s, std::size_t width)
{
    std::size_t shown = 0;
    for (unsigned char c : s) shown += (c & 0xC0) != 0x80;
    return s + std::string(width > shown ? width - shown : 0, ' ');
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("properties", "Properties of every activation function in the library.");
    program.parse(argc, argv);

    std::vector<std::vector<std::string>> shape, tails, smooth;  // the page's result tables, row by row
    std::printf("%s%s%s%s%s%s%s\n", pad("function", 12).c_str(), pad("range", 18).c_str(),
                pad("lower bound at", 18).c_str(), pad("monotonic", 10).c_str(), pad("class", 6).c_str(),
                pad("f(0)", 11).c_str(), pad("f'(0)", 11).c_str());
    for (const comparison::Activation& a : comparison::library()) {
        // [listing:row]
        const comparison::Properties p = comparison::properties(a);
        // [/listing:row]
        using comparison::show;
        shape.push_back({a.name, a.parameters.empty() ? "—" : a.parameters, comparison::range(p),
                         std::isfinite(p.lower) ? "yes, by " + show(p.lower) : "no", p.lower_attained,
                         p.is_monotonic ? "yes" : "no", a.smoothness, show(p.at_zero), show(p.slope_at_zero),
                         p.at_zero == 0 ? "yes" : "no"});
        tails.push_back({a.name, show(p.at_minus_1e4), show(p.at_minus_inf), show(p.at_1e4), show(p.at_inf)});
        smooth.push_back({a.name, a.smoothness, a.reason});
        std::printf("%s%s%s%s%s%s%s\n", pad(a.name, 12).c_str(), pad(comparison::range(p), 18).c_str(),
                    pad(p.lower_attained, 18).c_str(), pad(p.is_monotonic ? "yes" : "no", 10).c_str(),
                    pad(a.smoothness, 6).c_str(), pad(show(p.at_zero), 11).c_str(),
                    pad(show(p.slope_at_zero), 11).c_str());
        program.value(a.name + "_lower", show(p.lower));
        program.value(a.name + "_at_minus_inf", show(p.at_minus_inf));
        if (p.lower_attained.rfind("x = ", 0) == 0) program.value(a.name + "_argmin", p.lower_attained.substr(4));
    }
    program.table("shape",
                  {"function", "parameters", "range", "bounded below", "lower bound attained", "monotonic",
                   "smoothness", "f(0)", "f′(0)", "zero at zero"},
                  shape);
    program.table("tails", {"function", "f(−10⁴)", "f(−∞)", "f(10⁴)", "f(∞)"}, tails);
    program.table("smoothness", {"function", "smoothness", "reason"}, smooth);
    return 0;
}
