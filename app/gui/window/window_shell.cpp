// app/gui/window/window_shell.cpp — GLFW, OpenGL, ImGui backends, the frame loop and
// screenshots; see window_shell.hpp.
#include "app/gui/window/window_shell.hpp"

#include "core/common/i18n.hpp"

// glad before GLFW: GLFW must not pull in a system GL header of its own.
#include <glad/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "app/gui/shell/controls.hpp"
#include "app/gui/shell/fonts.hpp"
#include "app/gui/shell/panels.hpp"
#include "app/gui/shell/png_writer.hpp"
#include "app/gui/shell/settings.hpp"
#include "app/gui/session/status_text.hpp"
#include "app/gui/shell/theme.hpp"
#include "core/common/i18n.hpp"
#include "core/io/file_write.hpp"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "imgui_internal.h"  // MarkIniSettingsDirty, InputEventsQueue

#ifndef IL_VERSION
#define IL_VERSION "unknown"
#endif

namespace il::gui {

using i18n::tr;
using i18n::trf;

namespace {

constexpr const char* kTitle = "Interleave";
constexpr const char* kGlslVersion = "#version 330 core";
constexpr int kDefaultWidth = 1280;
constexpr int kDefaultHeight = 800;
// A first window never covers more than this share of the monitor's work area.
constexpr float kMaxShareOfWorkArea = 0.9f;
// With nothing animating, the loop sleeps in glfwWaitEventsTimeout for up to this long.
constexpr double kIdleWaitSeconds = 0.5;
// After input, keep drawing at the display's rate for this long (hover states,
// tooltip delays, docking previews and layout changes need a few frames to
// settle) before idling again.
constexpr std::chrono::milliseconds kBusyAfterInput{1000};
// A screenshot (or --frames exit) of a staged run waits until the run has
// settled, and then this many more frames: the trace store commits events one
// drain late, and the panels need a frame to lay out what they got.
constexpr int kSettleFrames = 5;
// … but never longer than this: a run that does not settle is shot as it is.
constexpr std::chrono::seconds kStageTimeout{60};

// SIGINT/SIGTERM end the frame loop like Ctrl+Q, so the run is stopped and
// the layout saved. Checked at least every kIdleWaitSeconds.
volatile std::sig_atomic_t g_quit_signal = 0;
extern "C" void on_quit_signal(int) { g_quit_signal = 1; }

std::string g_glfw_error;  // the last GLFW error, for one-line failure messages

void on_glfw_error(int code, const char* description) {
    g_glfw_error = description != nullptr ? description : "GLFW error " + std::to_string(code);
}

std::string glfw_reason(const char* fallback) { return g_glfw_error.empty() ? fallback : g_glfw_error; }

// True when (x, y), the saved top-left corner, lies inside some monitor's work area.
bool on_some_monitor(int x, int y) {
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0, mw = 0, mh = 0;
        glfwGetMonitorWorkarea(monitors[i], &mx, &my, &mw, &mh);
        if (x >= mx && y >= my && x < mx + mw && y < my + mh) return true;
    }
    return false;
}

// The default size, scaled for the primary monitor and kept inside its work area.
std::pair<int, int> default_window_size() {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    if (monitor == nullptr) return {kDefaultWidth, kDefaultHeight};
    const float scale = ImGui_ImplGlfw_GetContentScaleForMonitor(monitor);
    int mx = 0, my = 0, mw = 0, mh = 0;
    glfwGetMonitorWorkarea(monitor, &mx, &my, &mw, &mh);
    int w = static_cast<int>(static_cast<float>(kDefaultWidth) * scale);
    int h = static_cast<int>(static_cast<float>(kDefaultHeight) * scale);
    if (mw > 0 && mh > 0) {
        w = std::min(w, static_cast<int>(static_cast<float>(mw) * kMaxShareOfWorkArea));
        h = std::min(h, static_cast<int>(static_cast<float>(mh) * kMaxShareOfWorkArea));
    }
    return {std::max(w, kMinWindowSide), std::max(h, kMinWindowSide)};
}

WindowShell& shell_of(GLFWwindow* window) { return *static_cast<WindowShell*>(glfwGetWindowUserPointer(window)); }

}  // namespace

// Files dropped onto the window (a .py program, a saved run, a schedule): the
// first one is opened; GLFW calls this between frames, on the GUI thread.
void WindowShell::on_drop(GLFWwindow* window, int count, const char** paths) {
    WindowShell& shell = shell_of(window);
    if (count < 1 || !shell.app_) return;
    open_dropped_file(shell.app_->state(), paths[0]);
    glfwPostEmptyEvent();
}

WindowShell::WindowShell(GuiOptions options) : options_(std::move(options)) {}

WindowShell::~WindowShell() {
    if (imgui_gl_ready_) ImGui_ImplOpenGL3_Shutdown();
    if (imgui_glfw_ready_) ImGui_ImplGlfw_Shutdown();
    // Saves the ini (the window must still exist: its geometry is written too)
    // before app_ goes, whose SavedState the ini handler writes.
    if (ImGui::GetCurrentContext() != nullptr) {
        save_ini();
        ImGui::DestroyContext();
    }
    app_.reset();
    if (window_ != nullptr) glfwDestroyWindow(window_);
    if (glfw_initialised_) glfwTerminate();
}

std::string WindowShell::open() {
    glfwSetErrorCallback(on_glfw_error);
    if (glfwInit() == GLFW_FALSE)
        return trf("cannot open a window ({reason})", {{"reason", glfw_reason(tr("GLFW could not initialise"))}});
    glfw_initialised_ = true;
    if (std::string error = create_window(); !error.empty()) return error;
    init_imgui();
    return {};
}

std::string WindowShell::create_window() {
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);  // shown once the saved geometry is applied
    const auto [w, h] = options_.width > 0 ? std::pair{options_.width, options_.height} : default_window_size();
    window_ = glfwCreateWindow(w, h, kTitle, nullptr, nullptr);
    if (window_ == nullptr)
        return trf("cannot create an OpenGL 3.3 core window ({reason})", {{"reason", glfw_reason(tr("no reason given"))}});
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);  // vsync
    if (gladLoadGL(glfwGetProcAddress) == 0) return tr("cannot load the OpenGL 3.3 functions");
    glfwSetWindowUserPointer(window_, this);
    glfwSetWindowContentScaleCallback(window_, on_content_scale);
    glfwSetWindowPosCallback(window_, on_geometry_changed);
    glfwSetWindowSizeCallback(window_, on_geometry_changed);
    glfwSetWindowRefreshCallback(window_, on_refresh);  // exposed again: redraw even when idle
    glfwSetDropCallback(window_, on_drop);
    return {};
}

void WindowShell::init_imgui() {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_DockingEnable;
    io.IniFilename = nullptr;  // never ImGui's default, imgui.ini in the working directory
    AppUiOptions app_options{options_.demo, renderer_description(), std::nullopt};
    const char* lang = std::getenv("INTERLEAVE_LANG");  // --lang sets it (app/cli/lang_cli.hpp)
    app_options.language_given = lang != nullptr && *lang != '\0';
    app_options.present = options_.present;
    app_options.welcome = !options_.screenshot && options_.demo.empty() && !options_.mode;
    if (options_.mode)
        app_options.stage = StageRequest{options_.demo,  *options_.mode,    options_.params, options_.schedule,
                                         options_.steps, options_.find_bug, options_.expect,
                                         options_.challenge, options_.answer};
    app_ = std::make_unique<AppUi>(std::move(app_options));
    app_->saved().refresh_before_write = [this](SavedState& state) { refresh_geometry(state); };
    init_ini();
    restore_geometry();

    imgui_glfw_ready_ = ImGui_ImplGlfw_InitForOpenGL(window_, true);
    imgui_gl_ready_ = ImGui_ImplOpenGL3_Init(kGlslVersion);

    // After the GLFW backend: its content-scale query knows Wayland's quirks.
    set_dpi_scale(ImGui_ImplGlfw_GetContentScaleForWindow(window_));
    apply_style();
    load_fonts();
    glfwShowWindow(window_);
    if (!options_.screenshot && !options_.reset_layout && app_->saved().window.maximized) glfwMaximizeWindow(window_);
}

// Screenshots use the default layout and save nothing, so they are the same on
// every machine. --reset-layout starts from the default but saves as usual.
void WindowShell::init_ini() {
    if (options_.screenshot) return;
    const auto dir = config_dir_from_environment();
    if (!dir) {
        std::fprintf(stderr, "interleave: %s\n",
                     tr("neither XDG_CONFIG_HOME nor HOME is set; the layout will not be saved"));
        return;
    }
    std::error_code ec;
    std::filesystem::create_directories(*dir, ec);
    if (ec) {
        std::fprintf(stderr, "interleave: %s\n",
                     trf("cannot create {folder} ({error}); the layout will not be saved",
                         {{"folder", dir->string()}, {"error", ec.message()}})
                         .c_str());
        return;
    }
    // io.IniFilename stays null: ImGui would write the file in place (a crash
    // mid-write loses the layout); save_ini() writes it through write_file.
    ini_path_ = (*dir / kIniFileName).string();
    if (options_.reset_layout)
        ImGui::LoadIniSettingsFromMemory("", 0);  // counts as loaded: the file is not read
    else
        ImGui::LoadIniSettingsFromDisk(ini_path_.c_str());
}

void WindowShell::restore_geometry() {
    if (options_.screenshot || options_.reset_layout || options_.width > 0) return;
    const WindowGeometry& g = app_->saved().window;
    if (g.has_size) glfwSetWindowSize(window_, std::max(g.width, kMinWindowSide), std::max(g.height, kMinWindowSide));
    if (g.has_position && on_some_monitor(g.x, g.y)) glfwSetWindowPos(window_, g.x, g.y);
}

void WindowShell::refresh_geometry(SavedState& state) const {
    if (window_ == nullptr || glfwGetWindowAttrib(window_, GLFW_ICONIFIED) != 0) return;
    WindowGeometry& g = state.window;
    g.maximized = glfwGetWindowAttrib(window_, GLFW_MAXIMIZED) != 0;
    if (g.maximized) return;  // keep the un-maximized geometry to restore to
    glfwGetWindowPos(window_, &g.x, &g.y);
    glfwGetWindowSize(window_, &g.width, &g.height);
    g.has_position = g.has_size = true;
}

int WindowShell::run() {
    std::signal(SIGINT, on_quit_signal);
    std::signal(SIGTERM, on_quit_signal);
    const int min_frames = options_.frames.value_or(options_.screenshot ? kDefaultScreenshotFrames : 0);
    const bool exits_by_itself = options_.screenshot || options_.frames;
    const auto give_up = std::chrono::steady_clock::now() + kStageTimeout;
    int frame = 0, settled_frames = 0, exit_code = 0;
    busy_until_ = std::chrono::steady_clock::now() + kBusyAfterInput;  // the first frames lay the window out
    bool shot = false;
    while (glfwWindowShouldClose(window_) == GLFW_FALSE && !app_->quit_requested() && g_quit_signal == 0) {
        if (!wait_for_events()) continue;
        if (glfwGetWindowAttrib(window_, GLFW_ICONIFIED) != 0 && !options_.screenshot) continue;
        render_frame();
        ++frame;
        frames_ = frame;
        settled_frames = app_->scene_settled() ? settled_frames + 1 : 0;
        const bool timed_out = std::chrono::steady_clock::now() > give_up;
        const bool done = exits_by_itself && frame >= min_frames && (settled_frames >= kSettleFrames || timed_out);
        if (done && settled_frames < kSettleFrames)
            std::fprintf(stderr, "interleave: the staged run had not settled after %lld s; going on as it is\n",
                         static_cast<long long>(kStageTimeout.count()));
        if (done && options_.screenshot) {  // the back buffer, before the swap
            exit_code = save_screenshot();
            shot = true;
            break;
        }
        glfwSwapBuffers(window_);
        if (done) break;
    }
    app_->keep_unsaved_edits();
    write_state_dump();
    if (options_.screenshot && !shot) {
        std::fprintf(stderr, "interleave: the window was closed before the screenshot was taken\n");
        return 1;
    }
    return exit_code;
}

// --dump-state: the session as text, while the run (if any) is still there to describe.
void WindowShell::write_state_dump() const {
    if (options_.dump_state.empty()) return;
    std::ostringstream out;
    out << state_dump(app_->state().session());
    out << "frames: " << frames_ << "\nidle_frames: " << idle_frames_ << "\n";
    // Where each panel was last drawn, in framebuffer pixels (x y width height),
    // and whether it was on screen ("shown") or a tab behind another ("tab"),
    // so a screenshot can be checked panel by panel.
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    for (const char* title : {panel_title::kDemos, panel_title::kRunControls, panel_title::kTimeline,
                              panel_title::kWaitGraph, panel_title::kSource, panel_title::kConsole,
                              panel_title::kInspector, panel_title::kProcessTree}) {
        const ImGuiWindow* w = ImGui::FindWindowByName(title);
        if (!w || !w->WasActive) continue;
        out << "panel: " << std::string_view(title).substr(0, std::string_view(title).find("###")) << " | " << static_cast<int>(w->Pos.x * scale.x) << ' '
            << static_cast<int>(w->Pos.y * scale.y) << ' ' << static_cast<int>(w->Size.x * scale.x) << ' '
            << static_cast<int>(w->Size.y * scale.y) << (w->Hidden ? " tab" : " shown") << "\n";
    }
    // Every text of the language on screen, looked up in both fonts: a
    // character neither can draw would show as the missing-glyph box.
    std::u32string missing;
    for (const auto& [english, translated] : i18n::table(i18n::language()).strings)
        for (char32_t c : missing_glyphs(translated))
            if (missing.find(c) == std::u32string::npos) missing.push_back(c);
    out << "language: " << i18n::code(i18n::language()) << "\nmissing_glyphs: " << missing.size();
    for (char32_t c : missing) out << " U+" << std::hex << static_cast<uint32_t>(c) << std::dec;
    out << "\n";
    try {
        il::core::write_file(options_.dump_state, out.str(), N_("state dump"));
    } catch (const il::core::FileWriteError& e) {
        std::fprintf(stderr, "interleave: %s\n", e.what());
    }
}

// Returns false for an idle wake-up: the wait timed out with no input, no
// damage and no change in the run, so there is nothing new to draw.
bool WindowShell::wait_for_events() {
    const auto now = std::chrono::steady_clock::now();
    const bool animating =
        options_.screenshot || options_.frames || ImGui::GetIO().WantTextInput || now < busy_until_ || app_->animating();
    const bool iconified = glfwGetWindowAttrib(window_, GLFW_ICONIFIED) != 0;
    if (animating && !iconified) {
        glfwPollEvents();
        return true;
    }
    damaged_ = false;
    glfwWaitEventsTimeout(kIdleWaitSeconds);
    const bool input = ImGui::GetCurrentContext()->InputEventsQueue.Size > 0;
    if (input) busy_until_ = std::chrono::steady_clock::now() + kBusyAfterInput;
    // A run parked for the learner is still polled: it may have been killed from outside.
    const bool draw = input || damaged_ || app_->state().session().poll();
    if (draw && !input) ++idle_frames_;
    return draw;
}

// With io.IniFilename null, ImGui asks for the save through WantSaveIniSettings.
void WindowShell::save_ini() {
    ImGuiIO& io = ImGui::GetIO();
    io.WantSaveIniSettings = false;
    if (ini_path_.empty()) return;
    size_t size = 0;
    const char* text = ImGui::SaveIniSettingsToMemory(&size);
    try {
        il::core::write_file(ini_path_, std::string_view(text, size), N_("layout file"));
    } catch (const il::core::FileWriteError& e) {
        if (!ini_error_reported_)
            std::fprintf(stderr, "interleave: %s\n", trf("{error}; the layout will not be saved", {{"error", e.what()}}).c_str());
        ini_error_reported_ = true;
    }
}

void WindowShell::render_frame() {
    if (rescale_pending_) {  // moved to a monitor with another DPI: rebuild the style between frames
        rescale_pending_ = false;
        set_dpi_scale(ImGui_ImplGlfw_GetContentScaleForWindow(window_));
        apply_style();
    }
    app_->prepare_frame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    app_->draw_frame();
    ImGui::Render();
    if (ImGui::GetIO().WantSaveIniSettings) save_ini();

    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 clear = ImGui::ColorConvertU32ToFloat4(colour::kWindowClear);
    glClearColor(clear.x, clear.y, clear.z, clear.w);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

int WindowShell::save_screenshot() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    Image image{w, h, 3, std::vector<uint8_t>(static_cast<size_t>(w) * static_cast<size_t>(h) * 3)};
    while (glGetError() != GL_NO_ERROR) {
    }  // drop stale errors so the check below is about the read
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, image.pixels.data());
    if (const GLenum error = glGetError(); error != GL_NO_ERROR) {
        std::fprintf(stderr, "interleave: reading the window's pixels failed (OpenGL error 0x%04x)\n", error);
        return 1;
    }
    flip_rows(image);  // OpenGL's rows run bottom to top
    if (const std::string error = write_png(*options_.screenshot, image); !error.empty()) {
        std::fprintf(stderr, "interleave: %s\n", error.c_str());
        return 1;
    }
    std::printf("interleave: wrote %s (%dx%d)\n", options_.screenshot->c_str(), w, h);
    return 0;
}

std::string WindowShell::renderer_description() const {
    const auto gl_string = [](GLenum name) {
        const GLubyte* s = glGetString(name);
        return s != nullptr ? std::string(reinterpret_cast<const char*>(s)) : std::string("?");
    };
    return std::string("Interleave ") + IL_VERSION + "\n" +
           trf("OpenGL {version} on {renderer}", {{"version", gl_string(GL_VERSION)}, {"renderer", gl_string(GL_RENDERER)}}) +
           "\nGLFW " + glfwGetVersionString();
}

void WindowShell::on_content_scale(GLFWwindow* window, float, float) {
    shell_of(window).rescale_pending_ = true;
    shell_of(window).damaged_ = true;
}

void WindowShell::on_refresh(GLFWwindow* window) { shell_of(window).damaged_ = true; }

void WindowShell::on_geometry_changed(GLFWwindow* window, int, int) {
    shell_of(window).damaged_ = true;
    if (ImGui::GetCurrentContext() != nullptr)
        ImGui::MarkIniSettingsDirty();  // the ini also keeps the window's geometry
}

}  // namespace il::gui
