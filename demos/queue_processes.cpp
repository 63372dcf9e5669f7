// demos/queue_processes.cpp — What this shows: the producer–consumer pattern
// between two fork()ed processes. Processes share no memory, so a plain
// variable cannot carry items from one to the other; a multiprocessing.Queue
// can. The producer process puts messages that name its pid, the consumer
// process gets them, in order, and reports back through shared values.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kItems = param::Int("items", 10, 1, 200, "items to pass");
const auto kMaxsize = param::Int("maxsize", 3, 1, 50, "queue capacity");
const auto kProduceMs = param::Int("produce_ms", 20, 0, 1000, "time to make one item");
const auto kConsumeMs = param::Int("consume_ms", 40, 0, 1000, "time to use one item");

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t items = ctx[kItems];
    const int64_t maxsize = ctx[kMaxsize];
    const double produce_s = static_cast<double>(ctx[kProduceMs]) / 1000;
    const double consume_s = static_cast<double>(ctx[kConsumeMs]) / 1000;
    Queue<std::string> q(maxsize, "q");
    Shared<int64_t> received("received", 0);   // what the consumer tells the parent
    Shared<bool> in_order("in_order", true);
    Shared<int64_t> consumer_pid("consumer_pid", 0);
    int64_t local_count = 0;                    // an ordinary variable: each process has its own copy
    print("parent pid " + std::to_string(il::core::getpid()) + "\n");

    // [SECTION] Workers
    Process producer(
        [&] {
            for (int64_t i = 1; i <= items; ++i) {
                sleep(produce_s);
                q.put("item " + std::to_string(i) + " from pid " + std::to_string(il::core::getpid()));
                ++local_count;
            }
            q.put("STOP");
            print("produced " + std::to_string(local_count) + " items (pid " + std::to_string(il::core::getpid()) + ")\n");
        },
        "producer");
    Process consumer(
        [&] {
            consumer_pid.store(il::core::getpid());
            for (int64_t expected = 1;; ++expected) {
                const std::string m = q.get();
                if (m == "STOP") break;
                print("pid " + std::to_string(il::core::getpid()) + " got '" + m + "'\n");
                if (m.rfind("item " + std::to_string(expected) + " ", 0) != 0) in_order.store(false);
                received.store(received.load() + 1);
                sleep(consume_s);
            }
        },
        "consumer");
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();

    // [SECTION] Results
    ctx.result(N_("items received"), received.peek());
    ctx.result(N_("in order"), in_order.peek() ? N_("yes") : N_("no"));
    ctx.result(N_("producer pid"), producer.pid());
    ctx.result(N_("consumer pid"), consumer_pid.peek());
    ctx.result(N_("parent pid"), il::core::getpid());
    // The producer counted its items in its own copy of local_count: the parent's is untouched.
    ctx.result(N_("parent's local_count"), local_count);
    print("the parent's local_count is still " + std::to_string(local_count) +
          ": the producer counted in its own copy of memory\n");
}

}  // namespace

IL_DEMO({
    .id = "queue.processes",
    .title = "A Queue between two processes",
    .group = "Queue",
    .summary = "A producer process and a consumer process pass messages through a multiprocessing Queue.",
    .explanation =
        "Two processes made with fork() each get a copy of the parent's memory, so a change one makes to an "
        "ordinary variable is invisible to the other (the producer's local_count stays 0 in the parent). A "
        "multiprocessing.Queue is built to cross that boundary: whatever one process puts, another can get. "
        "Here the producer process puts messages that say which pid made them and the consumer process gets "
        "them and prints them next to its own, different pid. The queue is bounded, so the same blocking rules "
        "as between threads apply: the producer waits while it is full, the consumer while it is empty. The "
        "consumer stops at the 'STOP' message and reports how many items it got through shared values (like "
        "multiprocessing.Value).",
    .python =
        "from multiprocessing import Process, Queue, Value\n"
        "import os, time\n"
        "def producer(q, n):\n"
        "    for i in range(1, n + 1):\n"
        "        time.sleep(0.02)\n"
        "        q.put('item %d from pid %d' % (i, os.getpid()))\n"
        "    q.put('STOP')\n"
        "def consumer(q, received):\n"
        "    while (m := q.get()) != 'STOP':\n"
        "        print('pid', os.getpid(), 'got', m)\n"
        "        received.value += 1\n"
        "if __name__ == '__main__':\n"
        "    q, received = Queue(3), Value('i', 0)\n"
        "    ps = [Process(target=producer, args=(q, 10)), Process(target=consumer, args=(q, received))]\n"
        "    for p in ps: p.start()\n"
        "    for p in ps: p.join()\n",
    .try_this = {"Read the console: every message names the producer's pid, and the consumer prints its own: "
                 "three different pids, one queue.",
                 "Make the consumer slow (consume_ms=100): the queue lane sits at maxsize and the producer "
                 "process shows blocked on q, exactly as threads would.",
                 "Look at the process tree: both children belong to the run's main process and are reaped "
                 "when it joins them."},
    .params = {kItems, kMaxsize, kProduceMs, kConsumeMs},
    .run = &run,
    .visible_sharing = true,
});
