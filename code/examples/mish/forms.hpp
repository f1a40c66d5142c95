// The float forms of Mish that the chapter compares with act::mish: the
// formula as PyTorch's documentation writes it, and the rational form in
// e^x read straight off the algebra. Shared by forms.cpp and tests/mish_test.cpp.
#ifndef ACT_EXAMPLES_MISH_FORMS_HPP
#define ACT_EXAMPLES_MISH_FORMS_HPP

#include <cmath>

namespace forms {

// [listing:forms]
// The definition, x tanh(softplus(x)), with softplus as log1p(exp(x)).
inline float definition(float x) { return x * std::tanh(std::log1p(std::exp(x))); }

// tanh(log(1 + u)) = ((1 + u)^2 - 1) / ((1 + u)^2 + 1) with u = e^x.
inline float rational(float x)
{
    const float u = std::exp(x);
    const float p = (1 + u) * (1 + u);
    return x * ((p - 1) / (p + 1));
}
// [/listing:forms]

}  // namespace forms

#endif
