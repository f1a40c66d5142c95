// The registry: every function of the library, described once.
//
// Each function's description (its struct, act::Softplus say) holds its
// name, parameters and defaults, PyTorch equivalent and declared properties
// next to its kernels. This file lists the descriptions, in the book's
// reading order. Everything that covers "every function" iterates this
// list: the comparison page, the accuracy and speed studies, the SUGAR
// surrogates, the generic tests. Adding a function to all of them is adding
// its header and one entry here.
#ifndef ACT_REGISTRY_HPP
#define ACT_REGISTRY_HPP

#include <array>
#include <cstddef>
#include <string_view>

#include "act/activation.hpp"
#include "act/bsilu.hpp"
#include "act/elu.hpp"
#include "act/gelu.hpp"
#include "act/hardsigmoid.hpp"
#include "act/hardswish.hpp"
#include "act/mish.hpp"
#include "act/nelu.hpp"
#include "act/relu.hpp"
#include "act/relu6.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "act/softplus.hpp"
#include "act/tanh.hpp"

namespace act {

/// \defgroup registry Registry
/// Every function of the library, described once, for code that covers them all.
/// @{

/// A list of function descriptions, for compile-time iteration.
template <class... F>
struct function_list {
    /// How many functions the list holds.
    static constexpr std::size_t size = sizeof...(F);

    /**
     * \brief Calls \p visit once per function, in order, with a
     *        default-constructed description (use `decltype` to get its type).
     * \param visit a generic callable, `[](auto f) { using F = decltype(f); ... }`.
     */
    template <class V>
    static constexpr void for_each(V&& visit)
    {
        (visit(F{}), ...);
    }
};

// [listing:registry]
/// Every function of the library, in the book's reading order.
using functions = function_list<Sigmoid, Tanh, Hardtanh,
                                ReLU, LeakyReLU, Softplus, SiLU, BSiLU,
                                NeLU, ELU, SELU, GELU, GELUTanh, Mish,
                                ReLU6, Hardsigmoid, Hardswish>;
// [/listing:registry]

/// One registry entry at run time: the description's `about` (its name,
/// title, chapter, ...), its parameters, and the function and its derivative
/// as plain function pointers.
struct FunctionInfo : Description {
    const Parameter* parameters;       ///< its parameters (arity of them)
    std::size_t arity;                 ///< how many parameters
    double (*value)(double);           ///< f at the default parameters
    double (*derivative)(double);      ///< f' at the default parameters
    float (*value_float)(float);       ///< f at the default parameters, float
    float (*derivative_float)(float);  ///< f' at the default parameters, float
};

/**
 * \brief The run-time entry of the function described by F.
 * \tparam F a description listed in act::functions.
 * \return its FunctionInfo.
 */
template <class F>
constexpr FunctionInfo info_of()
{
    return {F::about,
            F::parameters.data(),
            F::parameters.size(),
            [](double x) { return activation<F>{}(x); },
            [](double x) { return activation<F, Part::derivative>{}(x); },
            [](float x) { return activation<F>{}(x); },
            [](float x) { return activation<F, Part::derivative>{}(x); }};
}

namespace detail {
template <class... F>
constexpr std::array<FunctionInfo, sizeof...(F)> infos(function_list<F...>)
{
    return {info_of<F>()...};
}
}  // namespace detail

/// Every function of the library at run time, in the order of act::functions.
inline constexpr std::array<FunctionInfo, functions::size> registry = detail::infos(functions{});

/**
 * \brief The registry entry called \p name.
 * \param name a name as act:: spells it, e.g. "bsilu".
 * \return the entry, or nullptr if there is none.
 */
constexpr const FunctionInfo* find_function(std::string_view name)
{
    for (const FunctionInfo& f : registry) {
        if (f.name == name) return &f;
    }
    return nullptr;
}

/// @}

}  // namespace act

#endif
