// core/explore/expect.hpp — a condition over a run's final values, as a
// learner writes it on the command line: `counter == 200`,
// `lost updates == 0`, `counter == expected`.
//
// The left side names a result of the run (a demo's ctx.result, shown in the
// summary as "result: NAME = VALUE"); the right side is a number, a result's
// name or a word. Operators: == != < <= > >=. Numbers compare as numbers;
// anything else compares as text (== and != only). A name that the run did
// not produce is an error that lists the names it did produce.
//
// Thread rules: plain values and functions; no shared state.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/trace/trace.hpp"

namespace il::core {

struct ExpectError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Expectation {
    std::string left, op, right;  // trimmed
    std::string text() const { return left + " " + op + " " + right; }
    // Throws ExpectError for a condition without an operator or a side.
    static Expectation parse(std::string_view text);
    // True when the run's final values satisfy it. Throws ExpectError when a
    // name is not among the results (the message lists those that are), or
    // when < <= > >= meets something that is not a number.
    bool holds(const std::vector<ResultEntry>& results) const;
    // "counter == expected" with the values: "counter (1) == expected (2)".
    std::string with_values(const std::vector<ResultEntry>& results) const;
};

}  // namespace il::core
