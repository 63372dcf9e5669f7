// python/catalogue.hpp — the Python examples beside the C++ demos: read from
// examples/python/catalogue.tsv (file, group, C++ twin, title, summary), each
// listed in core's Registry so the window's Demos panel and `interleave list`
// show it in its group, and its C++ twin offers "Open the Python version".
//
// Thread rules: list_examples() runs once at start-up, before any other
// thread; example_for() reads what it left and may be called from any thread,
// as may is_shipped_example() (its table is built once, a function-local static).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace il::python {

struct ExampleEntry {
    std::string file;     // "lost_update.py", beside the catalogue
    std::string group;    // a demo group: "Lock"
    std::string twin;     // the C++ demo it mirrors ("lock.lost_update"), or empty
    std::string title;    // "Python: the lost update"
    std::string summary;
};

// Parses a catalogue's text. Each bad line adds "NAME:LINE: what is wrong"
// to `errors` and is left out; `known_groups` and `known_demos` check the
// group and twin fields (empty: not checked).
std::vector<ExampleEntry> parse_catalogue(std::string_view text, std::string_view name,
                                          const std::vector<std::string>& known_groups,
                                          const std::vector<std::string>& known_demos,
                                          std::vector<std::string>& errors);

// Where the examples are: $INTERLEAVE_EXAMPLES when set, else the source
// tree's examples/python (the build knows it).
std::string examples_dir();

// Reads `dir`/catalogue.tsv and lists every entry whose file exists in the
// Registry. Returns the problems found (none when the directory has no
// catalogue: a binary moved away from its tree lists no examples).
std::vector<std::string> list_examples(const std::string& dir);

// The listed example at this absolute path, or nullptr.
const ExampleEntry* example_for(std::string_view abs_path);

// True when `text` is the example `file` ("lost_update.py") exactly as this
// build ships it (examples/python, embedded at build time): no learner has
// edited it, so its comments may be shown translated.
bool is_shipped_example(std::string_view file, std::string_view text);

}  // namespace il::python
