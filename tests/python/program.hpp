// tests/python/program.hpp — a Python program written to a temporary file and
// run through the CLI (`interleave run prog.py ...`), its output captured.
// Thread rules: the doctest thread only (run_cli swaps fds 1 and 2).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/cli_capture.hpp"

namespace il::test {

// True when `text` contains `what` (a line of a run's output, say).
inline bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

class Program {
public:
    explicit Program(const std::string& text, const std::string& name = "prog.py") {
        char dir[] = "/tmp/il_py_XXXXXX";
        REQUIRE(::mkdtemp(dir) != nullptr);
        dir_ = dir;
        path_ = dir_ + "/" + name;
        std::ofstream(path_) << text;
    }
    ~Program() {
        std::remove(path_.c_str());
        for (const std::string& f : extra_) std::remove(f.c_str());
        ::rmdir(dir_.c_str());
    }
    Program(const Program&) = delete;
    Program& operator=(const Program&) = delete;

    const std::string& path() const { return path_; }
    const std::string& dir() const { return dir_; }
    // A file beside the program, removed with it.
    std::string file(const std::string& name) {
        extra_.push_back(dir_ + "/" + name);
        return extra_.back();
    }
    // `interleave run <path> args...`
    CliResult run(std::vector<std::string> args = {}) const {
        args.insert(args.begin(), {"run", path_});
        return run_cli(std::move(args));
    }

private:
    std::string dir_, path_;
    std::vector<std::string> extra_;
};

}  // namespace il::test
