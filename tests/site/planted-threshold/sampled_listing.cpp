// A planted listing: it passes off as a threshold the first point of a grid
// (step 0.01) at which the naive sigmoid 1/(1+exp(-x)) returned 0, while the
// true switch lies between that grid point and the previous one.
// listing::Program::threshold must refuse it: CTest's
// site:sampled-threshold-listing-is-refused expects exit status 2 and the
// message.
#include <cmath>

#include "listing.hpp"

int main(int argc, char** argv)
{
    listing::Program program("sampled_listing", "A threshold read off a sample (must be refused).");
    program.parse(argc, argv);
    const auto naive_zero = [](float x) { return 1.0f / (1.0f + std::exp(-x)) == 0.0f; };
    float first_seen = 0;
    for (float x = 0; x > -100; x -= 0.01f) {  // the sample
        if (naive_zero(x)) {
            first_seen = x;
            break;
        }
    }
    program.threshold("naive_zero_below", first_seen, 0.0f, naive_zero, 7);
    return 0;
}
