// The comparison page's two figures: every function of the library, and
// every derivative, on one grid (CSV under --out), and each function's
// title for its panel (`<name>_title`).
#include <cstdio>
#include <string>
#include <vector>

#include "listing.hpp"
#include "properties.hpp"

int main(int argc, char** argv)
{
    listing::Program program("curves", "Every function and derivative of the library on one grid.");
    program.grid_options(-5, 3, 801);
    program.parse(argc, argv);

    const std::vector<double> x = listing::column(program.grid(1e4));
    std::vector<std::string> header = {"x"};
    std::vector<std::vector<double>> values = {x}, slopes = {x};
    for (const comparison::Activation& a : comparison::library()) {
        header.push_back(a.name);
        program.value(a.name + "_title", a.title);
        std::vector<double> y, dy;
        for (double v : x) {
            y.push_back(a.f(v));
            dy.push_back(a.df(v));
        }
        values.push_back(y);
        slopes.push_back(dy);
    }
    program.csv("functions", header, values);
    program.csv("derivatives", header, slopes);
    std::printf("%zu functions on %zu points in [%g, %g]\n", header.size() - 1, x.size(), x.front(), x.back());
    return 0;
}
