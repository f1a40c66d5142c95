// The doctest runner's main(), in a file of its own: it is the slowest file
// to compile and never changes.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
