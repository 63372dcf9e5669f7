// demos/pool_map.cpp — What this shows: map, starmap and their _async forms.
// map(f, items) runs f on every item across the workers and returns the list
// of results in item order; starmap(f, [(a, b), …]) unpacks each tuple into
// f's arguments. The items travel in chunks (one task per chunk). map_async
// returns at once; its callback receives the whole list when the last chunk is
// done, and if any item raised, get() raises that exception and the
// error_callback receives it instead.
#include <cstdio>
#include <stdexcept>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

// [SECTION] Parameters (the window's parameter panel; --param NAME=VALUE)
const auto kProcesses = param::Int("processes", 4, 1, 8, "worker processes");
const auto kItems = param::Int("items", 10, 0, 200, "items to map over");
const auto kChunksize = param::Int("chunksize", 0, 0, 100, "items per task (0: Python's default)");
const auto kBadItem = param::Int("bad_item", 5, -1, 200, "the item that raises in the checked map (-1: none)");

// [SECTION] The tasks (run in the worker processes)
int64_t square(int64_t x) { return x * x; }
int64_t power(int64_t base, int64_t exponent) {
    int64_t r = 1;
    for (int64_t i = 0; i < exponent; ++i) r *= base;
    return r;
}
int64_t checked(int64_t x, int64_t bad) {
    if (x == bad) throw std::invalid_argument("item " + std::to_string(x) + " is not allowed");
    return x + 100;
}

template <typename T>
std::string list_of(const std::vector<T>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
}

// [SECTION] Setup
void run(RunContext& ctx) {
    const auto workers = static_cast<int>(ctx[kProcesses]);
    const int64_t n = ctx[kItems];
    const auto chunksize = static_cast<size_t>(ctx[kChunksize]);
    const int64_t bad = ctx[kBadItem];
    std::vector<int64_t> items;
    for (int64_t i = 0; i < n; ++i) items.push_back(i);
    Pool pool(workers);

    // [SECTION] map and starmap: block until every item is done
    const std::vector<int64_t> squares = pool.map(square, items, chunksize);
    print("map(square, range(" + std::to_string(n) + ")) = " + list_of(squares) + "\n");
    std::vector<std::tuple<int64_t, int64_t>> pairs;
    for (int64_t e = 0; e < std::min<int64_t>(n, 10); ++e) pairs.emplace_back(2, e);
    const std::vector<int64_t> powers = pool.starmap(power, pairs, chunksize);
    print("starmap(power, [(2, 0), (2, 1), ...]) = " + list_of(powers) + "\n");

    // [SECTION] map_async with callback and error_callback
    std::string callback_got = N_("(not called)"), error_got = N_("(not called)");
    auto good = pool.map_async(square, items, chunksize, {.callback = [&](const std::vector<int64_t>& v) {
        callback_got = list_of(v);
        print("callback: " + callback_got + "\n");
    }});
    std::vector<std::tuple<int64_t, int64_t>> to_check;
    for (int64_t x : items) to_check.emplace_back(x, bad);
    Callbacks<std::vector<int64_t>> on_checked{
        .callback = [&](const std::vector<int64_t>& v) { print("callback: " + list_of(v) + "\n"); },
        .error_callback =
            [&](const RuntimeError& e) {
                error_got = e.what();
                print(std::string("error_callback: ") + e.what() + "\n");
            },
    };
    auto risky = pool.starmap_async(checked, to_check, chunksize, on_checked);
    good.wait();
    std::string raised = N_("nothing");
    try {
        print("risky.get() = " + list_of(risky.get()) + "\n");
    } catch (const RuntimeError& e) {
        raised = std::string("RuntimeError: ") + e.what();
        print("risky.get() raised " + raised + "\n");
    }
    pool.close();
    pool.join();

    // [SECTION] Results
    ctx.result("map", list_of(squares));
    ctx.result("starmap", list_of(powers));
    ctx.result(N_("map_async callback got"), callback_got);
    ctx.result(N_("error_callback got"), error_got);
    ctx.result(N_("get() of the failing map raised"), raised);
    const size_t cs = chunksize ? chunksize : std::max<size_t>(1, (items.size() + 4 * workers - 1) / (4 * workers));
    ctx.result(N_("chunksize used"), static_cast<int64_t>(cs));
}

}  // namespace

IL_DEMO({
    .id = "pool.map",
    .title = "map, starmap, map_async with callback and error_callback",
    .group = "Pool",
    .summary = "pool.map / starmap return results in order; map_async calls back with the whole list or the error.",
    .explanation =
        "map(f, items) is the pool's for-loop: it applies f to every item on the workers and returns the results "
        "as a list in the items' order, whichever worker finished first. It does not send the items one by one: "
        "it cuts them into chunks (chunksize; by default about len / (4 × processes), as Python does) and each "
        "chunk is one task, so the timeline shows a handful of task markers for many items. starmap(f, pairs) is "
        "the same for functions of several arguments: each tuple is unpacked, so starmap(power, [(2, 3)]) calls "
        "power(2, 3). map_async and starmap_async return at once with an AsyncResult. When the last chunk is done "
        "the callback is called once, in the parent, with the whole list. If any item raises, the map as a whole "
        "fails: the callback is not called, the error_callback receives the exception, and get() raises it — here "
        "as RuntimeError carrying the worker's message.",
    .python =
        "from multiprocessing import Pool\n"
        "def square(x): return x * x\n"
        "def power(base, exponent): return base ** exponent\n"
        "def checked(x, bad):\n"
        "    if x == bad: raise ValueError(f'item {x} is not allowed')\n"
        "    return x + 100\n"
        "if __name__ == '__main__':\n"
        "    with Pool(4) as pool:\n"
        "        print(pool.map(square, range(10)))\n"
        "        print(pool.starmap(power, [(2, e) for e in range(10)]))\n"
        "        r = pool.map_async(square, range(10), callback=print)\n"
        "        bad = pool.starmap_async(checked, [(x, 5) for x in range(10)], error_callback=print)\n"
        "        r.wait()\n"
        "        bad.get()   # raises ValueError\n",
    .try_this = {"Set chunksize=1: every item becomes a task, and the timeline fills with task markers.",
                 "Set chunksize=100: one chunk, so a single worker does all of a map while the others idle.",
                 "Set bad_item=-1: nothing fails, the second callback prints the list and the error_callback is "
                 "never called.",
                 "Raise items to 200: the results still come back in order."},
    .params = {kProcesses, kItems, kChunksize, kBadItem},
    .run = &run,
    .visible_sharing = true,
});
