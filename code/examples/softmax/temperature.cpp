// One vector's softmax at several temperatures: softmax(x / t).
#include <cstdio>
#include <string>
#include <vector>

#include <xtensor/xarray.hpp>

#include "act/softmax.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("temperature", "Softmax of one vector at several temperatures.", argc, argv);

    // [listing:temperature]
    const xt::xarray<double> x = {3.0, 1.0, 0.2, 2.2, -1.0, 0.5};
    const std::vector<double> temperatures = {0.25, 0.5, 1.0, 2.0, 8.0};
    std::vector<std::string> header = {"k", "x"};
    std::vector<std::vector<double>> columns = {{0, 1, 2, 3, 4, 5}, listing::column(x)};
    for (const double t : temperatures) {
        const xt::xarray<double> s = act::softmax(x / t);  // hotter: flatter
        header.push_back("t=" + listing::format(t));
        columns.push_back(listing::column(s));
    }
    // [/listing:temperature]
    program.csv("temperature", header, columns);
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::printf("%8s", header[c].c_str());
        for (double v : columns[c]) std::printf(" %8.4f", v);
        std::printf("\n");
    }
    program.value("largest_cold", columns[2][0], 3);
    program.value("largest_hot", columns[6][0], 3);
    return 0;
}
