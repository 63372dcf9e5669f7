// python/host.hpp — a learner's .py program as a target of a run: the loader
// the registry asks for ids that are .py paths, and the run function that
// hosts CPython in the run process and runs the program on Interleave's
// runtime (python/boot/interleave_boot.py stands behind threading first).
//
// Thread rules: install() once at start-up (before any find()); the run
// function runs on the run process's main worker.
#pragma once

namespace il::python {

// Registers the .py loader with core::Registry (idempotent).
void install();

}  // namespace il::python
