// bench/run_host_main.hpp — main() for a benchmark binary that also hosts run
// processes: RunHandle::start re-executes this binary with "__run-child".
#pragma once

#include <benchmark/benchmark.h>

#include <string_view>

#include "core/observer/run.hpp"

namespace il::bench {

inline int run_host_main(int argc, char** argv) {
    if (argc > 1 && std::string_view(argv[1]) == "__run-child") return il::core::run_child_main(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

}  // namespace il::bench
