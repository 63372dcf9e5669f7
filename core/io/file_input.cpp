#include "core/common/i18n.hpp"
#include "core/io/file_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace il::core {

namespace {

std::string describe_type(mode_t m) {
    if (S_ISDIR(m)) return i18n::tr("a directory");
    if (S_ISFIFO(m)) return i18n::tr("a FIFO (named pipe)");
    if (S_ISCHR(m)) return i18n::tr("a character device");
    if (S_ISBLK(m)) return i18n::tr("a block device");
    if (S_ISSOCK(m)) return i18n::tr("a socket");
    return i18n::tr("not a regular file");
}

// Closes the descriptor on every path out, including exceptions.
struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string read_bounded_file(const std::string& path, uint64_t limit, std::string_view what) {
    const std::string name = std::string(i18n::tr(what)) + " '" + printable(path, 200) + "'";  // what: marked N_ by the caller
    // O_NONBLOCK: opening a FIFO for reading with no writer would otherwise
    // block forever before fstat could say what it is.
    Fd f{::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)};
    if (f.fd < 0)
        throw FileInputError(i18n::trf("cannot open {file}: {error}", {{"file", name}, {"error", std::strerror(errno)}}));
    struct stat st {};
    if (::fstat(f.fd, &st) != 0)
        throw FileInputError(i18n::trf("cannot read {file}: {error}", {{"file", name}, {"error", std::strerror(errno)}}));
    if (!S_ISREG(st.st_mode))
        throw FileInputError(
            i18n::trf("cannot read {file}: it is {type}", {{"file", name}, {"type", describe_type(st.st_mode)}}));
    const auto too_large = [&] {
        return FileInputError(i18n::trf("{file} is too large (more than {limit} bytes)",
                                        {{"file", name}, {"limit", std::to_string(limit)}}));
    };
    if (static_cast<uint64_t>(st.st_size) > limit) throw too_large();
    // A regular file never blocks, but the flag is cleared anyway so a short
    // read means end of file, not "try again".
    ::fcntl(f.fd, F_SETFL, ::fcntl(f.fd, F_GETFL) & ~O_NONBLOCK);
    // The size may change while we read (a file still being written): read up
    // to limit + 1 bytes and refuse when the extra byte arrives.
    std::string out;
    out.resize(static_cast<size_t>(st.st_size) + 1);
    size_t have = 0;
    for (;;) {
        if (have == out.size()) {
            if (have > limit) throw too_large();
            out.resize(static_cast<size_t>(std::min<uint64_t>(limit + 1, out.size() * 2 + 4096)));
        }
        const ssize_t n = ::read(f.fd, out.data() + have, out.size() - have);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw FileInputError(
                i18n::trf("cannot read {file}: {error}", {{"file", name}, {"error", std::strerror(errno)}}));
        }
        if (n == 0) break;
        have += static_cast<size_t>(n);
    }
    if (have > limit) throw too_large();
    out.resize(have);
    return out;
}

namespace {

// The length of the well-formed UTF-8 sequence at the start of `s` and its
// code point, or 0 when it is not one (stray continuation byte, overlong
// form, surrogate, cut short).
size_t utf8_sequence(std::string_view s, uint32_t& cp) {
    const auto b0 = static_cast<unsigned char>(s[0]);
    size_t len = 0;
    if (b0 >= 0xc2 && b0 <= 0xdf) len = 2, cp = b0 & 0x1f;
    else if (b0 >= 0xe0 && b0 <= 0xef) len = 3, cp = b0 & 0x0f;
    else if (b0 >= 0xf0 && b0 <= 0xf4) len = 4, cp = b0 & 0x07;
    else return 0;
    if (s.size() < len) return 0;
    for (size_t i = 1; i < len; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xc0) != 0x80) return 0;
        cp = (cp << 6) | (b & 0x3f);
    }
    const uint32_t min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
    return len;
}

// Code points a terminal treats as controls or that reorder the text around
// them: C1 controls, line/paragraph separators, bidirectional overrides and
// isolates, and the byte-order mark.
bool invisible(uint32_t cp) {
    return cp < 0xa0 || cp == 0x2028 || cp == 0x2029 || (cp >= 0x200b && cp <= 0x200f) ||
           (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

}  // namespace

std::string printable(std::string_view s, size_t max_chars) {
    static const char hex[] = "0123456789abcdef";
    std::string out;
    size_t i = 0, shown = 0;
    while (i < s.size() && shown < max_chars) {
        const auto c = static_cast<unsigned char>(s[i]);
        ++shown;
        if (c == '\\') {
            out += "\\\\";
            ++i;
            continue;
        }
        if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // Readable text in any script (a Chinese worker name) stays as it is.
        uint32_t cp = 0;
        if (const size_t len = c >= 0x80 ? utf8_sequence(s.substr(i), cp) : 0; len != 0 && !invisible(cp)) {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        out += "\\x";
        out += hex[c >> 4];
        out += hex[c & 15];
        ++i;
    }
    if (i < s.size()) out += "... (" + std::to_string(s.size() - i) + " more bytes)";
    return out;
}

}  // namespace il::core
