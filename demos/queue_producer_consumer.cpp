// demos/queue_producer_consumer.cpp — What this shows: a producer thread puts
// items into a bounded Queue and a consumer thread takes them out, each at its
// own speed. The queue decouples them: when the consumer is slower the queue
// fills up and put() blocks the producer; when the producer is slower the
// queue stays empty and get() blocks the consumer. A None-like sentinel (-1)
// tells the consumer to stop. Items come out in the order they went in.
#include <cstdio>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;
using namespace il::demo;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kItems = param::Int("items", 20, 1, 500, "items to produce");
const auto kMaxsize = param::Int("maxsize", 3, 1, 50, "queue capacity");
const auto kProduceMs = param::Int("produce_ms", 20, 0, 1000, "time to make one item");
const auto kConsumeMs = param::Int("consume_ms", 60, 0, 1000, "time to use one item");

constexpr int64_t kSentinel = -1;  // Python would put None

std::string fmt_ms(int64_t ns) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f ms", static_cast<double>(ns) / 1e6);
    return buf;
}

// [SECTION] Setup
void run(RunContext& ctx) {
    const int64_t items = ctx[kItems];
    const int64_t maxsize = ctx[kMaxsize];
    const double produce_s = static_cast<double>(ctx[kProduceMs]) / 1000;
    const double consume_s = static_cast<double>(ctx[kConsumeMs]) / 1000;
    Queue<int64_t> q(maxsize, "q");
    int64_t producer_waited = 0, consumer_waited = 0;  // ns spent inside put / get
    int64_t consumed = 0;
    bool in_order = true;

    // [SECTION] Workers
    Thread producer(
        [&] {
            for (int64_t i = 1; i <= items; ++i) {
                sleep(produce_s);  // making the item
                const Stopwatch sw;
                q.put(i);
                producer_waited += sw.ns();
                print("put " + std::to_string(i) + "\n");
            }
            q.put(kSentinel);
        },
        "producer");
    Thread consumer(
        [&] {
            for (int64_t expected = 1;; ++expected) {
                const Stopwatch sw;
                const int64_t item = q.get();
                consumer_waited += sw.ns();
                if (item == kSentinel) break;
                in_order = in_order && item == expected;
                print("got " + std::to_string(item) + "\n");
                sleep(consume_s);  // using the item
                ++consumed;
            }
        },
        "consumer");
    const Stopwatch sw;
    producer.start();
    consumer.start();
    producer.join();
    consumer.join();
    const int64_t total = sw.ns();

    // [SECTION] Results
    ctx.result(N_("items consumed"), consumed);
    ctx.result(N_("in order"), in_order ? N_("yes") : N_("no"));
    timing_result(ctx, N_("producer blocked in put"), fmt_ms(producer_waited));
    timing_result(ctx, N_("consumer blocked in get"), fmt_ms(consumer_waited));
    timing_result(ctx, N_("total time"), fmt_ms(total));
    char rate[48];
    std::snprintf(rate, sizeof rate, "%.1f", total > 0 ? static_cast<double>(consumed) * 1e9 / total : 0.0);
    timing_result(ctx, N_("throughput"), il::i18n::trf("{rate} items/s", {{"rate", rate}}));
    print(std::string(consume_s > produce_s ? "the consumer is slower: the queue filled up and the producer waited\n"
                                            : "the producer is slower: the queue stayed empty and the consumer waited\n"));
}

}  // namespace

IL_DEMO({
    .id = "queue.producer_consumer",
    .title = "Producer and consumer, decoupled by a Queue",
    .group = "Queue",
    .summary = "A producer and a consumer thread at adjustable speeds; the queue lane fills and drains.",
    .explanation =
        "The producer makes an item every produce_ms and puts it in the queue; the consumer gets an item and "
        "spends consume_ms using it. Neither knows about the other: the queue in between is the only contact. "
        "If the consumer is slower, items pile up until the queue holds maxsize of them; then put() blocks and "
        "the producer's lane shows it blocked on q until the consumer makes room. If the producer is slower, "
        "the queue is empty most of the time and get() blocks the consumer instead. Watch the queue lane: it "
        "climbs to maxsize and stays there in the first case, and hovers at 0 or 1 in the second. At the end "
        "the producer puts -1 (Python would put None) so the consumer knows to stop. The items come out in the "
        "order they went in (a queue is first in, first out).",
    .python =
        "import threading, queue, time\n"
        "q = queue.Queue(maxsize=3)\n"
        "def producer(n, produce_s):\n"
        "    for i in range(1, n + 1):\n"
        "        time.sleep(produce_s)\n"
        "        q.put(i)          # blocks while the queue is full\n"
        "    q.put(None)\n"
        "def consumer(consume_s):\n"
        "    while True:\n"
        "        item = q.get()    # blocks while the queue is empty\n"
        "        if item is None:\n"
        "            break\n"
        "        time.sleep(consume_s)\n"
        "threading.Thread(target=producer, args=(20, 0.02)).start()\n"
        "threading.Thread(target=consumer, args=(0.06,)).start()\n",
    .try_this = {"With the defaults (the consumer is three times slower) the queue lane reaches maxsize and the "
                 "producer's lane is mostly blocked on q.",
                 "Swap the speeds (produce_ms=60, consume_ms=20): now the queue stays nearly empty and the "
                 "consumer is the one blocked, in get().",
                 "Set maxsize=1: the two threads move almost in lockstep.",
                 "Raise maxsize to 20 with a slow consumer: the producer finishes long before the consumer, "
                 "the queue soaking up the difference."},
    .params = {kItems, kMaxsize, kProduceMs, kConsumeMs},
    .run = &run,
    .focus = {.views = {LessonView::Timeline, LessonView::Inspector, LessonView::Source},
               .lanes = {"q", "producer", "consumer"}},
    .visible_sharing = true,
});
