// The library compiled for the browser: every function of the registry,
// value and derivative, float and double, at any parameters, behind a few
// C functions that the site's interactive figures call (docs/_static/
// explorer.js). Nothing here names a function: a function added to
// act::functions appears in the figures without a line of new glue.
//
// Built twice from this one file: by em++ into act.wasm for the site, and by
// the native compiler into explorer_values, which prints the same calls'
// results for the site check to compare, bit for bit.
#include <cstddef>
#include <cstdio>
#include <string>
#include <utility>

#include "act/registry.hpp"

#if defined(__EMSCRIPTEN__)
#include <emscripten/emscripten.h>
#define ACT_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE
#else
#define ACT_EXPORT extern "C"
#endif

namespace {

/// The buffers the page writes inputs into and reads results from: the
/// module allocates nothing.
constexpr std::size_t capacity = 4096;
double inputs[capacity];
double outputs[capacity];
double parameter_values[8];
std::string description;

/// Evaluates F's value or derivative (part 0 or 1) in T at n inputs, with the
/// parameters in parameter_values (in the order of F::parameters).
template <class F, class T, std::size_t... I>
void evaluate(int part, std::size_t n, std::index_sequence<I...>)
{
    for (std::size_t k = 0; k < n; ++k) {
        const T x = static_cast<T>(inputs[k]);
        outputs[k] = part == 0 ? act::activation<F>{}(x, parameter_values[I]...)
                               : act::activation<F, act::Part::derivative>{}(x, parameter_values[I]...);
    }
}

/// A JSON string literal of s (the names and titles are plain UTF-8).
std::string quoted(std::string_view s)
{
    std::string q = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') q += '\\';
        q += c;
    }
    return q + "\"";
}

/// A number in JSON: exact (17 significant digits), infinities as strings.
std::string number(double v)
{
    if (v != v) return "\"nan\"";
    if (v == act::no_limit) return "\"inf\"";
    if (v == -act::no_limit) return "\"-inf\"";
    char text[32];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

}  // namespace

/// The registry as JSON: [{name, title, chapter, smoothness, parameters: [{name, symbol,
/// default, min, max, min_exclusive}]}], in the book's reading order.
ACT_EXPORT const char* act_registry_json()
{
    if (description.empty()) {
        description = "[";
        act::functions::for_each([](auto f) {
            using F = decltype(f);
            if (description.size() > 1) description += ",";
            description += "{\"name\":" + quoted(F::about.name) + ",\"title\":" + quoted(F::about.title) +
                           ",\"chapter\":" + quoted(F::about.chapter) +
                           ",\"smoothness\":" + quoted(F::about.smoothness) + ",\"parameters\":[";
            for (std::size_t i = 0; i < F::parameters.size(); ++i) {
                const act::Parameter& p = F::parameters[i];
                description += std::string(i ? "," : "") + "{\"name\":" + quoted(p.name) +
                               ",\"symbol\":" + quoted(p.symbol) + ",\"default\":" + number(p.default_value) +
                               ",\"min\":" + number(p.min_value) + ",\"max\":" + number(p.max_value) +
                               ",\"min_exclusive\":" + (p.min_exclusive ? "true" : "false") + "}";
            }
            description += "]}";
        });
        description += "]";
    }
    return description.c_str();
}

/// Where the page writes the inputs (capacity doubles).
ACT_EXPORT double* act_inputs() { return inputs; }
/// Where the results appear (capacity doubles).
ACT_EXPORT double* act_outputs() { return outputs; }
/// Where the page writes the parameters, in the order of the description's.
ACT_EXPORT double* act_parameters() { return parameter_values; }
/// How many inputs one call takes at most.
ACT_EXPORT int act_capacity() { return static_cast<int>(capacity); }

/// Evaluates the registry's function number `index` (its place in
/// act::functions) at the first n inputs: part 0 is the value, 1 the
/// derivative; precision 32 computes in float (inputs and parameters rounded
/// to float first), 64 in double. Returns n, or -1 for bad arguments.
ACT_EXPORT int act_evaluate(int index, int part, int precision, int n)
{
    if (index < 0 || static_cast<std::size_t>(index) >= act::functions::size || (part != 0 && part != 1) ||
        (precision != 32 && precision != 64) || n < 0 || static_cast<std::size_t>(n) > capacity)
        return -1;
    int at = 0;
    act::functions::for_each([&](auto f) {
        using F = decltype(f);
        if (at++ != index) return;
        constexpr auto arity = std::make_index_sequence<F::parameters.size()>{};
        if (precision == 32)
            evaluate<F, float>(part, static_cast<std::size_t>(n), arity);
        else
            evaluate<F, double>(part, static_cast<std::size_t>(n), arity);
    });
    return n;
}
