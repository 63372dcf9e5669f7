#include "core/schedule.hpp"

#include <fstream>
#include <stdexcept>

#include "core/file_input.hpp"

namespace il::core {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::vector<std::string_view> words(std::string_view s) {
    std::vector<std::string_view> out;
    while (!(s = trim(s)).empty()) {
        const size_t e = s.find_first_of(" \t");
        out.push_back(s.substr(0, e));
        if (e == std::string_view::npos) break;
        s.remove_prefix(e);
    }
    return out;
}

[[noreturn]] void fail(size_t line, const std::string& what) {
    throw ScheduleError("schedule line " + std::to_string(line) + ": " + what);
}

}  // namespace

std::string Schedule::to_text() const {
    std::string s = "# interleave schedule\nversion " + std::to_string(kVersion) + "\n";
    if (!demo.empty()) s += "demo " + demo + "\n";
    for (const std::string& p : params) s += "param " + p + "\n";
    for (const ScheduleStep& st : steps) s += "step " + st.worker + (st.timeout ? " timeout\n" : "\n");
    return s;
}

Schedule Schedule::parse(std::string_view text) {
    Schedule s;
    bool have_version = false;
    size_t n = 0;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++n;
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        const auto w = words(line);
        if (w[0] == "version") {
            if (w.size() != 2) fail(n, "expected 'version N'");
            if (w[1] != std::to_string(kVersion))
                fail(n, "version " + std::string(w[1]) + " is not supported (this build reads version " +
                            std::to_string(kVersion) + ")");
            have_version = true;
        } else if (!have_version) {
            fail(n, "the first line must be 'version " + std::to_string(kVersion) + "'");
        } else if (w[0] == "demo") {
            if (w.size() != 2) fail(n, "expected 'demo ID'");
            s.demo = std::string(w[1]);
        } else if (w[0] == "param") {
            if (w.size() != 2 || w[1].find('=') == std::string_view::npos) fail(n, "expected 'param NAME=VALUE'");
            s.params.emplace_back(w[1]);
        } else if (w[0] == "step") {
            if (w.size() < 2 || w.size() > 3) fail(n, "expected 'step WORKER' or 'step WORKER timeout'");
            if (w.size() == 3 && w[2] != "timeout") fail(n, "unknown step option '" + std::string(w[2]) + "'");
            s.steps.push_back({std::string(w[1]), w.size() == 3});
        } else {
            fail(n, "unknown directive '" + std::string(w[0]) + "'");
        }
    }
    if (!have_version) throw ScheduleError("schedule: empty file (no 'version' line)");
    return s;
}

Schedule Schedule::load(const std::string& path) {
    std::string text;
    try {
        text = read_bounded_file(path, kMaxFileBytes, "schedule file");
    } catch (const FileInputError& e) {
        throw ScheduleError(e.what());
    }
    try {
        return parse(text);
    } catch (const ScheduleError& e) {
        throw ScheduleError(printable(path, 200) + ": " + e.what());
    }
}

void Schedule::save(const std::string& path) const {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) throw ScheduleError("cannot write schedule file '" + path + "'");
    out << to_text();
    if (!out.flush()) throw ScheduleError("error writing schedule file '" + path + "'");
}

}  // namespace il::core
