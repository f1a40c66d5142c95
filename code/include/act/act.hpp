// The whole act library: one include for every activation function in the book.
#ifndef ACT_ACT_HPP
#define ACT_ACT_HPP

#include "act/sigmoid.hpp"
#include "act/softplus.hpp"

#endif
