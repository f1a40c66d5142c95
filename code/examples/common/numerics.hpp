// Numerical tools the listings share that are not part of the act library.
#ifndef ACT_LISTING_NUMERICS_HPP
#define ACT_LISTING_NUMERICS_HPP

#include <cmath>

namespace listing {

/// Lambert's W on the principal branch (w e^w = z, for z > -1/e) by Halley's
/// iteration in long double: an independent route to the minima of SiLU,
/// x* = -1 - W(1/e), and of B-SiLU, x* = -(1 + alpha) - W(e^{-1-alpha}).
inline long double lambert_w(long double z)
{
    long double w = std::log1p(z);  // a good start for 0 < z < 1
    for (int i = 0; i < 100; ++i) {
        const long double e = std::exp(w);
        const long double f = w * e - z;
        const long double step = f / (e * (w + 1) - (w + 2) * f / (2 * w + 2));
        w -= step;
        if (std::fabs(step) <= 1e-19L * std::fabs(w)) break;
    }
    return w;
}

}  // namespace listing

#endif
