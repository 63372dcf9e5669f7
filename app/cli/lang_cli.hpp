// app/cli/lang_cli.hpp — the language at start-up, for both front ends, and
// the translators' command.
//
//   interleave [--lang zh|en] ...          both front ends; also --lang=zh
//   interleave lang-template zh-CN         the demos' texts as a translation
//                                          file, with what is translated kept
//
// The language is, first to last: --lang; INTERLEAVE_LANG (set by --lang
// for the run processes a front end starts, so their words match); the
// window's saved choice (the window applies it itself); the locale
// (LC_ALL, LC_MESSAGES, LANG). Thread rules: called from main() before any
// other thread exists.
#pragma once

#include <string_view>

namespace il::app {

// Removes --lang VALUE / --lang=VALUE from argv, sets the language from it or
// from the environment, and checks the translation files. Returns 0, or the
// exit code (2) after a message on stderr: a bad --lang value, or a
// translation file in INTERLEAVE_LANG_DIR that does not load.
int take_language(int& argc, char** argv);

// True when the language was fixed by --lang or INTERLEAVE_LANG (the window's
// saved choice then does not override it).
bool language_given();

// `interleave lang-template CODE`: prints the demos' translation file for
// CODE (every demo text as a key; translations already made kept, the rest
// ""). Returns the exit code.
int cmd_lang_template(int argc, char** argv);

}  // namespace il::app
