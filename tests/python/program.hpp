// tests/python/program.hpp — a Python program written to a temporary file and
// run through the CLI (`interleave run prog.py ...`), its output captured.
// Thread rules: the doctest thread only (run_cli swaps fds 1 and 2).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <sstream>
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

// The text of each line of a run's output, without its "[worker] " prefix
// (lines of the summary left out).
inline std::vector<std::string> printed(const std::string& out) {
    std::vector<std::string> lines;
    size_t at = 0;
    while (at < out.size()) {
        const size_t end = out.find('\n', at);
        const std::string line = out.substr(at, end == std::string::npos ? std::string::npos : end - at);
        if (line.starts_with("[")) lines.push_back(line.substr(line.find("] ") + 2));
        if (end == std::string::npos) break;
        at = end + 1;
    }
    return lines;
}

// `interleave run examples/python/<name> --mode <mode>`
inline CliResult run_example(const std::string& name, const char* mode) {
    return run_cli({"run", std::string(IL_EXAMPLES_DIR) + "/" + name, "--mode", mode});
}

// Runs `p` in run mode and in step mode (round-robin to its end): the CLI's
// exit code `code`, every one of `seen` in its output and none of `unseen`.
inline void check_both_modes(const Program& p, std::initializer_list<std::string> seen,
                             std::initializer_list<std::string> unseen = {}, int code = 0,
                             std::vector<std::string> extra = {}) {
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        std::vector<std::string> args{"--mode", mode};
        args.insert(args.end(), extra.begin(), extra.end());
        const auto r = p.run(args);
        CHECK(r.code == code);
        for (const std::string& text : seen) CHECK_MESSAGE(has(r.out, text), "missing: " << text);
        for (const std::string& text : unseen) CHECK_MESSAGE(!has(r.out, text), "unexpected: " << text);
    }
}

// What `python3 ARGS` prints on stdout (Debian's CPython, the one the run
// process embeds); its exit status must be 0. `args` is shell words. Under
// `timeout`, which ends the whole process group: a CPython child left behind
// holding stdout (a pool worker) fails the test instead of hanging it.
inline std::string python3_output(const std::string& args) {
    std::string out;
    FILE* p = ::popen(("timeout -k 5 120 " + std::string(IL_PYTHON3) + " " + args).c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    CHECK(::pclose(p) == 0);
    return out;
}

// What `python3 prog.py` prints on stdout.
inline std::string cpython_output(const std::string& path) { return python3_output("'" + path + "'"); }

// python3's own parser's verdict (ast.parse) on each file the file at
// `list_path` lists, one path per line: "" when every one parses, else a line
// per failure ("path:line: message").
inline std::string python_parse_errors(const std::string& list_path) {
    const std::string script =
        "import ast,sys\n"
        "for p in open(sys.argv[1]).read().split():\n"
        "    try: ast.parse(open(p, encoding='utf-8').read(), p)\n"
        "    except SyntaxError as e: print(f'{p}:{e.lineno}: {e.msg}')\n";
    ::setenv("IL_SCRIPT", script.c_str(), 1);
    return python3_output("-c \"$IL_SCRIPT\" '" + list_path + "'");
}

// The program's own lines from `interleave run`: each line's "[worker] "
// prefix off, the summary left out.
inline std::string program_lines(const std::string& cli_out) {
    std::istringstream in(cli_out);
    std::string line, out;
    while (std::getline(in, line)) {
        if (line.rfind("--- summary", 0) == 0) break;
        const size_t close = line.rfind('[', 0) == 0 ? line.find("] ") : std::string::npos;
        out += (close == std::string::npos ? line : line.substr(close + 2)) + "\n";
    }
    return out;
}

// The same lines as CPython's, in run mode (the C fast paths, holding the
// GIL) and in step mode (every call parks, without it); the CLI's exit code
// `code` (1 when the run found a crash: a worker killed by a signal).
inline void check_same_as_cpython(const Program& p, int code = 0) {
    const std::string expected = cpython_output(p.path());
    for (const char* mode : {"run", "step"}) {
        CAPTURE(mode);
        const auto r = p.run({"--mode", mode});
        CHECK(r.code == code);
        CHECK(program_lines(r.out) == expected);
    }
}

}  // namespace il::test
