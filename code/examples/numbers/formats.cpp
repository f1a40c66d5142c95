// How float and double store a number: the sign, exponent and fraction
// fields of a few values, and the exact decimal value each pattern stands for.
#include <cinttypes>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "float_bits.hpp"
#include "listing.hpp"

namespace {

std::string hex(std::uint64_t v, int digits)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%0*" PRIx64, digits, v);
    return buf;
}

// The decimal value of a double with `digits` significant digits; glibc's
// printf is exact, so enough digits give the exact value.
std::string exact(double v, int digits)
{
    char buf[1024];
    std::snprintf(buf, sizeof buf, "%.*g", digits, v);
    return buf;
}

template <class T>
void show(listing::Program& program, const char* type, const char* label, T x, const std::string& key)
{
    constexpr int hex_digits = 2 * sizeof(T);
    constexpr int fraction_digits = (std::numeric_limits<T>::digits - 1 + 3) / 4;
    // [listing:decode]
    const numbers::Fields f = numbers::fields(x);
    const int bias = numbers::exponent_bias<T>();
    // A stored exponent of 0 marks zero or a denormal: no leading 1, and
    // the exponent of the smallest normal numbers, 1 - bias.
    const int lead = f.exponent == 0 ? 0 : 1;
    const int e = f.exponent == 0 ? 1 - bias : int(f.exponent) - bias;
    // [/listing:decode]
    std::printf("%-7s %-13s %-18s %4u %5u %5d %4d  %s\n", type, label,
                hex(numbers::bit_pattern(x), hex_digits).c_str(), f.sign, f.exponent, e, lead,
                hex(f.fraction, fraction_digits).c_str());
    program.value(key + "_bits", hex(numbers::bit_pattern(x), hex_digits));
    program.value(key + "_sign", f.sign, 1);
    program.value(key + "_exponent_field", f.exponent, 5);
    program.value(key + "_exponent", e, 5);
    program.value(key + "_fraction", hex(f.fraction, fraction_digits));
}

}  // namespace

int main(int argc, char** argv)
{
    listing::Program program("formats", "The fields of a few float and double values, and their exact values.");
    program.parse(argc, argv);

    using F = std::numeric_limits<float>;
    std::printf("%-7s %-13s %-18s %4s %5s %5s %4s  %s\n", "type", "number", "bits", "sign", "field",
                "e", "lead", "fraction");
    show(program, "float", "1", 1.0f, "one");
    show(program, "float", "0.1", 0.1f, "tenth");
    show(program, "float", "-2.5", -2.5f, "minus_two_and_a_half");
    show(program, "float", "max", F::max(), "float_max");
    show(program, "float", "min (normal)", F::min(), "float_min");
    show(program, "float", "denorm_min", F::denorm_min(), "float_denorm_min");
    show(program, "double", "0.1", 0.1, "tenth_double");

    // The exact decimal values of three stored numbers: every binary
    // fraction has a finite decimal expansion, and 60 digits hold these.
    std::printf("\nexact values of the stored numbers:\n0.1f      = %s\n0.1       = %s\n"
                "float max = %s\n", exact(0.1f, 60).c_str(), exact(0.1, 60).c_str(),
                exact(F::max(), 60).c_str());
    program.value("tenth_exact", exact(0.1f, 60));
    program.value("tenth_double_exact", exact(0.1, 60));
    program.value("float_bias", numbers::exponent_bias<float>(), 5);
    program.value("double_bias", numbers::exponent_bias<double>(), 5);
    // How far 0.1f and 0.1 are from one tenth, relative to one tenth.
    program.value("tenth_float_relative_error", (double(0.1f) - 0.1L) / 0.1L, 3);
    return 0;
}
