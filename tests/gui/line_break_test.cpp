// tests/gui/line_break_test.cpp — wrapping Chinese as well as English
// (app/gui/shell/line_break.hpp), with a stand-in for the font: every
// character one unit wide, a CJK character two.
#include <doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "app/gui/shell/line_break.hpp"
#include "core/common/utf8.hpp"

using il::gui::break_lines;
using il::gui::has_cjk;

namespace {

float width_of(std::string_view s) { return static_cast<float>(il::utf8::columns(s)); }

std::vector<std::string> lines(std::string_view text, float width) {
    std::vector<std::string> out;
    for (std::string_view l : break_lines(text, width, width_of)) out.emplace_back(l);
    return out;
}

}  // namespace

TEST_CASE("line breaks: a Chinese sentence parts between any two characters, filling each line") {
    // 16 characters, 32 units; 10 units a line: 5 characters each.
    CHECK(lines("死锁就是一个循环等待的环线程互相等", 10) ==
          std::vector<std::string>{"死锁就是一", "个循环等待", "的环线程互", "相等"});
    for (const std::string& l : lines("这是你自己的程序，运行在 Interleave 的运行时上：它的线程和进程都是执行者。", 20))
        CHECK(width_of(l) <= 21);  // at most one closing mark past the edge
}

TEST_CASE("line breaks: closing punctuation never starts a line, opening punctuation never ends one") {
    const auto l = lines("一二三四，五六七八（九十）", 8);
    for (const std::string& line : l) {
        CAPTURE(line);
        CHECK(line.rfind("，", 0) != 0);
        CHECK(line.rfind("）", 0) != 0);
        CHECK(line.find("（") != line.size() - std::string("（").size());
    }
    CHECK(l.front() == "一二三四，");  // the comma hangs on the line it closes
}

TEST_CASE("line breaks: a Latin word stays whole, identifiers inside Chinese included, blanks at a break go") {
    CHECK(lines("Thread-1 等待 mutexB（由 Thread-2 持有）", 12) ==
          std::vector<std::string>{"Thread-1 等", "待 mutexB", "（由", "Thread-2 持", "有）"});
    CHECK(lines("a verylongidentifier b", 5) == std::vector<std::string>{"a", "verylongidentifier", "b"});
    CHECK(lines("one two three", 7) == std::vector<std::string>{"one two", "three"});
}

TEST_CASE("line breaks: newlines always break, an empty line stays, no blank line after a final newline") {
    CHECK(lines("第一行\n\n第三行\n", 40) == std::vector<std::string>{"第一行", "", "第三行"});
    CHECK(lines("", 10) == std::vector<std::string>{""});
}

TEST_CASE("line breaks: only text with CJK characters takes this path") {
    CHECK(has_cjk("死锁"));
    CHECK(has_cjk("a（b"));
    CHECK_FALSE(has_cjk("deadlock: Thread-1 waits — for mutexB → …"));  // dashes and arrows are not CJK
    CHECK_FALSE(has_cjk(""));
}
