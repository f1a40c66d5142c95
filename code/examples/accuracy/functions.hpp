// The table the accuracy study runs on: two rows per function of the act
// library (act::functions, the registry), its value and its derivative.
// Each row holds
//   - the reference: the function's own careful formula, F::reference or
//     F::reference_derivative (generic in the real type), evaluated in
//     double, and in long double inside F::derivative_root_window, where a
//     derivative cancels near its root; reference_check.cpp shows it agrees
//     with the same formula in MPFR;
//   - the MPFR reference: that formula evaluated with as many bits as it
//     takes (mpfr_big.hpp), for the double study and that check;
//   - the forms measured: act's, and the formulas readers meet elsewhere (the
//     articles', and the forms PyTorch's and TensorFlow's kernels use),
//     computed in the input type as a reader would write them; these are the
//     study's own, listed by function name in extra_forms().
// A function added to the registry is in the study with no change here.
#ifndef ACT_ACCURACY_FUNCTIONS_HPP
#define ACT_ACCURACY_FUNCTIONS_HPP

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <map>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "act/registry.hpp"
#include "float_lanes.hpp"

#ifdef ACT_STUDY_MPFR
#include "mpfr_big.hpp"
#else
namespace study {
class Big;
}
#endif

namespace study {

/// One implementation of a function, for float and for double. The second
/// argument is the function's first parameter (ignored by functions without
/// one).
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
    std::string name;                  ///< as in act::, e.g. "bsilu_derivative"
    double param;                      ///< its first parameter's default (0 if none): what forms get
    std::vector<double> params;        ///< every parameter's default: what the references get
    std::vector<double> params_float;  ///< the same, rounded to float as a float computation gets them
    double (*ref)(double, const double*);
    long double (*ref_wide)(long double, const double*);
    Big (*mp)(Big, const double*);                   ///< null unless ACT_STUDY_MPFR
    std::vector<std::pair<double, double>> windows;  ///< where ref_wide is used
    std::vector<Form> forms;                         ///< forms[0] is act's
    /// Empty at the defaults; for a row at a study value of a parameter
    /// (act::Parameter::study_values), that setting, e.g. "beta = 0.5": its
    /// only form is act's.
    std::string setting;
    /// True: ref_wide everywhere (a derivative whose root window is declared
    /// at the defaults, at another setting, where the root has moved).
    bool wide = false;
    /// The key of the row's values in a listing's JSON: the name, and the
    /// setting as "@beta=0.5".
    std::string key() const { return setting.empty() ? name : name + "@" + setting_key; }
    std::string setting_key;  ///< "beta=0.5"

    /// The reference for a float input, with the parameters as a float gets them.
    double reference_float(float x) const
    {
        const double* p = params_float.data();
        // The limit at +-inf: the value at +-1e300, far beyond every float,
        // where every formula here has saturated (at inf itself they would
        // compute inf * 0).
        if (std::isinf(x)) return ref(std::copysign(1e300, double(x)), p);
        if (wide) return static_cast<double>(ref_wide(x, p));
        for (const auto& w : windows)
            if (x >= w.first && x <= w.second) return static_cast<double>(ref_wide(x, p));
        return ref(x, p);
    }
};

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
template <class T> T relu6_pytorch(T x) { return std::min(std::max(x, T(0)), T(6)); }
template <class T> T hardsigmoid_pytorch(T x) { return relu6_pytorch(x + T(3)) / T(6); }
template <class T> T hardswish_pytorch(T x) { return x * relu6_pytorch(x + T(3)) / T(6); }
template <class T> T hardswish_backward(T x)  // PyTorch's hardswish_backward
{
    return x < T(-3) ? T(0) : (x <= T(3) ? x / T(3) + T(0.5) : T(1));
}
}  // namespace naive
// [/listing:naive]


// A form for T gets (T x, T a), a being the function's first parameter.
#define ACT_FORM(name, expr) Form(name, [](auto x, auto a) { (void)a; return expr; })

/// The forms measured besides act's, by row name (a function or its
/// derivative, as act:: spells it). A function that has none needs no entry.
inline std::map<std::string, std::vector<Form>> extra_forms()
{
    return {
        {"relu",
         {ACT_FORM("std::max(x, 0)", std::max(x, decltype(x)(0))),
          ACT_FORM("std::fmax(x, 0)", std::fmax(x, decltype(x)(0)))}},
        {"relu_derivative", {ACT_FORM("x > 0 ? 1 : 0", decltype(x)(x > 0 ? 1 : 0))}},
        {"leaky_relu", {ACT_FORM("x > 0 ? x : a * x", x > 0 ? x : a * x)}},
        {"leaky_relu_derivative", {ACT_FORM("x > 0 ? 1 : a", x > 0 ? decltype(x)(1) : a)}},
        {"sigmoid",
         {ACT_FORM("1/(1+exp(-x))", naive::sigmoid(x)),
          Form("e^-|x| and division in float (float only)", +[](float x, float) { return lanes::sigmoid_plain(x); }),
          Form("the same, errors carried (float only)",
               +[](float x, float) { return lanes::sigmoid_compensated(x); })}},
        {"sigmoid_derivative",
         {ACT_FORM("s*(1-s), s = 1/(1+exp(-x))", naive::sigmoid(x) * (1 - naive::sigmoid(x)))}},
        {"tanh",
         {ACT_FORM("std::tanh(x)", std::tanh(x)), ACT_FORM("2*sigmoid(2x)-1", 2 * naive::sigmoid(2 * x) - 1),
          ACT_FORM("(exp(x)-exp(-x))/(exp(x)+exp(-x))", (std::exp(x) - std::exp(-x)) / (std::exp(x) + std::exp(-x)))}},
        {"tanh_derivative", {ACT_FORM("1-t*t, t = tanh(x) (PyTorch)", 1 - std::tanh(x) * std::tanh(x))}},
        {"softplus",
         {ACT_FORM("log(1+exp(x))", naive::softplus_log(x)),
          ACT_FORM("log1p(exp(x)) (article)", naive::softplus_log1p(x)),
          ACT_FORM("PyTorch: x>20 ? x : log1p(exp(x))", naive::softplus_pytorch(x)),
          ACT_FORM("TensorFlow: x>13.9 ? x : x<-13.9 ? exp(x) : log1p(exp(x))", naive::softplus_tensorflow(x))}},
        {"softplus_derivative",
         {ACT_FORM("1/(1+exp(-x)) (TensorFlow)", naive::sigmoid(x)),
          ACT_FORM("PyTorch: x>20 ? 1 : z/(z+1), z = exp(x)", naive::softplus_backward_pytorch(x))}},
        {"silu",
         {ACT_FORM("x/(1+exp(-x)) (PyTorch)", naive::silu_pytorch(x)),
          ACT_FORM("x*sigmoid(x) (TensorFlow)", x * naive::sigmoid(x))}},
        {"silu_derivative", {ACT_FORM("s*(1+x*(1-s)) (PyTorch)", naive::silu_backward(x))}},
        {"bsilu", {ACT_FORM("(x+a)*sigmoid(x) - a/2 (article)", naive::bsilu_article(x, a))}},
        {"bsilu_derivative",
         {ACT_FORM("s + (x+a)*s*(1-s) (autograd)", naive::bsilu_backward(x, a)),
          Form("e*G/(1+e)^2, G with the float-accuracy exp (float only)", naive::bsilu_derivative_float_exp)}},
        {"nelu", {ACT_FORM("a - a/(1+x^2) (paper + a)", naive::nelu_paper(x, a))}},
        {"nelu_derivative", {ACT_FORM("2ax/(1+x^2)^2 (paper)", naive::nelu_derivative_paper(x, a))}},
        {"elu",
         {ACT_FORM("a*(exp(x)-1)", naive::elu_exp(x, a)), ACT_FORM("a*expm1(x)", naive::elu_expm1(x, a))}},
        {"elu_derivative", {ACT_FORM("x > 0 ? 1 : a*exp(x)", x > 0 ? decltype(x)(1) : a * std::exp(x))}},
        {"selu",
         {ACT_FORM("l*(x > 0 ? x : a*(exp(x)-1))",
                   decltype(x)(1.0507009873554804934) * naive::elu_exp(x, decltype(x)(1.6732632423543772848)))}},
        {"selu_derivative",
         {ACT_FORM("l*(x > 0 ? 1 : a*exp(x))",
                   decltype(x)(1.0507009873554804934) *
                       (x > 0 ? decltype(x)(1) : decltype(x)(1.6732632423543772848) * std::exp(x)))}},
        {"gelu",
         {ACT_FORM("x/2*(1+erf(x/sqrt2)) (PyTorch, TF)", naive::gelu_erf(x)),
          ACT_FORM("tanh approximation", naive::gelu_tanh(x))}},
        {"gelu_derivative", {ACT_FORM("cdf + x*pdf (PyTorch)", naive::gelu_backward(x))}},
        {"gelu_tanh", {ACT_FORM("x/2*(1+tanh(u)) (PyTorch, TF)", naive::gelu_tanh(x))}},
        {"mish", {ACT_FORM("x*tanh(log1p(exp(x))) (PyTorch)", naive::mish_pytorch(x))}},
        {"mish_derivative", {ACT_FORM("PyTorch mish_backward", naive::mish_backward(x))}},
        {"hardsigmoid", {ACT_FORM("relu6(x+3)/6 (PyTorch)", naive::hardsigmoid_pytorch(x))}},
        {"hardswish", {ACT_FORM("x*relu6(x+3)/6 (PyTorch)", naive::hardswish_pytorch(x))}},
        {"hardswish_derivative", {ACT_FORM("x/3 + 1/2 (PyTorch)", naive::hardswish_backward(x))}},
    };
}

#undef ACT_FORM

namespace detail {

/// True when the description F declares a derivative_root_window.
template <class F, class = void>
struct has_root_window : std::false_type {
};
template <class F>
struct has_root_window<F, std::void_t<decltype(F::derivative_root_window)>> : std::true_type {
};

/// F's reference formula (value or derivative) in the real type R at x,
/// with the parameters p (F::parameters.size() of them) converted to R.
template <class F, act::Part P, class R, std::size_t... I>
R reference(R x, const double* p, std::index_sequence<I...>)
{
    (void)p;
    if constexpr (P == act::Part::value) {
        return F::reference(x, R(p[I])...);
    } else {
        return F::reference_derivative(x, R(p[I])...);
    }
}

template <class F, act::Part P, class R>
R reference_of(R x, const double* p)
{
    return reference<F, P>(x, p, std::make_index_sequence<F::parameters.size()>{});
}

/// The row of F's value or derivative: its references, act's form (at the
/// default parameters) first, then the extra forms listed under its name.
template <class F, act::Part P>
Row make_row(std::map<std::string, std::vector<Form>>& extra, std::size_t changed = 0, double value = NAN)
{
    Row row;
    row.name = std::string(F::about.name) + (P == act::Part::derivative ? "_derivative" : "");
    for (const act::Parameter& p : F::parameters) {
        row.params.push_back(p.default_value);
        row.params_float.push_back(static_cast<float>(p.default_value));
    }
    if (!std::isnan(value)) {  // a study value of parameter `changed`
        row.params[changed] = value;
        row.params_float[changed] = static_cast<float>(value);
        std::string v = std::to_string(value);
        v.erase(v.find_last_not_of('0') + 1);  // "0.500000" -> "0.5", "2.000000" -> "2."
        if (v.back() == '.') v.pop_back();
        row.setting = std::string(F::parameters[changed].name) + " = " + v;
        row.setting_key = std::string(F::parameters[changed].name) + "=" + v;
    }
    row.param = row.params.empty() ? 0.0 : row.params[0];
    row.ref = &reference_of<F, P, double>;
    row.ref_wide = &reference_of<F, P, long double>;
#ifdef ACT_STUDY_MPFR
    row.mp = &reference_of<F, P, Big>;
#else
    row.mp = nullptr;
#endif
    if constexpr (F::parameters.size() > 0) {
        if (!row.setting.empty()) {
            // act's form gets the first parameter (the forms' a); the others keep their defaults.
            if (changed != 0) throw std::logic_error(row.name + ": study values are for the first parameter only");
            row.forms.emplace_back("act::" + row.name, [](auto x, auto a) { return act::activation<F, P>{}(x, a); });
            row.wide = P == act::Part::derivative && has_root_window<F>::value;
            return row;
        }
    }
    if constexpr (P == act::Part::derivative && has_root_window<F>::value)
        row.windows.emplace_back(F::derivative_root_window[0], F::derivative_root_window[1]);
    row.forms.emplace_back("act::" + row.name, [](auto x, auto) { return act::activation<F, P>{}(x); });
    const auto it = extra.find(row.name);
    if (it != extra.end()) {
        row.forms.insert(row.forms.end(), it->second.begin(), it->second.end());
        extra.erase(it);
    }
    return row;
}

}  // namespace detail

/// The study's rows: every function of the registry, in its order, value
/// then derivative.
inline std::vector<Row> rows()
{
    std::map<std::string, std::vector<Form>> extra = extra_forms();
    std::vector<Row> rows;
    act::functions::for_each([&](auto f) {
        using F = decltype(f);
        rows.push_back(detail::make_row<F, act::Part::value>(extra));
        rows.push_back(detail::make_row<F, act::Part::derivative>(extra));
    });
    if (!extra.empty())  // a misspelt name would drop its forms silently
        throw std::logic_error("extra_forms(): no function named '" + extra.begin()->first + "' in act::functions");
    return rows;
}

/// The rows at the parameters' study values (act::Parameter::study_values),
/// in the registry's order: for each function, each value, value then
/// derivative. Measured by the float and double studies besides rows().
inline std::vector<Row> parameter_rows()
{
    std::map<std::string, std::vector<Form>> none;
    std::vector<Row> rows;
    act::functions::for_each([&](auto f) {
        using F = decltype(f);
        for (std::size_t i = 0; i < F::parameters.size(); ++i)
            for (double v : F::parameters[i].study_values) {
                if (std::isnan(v)) continue;
                rows.push_back(detail::make_row<F, act::Part::value>(none, i, v));
                rows.push_back(detail::make_row<F, act::Part::derivative>(none, i, v));
            }
    });
    return rows;
}

}  // namespace study

#endif
