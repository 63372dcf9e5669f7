// demos/demo.hpp — everything a demo uses, in one include: the runtime's
// primitives (the C++ twins of Python's threading, queue, multiprocessing and
// concurrent.futures), the registry (IL_DEMO, param::Int …) and the small
// helpers of demo_util.hpp. A demo file then opens with its lesson, not with a
// list of headers. Demo code runs in the run process only (DESIGN.md).
#pragma once

#include "core/common/clock.hpp"
#include "core/primitives/condition.hpp"
#include "core/primitives/executor.hpp"
#include "core/primitives/gil.hpp"
#include "core/primitives/lock.hpp"
#include "core/primitives/pool.hpp"
#include "core/primitives/queue.hpp"
#include "core/runtime/registry.hpp"
#include "core/runtime/runtime.hpp"
#include "core/primitives/semaphore.hpp"
#include "core/primitives/shared.hpp"
#include "core/primitives/sync_event.hpp"
#include "core/primitives/thread_local.hpp"
#include "core/runtime/worker.hpp"
#include "demos/demo_util.hpp"
