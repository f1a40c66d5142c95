// Checks of the SUGAR chapter: the surrogates it adds to the library (ELU,
// SELU, GELU, Mish), SUGAR itself (act::sugar, act::sugar_backward), the
// hand-written network (act::mlp), the experiment's helpers (training,
// divergence, the statistics of its verdicts) and the chapter's exercise
// solutions.
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <xtensor/xarray.hpp>
#include <xtensor/xbuilder.hpp>

#include "act/bsilu.hpp"
#include "act/elu.hpp"
#include "act/gelu.hpp"
#include "act/mish.hpp"
#include "sugar/mlp.hpp"
#include "act/silu.hpp"
#include "act/sugar.hpp"
#include "checks.hpp"
#include "sugar/exercises.hpp"
#include "sugar/experiment.hpp"
#include "sugar/statistics.hpp"

namespace {

// References in long double (64-bit significand, exponent range to 1e-4951):
// 11 bits more than double, and no underflow anywhere a double result is
// representable. Each is the textbook formula, not the library's rewriting.
const long double sqrt2 = std::sqrt(2.0L);
const long double sqrt2pi = std::sqrt(2.0L * 3.14159265358979323846264338327950288L);
long double gelu_ref(long double x) { return x * 0.5L * std::erfc(-x / sqrt2); }
long double gelu_derivative_ref(long double x)
{
    return 0.5L * std::erfc(-x / sqrt2) + x * std::exp(-x * x / 2) / sqrt2pi;
}
long double mish_ref(long double x) { return x * std::tanh(std::log1p(std::exp(x))); }
long double mish_derivative_ref(long double x)
{
    const long double t = std::tanh(std::log1p(std::exp(x)));
    return t + x * (1 - t * t) / (1 + std::exp(-x));
}
long double elu_ref(long double x, long double a) { return x > 0 ? x : a * std::expm1(x); }

// The worst ULP error of f against ref on [lo, hi], where |ref| >= 1e-3
// (more than 1000 points, or the check fails).
template <class F, class R>
double worst_ulps_off_root(F f, R ref, double lo, double hi)
{
    double worst = 0;
    int checked = 0;
    for (double x = lo; x <= hi; x += 0.00071) {
        const long double want = ref(x);
        if (std::fabs(double(want)) < 1e-3) continue;
        ++checked;
        worst = std::max(worst, checks::ulp_distance(f(x), double(want)));
    }
    CHECK(checked > 1000);
    return worst;
}

// PyTorch's SELU constants (torch.nn.SELU documentation; Klambauer et al. 2017).
const long double selu_lambda = 1.0507009873554804934193349852946L;
const long double selu_alpha = 1.6732632423543772848170429916717L;

constexpr double inf = std::numeric_limits<double>::infinity();

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }
bool same_bits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Relative error measured against max(|reference|, floor): ULP counts are
// meaningless next to a root of the function, where only absolute accuracy
// is possible.
double relative_error(double got, long double want, double floor)
{
    return double(std::fabs(got - want) / std::max(std::fabs(want), (long double)floor));
}

}  // namespace

TEST_SUITE("the surrogates")
{
    TEST_CASE("ELU and SELU: values from their definitions")
    {
        // e^-1 - 1 = -0.632120558828557678... and e^-1 = 0.367879441171442321...
        // (mpmath 1.2.1, 30 digits).
        CHECK(act::elu(-1.0) == doctest::Approx(-0.6321205588285577).epsilon(1e-15));
        CHECK(act::elu_derivative(-1.0) == doctest::Approx(0.36787944117144233).epsilon(1e-15));
        CHECK(act::elu(2.5) == 2.5);
        CHECK(act::elu_derivative(2.5) == 1.0);
        CHECK(act::elu(0.0) == 0.0);
        CHECK(act::elu_derivative(0.0) == 1.0);           // the left slope, alpha = 1
        CHECK(act::elu_derivative(0.0, 0.5) == 0.5);
        // -lambda * alpha = -1.75809934084737685994... (mpmath, PyTorch's constants)
        CHECK(act::selu(-inf) == doctest::Approx(-1.7580993408473769).epsilon(1e-15));
        CHECK(act::selu(1.0) == act::selu_scale);
        CHECK(act::selu_derivative(1.0) == act::selu_scale);
        CHECK(act::elu(-inf) == -1.0);
        CHECK(act::elu(-inf, 2.0) == -2.0);
    }

    TEST_CASE("ELU keeps its digits near 0, where exp(x) - 1 cancels")
    {
        for (double x : {-1e-10, -1e-5, -0.3, -3.0, -30.0}) {
            CAPTURE(x);
            CHECK(checks::ulp_distance(act::elu(x), double(elu_ref(x, 1.0L))) <= 1);
            CHECK(checks::ulp_distance(act::elu(x, 0.7), double(elu_ref(x, 0.7L))) <= 2);
        }
        // The naive form keeps at most 8 of its 16 digits at -1e-10 (the
        // rounding of exp(-1e-10) near 1 is worth up to 1e-6 of 1e-10).
        const double naive = std::exp(-1e-10) - 1;
        CHECK(std::fabs(naive - double(elu_ref(-1e-10, 1.0L))) > 1e-9 * 1e-10);
    }

    TEST_CASE("SELU's constants make N(0,1) a fixed point: mean 0, second moment 1")
    {
        // Klambauer et al. (2017) chose lambda and alpha so that a standard
        // normal input gives an output of mean 0 and variance 1. Simpson's
        // rule on [-12, 12] with 24000 intervals, in long double.
        const int n = 24000;
        const long double a = -12, b = 12, h = (b - a) / n;
        long double mean = 0, second = 0;
        for (int i = 0; i <= n; ++i) {
            const long double x = a + i * h;
            const long double w = (i == 0 || i == n) ? 1 : (i % 2 ? 4 : 2);
            const long double p = std::exp(-x * x / 2) / sqrt2pi;
            const long double y = act::selu(double(x));
            mean += w * p * y;
            second += w * p * y * y;
        }
        mean *= h / 3;
        second *= h / 3;
        CHECK(std::fabs(double(mean)) < 1e-12);
        CHECK(double(second) == doctest::Approx(1.0).epsilon(1e-12));
    }

    TEST_CASE("GELU: values from the normal distribution, and its symmetry")
    {
        // Phi(1) = 0.841344746068542948585... (mpmath 1.2.1 ncdf, 30 digits).
        CHECK(act::gelu(1.0) == doctest::Approx(0.8413447460685429).epsilon(2e-16));
        CHECK(act::gelu(-1.0) == doctest::Approx(-0.15865525393145705).epsilon(2e-16));
        CHECK(act::gelu(0.0) == 0.0);
        CHECK(act::gelu_derivative(0.0) == 0.5);  // Phi(0) + 0
        // Phi(x) + Phi(-x) = 1, so gelu(x) - gelu(-x) = x.
        for (double x = -8; x <= 8; x += 0.125) {
            CAPTURE(x);
            CHECK(act::gelu(x) - act::gelu(-x) == doctest::Approx(x).epsilon(1e-15).scale(1));
        }
        // The minimum, where Phi(x) + x phi(x) = 0: x = -0.751791524693564457...,
        // GELU there -0.169971207479903661... (mpmath findroot, 30 digits).
        CHECK(act::gelu_derivative(-0.7517915246935645) == doctest::Approx(0.0).scale(1).epsilon(1e-15));
        CHECK(act::gelu_derivative(-0.76) < 0);
        CHECK(act::gelu_derivative(-0.74) > 0);
        CHECK(act::gelu(-0.7517915246935645) == doctest::Approx(-0.16997120747990366).epsilon(1e-15));
    }

    TEST_CASE("Mish: values, and its minimum")
    {
        // tanh(log(1 + e)) = 0.865098388267310346... and Mish(-1) =
        // -0.303401461374108918... (mpmath 1.2.1, 30 digits).
        CHECK(act::mish(1.0) == doctest::Approx(0.8650983882673103).epsilon(2e-16));
        CHECK(act::mish(-1.0) == doctest::Approx(-0.30340146137410892).epsilon(2e-16));
        CHECK(act::mish(0.0) == 0.0);
        // Minimum at x = -1.192431214515495212..., value -0.308843413017250406...
        // (mpmath findroot of the derivative; Misra 2019 reports about -0.31).
        CHECK(act::mish_derivative(-1.1924312145154952) == doctest::Approx(0.0).scale(1).epsilon(1e-15));
        CHECK(act::mish(-1.1924312145154952) == doctest::Approx(-0.3088434130172504).epsilon(1e-15));
        // The slope at 0 is tanh(log 2) = 3/5.
        CHECK(act::mish_derivative(0.0) == doctest::Approx(0.6).epsilon(1e-15));
    }

    TEST_CASE("GELU and Mish in double are within a few ULPs of long double references")
    {
        double worst_gelu = 0, worst_mish = 0, worst_dgelu = 0, worst_dmish = 0;
        for (double x = -38.4; x <= 38.4; x += 0.0037) {
            worst_gelu = std::max(worst_gelu, checks::ulp_distance(act::gelu(x), double(gelu_ref(x))));
            worst_mish = std::max(worst_mish, checks::ulp_distance(act::mish(x), double(mish_ref(x))));
            // The derivatives have roots, so relative to max(|value|, 1e-3).
            worst_dgelu = std::max(worst_dgelu, relative_error(act::gelu_derivative(x),
                                                               gelu_derivative_ref(x), 1e-3));
            worst_dmish = std::max(worst_dmish, relative_error(act::mish_derivative(x),
                                                               mish_derivative_ref(x), 1e-3));
        }
        CHECK(worst_gelu <= 5);  // the double kernel: 4 against this reference (3.1 against MPFR)
        CHECK(worst_mish <= 4);
        CHECK(worst_dgelu <= 1e-13);
        CHECK(worst_dmish <= 1e-13);
    }

    TEST_CASE("the derivatives of GELU and Mish keep their relative accuracy next to their roots")
    {
        // GELU's slope vanishes at x = -0.7518 (Phi(x) = -x phi(x)), Mish's at
        // x = -1.1924 (mpmath: -1.19243121451549521214); there the plain sum of
        // the two terms is off by an ULP of about 0.2, relative to a value
        // that is far smaller. Where the value is at least 1e-3, the long
        // double reference keeps 53 bits; the library must stay within a few ULPs.
        const auto gelu = [](double x) { return act::gelu_derivative(x); };
        const auto mish = [](double x) { return act::mish_derivative(x); };
        CHECK(worst_ulps_off_root(gelu, gelu_derivative_ref, -1.25, -0.25) <= 4);
        CHECK(worst_ulps_off_root(mish, mish_derivative_ref, -1.7, -0.7) <= 5);
        CHECK(act::mish_derivative(-1.1924312145154952) == doctest::Approx(0.0).scale(1).epsilon(1e-15));
    }

    TEST_CASE("GELU's naive erfc form loses digits in the left tail, act::gelu does not")
    {
        // PyTorch computes 0.5 x erfc(-x/sqrt 2) with x/sqrt 2 rounded first;
        // erfc multiplies that rounding error by about 2z^2.
        double worst_naive = 0, worst = 0;
        for (double x = -30; x <= -5; x += 0.01) {
            const double want = double(gelu_ref(x));
            worst_naive = std::max(worst_naive,
                                   checks::ulp_distance(0.5 * x * std::erfc(-x * 0.7071067811865476), want));
            worst = std::max(worst, checks::ulp_distance(act::gelu(x), want));
        }
        CHECK(worst_naive > 100);
        CHECK(worst <= 8);
    }

    TEST_CASE_TEMPLATE("float results are within one float of the rounded long-double reference", T, float)
    {
        for (float x = -20.0f; x <= 20.0f; x += 0.0137f) {
            CAPTURE(x);
            CHECK(checks::ulp_distance(act::gelu(x), static_cast<float>(gelu_ref(x))) <= 1);
            CHECK(checks::ulp_distance(act::mish(x), static_cast<float>(mish_ref(x))) <= 1);
            CHECK(checks::ulp_distance(act::elu(x), static_cast<float>(elu_ref(x, 1.0L))) <= 1);
            CHECK(checks::ulp_distance(act::selu(x), static_cast<float>(selu_lambda * elu_ref(x, selu_alpha))) <= 1);
        }
    }

    TEST_CASE("every derivative matches central differences of its function")
    {
        // Differences of the long double references (and of the library's
        // own ELU/SELU, which are exact to rounding), step 1e-6.
        const long double h = 1e-6L;
        auto selu_l = [](long double x) { return selu_lambda * elu_ref(x, selu_alpha); };
        auto elu_l = [](long double x) { return elu_ref(x, 1.0L); };
        for (double x = -12; x <= 12; x += 0.093) {
            if (std::fabs(x) < 2e-6) continue;  // ELU's kink at 0
            CAPTURE(x);
            CHECK(std::fabs(act::elu_derivative(x) - double(checks::central_difference(elu_l, x, h))) <= 1e-8);
            CHECK(std::fabs(act::selu_derivative(x) - double(checks::central_difference(selu_l, x, h))) <= 1e-8);
            CHECK(std::fabs(act::gelu_derivative(x) - double(checks::central_difference(gelu_ref, x, h))) <= 1e-8);
            CHECK(std::fabs(act::mish_derivative(x) - double(checks::central_difference(mish_ref, x, h))) <= 1e-8);
        }
    }

    TEST_CASE_TEMPLATE("limits, extremes, NaN: no overflow, no NaN, no spurious 0", T, float, double)
    {
        using L = std::numeric_limits<T>;
        const T tinf = L::infinity(), nan = L::quiet_NaN();
        CHECK(std::isnan(act::elu(nan)));
        CHECK(std::isnan(act::elu_derivative(nan)));
        CHECK(std::isnan(act::selu(nan)));
        CHECK(std::isnan(act::selu_derivative(nan)));
        CHECK(std::isnan(act::gelu(nan)));
        CHECK(std::isnan(act::gelu_derivative(nan)));
        CHECK(std::isnan(act::mish(nan)));
        CHECK(std::isnan(act::mish_derivative(nan)));
        CHECK(act::elu(tinf) == tinf);
        CHECK(act::selu(tinf) == tinf);
        CHECK(act::gelu(tinf) == tinf);
        CHECK(act::mish(tinf) == tinf);
        CHECK(act::gelu(-tinf) == T(0));
        CHECK(act::mish(-tinf) == T(0));
        CHECK(act::gelu_derivative(tinf) == T(1));
        CHECK(act::mish_derivative(tinf) == T(1));
        CHECK(act::elu_derivative(-tinf) == T(0));
        CHECK(act::gelu_derivative(-tinf) == T(0));
        CHECK(act::mish_derivative(-tinf) == T(0));
        // The identity for large x, exactly.
        CHECK(act::gelu(L::max()) == L::max());
        CHECK(act::mish(L::max()) == L::max());
        CHECK(act::elu(L::max()) == L::max());
        // SELU's lambda > 1: beyond max/lambda the true value is not finite.
        CHECK(act::selu(L::max()) == tinf);
        for (T x : checks::extreme_inputs<T>()) {
            CAPTURE(x);
            for (T y : {act::elu(x), act::elu_derivative(x), act::selu_derivative(x), act::gelu(x),
                        act::gelu_derivative(x), act::mish(x), act::mish_derivative(x)}) {
                CHECK(!std::isnan(y));
                if (std::isfinite(x)) CHECK(std::isfinite(y));
            }
        }
        // Denormal inputs: gelu(x) = x/2 + O(x^2), mish(x) = 0.6 x + O(x^2),
        // elu(x) = x + O(x^2) (rounded in T).
        const T d = L::denorm_min() * T(64);
        CHECK(act::gelu(d) == d / T(2));
        CHECK(act::elu(-d) == -d);
        CHECK(act::mish(d) == static_cast<T>(0.6L * static_cast<long double>(d)));
        // Signed zeros: ELU and SELU are x (times lambda) at +-0, as PyTorch's
        // x > 0 ? x : alpha * expm1(x) gives with expm1(-0) = -0.
        CHECK(std::signbit(act::elu(T(-0.0))));
        CHECK(std::signbit(act::selu(T(-0.0))));
        CHECK(!std::signbit(act::elu(T(0.0))));
        CHECK(!std::signbit(act::selu(T(0.0))));
        // GELU, Mish, SiLU and B-SiLU are x times a positive factor near 0
        // (plus alpha/2 tanh(x/2) for B-SiLU, which has the sign of x too):
        // -0 gives -0, in both types.
        CHECK(std::signbit(act::gelu(T(-0.0))));
        CHECK(std::signbit(act::mish(T(-0.0))));
        CHECK(std::signbit(act::silu(T(-0.0))));
        CHECK(std::signbit(act::bsilu(T(-0.0))));
        CHECK(!std::signbit(act::gelu(T(0.0))));
        CHECK(!std::signbit(act::bsilu(T(0.0))));
    }

    TEST_CASE("double: not 0 where the true value is a representable number")
    {
        // In the far left tail the true values are denormal doubles; the
        // references (long double) round to them.
        for (double x = -38.0; x > -38.6; x -= 0.01) {
            CAPTURE(x);
            const double want = double(gelu_ref(x));
            if (want != 0) CHECK(act::gelu(x) != 0);
            CHECK(checks::ulp_distance(act::gelu(x), want) <= 2);
        }
        for (double x = -700.0; x > -748.0; x -= 0.25) {
            CAPTURE(x);
            const long double exact = x * std::exp((long double)x);  // Mish(x) = x e^x (1 + O(e^x))
            CHECK(checks::ulp_distance(act::mish(x), double(exact)) <= 2);
            CHECK(checks::ulp_distance(act::elu_derivative(x), double(std::exp((long double)x))) <= 1);
            CHECK(checks::ulp_distance(act::selu_derivative(x),
                                       double(selu_lambda * selu_alpha * std::exp((long double)x))) <= 2);
        }
    }

    TEST_CASE("the lazy xtensor overloads equal the scalar ones")
    {
        const xt::xarray<double> x = xt::linspace(-40.0, 40.0, 801);
        const xt::xarray<double> e = act::elu(x, 0.5), de = act::elu_derivative(x, 0.5);
        const xt::xarray<double> s = act::selu(x), ds = act::selu_derivative(x);
        const xt::xarray<double> g = act::gelu(x), dg = act::gelu_derivative(x);
        const xt::xarray<double> m = act::mish(x), dm = act::mish_derivative(x);
        for (std::size_t i = 0; i < x.size(); ++i) {
            CHECK(same_bits(e(i), act::elu(x(i), 0.5)));
            CHECK(same_bits(de(i), act::elu_derivative(x(i), 0.5)));
            CHECK(same_bits(s(i), act::selu(x(i))));
            CHECK(same_bits(ds(i), act::selu_derivative(x(i))));
            CHECK(same_bits(g(i), act::gelu(x(i))));
            CHECK(same_bits(dg(i), act::gelu_derivative(x(i))));
            CHECK(same_bits(m(i), act::mish(x(i))));
            CHECK(same_bits(dm(i), act::mish_derivative(x(i))));
        }
    }
}

TEST_SUITE("sugar")
{
    TEST_CASE_TEMPLATE("the forward pass is ReLU, bit for bit", T, float, double)
    {
        std::vector<T> xs = checks::extreme_inputs<T>();
        for (T x = T(-5); x <= T(5); x += T(0.01)) xs.push_back(x);
        for (T x : xs) {
            CAPTURE(x);
            CHECK(same_bits(act::sugar(x), act::relu(x)));
        }
        CHECK(std::isnan(act::sugar(std::numeric_limits<T>::quiet_NaN())));
        const xt::xarray<T> xa = xt::linspace<T>(T(-3), T(3), 61);
        const xt::xarray<T> ya = act::sugar(xa);
        for (std::size_t i = 0; i < xa.size(); ++i) CHECK(same_bits(ya(i), act::relu(xa(i))));
    }

    TEST_CASE("the backward slope is the surrogate's derivative, for every surrogate")
    {
        for (double x = -6; x <= 6; x += 0.05) {
            CAPTURE(x);
            CHECK(act::sugar_backward(x) == act::bsilu_derivative(x));  // the default
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::BSiLU>()) == act::bsilu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::NeLU>()) == act::nelu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::ELU>()) == act::elu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::SELU>()) == act::selu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::LeakyReLU>()) == act::leaky_relu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::GELU>()) == act::gelu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::SiLU>()) == act::silu_derivative(x));
            CHECK(act::sugar_backward(x, act::Surrogate::of<act::Mish>()) == act::mish_derivative(x));
            // ... which, unlike ReLU's, is not 0 left of 0 (B-SiLU: for x > -2.73).
            if (x < 0 && x > -2.7) CHECK(act::sugar_backward(x) > 0);
        }
        const xt::xarray<float> xf = {-2.0f, -0.5f, 0.0f, 1.0f};
        const xt::xarray<float> df = act::sugar_backward(xf, act::Surrogate::of<act::Mish>());
        for (std::size_t i = 0; i < xf.size(); ++i) CHECK(df(i) == act::mish_derivative(xf(i)));
    }

    TEST_CASE("surrogate names round-trip, and unknown names are refused")
    {
        for (act::Surrogate s : act::all_surrogates) {
            CHECK(act::parse_surrogate(s.name()) == s);
            const auto a = mlp::make_activation("sugar-" + std::string(s.name()));
            REQUIRE(a.has_value());
            for (double z = -4; z <= 4; z += 0.25) {
                CHECK(same_bits(a->forward(z), act::relu(z)));
                CHECK(a->backward(z) == act::sugar_backward(z, s));
            }
        }
        CHECK(!act::parse_surrogate("swish").has_value());
        CHECK(!mlp::make_activation("sugar-").has_value());
        CHECK(!mlp::make_activation("sugar-relu").has_value());
        CHECK(!mlp::make_activation("no_such_function").has_value());  // not "tanh": the registry may grow
    }

    TEST_CASE("the stop-gradient form has ReLU's value and the surrogate's slope (dual numbers)")
    {
        // y = s(x) - stop(s(x)) + stop(relu(x)), differentiated by forward-mode
        // automatic differentiation, independently of act::sugar_backward.
        for (double x = -6; x <= 6; x += 0.0625) {
            CAPTURE(x);
            const exercises::Dual y = exercises::sugar_by_stop_gradient(x);
            CHECK(same_bits(y.value, act::relu(x)));
            CHECK(y.slope == doctest::Approx(act::sugar_backward(x)).epsilon(1e-14).scale(1));
        }
    }
}

namespace {

using mlp::Matrix;

// The loss of `net` on (x, y).
double loss_of(const mlp::Network& net, const Matrix& x, const std::vector<int>& y)
{
    return mlp::softmax_cross_entropy(mlp::forward(net, x).z.back(), y, nullptr);
}

// The loss with every hidden unit's activation replaced by the stop-gradient
// expression s(z) - s(z0) + relu(z0), where z0 is the unit's pre-activation
// at the frozen parameters (a constant). Its value at the frozen parameters
// is the ReLU network's loss; its gradient there is what SUGAR's backward
// pass must compute. A different route to the same number: central
// differences of this function, not the hand-written backward pass.
double stop_gradient_loss(const mlp::Network& net, const mlp::Trace& frozen,
                          double (*s)(double), const Matrix& x, const std::vector<int>& y)
{
    Matrix a = x;
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        Matrix z = mlp::dense_forward(net.layers[l], a);
        if (l + 1 < net.layers.size()) {
            for (std::size_t i = 0; i < z.size(); ++i) {
                const double z0 = frozen.z[l].flat(i);
                z.flat(i) = s(z.flat(i)) - s(z0) + act::relu(z0);
            }
        }
        a = z;
    }
    return mlp::softmax_cross_entropy(a, y, nullptr);
}

// Central difference of `f` with respect to every weight and bias, compared
// with `grad`; returns the largest relative error.
template <class F>
double gradient_error(mlp::Network& net, const mlp::Gradients& grad, F f)
{
    double worst = 0;
    const double h = 1e-6;
    auto compare = [&](double& p, double analytic) {
        const double p0 = p;
        p = p0 + h;
        const double up = f();
        p = p0 - h;
        const double down = f();
        p = p0;
        const double fd = (up - down) / (2 * h);
        worst = std::max(worst, std::fabs(fd - analytic) / std::max(1e-3, std::fabs(fd)));
    };
    for (std::size_t l = 0; l < net.layers.size(); ++l) {
        for (std::size_t i = 0; i < net.layers[l].W.size(); ++i)
            compare(net.layers[l].W.flat(i), grad.dW[l].flat(i));
        for (std::size_t i = 0; i < net.layers[l].b.size(); ++i)
            compare(net.layers[l].b.flat(i), grad.db[l].flat(i));
    }
    return worst;
}

experiment::Dataset small_data(std::uint64_t seed)
{
    mlp::Random r(seed);
    return experiment::two_spirals(12, 1.0, 0.05, r);
}

// What the tests that train share: 80 training and 80 test points, and a
// small network trained in batches of 16.
struct SmallRun {
    experiment::Dataset train, test;
    experiment::Config config;
};

SmallRun small_run(std::size_t depth, std::size_t width, std::size_t epochs)
{
    mlp::Random r(1);
    SmallRun run{experiment::two_spirals(40, 1.0, 0.05, r), experiment::two_spirals(40, 1.0, 0.05, r), {}};
    run.config.depth = depth;
    run.config.width = width;
    run.config.epochs = epochs;
    run.config.batch = 16;
    return run;
}

}  // namespace

TEST_SUITE("the network")
{
    TEST_CASE("the backward pass matches central differences with smooth activations")
    {
        const experiment::Dataset d = small_data(3);
        for (const char* name : {"softplus", "silu", "bsilu"}) {
            CAPTURE(name);
            mlp::Random r(11);
            mlp::Network net =
                mlp::make_network({2, 6, 5, 4, 2}, *mlp::make_activation(name), r, 0.1);
            const mlp::Trace trace = mlp::forward(net, d.x);
            Matrix dlogits;
            mlp::softmax_cross_entropy(trace.z.back(), d.y, &dlogits);
            const mlp::Gradients grad = mlp::backward(net, trace, dlogits);
            CHECK(gradient_error(net, grad, [&] { return loss_of(net, d.x, d.y); }) < 1e-6);
        }
    }

    TEST_CASE("with SUGAR the forward pass is the ReLU network's, and the backward pass is the stop-gradient gradient")
    {
        const experiment::Dataset d = small_data(5);
        struct Case {
            const char* name;
            double (*s)(double);
        };
        const Case cases[] = {
            {"sugar-bsilu", [](double z) { return act::bsilu(z); }},
            {"sugar-nelu", [](double z) { return act::nelu(z); }},
            {"sugar-elu", [](double z) { return act::elu(z); }},
            {"sugar-mish", [](double z) { return act::mish(z); }},
        };
        for (const Case& c : cases) {
            CAPTURE(c.name);
            mlp::Random r1(21), r2(21);
            mlp::Network sugar = mlp::make_network({2, 6, 5, 2}, *mlp::make_activation(c.name), r1, -0.2);
            mlp::Network relu = mlp::make_network({2, 6, 5, 2}, *mlp::make_activation("relu"), r2, -0.2);
            const mlp::Trace ts = mlp::forward(sugar, d.x), tr = mlp::forward(relu, d.x);
            for (std::size_t i = 0; i < ts.z.back().size(); ++i)
                CHECK(same_bits(ts.z.back().flat(i), tr.z.back().flat(i)));
            Matrix dlogits;
            mlp::softmax_cross_entropy(ts.z.back(), d.y, &dlogits);
            const mlp::Gradients grad = mlp::backward(sugar, ts, dlogits);
            CHECK(stop_gradient_loss(sugar, ts, c.s, d.x, d.y) == doctest::Approx(loss_of(relu, d.x, d.y)).epsilon(1e-15));
            CHECK(gradient_error(sugar, grad, [&] { return stop_gradient_loss(sugar, ts, c.s, d.x, d.y); }) < 1e-6);
        }
    }

    TEST_CASE("dead units on a hand-built network")
    {
        // Inputs in [-1, 1]^2. Layer 1: unit 0 fires for x0 > 0; unit 1 has
        // zero weights and bias -1; unit 2 has bias -3, so w.x - 3 < 0 for
        // |w| = (1, 1). Layer 2: unit 0 reads only the dead units 1 and 2
        // (its input is 0 + 0 + 0, and 0 counts as dead); unit 1 reads unit 0.
        mlp::Network net{{}, *mlp::make_activation("relu")};
        net.layers.push_back({Matrix{{1, 0}, {0, 0}, {1, 1}}, {0, -1, -3}});
        net.layers.push_back({Matrix{{0, 1, 1}, {1, 0, 0}}, {0, 0}});
        net.layers.push_back({Matrix{{1, 1}, {-1, 1}}, {0, 0}});
        const Matrix x = {{-1, -1}, {0.5, -0.2}, {1, 1}, {-0.3, 0.9}};
        const auto dead = mlp::dead_units(net, x);
        REQUIRE(dead.size() == 2);
        CHECK(dead[0] == std::vector<bool>{false, true, true});
        CHECK(dead[1] == std::vector<bool>{true, false});
        const auto fractions = mlp::dead_fractions(net, x);
        CHECK(fractions[0] == doctest::Approx(2.0 / 3));
        CHECK(fractions[1] == 0.5);
        // On only the examples with x0 <= 0 unit 0 of layer 1 is dead too,
        // and so is layer 2's unit 1, which reads nothing else.
        const Matrix left = {{-1, -1}, {-0.3, 0.9}};
        CHECK(mlp::dead_fractions(net, left) == std::vector<double>{1.0, 1.0});
    }

    TEST_CASE("a dead unit gets no gradient under ReLU and some under SUGAR")
    {
        const experiment::Dataset d = small_data(9);
        for (const char* name : {"relu", "sugar-bsilu"}) {
            CAPTURE(name);
            mlp::Random r(4);
            mlp::Network net = mlp::make_network({2, 4, 4, 2}, *mlp::make_activation(name), r);
            net.layers[0].b(2) = -100;  // unit 2 of layer 1: dead on every example
            REQUIRE(mlp::dead_units(net, d.x)[0][2]);
            const mlp::Trace trace = mlp::forward(net, d.x);
            Matrix dlogits;
            mlp::softmax_cross_entropy(trace.z.back(), d.y, &dlogits);
            const mlp::Gradients grad = mlp::backward(net, trace, dlogits);
            const double db = grad.db[0](2);
            if (std::string(name) == "relu") {
                CHECK(db == 0.0);
            } else {
                // bsilu'(-100 + w.x) is about e^-100 * (-98): tiny but not 0
                CHECK(db != 0.0);
            }
        }
    }

    TEST_CASE("softmax cross-entropy: log(classes) for equal logits, gradient rows sum to 0, no overflow")
    {
        const Matrix logits = {{0, 0, 0}, {1000, -1000, 0}, {-745, 5, 1e300}};
        Matrix g;
        const double loss = mlp::softmax_cross_entropy(Matrix{{2, 2, 2}}, {1}, &g);
        CHECK(loss == doctest::Approx(std::log(3.0)).epsilon(1e-15));
        const double big = mlp::softmax_cross_entropy(logits, {0, 0, 2}, &g);
        CHECK(std::isfinite(big));
        // Row 0: log 3; row 1: the right class by 1000: about 0; row 2: 0.
        CHECK(big == doctest::Approx(std::log(3.0) / 3).epsilon(1e-12));
        for (std::size_t i = 0; i < 3; ++i) {
            double sum = 0;
            for (std::size_t c = 0; c < 3; ++c) sum += g(i, c);
            CHECK(std::fabs(sum) < 1e-15);
        }
    }

    TEST_CASE("the random source: range, moments, no dependence on <random>'s distributions")
    {
        mlp::Random r(2024);
        double mean = 0, var = 0;
        const int n = 200000;
        for (int i = 0; i < n; ++i) {
            const double u = r.uniform();
            CHECK_UNARY(u >= 0.0);
            CHECK_UNARY(u < 1.0);
            const double z = r.normal();
            mean += z;
            var += z * z;
            CHECK(r.below(7) < 7);
        }
        mean /= n;
        var = var / n - mean * mean;
        // Standard errors: 1/sqrt(n) = 0.0022 for the mean, sqrt(2/n) = 0.0032
        // for the variance; 5 of them.
        CHECK(std::fabs(mean) < 5 * 0.0022);
        CHECK(std::fabs(var - 1) < 5 * 0.0032);
        // mt19937_64 is specified bit for bit: its 10000th output from the
        // default seed 5489 is 9981545732273789042 (C++ standard, [rand.predef]).
        std::mt19937_64 e;
        e.discard(9999);
        CHECK(e() == 9981545732273789042ull);
    }

    TEST_CASE("the same seed gives the same run, another seed a different one")
    {
        SmallRun run = small_run(3, 6, 3);
        const experiment::Dataset& train = run.train;
        const experiment::Dataset& test = run.test;
        experiment::Config& config = run.config;
        const auto act = *mlp::make_activation("sugar-bsilu");
        const auto a = experiment::train(config, act, train, test).history;
        const auto b = experiment::train(config, act, train, test).history;
        REQUIRE(a.size() == 4);
        for (std::size_t e = 1; e < a.size(); ++e) {
            CHECK(same_bits(a[e].loss, b[e].loss));
            CHECK(a[e].train_accuracy == b[e].train_accuracy);
            CHECK(a[e].dead == b[e].dead);
        }
        config.seed = 2;
        const auto c = experiment::train(config, act, train, test).history;
        CHECK(!same_bits(a.back().loss, c.back().loss));
    }

    TEST_CASE("a run that diverges is stopped and reported as diverged, not as dead")
    {
        SmallRun run = small_run(4, 8, 20);
        // LeakyReLU's slope is never 0, so a huge step cannot end in a network
        // of dead units whose gradient is 0 (what ReLU or B-SiLU may do): the
        // weights grow until they overflow.
        const auto leaky = *mlp::make_activation("sugar-leaky_relu");
        // A sane step size finishes every epoch with a finite loss.
        run.config.learning_rate = 0.05;
        const experiment::Result fine = experiment::train(run.config, leaky, run.train, run.test);
        CHECK_FALSE(fine.diverged);
        CHECK(fine.history.size() == run.config.epochs + 1);
        // A step of 100 overflows the weights within a few steps: the run
        // stops in that epoch, keeps only the epochs it finished, and none of
        // them has a loss that is not finite (epoch 0 has no loss: NaN).
        run.config.learning_rate = 100;
        const experiment::Result wild = experiment::train(run.config, leaky, run.train, run.test);
        REQUIRE(wild.diverged);
        CHECK(wild.diverged_in >= 1);
        CHECK(wild.diverged_in < run.config.epochs);
        CHECK(wild.history.size() == wild.diverged_in);
        for (std::size_t e = 1; e < wild.history.size(); ++e) CHECK(std::isfinite(wild.history[e].loss));
    }

    TEST_CASE("mlp::finite: false once any weight or bias is inf or NaN")
    {
        mlp::Random r(4);
        mlp::Network net = mlp::make_network({2, 3, 2}, *mlp::make_activation("relu"), r);
        CHECK(mlp::finite(net));
        net.layers[1].b(0) = std::nan("");
        CHECK_FALSE(mlp::finite(net));
        net.layers[1].b(0) = 0;
        net.layers[0].W(2, 1) = -inf;
        CHECK_FALSE(mlp::finite(net));
    }

    TEST_CASE("the spirals: two balanced classes, class 1 is class 0 turned by 180 degrees")
    {
        mlp::Random r(8);
        const experiment::Dataset d = experiment::two_spirals(50, 1.5, 0.0, r);
        REQUIRE(d.x.shape(0) == 100);
        for (std::size_t i = 0; i < 100; i += 2) {
            CHECK(d.y[i] == 0);
            CHECK(d.y[i + 1] == 1);
            CHECK(d.x(i + 1, 0) == -d.x(i, 0));
            CHECK(d.x(i + 1, 1) == -d.x(i, 1));
            const double radius = std::hypot(d.x(i, 0), d.x(i, 1));
            CHECK(radius >= 0.1 - 1e-12);
            CHECK(radius <= 1.0 + 1e-12);
        }
    }
}

TEST_SUITE("sugar statistics")
{
    TEST_CASE("Student's t: the distribution function against its closed forms for 1 and 2 degrees of freedom")
    {
        const double pi = 3.14159265358979323846;
        for (double t : {-30.0, -4.0, -1.0, -0.25, 0.0, 0.3, 1.0, 2.5, 12.0, 300.0}) {
            // nu = 1 is the Cauchy distribution: 1/2 + atan(t)/pi.
            CHECK(statistics::student_t_cdf(t, 1) == doctest::Approx(0.5 + std::atan(t) / pi).epsilon(1e-13));
            // nu = 2: 1/2 + t / (2 sqrt(2 + t^2)).
            CHECK(statistics::student_t_cdf(t, 2) ==
                  doctest::Approx(0.5 + t / (2 * std::sqrt(2 + t * t))).epsilon(1e-13));
        }
        // mpmath 1.2.1, 1 - betainc(nu/2, 1/2, 0, nu/(nu + t^2), regularized)/2, 40 digits.
        CHECK(statistics::student_t_cdf(1.5, 9) == doctest::Approx(0.9160746719714625897).epsilon(1e-13));
        CHECK(statistics::student_t_cdf(-0.7, 4) == doctest::Approx(0.2612500827967251071).epsilon(1e-13));
    }

    TEST_CASE("Student's t: the 97.5% quantiles")
    {
        const double pi = 3.14159265358979323846, p = 0.975;
        // Closed forms: tan(pi (p - 1/2)) for nu = 1, (2p - 1) / sqrt(2p(1 - p)) for nu = 2.
        CHECK(statistics::student_t_quantile(p, 1) == doctest::Approx(std::tan(pi * (p - 0.5))).epsilon(1e-12));
        CHECK(statistics::student_t_quantile(p, 2) ==
              doctest::Approx((2 * p - 1) / std::sqrt(2 * p * (1 - p))).epsilon(1e-12));
        // The root of the distribution function above in mpmath 1.2.1 (findroot,
        // 40 digits); printed tables give 2.776, 2.262, 2.093.
        CHECK(statistics::student_t_quantile(p, 4) == doctest::Approx(2.776445105197794358).epsilon(1e-13));
        CHECK(statistics::student_t_quantile(p, 9) == doctest::Approx(2.262157162798205543).epsilon(1e-13));
        CHECK(statistics::student_t_quantile(p, 19) == doctest::Approx(2.093024054408309769).epsilon(1e-13));
        // Many degrees of freedom: the normal quantile 1.959963984540054.
        CHECK(statistics::student_t_quantile(p, 1e7) == doctest::Approx(1.959963984540054).epsilon(1e-6));
    }

    TEST_CASE("the 95% interval: mean +- t sd / sqrt(n), and it covers the true mean 95% of the time")
    {
        const statistics::Interval i = statistics::interval95({1, 2, 3, 4, 5});
        CHECK(i.n == 5);
        CHECK(i.mean == 3);
        CHECK(i.sd == doctest::Approx(std::sqrt(2.5)));
        CHECK(i.hi - i.mean == doctest::Approx(2.776445105197794358 * std::sqrt(2.5) / std::sqrt(5.0)));
        CHECK(i.mean - i.lo == doctest::Approx(i.hi - i.mean));
        CHECK(std::isnan(statistics::interval95({0.7}).lo));  // one run has no interval
        CHECK(statistics::interval95({0.7}).mean == 0.7);
        // Coverage: 4000 samples of 5 standard normal numbers; the interval
        // should contain 0 in 95% of them (binomial standard error 0.34%).
        mlp::Random r(2025);
        int covered = 0;
        const int samples = 4000;
        for (int k = 0; k < samples; ++k) {
            std::vector<double> v(5);
            for (double& x : v) x = r.normal();
            const statistics::Interval s = statistics::interval95(v);
            covered += (s.lo <= 0 && 0 <= s.hi);
        }
        CHECK(double(covered) / samples == doctest::Approx(0.95).epsilon(0.015));  // within 4 standard errors
    }

    TEST_CASE("the verdict: higher or lower only when the paired interval excludes 0")
    {
        const std::vector<double> b = {0.50, 0.62, 0.55, 0.71, 0.58};
        std::vector<double> a = b;
        CHECK(statistics::compare(a, b).verdict == "not distinguishable");  // all differences 0
        for (double& x : a) x += 0.01;  // the same small gain on every seed
        CHECK(statistics::compare(a, b).verdict == "higher");
        CHECK(statistics::compare(b, a).verdict == "lower");
        // Large differences of both signs: the interval straddles 0.
        const std::vector<double> c = {0.70, 0.42, 0.75, 0.51, 0.78};
        CHECK(statistics::compare(c, b).verdict == "not distinguishable");
        // Pairing matters: the same numbers, unpaired, would overlap; paired,
        // every seed gains 0.01.
        CHECK(statistics::compare(a, b).difference.hi - statistics::compare(a, b).difference.lo <
              1e-12);
        // A diverged seed (NaN) drops out of the pairs; with fewer than two
        // pairs left nothing is compared.
        const double nan = std::nan("");
        a[2] = nan;
        CHECK(statistics::compare(a, b).difference.n == 4);
        CHECK(statistics::compare({nan, 0.6, nan}, {0.5, 0.5, 0.5}).verdict == "not compared");
    }
}

TEST_SUITE("sugar exercises")
{
    TEST_CASE("exercise 1: dual numbers give ReLU's value and B-SiLU's slope")
    {
        // Covered point by point in "the stop-gradient form ..." above; here
        // the two sides of 0 and a far point.
        CHECK(exercises::sugar_by_stop_gradient(-3.0).value == 0.0);
        CHECK(exercises::sugar_by_stop_gradient(2.0).value == 2.0);
        CHECK(exercises::sugar_by_stop_gradient(-3.0).slope == doctest::Approx(act::bsilu_derivative(-3.0)).epsilon(1e-14));
        CHECK(exercises::sugar_by_stop_gradient(-3.0).slope < 0);  // left of B-SiLU's minimum
    }

    TEST_CASE("exercise 2: the steepest surrogate slopes")
    {
        // B-SiLU's derivative peaks at x = 1.491508974089541570... with value
        // 1.290377243522385392...; GELU's at sqrt 2 with 1.128904145185154786...;
        // Mish's at 1.490571179485428459... with 1.088498161251727861...
        // (mpmath 1.2.1 findroot of the second derivative, 30 digits).
        const auto b = exercises::max_slope(act::Surrogate::of<act::BSiLU>());
        CHECK(b.x == doctest::Approx(1.4915089740895416).epsilon(1e-6));
        CHECK(b.slope == doctest::Approx(1.2903772435223854).epsilon(1e-12));
        const auto g = exercises::max_slope(act::Surrogate::of<act::GELU>());
        CHECK(g.x == doctest::Approx(std::sqrt(2.0)).epsilon(1e-6));
        CHECK(g.slope == doctest::Approx(1.1289041451851548).epsilon(1e-12));
        const auto m = exercises::max_slope(act::Surrogate::of<act::Mish>());
        CHECK(m.slope == doctest::Approx(1.0884981612517279).epsilon(1e-12));
        // ELU's slope is 1 for every x > 0: the scan's first point wins.
        CHECK(exercises::max_slope(act::Surrogate::of<act::ELU>()).slope == 1.0);
    }

    TEST_CASE("exercise 3: ReLU never revives the unit, B-SiLU and ELU do, NeLU pushes it down")
    {
        CHECK(exercises::steps_to_revive(*mlp::make_activation("relu"), 2000) == -1);
        const int bsilu = exercises::steps_to_revive(*mlp::make_activation("sugar-bsilu"), 2000);
        const int elu = exercises::steps_to_revive(*mlp::make_activation("sugar-elu"), 2000);
        CHECK(bsilu > 0);
        CHECK(elu > 0);
        CHECK(exercises::steps_to_revive(*mlp::make_activation("sugar-nelu"), 2000) == -1);
    }

    TEST_CASE("exercise 4: where each surrogate's slope turns negative")
    {
        // SiLU: 1 + x(1 - sigma(x)) = 0 at x = -1 - W(1/e) = -1.278464542761073...;
        // B-SiLU: at its minimum, x = -1 - alpha - W(e^{-1-alpha}) =
        // -2.734900466549756564... for alpha = 1.67; GELU and Mish: their minima
        // (see above).
        // W values from mpmath 1.2.1 lambertw, 30 digits: W(1/e) = 0.278464542761073795...
        CHECK(exercises::slope_sign_change(act::Surrogate::of<act::SiLU>()) == doctest::Approx(-1.2784645427610738).epsilon(1e-12));
        CHECK(exercises::slope_sign_change(act::Surrogate::of<act::BSiLU>()) == doctest::Approx(-2.7349004665497566).epsilon(1e-12));
        CHECK(exercises::slope_sign_change(act::Surrogate::of<act::GELU>()) == doctest::Approx(-0.7517915246935645).epsilon(1e-12));
        CHECK(exercises::slope_sign_change(act::Surrogate::of<act::Mish>()) == doctest::Approx(-1.1924312145154952).epsilon(1e-12));
        CHECK(exercises::slope_sign_change(act::Surrogate::of<act::NeLU>()) == 0.0);
        CHECK(std::isinf(exercises::slope_sign_change(act::Surrogate::of<act::ELU>())));
        CHECK(std::isinf(exercises::slope_sign_change(act::Surrogate::of<act::SELU>())));
        CHECK(std::isinf(exercises::slope_sign_change(act::Surrogate::of<act::LeakyReLU>())));
    }
}
