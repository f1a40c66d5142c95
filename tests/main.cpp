// The doctest runner's main(), in a file of its own: it is the slowest file
// to compile and never changes.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <limits>

int main(int argc, char** argv)
{
    // A failed check prints its values with doctest's string stream, at the
    // stream's default 6 digits: "-16.7 == Approx( -16.7 )" hides the
    // difference. max_digits10 (17) prints every double exactly.
    std::ostream* stream = doctest::detail::tlssPush();
    stream->precision(std::numeric_limits<double>::max_digits10);
    doctest::detail::tlssPop();
    return doctest::Context(argc, argv).run();
}
