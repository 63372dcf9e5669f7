// demos/fork_process_copy.cpp — What this shows: start() forks, so the child
// gets a copy of everything the parent had, including the Process object
// itself. The child's run() changes a field of "its" object; the parent's
// object, at the very same address, keeps the old value. Two objects, one in
// each process, that only look like one.
#include <cstdio>
#include <string>

#include "core/common/i18n.hpp"
#include "demos/demo.hpp"

namespace {

using namespace il::core;

std::string address_of(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

// [SECTION] Workers
class Visitor : public Process {
public:
    explicit Visitor(RunContext& ctx) : ctx_(ctx) {}
    int visits = 0;

protected:
    void run() override {  // runs in the child, on the child's copy of *this
        visits += 1;
        print("child:  this = " + address_of(this) + ", visits = " + std::to_string(visits) + "\n");
        ctx_.result(N_("visits seen by the child"), visits);
        ctx_.result(N_("object address in the child"), address_of(this));
    }

private:
    RunContext& ctx_;
};

void run(RunContext& ctx) {
    // [SECTION] Setup
    Visitor p(ctx);
    print("parent: this = " + address_of(&p) + ", visits = " + std::to_string(p.visits) + "\n");

    p.start();
    p.join();

    // [SECTION] Checks
    print("parent: this = " + address_of(&p) + ", visits = " + std::to_string(p.visits) + " after join\n");
    ctx.result(N_("visits seen by the parent"), p.visits);
    ctx.result(N_("object address in the parent"), address_of(&p));
}

}  // namespace

IL_DEMO({
    .id = "fork.process_copy",
    .title = "The Process object is copied into the child",
    .group = "fork",
    .summary = "run() changes a field in the child's copy of the Process object; the parent's copy is unchanged.",
    .explanation =
        "A Process object is not the process. It is an ordinary object in the parent that knows how to start one. "
        "start() forks, and the child receives a copy of the parent's whole memory, the Process object included. "
        "run() then executes in the child, on the child's copy. Here run() adds 1 to `visits`: the child prints 1, "
        "but after join() the parent's object still says 0. Both print the same address: each process has its own "
        "memory, so the same address holds different things. The course shows this with __del__: it runs twice, "
        "once for the parent's object and once for the child's copy. (Here the child leaves with os._exit(), so "
        "its copy is simply discarded without a destructor call.) To send results back, use a Queue, a Value "
        "or a Pipe.",
    .python =
        "from multiprocessing import Process\n"
        "class Visitor(Process):\n"
        "    def __init__(self):\n"
        "        super().__init__()\n"
        "        self.visits = 0\n"
        "    def run(self):                 # in the child, on its copy\n"
        "        self.visits += 1\n"
        "        print('child:', id(self), self.visits)    # 1\n"
        "p = Visitor()\n"
        "p.start(); p.join()\n"
        "print('parent:', id(p), p.visits)                # 0\n",
    .try_this = {"Run it: both lines print the same address, but visits is 1 in the child and 0 in the parent.",
                 "In step mode, grant Process-1 through its print before MainThread's join: the child's line "
                 "comes between the parent's two lines (as in any order, since join() waits for the child), and the "
                 "parent's value still does not change."},
    .params = {},
    .run = &run,
    .visible_sharing = true,
});
