// python/module.hpp — the `_interleave` extension module (python/module.cpp):
// core's primitives, threads, sleep and console, as the Python shim
// (python/boot/interleave_boot.py) reaches them. Built into the interleave
// binary (pybind11's embedded module), importable once the run process's
// interpreter is up.
//
// Thread rules: set_program_path() before the program runs; the rest from
// Python threads holding the GIL.
#pragma once

#include <cstdint>
#include <string>

namespace il::python {

// The program's absolute path: frames of this file carry "the program's line".
void set_program_path(const std::string& path);
// The line of the innermost frame in the program's file (0: none).
uint32_t current_program_line();

}  // namespace il::python
