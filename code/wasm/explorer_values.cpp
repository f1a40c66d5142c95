// The interactive figures' calls, natively: the same act_wasm.cpp, compiled
// by the book's compiler instead of em++, so that the site check can compare
// what a figure shows with what the native library computes.
//
//   explorer_values --registry FILE   writes the registry as JSON (the site's
//                                     build checks the figures' names in it)
//   explorer_values                   reads queries from standard input, one
//                                     per line: NAME PART PRECISION X [P...]
//                                     (PART value or derivative, PRECISION 32
//                                     or 64, P the parameters in order) and
//                                     prints f(x) or f'(x) with 17 digits;
//                                     a line "forms ROW X" prints what the
//                                     float/double explorer shows for the
//                                     study's row ROW at X (act_forms_at)
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "act/registry.hpp"
#include "functions.hpp"

extern "C" {
const char* act_registry_json();
double* act_inputs();
double* act_outputs();
double* act_parameters();
int act_evaluate(int index, int part, int precision, int n);
const char* act_forms_json();
int act_forms_at(int row, double x);
}

namespace {

int refuse(const std::string& message)
{
    std::cerr << "explorer_values: " << message << "\n";
    return 2;
}

/// The place of `name` in act::functions, or -1.
int index_of(const std::string& name)
{
    for (std::size_t i = 0; i < act::registry.size(); ++i)
        if (act::registry[i].name == name) return static_cast<int>(i);
    return -1;
}

/// The place of `name` among the accuracy study's rows (the order of
/// study::rows(), which act_forms_at indexes), or -1.
int row_of(const std::string& name)
{
    static const std::vector<study::Row> rows = study::rows();
    for (std::size_t k = 0; k < rows.size(); ++k)
        if (rows[k].name == name) return static_cast<int>(k);
    return -1;
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc == 3 && std::strcmp(argv[1], "--registry") == 0) {
        std::ofstream out(argv[2]);
        out << act_registry_json() << "\n";
        return out ? 0 : refuse(std::string("cannot write ") + argv[2]);
    }
    if (argc != 1) return refuse("usage: explorer_values [--registry FILE] (queries on standard input)");
    std::string line;
    for (int number = 1; std::getline(std::cin, line); ++number) {
        std::istringstream fields(line);
        std::string name, part;
        int precision = 0;
        double x = 0;
        if (line.rfind("forms ", 0) == 0) {
            std::string word, row;
            double at = 0;
            fields >> word >> row >> at;
            const int n = fields ? act_forms_at(row_of(row), at) : -1;
            if (n < 0) return refuse("line " + std::to_string(number) + ": expected forms ROW X with a row of the study");
            for (int k = 0; k < n; ++k) std::printf("%.17g%c", act_outputs()[k], k + 1 < n ? ' ' : '\n');
            continue;
        }
        if (!(fields >> name >> part >> precision >> x))
            return refuse("line " + std::to_string(number) + ": expected NAME PART PRECISION X [P...]");
        const int index = index_of(name);
        if (index < 0) return refuse("line " + std::to_string(number) + ": no function '" + name + "'");
        if (part != "value" && part != "derivative")
            return refuse("line " + std::to_string(number) + ": PART is value or derivative");
        const std::size_t arity = act::registry[static_cast<std::size_t>(index)].arity;
        for (std::size_t k = 0; k < arity; ++k) {
            act_parameters()[k] = act::registry[static_cast<std::size_t>(index)].parameters[k].default_value;
            if (double p; fields >> p) act_parameters()[k] = p;
        }
        act_inputs()[0] = x;
        if (act_evaluate(index, part == "value" ? 0 : 1, precision, 1) != 1)
            return refuse("line " + std::to_string(number) + ": PRECISION is 32 or 64");
        std::printf("%.17g\n", act_outputs()[0]);
    }
    return 0;
}
