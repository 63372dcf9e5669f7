// app/gui/window/gui_main.hpp — the window front end: a GLFW window with an OpenGL 3.3
// core context, Dear ImGui with docking, the panels (AppUi), screenshots.
//
// Exit codes: 0 closed normally (or screenshot written), 1 the screenshot could
// not be written, 2 bad flags or no display to open a window on.
//
// Thread rules: call from the main thread (GLFW requires it).
#pragma once

namespace il::gui {

// `interleave [flags]`: parses the window's flags and runs the window until it
// is closed. Prints usage/errors itself; returns the process exit code.
int gui_main(int argc, char** argv);

}  // namespace il::gui
