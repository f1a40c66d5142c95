// The whole act library: one include for every activation function in the book.
// (The small network of the SUGAR chapter is separate: act/mlp.hpp.)
#ifndef ACT_ACT_HPP
#define ACT_ACT_HPP

#include "act/bsilu.hpp"
#include "act/elu.hpp"
#include "act/gelu.hpp"
#include "act/mish.hpp"
#include "act/nelu.hpp"
#include "act/relu.hpp"
#include "act/sigmoid.hpp"
#include "act/silu.hpp"
#include "act/softplus.hpp"
#include "act/sugar.hpp"

#endif
