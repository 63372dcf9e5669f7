// Reading files the user names: FIFOs, devices and folders are refused
// before a byte is read, oversized files after reading just past the limit,
// and error messages quote file bytes escaped (core/io/file_input.hpp).
#include <doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/io/file_input.hpp"
#include "core/observer/schedule.hpp"
#include "core/trace/trace_file.hpp"

namespace il::core {
namespace {

namespace fs = std::filesystem;

struct TempPath {
    fs::path path;
    explicit TempPath(const std::string& name)
        : path(fs::temp_directory_path() / ("il_fi_" + std::to_string(::getpid()) + "_" + name)) {}
    ~TempPath() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

double seconds_since(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST_CASE("FileInput: a FIFO with no writer is refused at once, not waited on") {
    TempPath fifo("fifo");
    REQUIRE(::mkfifo(fifo.path.c_str(), 0600) == 0);
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH_AS(read_bounded_file(fifo.path, 100, "schedule file"),
                         doctest::Contains("it is a FIFO (named pipe)"), FileInputError);
    CHECK_THROWS_WITH_AS(Schedule::load(fifo.path), doctest::Contains("it is a FIFO"), ScheduleError);
    CHECK_THROWS_WITH_AS(load_trace(fifo.path), doctest::Contains("it is a FIFO"), TraceFileError);
    CHECK(seconds_since(t0) < 1.0);
}

TEST_CASE("FileInput: devices and folders are refused before anything is read") {
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH_AS(Schedule::load("/dev/zero"),
                         "cannot read schedule file '/dev/zero': it is a character device", ScheduleError);
    CHECK_THROWS_WITH_AS(load_trace("/dev/zero"), "cannot read trace file '/dev/zero': it is a character device",
                         TraceFileError);
    CHECK_THROWS_WITH_AS(Schedule::load("/tmp"), "cannot read schedule file '/tmp': it is a directory", ScheduleError);
    CHECK_THROWS_WITH_AS(load_trace("/tmp"), doctest::Contains("it is a directory"), TraceFileError);
    CHECK(seconds_since(t0) < 1.0);
}

TEST_CASE("FileInput: an oversized file is refused without reading it whole") {
    // A sparse 1 GiB file: cheap to make, and 14 s to slurp before the fix.
    TempPath big("big");
    {
        std::ofstream(big.path).close();
        fs::resize_file(big.path, 1ull << 30);
    }
    const auto t0 = std::chrono::steady_clock::now();
    CHECK_THROWS_WITH_AS(Schedule::load(big.path),
                         doctest::Contains("is too large (more than 16777216 bytes)"), ScheduleError);
    CHECK_THROWS_WITH_AS(load_trace(big.path), doctest::Contains("is too large (more than 268435456 bytes)"),
                         TraceFileError);
    CHECK(seconds_since(t0) < 1.0);
}

TEST_CASE("FileInput: the limit is exact, and a file under it is read whole") {
    TempPath f("exact");
    std::ofstream(f.path) << std::string(100, 'a');
    CHECK(read_bounded_file(f.path, 100, "test file") == std::string(100, 'a'));
    CHECK_THROWS_WITH_AS(read_bounded_file(f.path, 99, "test file"), doctest::Contains("is too large"),
                         FileInputError);
    TempPath empty("empty");
    std::ofstream(empty.path).close();
    CHECK(read_bounded_file(empty.path, 10, "test file").empty());
    // /proc files say size 0 but have content: read by growing, still capped.
    CHECK_FALSE(read_bounded_file("/proc/self/status", 1 << 20, "test file").empty());
    CHECK_THROWS_AS(read_bounded_file("/proc/self/status", 8, "test file"), FileInputError);
}

TEST_CASE("FileInput: a missing file says why, and the path is quoted escaped") {
    CHECK_THROWS_WITH_AS(read_bounded_file("/nonexistent/x", 10, "schedule file"),
                         "cannot open schedule file '/nonexistent/x': No such file or directory", FileInputError);
    CHECK_THROWS_WITH_AS(read_bounded_file("/nonexistent/\x1b[2J", 10, "schedule file"),
                         doctest::Contains("'/nonexistent/\\x1b[2J'"), FileInputError);
}

TEST_CASE("printable: control bytes, bad UTF-8 and invisible code points are escaped — text is kept") {
    CHECK(printable("plain text") == "plain text");
    CHECK(printable("a\x1b[31mb\n") == "a\\x1b[31mb\\x0a");
    CHECK(printable("back\\slash") == "back\\\\slash");
    CHECK(printable("\x7f") == "\\x7f");
    CHECK(printable("线程-1") == "线程-1");                         // readable UTF-8 stays
    CHECK(printable("\xc2\x9b") == "\\xc2\\x9b");                   // C1 CSI, UTF-8 encoded
    CHECK(printable("\xe2\x80\xae") == "\\xe2\\x80\\xae");          // right-to-left override
    CHECK(printable("\xff\xc3") == "\\xff\\xc3");                   // not UTF-8 / cut short
    CHECK(printable("\xc0\xaf") == "\\xc0\\xaf");                   // overlong '/'
    CHECK(printable(std::string(100, 'x'), 10) == "xxxxxxxxxx... (90 more bytes)");
    CHECK(printable("线程线程", 2) == "线程... (6 more bytes)");  // never cuts inside a character
}

}  // namespace
}  // namespace il::core
