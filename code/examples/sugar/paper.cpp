// The test accuracies Horuz et al. (2025), "The Resurrection of the ReLU"
// (arXiv 2505.22074), report for ReLU and for SUGAR with B-SiLU (CIFAR, no
// data augmentation, SGD), and the gains they imply. The numbers are the
// paper's, copied from it; this program only does the arithmetic.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "listing.hpp"

namespace {

struct Reported {
    const char* model;
    const char* dataset;
    const char* key;
    double relu, sugar_bsilu;  // test accuracy in percent, as reported
};

// [listing:paper]
const Reported reported[] = {
    {"VGG-16", "CIFAR-10", "vgg16_cifar10", 78.50, 88.35},
    {"VGG-16", "CIFAR-100", "vgg16_cifar100", 48.73, 64.47},
    {"ResNet-18", "CIFAR-10", "resnet18_cifar10", 76.76, 86.42},
    {"ResNet-18", "CIFAR-100", "resnet18_cifar100", 48.99, 56.51},
};
// [/listing:paper]

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("paper", "The paper's reported accuracies, ReLU vs SUGAR with B-SiLU, and the gains.");
    program.parse(argc, argv);

    std::vector<std::vector<std::string>> table;
    double smallest = 1e9, largest = -1e9;
    int below_10 = 0;
    std::printf("%-10s %-10s %8s %14s %8s\n", "model", "dataset", "ReLU", "SUGAR B-SiLU", "gain");
    for (const Reported& r : reported) {
        const double gain = r.sugar_bsilu - r.relu;
        smallest = std::min(smallest, gain);
        largest = std::max(largest, gain);
        below_10 += (gain < 10);
        std::printf("%-10s %-10s %8.2f %14.2f %+8.2f\n", r.model, r.dataset, r.relu, r.sugar_bsilu, gain);
        table.push_back({r.model, r.dataset, listing::format(r.relu, 4), listing::format(r.sugar_bsilu, 4),
                         listing::format(gain, 4)});
        program.value(std::string(r.key) + "_gain", gain, 4);
    }
    program.table("paper", {"model", "dataset", "ReLU (%)", "SUGAR B-SiLU (%)", "gain (points)"}, table);
    program.value("smallest_gain", smallest, 4);
    program.value("largest_gain", largest, 4);
    program.value("gains_below_10", below_10);
    std::printf("\ngains from %.2f to %.2f percentage points\n", smallest, largest);
    return 0;
}
