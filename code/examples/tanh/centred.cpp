// Zero-centred outputs: a layer of 8 units receives the outputs of tanh or
// of sigmoid units whose inputs are standard normal. The mean output, the
// share of positive outputs, and how often the gradient of one unit's 8
// weights (delta times each input) has all its components of one sign.
#include <cstdio>
#include <random>
#include <string>

#include "act/sigmoid.hpp"
#include "act/tanh.hpp"
#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("centred", "Mean and sign of tanh and sigmoid outputs on standard normal inputs.");
    const long& samples = program.integer_option("samples", 100000, 100, 10000000, "input vectors drawn");
    const long& seed = program.integer_option("seed", 1998, 0, 1000000000, "seed of the generator");
    program.parse(argc, argv);

    for (const std::string name : {"tanh", "sigmoid"}) {
        std::mt19937_64 gen(static_cast<unsigned long long>(seed));
        std::normal_distribution<double> normal(0.0, 1.0);
        double sum = 0;
        long positive = 0, one_sign = 0;
        const int inputs = 8;
        for (int i = 0; i < samples; ++i) {
            // [listing:one-sign]
            int above = 0;
            for (int k = 0; k < inputs; ++k) {
                const double z = normal(gen);
                const double a = name == "tanh" ? act::tanh(z) : act::sigmoid(z);
                sum += a;
                above += a > 0;
            }
            // dL/dw_k = delta * a_k: one sign for all k if all a_k have one
            one_sign += above == inputs || above == 0;
            // [/listing:one-sign]
            positive += above;
        }
        const double n = double(samples) * inputs;
        program.value(name + "_mean", sum / n, 2);
        program.value(name + "_positive", positive / n, 3);
        program.value(name + "_one_sign", double(one_sign) / samples, 3);
        std::printf("%-8s mean output %8.4f   positive %6.4f   weight gradients of one sign %6.4f\n", name.c_str(),
                    sum / n, positive / n, double(one_sign) / samples);
    }
    program.value("inputs", 8, 1);
    program.value("samples", samples, 6);
    return 0;
}
