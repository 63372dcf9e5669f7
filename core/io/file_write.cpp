#include "core/io/file_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <string>

#include "core/common/i18n.hpp"

namespace il::core {

namespace {

[[noreturn]] void fail(std::string_view what, const std::string& path, int err, std::string_view detail = {}) {
    // `what` was marked N_ by the caller ("schedule file"): named in the user's language.
    const std::pair<std::string_view, std::string_view> file{"file", i18n::tr(what)}, at{"path", path},
        why{"error", std::strerror(err)};
    throw FileWriteError(detail.empty()
                             ? i18n::trf("cannot write {file} {path}: {error}", {file, at, why})
                             : i18n::trf("cannot write {file} {path} ({detail}): {error}",
                                         {file, at, {"detail", detail}, why}));
}

std::string dir_of(const std::string& p) {
    const size_t slash = p.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : p.substr(0, slash);
}

// Writes all of `bytes` to fd; returns 0 or the errno of the first failure.
int write_all(int fd, std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        bytes.remove_prefix(static_cast<size_t>(n));
    }
    return 0;
}

// A device, FIFO or terminal (or a file reached only through a /proc link):
// written where it is, as a shell's `>` would (O_TRUNC means nothing to the others).
void write_in_place(const std::string& target, const std::string& path, std::string_view bytes,
                    std::string_view what) {
    const int fd = ::open(target.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) fail(what, path, errno);
    int err = write_all(fd, bytes);
    if (::close(fd) != 0 && err == 0 && errno != EINTR) err = errno;
    if (err) fail(what, path, err);
}

// A regular file or a new one: a temporary beside the target, renamed over it.
void write_by_rename(const std::string& target, const std::string& path, std::string_view bytes,
                     std::string_view what, const struct stat* existing) {
    static std::atomic<unsigned> counter{0};
    const std::string dir = dir_of(target);
    const std::string base = target.substr(target.rfind('/') == std::string::npos ? 0 : target.rfind('/') + 1);
    std::string tmp;
    int fd = -1;
    for (int attempt = 0; fd < 0; ++attempt) {
        // Hidden and named after the target, so a leftover (after a power cut)
        // says where it came from.
        tmp = dir + "/." + base + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);  // the umask applies, as for `>`
        if (fd < 0 && (errno != EEXIST || attempt > 100)) fail(what, path, errno);
    }
    int err = 0;
    // Replacing a file keeps its permissions (a private file stays private).
    if (existing && ::fchmod(fd, existing->st_mode & 07777) != 0) err = errno;
    if (!err) err = write_all(fd, bytes);
    if (!err && ::fsync(fd) != 0 && errno != EINVAL) err = errno;  // the data is on disk before the old file goes
    if (::close(fd) != 0 && !err && errno != EINTR) err = errno;
    if (!err && ::rename(tmp.c_str(), target.c_str()) != 0) err = errno;
    if (err) {
        ::unlink(tmp.c_str());
        fail(what, path, err);
    }
}

}  // namespace

namespace {

// One of this process's own descriptors named as a file (/dev/stdout,
// /dev/fd/N, /proc/self/fd/N, /proc/OUR_PID/fd/N): its number, else -1.
int own_descriptor(std::string_view p) {
    if (p == "/dev/stdin") return 0;
    if (p == "/dev/stdout") return 1;
    if (p == "/dev/stderr") return 2;
    const std::string ours = "/proc/" + std::to_string(::getpid()) + "/fd/";
    for (const std::string_view prefix : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
                                          std::string_view("/proc/thread-self/fd/"), std::string_view(ours)}) {
        if (!p.starts_with(prefix)) continue;
        const std::string_view n = p.substr(prefix.size());
        if (n.empty() || n.size() > 9 || n.find_first_not_of("0123456789") != std::string_view::npos) return -1;
        return std::stoi(std::string(n));
    }
    return -1;
}

struct Resolved {
    std::string target;  // the last name of the chain of links
    bool via_proc = false;  // the chain went through /proc: a descriptor of some process
    int own_fd = -1;        // ... of this process: write to it, sharing its offset
};

Resolved resolve(const std::string& path) {
    Resolved r{path};
    for (int depth = 0; depth < 40; ++depth) {  // the kernel's own limit (MAXSYMLINKS)
        r.via_proc = r.via_proc || r.target.starts_with("/proc/");
        if (r.own_fd < 0) r.own_fd = own_descriptor(r.target);
        struct stat st {};
        if (::lstat(r.target.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return r;
        std::string link(static_cast<size_t>(st.st_size > 0 ? st.st_size : 255) + 1, '\0');
        const ssize_t n = ::readlink(r.target.c_str(), link.data(), link.size());
        if (n < 0) return r;
        link.resize(static_cast<size_t>(n));
        r.target = (!link.empty() && link[0] == '/') ? link : dir_of(r.target) + "/" + link;
    }
    fail(N_("file"), path, ELOOP);
}

}  // namespace

std::string resolve_write_target(const std::string& path) { return resolve(path).target; }

void write_file(const std::string& path, std::string_view bytes, std::string_view what) {
    if (path.empty())
        throw FileWriteError(i18n::trf("cannot write {file}: no file name given", {{"file", i18n::tr(what)}}));
    Resolved r;
    try {
        r = resolve(path);
    } catch (const FileWriteError&) {
        fail(what, path, ELOOP);
    }
    // --trace /dev/stdout: our own stdout, whatever it is (a file, a pipe, a
    // terminal), written through the descriptor we hold, after what is already
    // there, as `>` and `|` users expect; it stays open.
    if (r.own_fd >= 0 && ::fcntl(r.own_fd, F_GETFD) != -1) {
        if (const int err = write_all(r.own_fd, bytes)) fail(what, path, err);
        return;
    }
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {  // follows every link, /proc's magic ones too
        if (errno != ENOENT) fail(what, path, errno);
        return write_by_rename(r.target, path, bytes, what, nullptr);  // a dangling link: create what it names
    }
    if (S_ISDIR(st.st_mode)) fail(what, path, EISDIR);
    if (!S_ISREG(st.st_mode)) return write_in_place(path, path, bytes, what);
    // A regular file: replaced by rename, under the name its links lead to. A
    // file reached through /proc is open in some process: it is written in
    // place, as a shell's `>` would, rather than swapped for a new file under
    // that process's feet. So is a link that does not lead where stat() went.
    struct stat resolved {};
    if (r.via_proc || ::stat(r.target.c_str(), &resolved) != 0 || resolved.st_dev != st.st_dev ||
        resolved.st_ino != st.st_ino)
        return write_in_place(path, path, bytes, what);
    write_by_rename(r.target, path, bytes, what, &st);
}

}  // namespace il::core
