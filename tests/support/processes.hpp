// tests/support/processes.hpp — what /proc says about a run's processes, to
// prove a run left nothing behind.
// Thread rules: none (reads /proc).
#pragma once

#include <dirent.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace il::test {

struct ProcStat {
    int pid = 0, ppid = 0, pgrp = 0;
    char state = 0;  // R, S, Z …
};

// Every process /proc lists now.
inline std::vector<ProcStat> all_processes() {
    std::vector<ProcStat> out;
    DIR* d = opendir("/proc");
    if (!d) return out;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
        char path[300], buf[512] = {};
        std::snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
        FILE* f = std::fopen(path, "r");
        if (!f) continue;
        const size_t len = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        // "pid (comm) S ppid pgrp …": comm may hold spaces; count from the last ')'.
        const char* p = std::strrchr(buf, ')');
        ProcStat s;
        s.pid = std::atoi(e->d_name);
        if (len > 0 && p && std::sscanf(p + 1, " %c %d %d", &s.state, &s.ppid, &s.pgrp) == 3) out.push_back(s);
    }
    closedir(d);
    return out;
}

// Processes of process group `pgid` (a run's group is its run process's pid).
inline int group_members(int pgid) {
    int n = 0;
    for (const ProcStat& p : all_processes()) n += p.pgrp == pgid;
    return n;
}

// Threads of process `pid` now (0 if it is gone): a run process has one per
// started Thread, so this says how far a run has got, from outside.
inline int threads_of(int pid) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/task", pid);
    DIR* d = opendir(path);
    if (!d) return 0;
    int n = 0;
    while (dirent* e = readdir(d)) n += e->d_name[0] != '.';
    closedir(d);
    return n;
}

// Children of `pid` still around (running or zombie).
inline int children_of(int pid) {
    int n = 0;
    for (const ProcStat& p : all_processes()) n += p.ppid == pid;
    return n;
}

}  // namespace il::test
