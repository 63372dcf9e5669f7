// tests/gui/run_smoke_test.cpp — the real `interleave` window running real
// demos under Xvfb: a learner's keys (xdotool) step the two-lock deadlock
// until its cycle closes; a staged screenshot of it; and the promise that no
// run process outlives the window, however it is closed. The window's own
// --dump-state file says what state it ended in.
#include <doctest.h>

#include <signal.h>

#include <cerrno>
#include <chrono>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "png_reader.hpp"
#include "smoke_util.hpp"

using il::test::ChildResult;
using il::test::TempDir;

namespace {

// "key: value" lines of a --dump-state file.
std::map<std::string, std::string> read_dump(const std::string& path) {
    std::map<std::string, std::string> out;
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);) {
        const size_t colon = line.find(": ");
        if (colon != std::string::npos) out[line.substr(0, colon)] = line.substr(colon + 2);
        else if (line.ends_with(":")) out[line.substr(0, line.size() - 1)] = "";
    }
    return out;
}

std::vector<pid_t> pids_of(const std::map<std::string, std::string>& dump) {
    std::vector<pid_t> pids;
    std::istringstream in(dump.at("run_pid") + " " + dump.at("worker_pids"));
    for (pid_t p = 0; in >> p;)
        if (p > 0) pids.push_back(p);
    return pids;
}

// True once none of `pids` exists any more (within a short grace period).
bool all_gone(const std::vector<pid_t>& pids) {
    for (int i = 0; i < 100; ++i) {
        bool any = false;
        for (pid_t p : pids) any |= !(::kill(p, 0) == -1 && errno == ESRCH);
        if (!any) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

// A binary PPM (P6), as ImageMagick's `import` writes it.
struct Ppm {
    int width = 0, height = 0;
    std::vector<uint8_t> rgb;
};
Ppm read_ppm(const std::string& path) {
    Ppm img;
    std::ifstream in(path, std::ios::binary);
    std::string magic;
    int maxval = 0;
    in >> magic >> img.width >> img.height >> maxval;
    in.get();
    if (magic != "P6" || maxval != 255) return {};
    img.rgb.resize(static_cast<size_t>(img.width) * static_cast<size_t>(img.height) * 3);
    in.read(reinterpret_cast<char*>(img.rgb.data()), static_cast<std::streamsize>(img.rgb.size()));
    return img;
}

// colour::kOutcomeBadFill: the status bar's chip for a deadlock.
constexpr il::test::Rgb kBadFill{150, 40, 30};

// The learner's session: open the window on the two-lock demo in step mode,
// focus it, press F10 (step any) $IL_PRESSES times, grab the screen, Ctrl+Q.
// The window's appearance and focus, and Ctrl+Q until it closes: the bracket
// of every keyboard script ($app is the interleave started before).
const std::string kFindWindow = R"(
wid=""
for i in $(seq 100); do
  wid=$(xdotool search --onlyvisible --name '^Interleave$' 2>/dev/null | head -n1)
  [ -n "$wid" ] && break
  sleep 0.1
done
[ -n "$wid" ] || { echo "the window did not appear" >&2; kill $app; exit 3; }
timeout 5 xdotool windowfocus --sync "$wid" || xdotool windowfocus "$wid"
sleep 1
)";
const std::string kQuitWindow = R"(
for i in $(seq 10); do
  sleep 0.5
  kill -0 $app 2>/dev/null || break
  xdotool key ctrl+q
done
sleep 0.5
kill -0 $app 2>/dev/null && { echo "Ctrl+Q did not close the window" >&2; kill $app; wait $app; exit 4; }
wait $app
)";

const std::string kKeyboardScript = R"(
set -u
"$IL_EXE" --demo deadlock.two_locks --mode step --size 1280x800 --reset-layout --dump-state "$IL_DUMP" &
app=$!
)" + kFindWindow + R"(
for i in $(seq "$IL_PRESSES"); do xdotool key F10; sleep 0.1; done
sleep 1
import -window root -depth 8 "$IL_SHOT"
# Ctrl+Q, again if a key got lost while the screen was being grabbed.
)" + kQuitWindow;

}  // namespace

TEST_CASE("smoke: a learner steps the two-lock deadlock with the keyboard until the cycle closes") {
    if (!il::test::have_tool("xdotool", "xdotool") || !il::test::have_tool("import", "imagemagick")) return;
    TempDir dir("keys");
    const std::string dump = (dir.path / "state.txt").string(), shot = (dir.path / "screen.ppm").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()},
                                      {"IL_EXE", il::test::kExe},
                                      {"IL_DUMP", dump},
                                      {"IL_SHOT", shot},
                                      {"IL_PRESSES", "40"}};
    ChildResult r;
    if (!il::test::run_on_xvfb({"bash", "-c", kKeyboardScript}, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    CHECK(r.exit_code == 0);
    const auto state = read_dump(dump);
    REQUIRE(state.count("outcome"));
    CHECK(state.at("mode") == "step");
    CHECK(state.at("demo") == "deadlock.two_locks");
    CHECK(state.at("outcome").rfind("deadlock: ", 0) == 0);
    CHECK(state.at("cycle").find("mutexA") != std::string::npos);
    CHECK(std::stoi(state.at("steps")) >= 8);
    CHECK(all_gone(pids_of(state)));

    const Ppm screen = read_ppm(shot);
    REQUIRE(screen.width == 1600);
    CHECK(il::test::count_colour(screen.rgb, 3, kBadFill) > 100);  // the red outcome chip
}

TEST_CASE("smoke: --screenshot stages a stepped deadlock headless and the picture shows it") {
    TempDir dir("staged");
    const std::string png = (dir.path / "deadlock.png").string(), dump = (dir.path / "state.txt").string();
    ChildResult r;
    if (!il::test::interleave_on_xvfb({"--demo", "deadlock.two_locks", "--mode", "step", "--steps", "200",
                                       "--screenshot", png, "--size", "1280x800", "--dump-state", dump},
                                      {}, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const auto state = read_dump(dump);
    CHECK(state.at("outcome").rfind("deadlock: ", 0) == 0);
    const auto decoded = il::test::decode_png(il::test::read_file(png));
    CHECK(il::test::count_colour(decoded.image, kBadFill) > 100);
    CHECK(all_gone(pids_of(state)));
}

TEST_CASE("smoke: no run process outlives the window — closed after its frames, or sent SIGTERM") {
    TempDir dir("leftovers");
    const std::string dump = (dir.path / "state.txt").string();
    // A process demo, stepped until it has child processes parked at a checkpoint.
    const std::vector<std::string> stage = {"--demo", "fork.two_forks", "--mode", "step", "--steps", "12",
                                            "--dump-state", dump, "--reset-layout"};
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}};
    ChildResult r;
    std::vector<std::string> args = stage;
    args.insert(args.end(), {"--frames", "20"});
    if (!il::test::interleave_on_xvfb(args, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    auto state = read_dump(dump);
    const auto pids = pids_of(state);
    CHECK(pids.size() >= 2);  // the run process and at least one forked child
    CHECK(all_gone(pids));

    // The same, ended by SIGTERM (as a desktop session or `kill` would).
    std::string script = "\"$IL_EXE\"";
    for (const std::string& a : stage) script += " '" + a + "'";
    script += " & app=$!; sleep 4; kill -TERM $app; wait $app";
    il::test::EnvChanges with_exe = env;
    with_exe["IL_EXE"] = il::test::kExe;
    if (!il::test::run_on_xvfb({"bash", "-c", script}, with_exe, dir.path.string(), r)) return;
    CHECK(r.exit_code == 0);
    state = read_dump(dump);
    CHECK(pids_of(state).size() >= 2);
    CHECK(all_gone(pids_of(state)));
}

TEST_CASE("smoke: an idle window draws nothing — with no run, and with a step run waiting for the learner") {
    TempDir dir("idle");
    const std::string dump = (dir.path / "state.txt").string();
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}, {"IL_EXE", il::test::kExe}};
    for (const std::string stage : {"", " --demo deadlock.two_locks --mode step --steps 5"}) {
        CAPTURE(stage);
        // Four seconds without input, then SIGTERM: the first second after the
        // start draws (layout), the rest must not.
        const std::string script = "\"$IL_EXE\" --reset-layout --dump-state '" + dump + "'" + stage +
                                   " & app=$!; sleep 5; kill -TERM $app; wait $app";
        ChildResult r;
        if (!il::test::run_on_xvfb({"bash", "-c", script}, env, dir.path.string(), r)) return;
        CHECK(r.exit_code == 0);
        const auto state = read_dump(dump);
        REQUIRE(state.count("idle_frames"));
        CHECK(std::stoi(state.at("frames")) > 0);
        CHECK(std::stoi(state.at("idle_frames")) <= 2);  // an expose or two, not 2 frames a second
    }
}

TEST_CASE("smoke: a run process killed from outside leaves no workers alive in the window's --dump-state") {
    TempDir dir("killed");
    const std::string dump = (dir.path / "state.txt").string();
    // Nine workers sleeping between lines for ~8 s; kill the run process (the
    // window's child named interleave-run) under the window, then close it.
    const std::string script =
        "\"$IL_EXE\" --demo thread.order --mode run --param threads=8 --param rounds=8 --param pause=1 "
        "--reset-layout --dump-state '" + dump + "' & app=$!; sleep 3; "
        "run=$(pgrep -P $app -x interleave-run); [ -n \"$run\" ] || { echo 'no run process' >&2; kill $app; exit 3; }; "
        "kill -KILL $run; sleep 1; kill -TERM $app; wait $app";
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()}, {"IL_EXE", il::test::kExe}};
    ChildResult r;
    if (!il::test::run_on_xvfb({"bash", "-c", script}, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const auto state = read_dump(dump);
    REQUIRE(state.count("workers_alive"));
    CHECK(state.at("workers_alive") == "0");
    CHECK(state.at("outcome").find("killed by SIGKILL") != std::string::npos);
    CHECK(all_gone(pids_of(state)));
}

TEST_CASE("smoke: `interleave prog.py` opens the window on a Python program and steps it to its deadlock") {
    TempDir dir("python");
    const std::string prog = (dir.path / "locks.py").string(), dump = (dir.path / "state.txt").string(),
                      png = (dir.path / "py.png").string();
    std::ofstream(prog) << "import threading, time\n"
                           "mutexA = threading.Lock()\nmutexB = threading.Lock()\n"
                           "def one():\n    with mutexA:\n        time.sleep(0.1)\n        with mutexB: pass\n"
                           "def two():\n    with mutexB:\n        time.sleep(0.1)\n        with mutexA: pass\n"
                           "a = threading.Thread(target=one); b = threading.Thread(target=two)\n"
                           "a.start(); b.start(); a.join(); b.join()\n";
    ChildResult r;
    if (!il::test::interleave_on_xvfb({prog, "--mode", "step", "--steps", "200", "--screenshot", png, "--size",
                                       "1280x800", "--dump-state", dump},
                                      {}, dir.path.string(), r))
        return;
    CAPTURE(r.err);
    REQUIRE(r.exit_code == 0);
    const auto state = read_dump(dump);
    CHECK(state.at("demo") == prog);
    CHECK(state.at("outcome") == "deadlock: Thread-1 (one) waits for mutexB held by Thread-2 (two), which waits for "
                                 "mutexA held by Thread-1 (one)");
    CHECK(all_gone(pids_of(state)));
}

namespace {

// The teacher's edit in front of the class: open the program, F4 to edit,
// turn line 7's `mutexB.acquire()` into `mutexB.acquire(timeout=1)` with the
// keyboard, F5 (which saves, then runs), wait, Ctrl+Q.
const std::string kEditScript = R"(
set -u
"$IL_EXE" "$IL_PROG" --size 1280x800 --reset-layout --dump-state "$IL_DUMP" &
app=$!
)" + kFindWindow + R"(
xdotool key F4; sleep 1
xdotool key ctrl+Home; sleep 0.3
for i in $(seq 6); do xdotool key Down; sleep 0.1; done
xdotool key End; sleep 0.2; xdotool key Left; sleep 0.1; xdotool key Left; sleep 0.3
xdotool type --delay 80 'timeout=1'; sleep 1
xdotool key F5; sleep 6
)" + kQuitWindow;

}  // namespace

TEST_CASE("smoke: a teacher edits the deadlocking program in the window (F4), adds a timeout, presses F5: the file is saved and the run completes") {
    if (!il::test::have_tool("xdotool", "xdotool")) return;
    TempDir dir("edit");
    const std::string prog = (dir.path / "locks.py").string(), dump = (dir.path / "state.txt").string();
    std::ofstream(prog) << "import threading, time\n"
                           "mutexA = threading.Lock()\nmutexB = threading.Lock()\n"
                           "def one():\n"
                           "    with mutexA:\n"
                           "        time.sleep(0.2)\n"
                           "        if mutexB.acquire():\n"  // line 7: the teacher's edit
                           "            mutexB.release()\n"
                           "def two():\n    with mutexB:\n        time.sleep(0.2)\n        with mutexA: pass\n"
                           "a = threading.Thread(target=one); b = threading.Thread(target=two)\n"
                           "a.start(); b.start(); a.join(); b.join()\nprint('no deadlock')\n";
    const il::test::EnvChanges env = {{"XDG_CONFIG_HOME", (dir.path / "config").string()},
                                      {"IL_EXE", il::test::kExe},
                                      {"IL_PROG", prog},
                                      {"IL_DUMP", dump}};
    ChildResult r;
    if (!il::test::run_on_xvfb({"bash", "-c", kEditScript}, env, dir.path.string(), r)) return;
    CAPTURE(r.err);
    CHECK(r.exit_code == 0);
    std::ifstream in(prog);
    const std::string saved((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(saved.find("        if mutexB.acquire(timeout=1):\n") != std::string::npos);
    const auto state = read_dump(dump);
    REQUIRE(state.count("outcome"));
    CHECK(state.at("demo") == prog);
    CHECK(state.at("mode") == "run");
    CHECK(state.at("outcome") == "completed");
    CHECK(all_gone(pids_of(state)));
}
