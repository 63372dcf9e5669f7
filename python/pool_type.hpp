// python/pool_type.hpp — `_interleave.Pool` and `_interleave.PoolJob`, the engine
// under a program's multiprocessing.Pool (see pool_type.cpp).
//
// Thread rules: bind_pool() once, while the embedded module is made.
#pragma once

#include <pybind11/pybind11.h>

namespace il::python {

void bind_pool(pybind11::module_& m);

}  // namespace il::python
