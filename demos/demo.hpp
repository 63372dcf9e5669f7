// demos/demo.hpp — everything a demo uses, in one include: the runtime's
// primitives (the C++ twins of Python's threading, queue, multiprocessing and
// concurrent.futures), the registry (IL_DEMO, param::Int …) and the small
// helpers of demo_util.hpp. A demo file then opens with its lesson, not with a
// list of headers. Demo code runs in the run process only (DESIGN.md).
#pragma once

#include "core/clock.hpp"
#include "core/condition.hpp"
#include "core/executor.hpp"
#include "core/gil.hpp"
#include "core/lock.hpp"
#include "core/pool.hpp"
#include "core/queue.hpp"
#include "core/registry.hpp"
#include "core/runtime.hpp"
#include "core/semaphore.hpp"
#include "core/shared.hpp"
#include "core/sync_event.hpp"
#include "core/thread_local.hpp"
#include "core/worker.hpp"
#include "demos/demo_util.hpp"
