// core/common/utf8.hpp — the little UTF-8 the program needs to lay text out:
// how long a character is from its first byte, and how many terminal or
// layout columns a text takes when a CJK character takes two.
// Thread rules: none (pure functions).
#pragma once

#include <cstddef>
#include <string_view>

namespace il::utf8 {

// The bytes of the character whose first byte is `lead` (1 for a stray
// continuation byte, so a walk over bad bytes still ends).
constexpr size_t length(unsigned char lead) { return lead < 0xC0 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

// Columns `s` takes: a character of three bytes or more (U+0800 and up: CJK
// among them) two, any other one. Good enough for labels in a terminal.
constexpr size_t columns(std::string_view s) {
    size_t n = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t len = length(static_cast<unsigned char>(s[i]));
        n += len >= 3 ? 2 : 1;
        i += len;
    }
    return n;
}

}  // namespace il::utf8
