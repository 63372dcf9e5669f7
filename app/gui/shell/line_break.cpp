// app/gui/shell/line_break.cpp — see line_break.hpp.
#include "app/gui/shell/line_break.hpp"

#include <algorithm>
#include <cstdint>

#include "core/common/utf8.hpp"

namespace il::gui {

namespace {

using utf8::length;

char32_t decode(std::string_view s, size_t at, size_t len) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[at + k]); };
    if (at + len > s.size()) return 0xFFFD;
    switch (len) {
        case 1: return b(0);
        case 2: return (char32_t(b(0) & 0x1F) << 6) | (b(1) & 0x3F);
        case 3: return (char32_t(b(0) & 0x0F) << 12) | (char32_t(b(1) & 0x3F) << 6) | (b(2) & 0x3F);
        default:
            return (char32_t(b(0) & 0x07) << 18) | (char32_t(b(1) & 0x3F) << 12) | (char32_t(b(2) & 0x3F) << 6) |
                   (b(3) & 0x3F);
    }
}

// Ideographs, kana, hangul, CJK punctuation and full-width forms: each may
// stand alone on either side of a break.
bool breaks_around(char32_t c) { return c >= 0x2E80; }

// Never at the start of a line.
bool closing(char32_t c) {
    constexpr std::u32string_view k = U"，。、：；！？）」』》〉】〕…—·％ー々ゝゞ";
    return k.find(c) != std::u32string_view::npos || c == U')' || c == U',' || c == U'.' || c == U':' ||
           c == U';' || c == U'!' || c == U'?';
}

// Never at the end of a line.
bool opening(char32_t c) {
    constexpr std::u32string_view k = U"（「『《〈【〔";
    return k.find(c) != std::u32string_view::npos;
}

bool blank(char32_t c) { return c == U' ' || c == U'\t' || c == 0x3000; }

struct Unit {
    size_t begin = 0, end = 0;  // bytes of the text
    bool space = false;         // blanks: a break may replace them
    bool closes = false, opens = false;
};

// The text between two newlines as units: a run of blanks, a Latin word (up
// to a blank or a CJK character), or one CJK character.
std::vector<Unit> units_of(std::string_view s) {
    std::vector<Unit> out;
    size_t i = 0;
    while (i < s.size()) {
        const size_t len = length(static_cast<unsigned char>(s[i]));
        const char32_t c = decode(s, i, len);
        Unit u{i, i + len};
        if (blank(c)) {
            u.space = true;
            while (u.end < s.size()) {
                const size_t l = length(static_cast<unsigned char>(s[u.end]));
                if (!blank(decode(s, u.end, l))) break;
                u.end += l;
            }
        } else if (breaks_around(c)) {
            u.closes = closing(c);
            u.opens = opening(c);
        } else {  // a Latin word: up to a blank or a character that breaks around itself
            while (u.end < s.size()) {
                const size_t l = length(static_cast<unsigned char>(s[u.end]));
                const char32_t d = decode(s, u.end, l);
                if (blank(d) || breaks_around(d)) break;
                u.end += l;
            }
        }
        out.push_back(u);
        i = u.end;
    }
    return out;
}

void break_one(std::string_view s, float width, const std::function<float(std::string_view)>& measure,
               std::vector<std::string_view>& lines) {
    const std::vector<Unit> units = units_of(s);
    size_t k = 0;
    while (k < units.size()) {
        while (k < units.size() && units[k].space) ++k;  // a line starts with no blank
        if (k == units.size()) break;
        const size_t first = k;
        float used = 0.0f;
        size_t last = k;  // one past the last unit on the line
        for (size_t j = k; j < units.size(); ++j) {
            const float w = measure(s.substr(units[j].begin, units[j].end - units[j].begin));
            if (j > first && used + w > width && !units[j].space && !units[j].closes) break;
            used += w;
            last = j + 1;
        }
        // Opening punctuation (and blanks) do not end a line when more follows.
        while (last < units.size() && last > first + 1 && (units[last - 1].opens || units[last - 1].space)) --last;
        size_t end = last;
        while (end > first && units[end - 1].space) --end;
        lines.push_back(s.substr(units[first].begin, units[end - 1].end - units[first].begin));
        k = last;
    }
}

}  // namespace

bool has_cjk(std::string_view s) {
    for (size_t i = 0; i < s.size();) {
        const size_t len = length(static_cast<unsigned char>(s[i]));
        if (len >= 3 && decode(s, i, len) >= 0x2E80) return true;
        i += len;
    }
    return false;
}

std::vector<std::string_view> break_lines(std::string_view text, float width,
                                          const std::function<float(std::string_view)>& measure) {
    std::vector<std::string_view> lines;
    if (text.ends_with('\n')) text.remove_suffix(1);  // as ImGui draws it: no empty line after the last
    while (true) {
        const size_t nl = text.find('\n');
        const std::string_view part = text.substr(0, nl);
        const size_t before = lines.size();
        break_one(part, std::max(width, 1.0f), measure, lines);
        if (lines.size() == before) lines.emplace_back();  // an empty line stays a line
        if (nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
    }
    return lines;
}

}  // namespace il::gui
