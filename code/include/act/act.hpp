// The whole act library: one include for every activation function in the
// book, the registry that lists them, and SUGAR.
#ifndef ACT_ACT_HPP
#define ACT_ACT_HPP

#include "act/registry.hpp"  // every function's header
#include "act/softmax.hpp"  // the vector functions
#include "act/sugar.hpp"

#endif
