// app/cli/cli_io.cpp — see the header.
#include "app/cli/cli_io.hpp"

#include <fcntl.h>
#include <stdio_ext.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>

namespace il::app {

namespace {

constexpr int kStopSignals[] = {SIGINT, SIGTERM, SIGHUP};
std::atomic<int> g_caught{0};
static_assert(std::atomic<int>::is_always_lock_free, "used from a signal handler");

extern "C" void on_stop_signal(int sig) {
    int none = 0;
    g_caught.compare_exchange_strong(none, sig);  // the first one names the outcome
}

struct sigaction g_old[3];
struct sigaction g_old_pipe;

}  // namespace

StopSignals::StopSignals() {
    g_caught.store(0);
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    // SA_RESETHAND: a second Ctrl+C while the summary is written kills at once
    // (the run process then goes with its death signal, see core/observer/run.cpp).
    sa.sa_flags = SA_RESETHAND;
    for (int i = 0; i < 3; ++i) sigaction(kStopSignals[i], &sa, &g_old[i]);
    struct sigaction ign {};
    ign.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &ign, &g_old_pipe);
}

StopSignals::~StopSignals() {
    for (int i = 0; i < 3; ++i) sigaction(kStopSignals[i], &g_old[i], nullptr);
    sigaction(SIGPIPE, &g_old_pipe, nullptr);
}

int StopSignals::caught() { return g_caught.load(); }

bool StdoutCheck::ok() {
    if (!errno_) {
        errno = 0;
        if (std::fflush(stdout) != 0 || std::ferror(stdout)) errno_ = errno ? errno : EIO;
    }
    // What cannot be written is dropped: glibc keeps it buffered after a failed
    // write, and exit() would try again, into a closed pipe with SIGPIPE back
    // at its default (StopSignals has gone by then), and die of it.
    if (errno_) __fpurge(stdout);
    return errno_ == 0;
}

std::string StdoutCheck::error() const {
    if (!errno_) return {};
    return std::string("cannot write to standard output: ") + std::strerror(errno_);
}

unsigned claim_standard_fds() {
    unsigned closed = 0;
    for (int fd = 0; fd <= 2; ++fd) {
        if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
        // open() returns the lowest free descriptor: this one, as lower ones are open.
        const int got = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (got >= 0 && got != fd) {
            ::dup2(got, fd);
            ::close(got);
        }
        closed |= 1u << fd;
    }
    return closed;
}

}  // namespace il::app
