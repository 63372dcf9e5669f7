// write_file: what `--save PATH` does to what is at PATH. A regular file is
// replaced atomically, a new one is created, a symlink is written through (it
// stays a link), a device is written in place (never turned into a regular
// file), and a failed write says why and leaves no temporary behind.
#include <doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/file_write.hpp"
#include "core/observer/schedule.hpp"
#include "core/trace/trace_export.hpp"
#include "core/trace/trace_file.hpp"

namespace fs = std::filesystem;
using il::core::FileWriteError;
using il::core::write_file;

namespace {

struct TempDir {
    fs::path path;
    TempDir() : path(fs::temp_directory_path() / ("il_file_write_" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    // Every name in the directory: a leftover temporary shows up here.
    std::string listing() const {
        std::vector<std::string> names;
        for (const auto& e : fs::directory_iterator(path)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        std::string all;
        for (const std::string& n : names) all += n + " ";
        return all;
    }
};

std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// A character device to write to: a copy of /dev/full (or /dev/null) made in
// `dir` when we may (root), so that a regression replacing devices with files
// can only ever damage the copy, never the machine's own /dev; else the real
// one if it is writable; else empty (the test is skipped).
std::string device(const fs::path& dir, const char* name, unsigned minor) {
    const fs::path copy = dir / name;
    if (::mknod(copy.c_str(), S_IFCHR | 0666, makedev(1, minor)) == 0) {
        const int fd = ::open(copy.c_str(), O_WRONLY);
        if (fd >= 0) {
            ::close(fd);
            return copy.string();
        }
        fs::remove(copy);  // a device cgroup may forbid opening it
    }
    const std::string real = std::string("/dev/") + name;
    return ::access(real.c_str(), W_OK) == 0 ? real : std::string();
}

bool is_char_device(const std::string& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 && S_ISCHR(st.st_mode);
}

}  // namespace

TEST_CASE("write_file: a new file is created, a regular file replaced, keeping its permissions") {
    TempDir d;
    const fs::path p = d.path / "out.txt";
    write_file(p.string(), "first");
    CHECK(slurp(p) == "first");
    ::chmod(p.c_str(), 0600);
    write_file(p.string(), "second, longer");
    CHECK(slurp(p) == "second, longer");
    CHECK((fs::status(p).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(d.listing() == "out.txt ");
}

TEST_CASE("write_file: a symlink is written through and stays a symlink, also when relative and chained") {
    TempDir d;
    fs::create_directories(d.path / "real");
    const fs::path target = d.path / "real" / "data.txt";
    std::ofstream(target) << "old";
    fs::create_symlink("real/data.txt", d.path / "link1");  // relative to the link's directory
    fs::create_symlink(d.path / "link1", d.path / "link2");
    write_file((d.path / "link2").string(), "new");
    CHECK(fs::is_symlink(d.path / "link1"));
    CHECK(fs::is_symlink(d.path / "link2"));
    CHECK(slurp(target) == "new");
    // A dangling link creates its target.
    fs::create_symlink("real/fresh.txt", d.path / "dangling");
    write_file((d.path / "dangling").string(), "made");
    CHECK(fs::is_symlink(d.path / "dangling"));
    CHECK(slurp(d.path / "real" / "fresh.txt") == "made");
    // The temporary went next to the target, and is gone.
    CHECK(d.listing().find(".tmp") == std::string::npos);
    CHECK(fs::directory_iterator(d.path / "real") != fs::directory_iterator());
    for (const auto& e : fs::directory_iterator(d.path / "real"))
        CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("write_file: a link loop is an error, not a hang") {
    TempDir d;
    fs::create_symlink(d.path / "b", d.path / "a");
    fs::create_symlink(d.path / "a", d.path / "b");
    CHECK_THROWS_WITH_AS(write_file((d.path / "a").string(), "x", "trace file"),
                         doctest::Contains("Too many levels of symbolic links"), FileWriteError);
}

TEST_CASE("write_file: /dev/null is written in place and stays a device") {
    TempDir d;
    const std::string null = device(d.path, "null", 3);
    if (null.empty()) return;
    write_file(null, "nothing");
    CHECK(is_char_device(null));
}

TEST_CASE("write_file: a FIFO is written in place, not replaced") {
    TempDir d;
    const fs::path fifo = d.path / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);  // so the writer's open does not block
    REQUIRE(reader >= 0);
    write_file(fifo.string(), "through the pipe");
    char buf[64] = {};
    CHECK(::read(reader, buf, sizeof buf) == 16);
    CHECK(std::string(buf) == "through the pipe");
    ::close(reader);
    CHECK(fs::is_fifo(fifo));
    CHECK(d.listing() == "fifo ");
}

TEST_CASE("write_file: /dev/stdout, /dev/fd/N and /proc/self/fd/N write through our own descriptor") {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    write_file("/proc/self/fd/" + std::to_string(fds[1]), "via the pipe");
    write_file("/dev/fd/" + std::to_string(fds[1]), ", twice");
    char buf[64] = {};
    CHECK(::read(fds[0], buf, sizeof buf) == 19);
    CHECK(std::string(buf) == "via the pipe, twice");
    ::close(fds[0]);
    ::close(fds[1]);
    // A file we hold open (as the CLI holds its stdout after `> out.txt`): the
    // bytes follow what is already there, and the file is not replaced.
    TempDir d;
    std::ofstream(d.path / "f") << "printed first; ";
    const int fd = ::open((d.path / "f").c_str(), O_WRONLY | O_APPEND);
    REQUIRE(fd >= 0);
    struct stat before {};
    REQUIRE(::fstat(fd, &before) == 0);
    write_file("/proc/self/fd/" + std::to_string(fd), "then the trace");
    struct stat after {};
    REQUIRE(::stat((d.path / "f").c_str(), &after) == 0);
    CHECK(after.st_ino == before.st_ino);
    CHECK(::fcntl(fd, F_GETFD) != -1);  // still open
    ::close(fd);
    CHECK(slurp(d.path / "f") == "printed first; then the trace");
    CHECK(d.listing() == "f ");
}

TEST_CASE("write_file: /dev/full gives a clear error and the device stays a device") {
    TempDir d;
    const std::string full = device(d.path, "full", 7);
    if (full.empty()) return;
    CHECK_THROWS_WITH_AS(write_file(full, "x", "trace file"),
                         ("cannot write trace file " + full + ": No space left on device").c_str(), FileWriteError);
    CHECK(is_char_device(full));
    // Through a symlink: the error names the path the user gave; the link stays.
    fs::create_symlink(full, d.path / "link");
    CHECK_THROWS_WITH_AS(write_file((d.path / "link").string(), "x", "schedule file"),
                         doctest::Contains("link: No space left on device"), FileWriteError);
    CHECK(fs::is_symlink(d.path / "link"));
    CHECK(is_char_device(full));
    CHECK(d.listing().find(".tmp") == std::string::npos);
}

TEST_CASE("write_file: an unwritable directory or a directory as the path say why and leave nothing") {
    TempDir d;
    CHECK_THROWS_WITH_AS(write_file("/nonexistent-dir/x", "x", "trace file"),
                         "cannot write trace file /nonexistent-dir/x: No such file or directory", FileWriteError);
    CHECK_THROWS_WITH_AS(write_file(d.path.string(), "x"), doctest::Contains("Is a directory"), FileWriteError);
    if (::geteuid() != 0) {  // root writes anywhere
        fs::create_directories(d.path / "ro");
        ::chmod((d.path / "ro").c_str(), 0500);
        CHECK_THROWS_WITH_AS(write_file((d.path / "ro" / "x").string(), "x"), doctest::Contains("Permission denied"),
                             FileWriteError);
        ::chmod((d.path / "ro").c_str(), 0700);
        CHECK(fs::is_empty(d.path / "ro"));
    }
    CHECK_THROWS_AS(write_file("", "x"), FileWriteError);
}

TEST_CASE("write_file: every writer goes through it (saved run, Chrome trace, schedule) and keeps devices") {
    TempDir d;
    const std::string full = device(d.path, "full", 7);
    if (full.empty()) return;
    il::core::TraceStore store;
    store.finish();
    CHECK_THROWS_WITH_AS(il::core::save_trace(store, full), doctest::Contains("No space left on device"),
                         il::core::TraceFileError);
    CHECK_THROWS_WITH_AS(il::core::write_chrome_trace_file(store, full), doctest::Contains("No space left on device"),
                         std::runtime_error);
    il::core::Schedule sched;
    CHECK_THROWS_WITH_AS(sched.save(full), doctest::Contains("No space left on device"), il::core::ScheduleError);
    CHECK(is_char_device(full));
    // And through a symlink each one writes the target, leaving the link a link.
    std::ofstream(d.path / "target").close();
    fs::create_symlink("target", d.path / "link");
    il::core::save_trace(store, (d.path / "link").string());
    CHECK(fs::is_symlink(d.path / "link"));
    CHECK(fs::file_size(d.path / "target") > 0);
    il::core::write_chrome_trace_file(store, (d.path / "link").string());
    CHECK(fs::is_symlink(d.path / "link"));
    CHECK(slurp(d.path / "target").find("traceEvents") != std::string::npos);
    sched.save((d.path / "link").string());
    CHECK(fs::is_symlink(d.path / "link"));
    CHECK(slurp(d.path / "target").find("version") != std::string::npos);
    CHECK(d.listing() == "full link target ");
}
