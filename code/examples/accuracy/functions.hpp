// The table the accuracy study runs on: one row per function of the act
// library. Each row names
//   - the reference: the function's careful formula in a generic real type R,
//     evaluated in double (long double inside the `windows`, where a
//     derivative cancels near its root); reference_check.cpp shows it agrees
//     with MPFR;
//   - the MPFR reference: the textbook definition evaluated with as many bits
//     as it takes (mpfr_big.hpp), for the double study and that check;
//   - the forms measured: act's, and the formulas readers meet elsewhere (the
//     articles', and the forms PyTorch's and TensorFlow's kernels use),
//     computed in the input type as a reader would write them.
// Adding a function to the study is adding one row.
#ifndef ACT_ACCURACY_FUNCTIONS_HPP
#define ACT_ACCURACY_FUNCTIONS_HPP

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "act/bsilu.hpp"
#include "act/elu.hpp"
#include "act/gelu.hpp"
#include "act/mish.hpp"
#include "act/nelu.hpp"
#include "act/relu.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "act/softplus.hpp"
#include "float_lanes.hpp"

#ifdef ACT_STUDY_MPFR
#include "mpfr_big.hpp"
#define ACT_MP(...) __VA_ARGS__
#else
namespace study {
class Big;
}
#define ACT_MP(...) nullptr
#endif

namespace study {

/// One implementation of a function, for float and for double. The second
/// argument is the function's parameter (ignored by functions without one).
struct Form {
    std::string name;
    float (*f)(float, float);
    double (*d)(double, double);
    template <class L>
    Form(std::string n, L l) : name(std::move(n)), f(l), d(l)
    {
    }
    /// A form that only exists for float (d is null: the double study skips it).
    Form(std::string n, float (*l)(float, float)) : name(std::move(n)), f(l), d(nullptr) {}
};

struct Row {
    std::string name;     ///< as in act::, e.g. "bsilu_derivative"
    std::string chapter;  ///< where the function is taught
    double param;         ///< its default parameter (0 if none)
    double (*ref)(double, double);
    long double (*ref_wide)(long double, long double);
    Big (*mp)(const Big&, const Big&);
    std::vector<std::pair<double, double>> windows;  ///< where ref_wide is used
    std::vector<Form> forms;                         ///< forms[0] is act's

    /// The reference for a float input, with the parameter as a float gets it.
    double reference_float(float x) const
    {
        const double a = static_cast<float>(param);
        // The limit at +-inf: the value at +-1e300, far beyond every float,
        // where every formula here has saturated (at inf itself they would
        // compute inf * 0).
        if (std::isinf(x)) return ref(std::copysign(1e300, double(x)), a);
        for (const auto& w : windows)
            if (x >= w.first && x <= w.second) return static_cast<double>(ref_wide(x, a));
        return ref(x, a);
    }
};

// [listing:references]
/// Careful formulas, generic in the real type R: each avoids overflow and
/// cancellation except where noted (the derivatives' roots, handled by
/// evaluating in long double there).
namespace ref {
using std::exp;
using std::expm1;
using std::fabs;
using std::log1p;
using std::tanh;

template <class R> R sigmoid(R x)
{
    const R e = exp(-fabs(x));  // in [0, 1]
    return x >= 0 ? 1 / (1 + e) : e / (1 + e);
}
template <class R> R sigmoid_derivative(R x)
{
    const R e = exp(-fabs(x));
    return e / ((1 + e) * (1 + e));
}
template <class R> R softplus(R x)
{
    return (x > 0 ? x : R(0)) + log1p(exp(-fabs(x)));
}
template <class R> R silu(R x) { return x * sigmoid(x); }
template <class R> R silu_derivative(R x)  // cancels at its root -1.2785
{
    return sigmoid(x) * (1 + x * sigmoid(-x));
}
template <class R> R bsilu(R x, R a)
{
    // sigma - 1/2 = tanh(x/2)/2: no cancellation at 0
    return x * sigmoid(x) + a / 2 * tanh(x / 2);
}
template <class R> R bsilu_derivative(R x, R a)  // cancels at its root -2.7349
{
    return sigmoid(x) * (1 + (x + a) * sigmoid(-x));
}
template <class R> R nelu(R x, R a)
{
    if (x > 0) return x;
    if (x >= -1) return a * x * x / (1 + x * x);
    const R u = 1 / x;
    return a / (1 + u * u);
}
template <class R> R nelu_derivative(R x, R a)
{
    if (x > 0) return 1;
    if (x >= -1) return 2 * a * x / ((1 + x * x) * (1 + x * x));
    const R u = 1 / x;
    return 2 * a * u * u * u / ((1 + u * u) * (1 + u * u));
}
template <class R> R elu(R x, R a) { return x > 0 ? x : a * expm1(x); }
template <class R> R elu_derivative(R x, R a) { return x > 0 ? R(1) : a * exp(x); }
// SELU's constants (Klambauer et al., 2017), to 31 digits.
constexpr long double selu_lambda = 1.0507009873554804934193349852946L;
constexpr long double selu_alpha = 1.6732632423543772848170429916717L;
template <class R> R selu(R x) { return R(selu_lambda) * elu(x, R(selu_alpha)); }
template <class R> R selu_derivative(R x)
{
    return R(selu_lambda) * elu_derivative(x, R(selu_alpha));
}
template <class R> R normal_cdf(R x)
{
    return std::erfc(-x / std::sqrt(R(2))) / 2;  // no cancellation on either side
}
template <class R> R normal_pdf(R x)
{
    return exp(-x * x / 2) /
           std::sqrt(2 * R(3.14159265358979323846264338327950288L));
}
template <class R> R gelu(R x) { return x * normal_cdf(x); }
template <class R> R gelu_derivative(R x)  // cancels at its root -0.7518
{
    return normal_cdf(x) + x * normal_pdf(x);
}
template <class R> R mish(R x) { return x * tanh(softplus(x)); }
template <class R> R mish_derivative(R x)  // cancels at its root -1.1924
{
    const R t = tanh(softplus(x));
    return t + x * (1 - t * t) * sigmoid(x);
}
}  // namespace ref
// [/listing:references]

// [listing:naive]
/// The formulas readers meet elsewhere, computed in the input type T.
namespace naive {
using std::erf;
using std::exp;
using std::log;
using std::log1p;
using std::tanh;

template <class T> T sigmoid(T x)  // PyTorch's CPU kernel
{
    return T(1) / (T(1) + exp(-x));
}
template <class T> T softplus_log(T x)  // textbook
{
    return log(T(1) + exp(x));
}
template <class T> T softplus_log1p(T x)  // the article's
{
    return log1p(exp(x));
}
template <class T> T softplus_pytorch(T x) { return x > T(20) ? x : log1p(exp(x)); }
template <class T> T softplus_tensorflow(T x)  // its kernel: thresholds log(eps) + 2
{
    const T threshold = log(std::numeric_limits<T>::epsilon()) + T(2);
    if (x > -threshold) return x;
    if (x < threshold) return exp(x);
    return log1p(exp(x));
}
template <class T> T softplus_backward_pytorch(T x)  // z/(z+1), z = e^x, 1 above 20
{
    const T z = exp(x);
    return x > T(20) ? T(1) : z / (z + T(1));
}
template <class T> T silu_pytorch(T x) { return x / (T(1) + exp(-x)); }
template <class T> T silu_backward(T x)  // PyTorch's silu_backward
{
    const T s = sigmoid(x);
    return s * (T(1) + x * (T(1) - s));
}
template <class T> T bsilu_article(T x, T a)
{
    return (x + a) * sigmoid(x) - a / T(2);
}
template <class T> T bsilu_backward(T x, T a)  // autograd of the article's composite
{
    const T s = sigmoid(x);
    return s + (x + a) * (s * (T(1) - s));
}
// B-SiLU's derivative as the library's float kernel computes it, but with
// the exponential accurate to float needs only (2.5e-9 relative) in the
// factor G = 1 + a + x + e^x that cancels at the root: what the kernel's
// first version did.
inline float bsilu_derivative_float_exp(float x, float a)
{
    // The limits, as the kernel has them.
    if (std::isinf(x)) return x > 0 ? 1.0f : -0.0f;
    const double w = x, e = act::core::exp_minus_abs<float>(w), d = 1 + e;
    return static_cast<float>(w >= 0 ? (d + (w + a) * e) / (d * d)
                                     : e * ((1 + double(a)) + w + e) / (d * d));
}
template <class T> T nelu_paper(T x, T a)
{
    return x > T(0) ? x : a - a / (T(1) + x * x);
}
template <class T> T nelu_derivative_paper(T x, T a)
{
    return x > T(0) ? T(1) : T(2) * a * x / ((T(1) + x * x) * (T(1) + x * x));
}
template <class T> T elu_exp(T x, T a) { return x > T(0) ? x : a * (exp(x) - T(1)); }
template <class T> T elu_expm1(T x, T a) { return x > T(0) ? x : a * std::expm1(x); }
template <class T> T gelu_erf(T x)  // PyTorch's and TensorFlow's exact GELU
{
    return x * T(0.5) * (T(1) + erf(x * T(0.70710678118654752440)));
}
template <class T> T gelu_tanh(T x)  // approximate='tanh'
{
    const T k = T(0.79788456080286535588);  // sqrt(2/pi)
    return T(0.5) * x * (T(1) + tanh(k * (x + T(0.044715) * x * x * x)));
}
template <class T> T gelu_backward(T x)  // PyTorch's gelu_backward (exact)
{
    const T cdf = T(0.5) * (T(1) + erf(x * T(0.70710678118654752440)));
    const T pdf = exp(T(-0.5) * x * x) * T(0.39894228040143267794);
    return cdf + x * pdf;
}
template <class T> T mish_pytorch(T x) { return x * tanh(log1p(exp(x))); }
template <class T> T mish_backward(T x)  // PyTorch's mish_backward
{
    const T s = sigmoid(x);
    const T t = tanh(log1p(exp(x)));
    return t + x * s * (T(1) - t * t);
}
}  // namespace naive
// [/listing:naive]

// The parameter's type in a form: a form for T gets (T x, T param).
#define ACT_FORM(name, expr) Form(name, [](auto x, auto a) { (void)a; return expr; })

inline std::vector<Row> rows()
{
    using std::pair;
    const auto sl = static_cast<double>(ref::selu_lambda);
    const auto sa = static_cast<double>(ref::selu_alpha);
    (void)sl;
    (void)sa;
    return {
        {"relu", "relu", 0,
         [](double x, double) { return x > 0 ? x : 0.0; },
         [](long double x, long double) { return x > 0 ? x : 0.0L; },
         ACT_MP([](const Big& x, const Big&) { return x > 0 ? x : Big(0); }), {},
         {ACT_FORM("act::relu", act::relu(x)),
          ACT_FORM("std::max(x, 0)", std::max(x, decltype(x)(0))),
          ACT_FORM("std::fmax(x, 0)", std::fmax(x, decltype(x)(0)))}},
        {"relu_derivative", "relu", 0,
         [](double x, double) { return x > 0 ? 1.0 : 0.0; },
         [](long double x, long double) { return x > 0 ? 1.0L : 0.0L; },
         ACT_MP([](const Big& x, const Big&) { return Big(x > 0 ? 1 : 0); }), {},
         {ACT_FORM("act::relu_derivative", act::relu_derivative(x)),
          ACT_FORM("x > 0 ? 1 : 0", decltype(x)(x > 0 ? 1 : 0))}},
        {"leaky_relu", "relu", 0.01,
         [](double x, double a) { return x > 0 ? x : a * x; },
         [](long double x, long double a) { return x > 0 ? x : a * x; },
         ACT_MP([](const Big& x, const Big& a) { return x > 0 ? x : a * x; }), {},
         {ACT_FORM("act::leaky_relu", act::leaky_relu(x, a)),
          ACT_FORM("x > 0 ? x : a * x", x > 0 ? x : a * x)}},
        {"leaky_relu_derivative", "relu", 0.01,
         [](double x, double a) { return x > 0 ? 1.0 : a; },
         [](long double x, long double a) { return x > 0 ? 1.0L : a; },
         ACT_MP([](const Big& x, const Big& a) { return x > 0 ? Big(1) : a; }), {},
         {ACT_FORM("act::leaky_relu_derivative", act::leaky_relu_derivative(x, a)),
          ACT_FORM("x > 0 ? 1 : a", x > 0 ? decltype(x)(1) : a)}},
        {"sigmoid", "sigmoid", 0,
         [](double x, double) { return ref::sigmoid(x); },
         [](long double x, long double) { return ref::sigmoid(x); },
         ACT_MP([](const Big& x, const Big&) { return 1 / (1 + exp(-x)); }), {},
         {ACT_FORM("act::sigmoid", act::sigmoid(x)),
          ACT_FORM("1/(1+exp(-x))", naive::sigmoid(x)),
          Form("e^-|x| and division in float (float only)", +[](float x, float) { return lanes::sigmoid_plain(x); }),
          Form("the same, errors carried (float only)",
               +[](float x, float) { return lanes::sigmoid_compensated(x); })}},
        {"sigmoid_derivative", "sigmoid", 0,
         [](double x, double) { return ref::sigmoid_derivative(x); },
         [](long double x, long double) { return ref::sigmoid_derivative(x); },
         ACT_MP([](const Big& x, const Big&) {
             const Big s = 1 / (1 + exp(-x));
             return s * (1 - s);
         }), {},
         {ACT_FORM("act::sigmoid_derivative", act::sigmoid_derivative(x)),
          ACT_FORM("s*(1-s), s = 1/(1+exp(-x))", naive::sigmoid(x) * (1 - naive::sigmoid(x)))}},
        {"softplus", "softplus", 0,
         [](double x, double) { return ref::softplus(x); },
         [](long double x, long double) { return ref::softplus(x); },
         ACT_MP([](const Big& x, const Big&) {
             return x > 0 ? x + log1p(exp(-x)) : log1p(exp(x));  // e^x overflows MPFR too
         }), {},
         {ACT_FORM("act::softplus", act::softplus(x)),
          ACT_FORM("log(1+exp(x))", naive::softplus_log(x)),
          ACT_FORM("log1p(exp(x)) (article)", naive::softplus_log1p(x)),
          ACT_FORM("PyTorch: x>20 ? x : log1p(exp(x))", naive::softplus_pytorch(x)),
          ACT_FORM("TensorFlow: x>13.9 ? x : x<-13.9 ? exp(x) : log1p(exp(x))", naive::softplus_tensorflow(x))}},
        {"softplus_derivative", "softplus", 0,
         [](double x, double) { return ref::sigmoid(x); },
         [](long double x, long double) { return ref::sigmoid(x); },
         ACT_MP([](const Big& x, const Big&) { return 1 / (1 + exp(-x)); }), {},
         {ACT_FORM("act::softplus_derivative", act::softplus_derivative(x)),
          ACT_FORM("1/(1+exp(-x)) (TensorFlow)", naive::sigmoid(x)),
          ACT_FORM("PyTorch: x>20 ? 1 : z/(z+1), z = exp(x)", naive::softplus_backward_pytorch(x))}},
        {"silu", "silu", 0,
         [](double x, double) { return ref::silu(x); },
         [](long double x, long double) { return ref::silu(x); },
         ACT_MP([](const Big& x, const Big&) { return x / (1 + exp(-x)); }), {},
         {ACT_FORM("act::silu", act::silu(x)),
          ACT_FORM("x/(1+exp(-x)) (PyTorch)", naive::silu_pytorch(x)),
          ACT_FORM("x*sigmoid(x) (TensorFlow)", x * naive::sigmoid(x))}},
        {"silu_derivative", "silu", 0,
         [](double x, double) { return ref::silu_derivative(x); },
         [](long double x, long double) { return ref::silu_derivative(x); },
         ACT_MP([](const Big& x, const Big&) {
             const Big s = 1 / (1 + exp(-x));
             return s * (1 + x * (1 - s));
         }),
         {pair{-1.33, -1.23}},
         {ACT_FORM("act::silu_derivative", act::silu_derivative(x)),
          ACT_FORM("s*(1+x*(1-s)) (PyTorch)", naive::silu_backward(x))}},
        {"bsilu", "bsilu", 1.67,
         [](double x, double a) { return ref::bsilu(x, a); },
         [](long double x, long double a) { return ref::bsilu(x, a); },
         ACT_MP([](const Big& x, const Big& a) { return (x + a) / (1 + exp(-x)) - a / 2; }), {},
         {ACT_FORM("act::bsilu", act::bsilu(x, a)),
          ACT_FORM("(x+a)*sigmoid(x) - a/2 (article)", naive::bsilu_article(x, a))}},
        {"bsilu_derivative", "bsilu", 1.67,
         [](double x, double a) { return ref::bsilu_derivative(x, a); },
         [](long double x, long double a) { return ref::bsilu_derivative(x, a); },
         ACT_MP([](const Big& x, const Big& a) {
             const Big s = 1 / (1 + exp(-x));
             return s + (x + a) * s * (1 - s);
         }),
         {pair{-2.79, -2.68}},
         {ACT_FORM("act::bsilu_derivative", act::bsilu_derivative(x, a)),
          ACT_FORM("s + (x+a)*s*(1-s) (autograd)", naive::bsilu_backward(x, a)),
          Form("e*G/(1+e)^2, G with the float-accuracy exp (float only)", naive::bsilu_derivative_float_exp)}},
        {"nelu", "nelu", 0.05,
         [](double x, double a) { return ref::nelu(x, a); },
         [](long double x, long double a) { return ref::nelu(x, a); },
         ACT_MP([](const Big& x, const Big& a) { return x > 0 ? x : a - a / (1 + x * x); }), {},
         {ACT_FORM("act::nelu", act::nelu(x, a)),
          ACT_FORM("a - a/(1+x^2) (paper + a)", naive::nelu_paper(x, a))}},
        {"nelu_derivative", "nelu", 0.05,
         [](double x, double a) { return ref::nelu_derivative(x, a); },
         [](long double x, long double a) { return ref::nelu_derivative(x, a); },
         ACT_MP([](const Big& x, const Big& a) {
             return x > 0 ? Big(1) : 2 * a * x / ((1 + x * x) * (1 + x * x));
         }), {},
         {ACT_FORM("act::nelu_derivative", act::nelu_derivative(x, a)),
          ACT_FORM("2ax/(1+x^2)^2 (paper)", naive::nelu_derivative_paper(x, a))}},
        {"elu", "elu", 1.0,
         [](double x, double a) { return ref::elu(x, a); },
         [](long double x, long double a) { return ref::elu(x, a); },
         ACT_MP([](const Big& x, const Big& a) { return x > 0 ? x : a * (exp(x) - 1); }), {},
         {ACT_FORM("act::elu", act::elu(x, a)),
          ACT_FORM("a*(exp(x)-1)", naive::elu_exp(x, a)),
          ACT_FORM("a*expm1(x)", naive::elu_expm1(x, a))}},
        {"elu_derivative", "elu", 1.0,
         [](double x, double a) { return ref::elu_derivative(x, a); },
         [](long double x, long double a) { return ref::elu_derivative(x, a); },
         ACT_MP([](const Big& x, const Big& a) { return x > 0 ? Big(1) : a * exp(x); }), {},
         {ACT_FORM("act::elu_derivative", act::elu_derivative(x, a)),
          ACT_FORM("x > 0 ? 1 : a*exp(x)", x > 0 ? decltype(x)(1) : a * std::exp(x))}},
        {"selu", "elu", 0,
         [](double x, double) { return ref::selu(x); },
         [](long double x, long double) { return ref::selu(x); },
         ACT_MP([](const Big& x, const Big&) {
             return Big::selu_lambda() * (x > 0 ? x : Big::selu_alpha() * (exp(x) - 1));
         }), {},
         {ACT_FORM("act::selu", act::selu(x)),
          ACT_FORM("l*(x > 0 ? x : a*(exp(x)-1))",
                   decltype(x)(1.0507009873554804934) *
                       naive::elu_exp(x, decltype(x)(1.6732632423543772848)))}},
        {"selu_derivative", "elu", 0,
         [](double x, double) { return ref::selu_derivative(x); },
         [](long double x, long double) { return ref::selu_derivative(x); },
         ACT_MP([](const Big& x, const Big&) {
             return Big::selu_lambda() * (x > 0 ? Big(1) : Big::selu_alpha() * exp(x));
         }), {},
         {ACT_FORM("act::selu_derivative", act::selu_derivative(x)),
          ACT_FORM("l*(x > 0 ? 1 : a*exp(x))",
                   decltype(x)(1.0507009873554804934) *
                       (x > 0 ? decltype(x)(1) : decltype(x)(1.6732632423543772848) * std::exp(x)))}},
        {"gelu", "gelu", 0,
         [](double x, double) { return ref::gelu(x); },
         [](long double x, long double) { return ref::gelu(x); },
         ACT_MP([](const Big& x, const Big&) {
             // Below -40 |gelu| < 1e-340, under every double; MPFR's erfc is
             // slow that far out, so the value is taken as 0 there.
             return -40 > x ? Big(0) : x * erfc(-x / sqrt(Big(2))) / 2;
         }), {},
         {ACT_FORM("act::gelu", act::gelu(x)),
          ACT_FORM("x/2*(1+erf(x/sqrt2)) (PyTorch, TF)", naive::gelu_erf(x)),
          ACT_FORM("tanh approximation", naive::gelu_tanh(x))}},
        {"gelu_derivative", "gelu", 0,
         [](double x, double) { return ref::gelu_derivative(x); },
         [](long double x, long double) { return ref::gelu_derivative(x); },
         ACT_MP([](const Big& x, const Big&) {
             if (-40 > x) return Big(0);  // below 1e-340, as for gelu
             return erfc(-x / sqrt(Big(2))) / 2 + x * exp(-x * x / 2) / sqrt(2 * Big::pi());
         }),
         {pair{-0.80, -0.70}},
         {ACT_FORM("act::gelu_derivative", act::gelu_derivative(x)),
          ACT_FORM("cdf + x*pdf (PyTorch)", naive::gelu_backward(x))}},
        {"mish", "mish", 0,
         [](double x, double) { return ref::mish(x); },
         [](long double x, long double) { return ref::mish(x); },
         ACT_MP([](const Big& x, const Big&) { return x * tanh(log1p(exp(x))); }), {},
         {ACT_FORM("act::mish", act::mish(x)),
          ACT_FORM("x*tanh(log1p(exp(x))) (PyTorch)", naive::mish_pytorch(x))}},
        {"mish_derivative", "mish", 0,
         [](double x, double) { return ref::mish_derivative(x); },
         [](long double x, long double) { return ref::mish_derivative(x); },
         ACT_MP([](const Big& x, const Big&) {
             const Big t = tanh(log1p(exp(x)));
             return t + x * (1 - t * t) / (1 + exp(-x));
         }),
         {pair{-1.24, -1.14}},
         {ACT_FORM("act::mish_derivative", act::mish_derivative(x)),
          ACT_FORM("PyTorch mish_backward", naive::mish_backward(x))}},
    };
}

#undef ACT_FORM

}  // namespace study

#endif
