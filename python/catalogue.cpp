// python/catalogue.cpp — the Python examples' catalogue (see catalogue.hpp).
#include "python/catalogue.hpp"

#include <climits>
#include <cstdlib>
#include <map>
#include <utility>

#include "core/common/i18n.hpp"
#include "core/io/file_input.hpp"
#include "core/runtime/registry.hpp"

namespace il::python {

// examples/python/*.py as this build ships them (generated: cmake/EmbedTexts.cmake).
std::vector<std::pair<const char*, const char*>> shipped_examples();

namespace {

constexpr size_t kFields = 5;
constexpr uint64_t kMaxCatalogueBytes = 1u << 20;

// Absolute path -> entry, filled once by list_examples().
std::map<std::string, ExampleEntry, std::less<>>& listed() {
    static std::map<std::string, ExampleEntry, std::less<>> m;
    return m;
}

std::vector<std::string_view> split(std::string_view line, char sep) {
    std::vector<std::string_view> out;
    size_t at = 0;
    while (true) {
        const size_t end = line.find(sep, at);
        out.push_back(line.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at));
        if (end == std::string_view::npos) return out;
        at = end + 1;
    }
}

bool contains(const std::vector<std::string>& v, std::string_view s) {
    for (const std::string& x : v)
        if (x == s) return true;
    return false;
}

}  // namespace

std::vector<ExampleEntry> parse_catalogue(std::string_view text, std::string_view name,
                                          const std::vector<std::string>& known_groups,
                                          const std::vector<std::string>& known_demos,
                                          std::vector<std::string>& errors) {
    std::vector<ExampleEntry> out;
    size_t number = 0;
    for (std::string_view line : split(text, '\n')) {
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        const auto bad = [&](const std::string& what) {
            errors.push_back(std::string(name) + ":" + std::to_string(number) + ": " + what);
        };
        const std::vector<std::string_view> f = split(line, '\t');
        if (f.size() != kFields) {
            bad("expected 5 tab-separated fields (file, group, twin, title, summary), found " +
                std::to_string(f.size()));
            continue;
        }
        ExampleEntry e{std::string(f[0]), std::string(f[1]), f[2] == "-" ? std::string() : std::string(f[2]),
                       std::string(f[3]), std::string(f[4])};
        if (!e.file.ends_with(".py") || e.file.find('/') != std::string::npos) {
            bad("'" + e.file + "' is not a .py file name beside the catalogue");
            continue;
        }
        if (e.group.empty() || (!known_groups.empty() && !contains(known_groups, e.group))) {
            bad("'" + e.group + "' is not a demo group");
            continue;
        }
        if (!e.twin.empty() && !known_demos.empty() && !contains(known_demos, e.twin)) {
            bad("'" + e.twin + "' is no demo (use - for an example without a C++ twin)");
            continue;
        }
        if (e.title.empty()) {
            bad("the title is empty");
            continue;
        }
        out.push_back(std::move(e));
    }
    return out;
}

std::string examples_dir() {
    if (const char* env = std::getenv("INTERLEAVE_EXAMPLES"); env != nullptr && *env != '\0') return env;
    return IL_PY_EXAMPLES_DIR;
}

std::vector<std::string> list_examples(const std::string& dir) {
    std::vector<std::string> errors;
    const std::string path = dir + "/catalogue.tsv";
    std::string text;
    try {
        text = core::read_bounded_file(path, kMaxCatalogueBytes, N_("example catalogue"));
    } catch (const core::FileInputError&) {
        return errors;  // no catalogue here: no examples listed
    }
    std::vector<std::string> groups = core::Registry::groups(), demos;
    for (const core::DemoInfo& d : core::Registry::all()) demos.push_back(d.id);
    for (ExampleEntry& e : parse_catalogue(text, path, groups, demos, errors)) {
        std::string file = dir + "/" + e.file;
        char buf[PATH_MAX];
        if (::realpath(file.c_str(), buf) == nullptr) {
            errors.push_back(path + ": " + e.file + " is listed but cannot be found");
            continue;
        }
        file = buf;
        const std::string twin = e.twin;
        listed()[file] = std::move(e);
        core::Registry::list_program(file, twin);
    }
    return errors;
}

const ExampleEntry* example_for(std::string_view abs_path) {
    const auto it = listed().find(abs_path);
    return it == listed().end() ? nullptr : &it->second;
}

bool is_shipped_example(std::string_view file, std::string_view text) {
    static const std::map<std::string_view, std::string_view, std::less<>> shipped = [] {
        std::map<std::string_view, std::string_view, std::less<>> m;
        for (const auto& [name, body] : shipped_examples()) m.emplace(name, body);
        return m;
    }();
    const auto it = shipped.find(file);
    return it != shipped.end() && it->second == text;
}

}  // namespace il::python
