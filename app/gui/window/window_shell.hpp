// app/gui/window/window_shell.hpp — the OS window and everything bound to it: GLFW,
// the OpenGL 3.3 core context (functions loaded by glad), the ImGui context and
// its GLFW/OpenGL3 backends, the per-user ini file, the frame loop with proper
// idling, DPI changes, and screenshots. What is drawn is AppUi's business.
//
// Thread rules: main thread only (GLFW). One WindowShell per process.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "app/gui/shell/app_ui.hpp"
#include "app/gui/shell/options.hpp"

struct GLFWwindow;

namespace il::gui {

class WindowShell {
public:
    explicit WindowShell(GuiOptions options);
    ~WindowShell();  // backends, ImGui context (saving the ini), window, GLFW: in that order
    WindowShell(const WindowShell&) = delete;
    WindowShell& operator=(const WindowShell&) = delete;

    // Creates the window and the contexts. Returns a one-line reason on failure.
    std::string open();
    // Runs frames until the window is closed, Ctrl+Q, SIGINT/SIGTERM, or
    // --frames / --screenshot says stop (after a staged run has settled).
    // Writes --dump-state. Returns the exit code.
    int run();

private:
    std::string create_window();
    void init_imgui();
    void init_ini();
    void restore_geometry();
    void refresh_geometry(SavedState& state) const;
    bool wait_for_events();
    void render_frame();
    int save_screenshot() const;
    void write_state_dump() const;
    void save_ini();
    std::string renderer_description() const;

    static void on_content_scale(GLFWwindow* window, float x, float y);
    static void on_geometry_changed(GLFWwindow* window, int a, int b);
    static void on_refresh(GLFWwindow* window);
    static void on_drop(GLFWwindow* window, int count, const char** paths);

    GuiOptions options_;
    bool glfw_initialised_ = false;
    GLFWwindow* window_ = nullptr;
    bool imgui_glfw_ready_ = false;
    bool imgui_gl_ready_ = false;
    std::string ini_path_;  // where save_ini() writes the layout; empty: not saved
    bool ini_error_reported_ = false;
    std::unique_ptr<AppUi> app_;
    std::chrono::steady_clock::time_point busy_until_;  // draw continuously until then (recent input)
    bool rescale_pending_ = false;
    bool damaged_ = false;  // resized, moved or exposed since the last wait
    int frames_ = 0;        // frames drawn (--dump-state)
    int idle_frames_ = 0;   // … of them without input, while nothing animated: should stay near 0
};

}  // namespace il::gui
