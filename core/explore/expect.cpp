#include "core/explore/expect.hpp"

#include <array>
#include <charconv>
#include <cstdlib>

#include "core/common/i18n.hpp"

namespace il::core {

namespace {

std::string trim(std::string_view s) {
    const size_t a = s.find_first_not_of(" \t");
    if (a == std::string_view::npos) return {};
    const size_t b = s.find_last_not_of(" \t");
    return std::string(s.substr(a, b - a + 1));
}

std::optional<double> number(const std::string& s) {
    if (s.empty()) return std::nullopt;
    char* end = nullptr;
    const double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) return std::nullopt;
    return v;
}

const ResultEntry* find(const std::vector<ResultEntry>& results, const std::string& key) {
    const ResultEntry* last = nullptr;  // a result set twice counts with its last value
    for (const ResultEntry& r : results)
        if (r.key == key) last = &r;
    return last;
}

std::string names(const std::vector<ResultEntry>& results) {
    std::string out;
    for (const ResultEntry& r : results) {
        if (out.find("'" + r.key + "'") != std::string::npos) continue;
        out += (out.empty() ? "'" : ", '") + r.key + "'";
    }
    return out.empty() ? i18n::tr("(none)") : out;
}

// The left side is always a name; the right side a name when the run has one
// by that name, else the literal itself.
std::string value_of(const std::vector<ResultEntry>& results, const std::string& side, bool must_exist) {
    if (const ResultEntry* r = find(results, side)) return r->value;
    if (must_exist)
        throw ExpectError(i18n::trf("the run has no result '{name}'; its results are: {names}",
                                    {{"name", side}, {"names", names(results)}}));
    return side;
}

}  // namespace

Expectation Expectation::parse(std::string_view text) {
    // Two-character operators first, so "<=" is not read as "<".
    static constexpr std::array<std::string_view, 6> kOps{"==", "!=", "<=", ">=", "<", ">"};
    for (std::string_view op : kOps) {
        const size_t at = text.find(op);
        if (at == std::string_view::npos) continue;
        Expectation e{trim(text.substr(0, at)), std::string(op), trim(text.substr(at + op.size()))};
        if (e.left.empty() || e.right.empty())
            throw ExpectError(i18n::trf("the condition '{text}' needs a name on the left and a value on the right",
                                        {{"text", text}}));
        return e;
    }
    throw ExpectError(i18n::trf("the condition '{text}' has no comparison (== != < <= > >=), e.g. 'counter == 200'",
                                {{"text", text}}));
}

bool Expectation::holds(const std::vector<ResultEntry>& results) const {
    const std::string a = value_of(results, left, true), b = value_of(results, right, false);
    const auto x = number(a), y = number(b);
    if (x && y) {
        if (op == "==") return *x == *y;
        if (op == "!=") return *x != *y;
        if (op == "<") return *x < *y;
        if (op == "<=") return *x <= *y;
        if (op == ">") return *x > *y;
        return *x >= *y;
    }
    if (op == "==") return a == b;
    if (op == "!=") return a != b;
    throw ExpectError(i18n::trf("'{op}' compares numbers, and '{a}' or '{b}' is not one",
                                {{"op", op}, {"a", a}, {"b", b}}));
}

std::string Expectation::with_values(const std::vector<ResultEntry>& results) const {
    const auto shown = [&](const std::string& side) {
        const ResultEntry* r = find(results, side);
        return r ? side + " (" + r->value + ")" : side;
    };
    return shown(left) + " " + op + " " + shown(right);
}

}  // namespace il::core
