// python/host.cpp — a .py program as a run target (see host.hpp).
//
// The run process initialises Debian's CPython (libpython3.11) on its main
// worker, imports the embedded _interleave module, executes the boot shim,
// and calls its run(): the program runs as __main__ with its own directory
// on sys.path and sys.argv = [path]. When it returns, the main worker lets go
// of the GIL for good (the program's threads still need it while the runtime
// joins them) and ends with the program's exit status. The interpreter is
// never finalised: the run process exits right after.
#include "python/host.hpp"

#include <Python.h>
#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include <sys/stat.h>

#include <cerrno>
#include <csignal>
#include <climits>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <string>

#include "core/common/i18n.hpp"
#include "core/io/file_input.hpp"
#include "core/runtime/registry.hpp"
#include "core/runtime/runtime.hpp"
#include "python/catalogue.hpp"
#include "python/bridge.hpp"

namespace py = pybind11;

namespace il::python {

// The boot modules' sources (generated from python/boot/*.py).
const char* boot_source_text();
const char* objects_source_text();
const char* threads_source_text();
const char* steps_source_text();
const char* outside_source_text();
const char* processes_source_text();
const char* pool_source_text();
const char* futures_source_text();
const char* manager_source_text();

namespace {

constexpr uint64_t kMaxProgramBytes = 4u << 20;  // a course program is a few KB

bool is_program_id(std::string_view id) { return id.size() > 3 && id.substr(id.size() - 3) == ".py"; }

std::string absolute(std::string_view path) {
    char buf[PATH_MAX];
    if (::realpath(std::string(path).c_str(), buf) != nullptr) return buf;
    return std::string(path);
}

void run_program(core::RunContext& ctx) {
    const std::string path = absolute(ctx.target());
    set_program_path(path);
    // As python3 does at start-up: a write to a closed pipe or socket raises
    // BrokenPipeError instead of killing the process (a Manager's server
    // writing to a client that has gone). Forked processes inherit it.
    std::signal(SIGPIPE, SIG_IGN);
    PyConfig config;
    PyConfig_InitPythonConfig(&config);
    config.install_signal_handlers = 0;  // signals are the run's business (stop, observer death)
    config.buffered_stdio = 0;
    config.parse_argv = 0;
    config.safe_path = 1;  // the boot shim puts the program's own directory first
    if (core::stepping()) {
        // One hash seed, so set and dict-of-str orders — and with them the
        // lines a program runs — are the same in a step run and its replay.
        config.use_hash_seed = 1;
        config.hash_seed = 0;
    }
    PyStatus st = PyConfig_SetBytesString(&config, &config.program_name, "python3");
    if (!PyStatus_Exception(st)) st = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(st)) {
        core::print_unchecked(std::string("interleave: cannot start Python: ") + (st.err_msg ? st.err_msg : "?") + "\n",
                              0);
        throw core::ProgramExit{1};
    }
    int code = 1;
    {
        py::gil_scoped_acquire gil;  // the main thread holds it after initialisation; this keeps the count right
        try {
            // interleave_steps: importable by the boot shim, never from a file.
            // Each module compiled under an "<interleave …>" name, so tracebacks can
            // leave its frames out, and put in sys.modules (in dependency order),
            // so the boot shim imports them; none is ever read from a file.
            // The process modules only for a program that uses processes: the
            // boot shim compiles them from LAZY_SOURCES when it needs them
            // (about 11 ms a threads-only program does not spend).
            const py::object compile = py::module_::import("builtins").attr("compile");
            const py::object exec = py::module_::import("builtins").attr("exec");
            const std::pair<const char*, const char* (*)()> modules[] = {
                {"objects", &objects_source_text}, {"threads", &threads_source_text}, {"steps", &steps_source_text},
                {"outside", &outside_source_text}};
            py::dict lazy;
            lazy["processes"] = processes_source_text();
            lazy["pool"] = pool_source_text();
            lazy["futures"] = futures_source_text();
            lazy["manager"] = manager_source_text();
            for (const auto& [stem, text] : modules) {
                const std::string name = std::string("interleave_") + stem, file = std::string("<interleave ") + stem + ">";
                py::module_ mod = py::module_::import("types").attr("ModuleType")(name);
                mod.attr("__file__") = file;
                py::module_::import("sys").attr("modules")[name.c_str()] = mod;
                exec(compile(text(), file, "exec"), mod.attr("__dict__"));
            }
            py::dict ns;
            ns["__name__"] = "interleave_boot";
            ns["__builtins__"] = py::module_::import("builtins");
            ns["LAZY_SOURCES"] = lazy;
            exec(compile(boot_source_text(), "<interleave boot>", "exec"), ns);
            code = ns["run"](path, py::cast(ctx.program_args()), ctx.params().get_choice("granularity")).cast<int>();
        } catch (py::error_already_set& e) {
            if (e.matches(py::module_::import("_interleave").attr("RunStopped"))) {
                PyEval_SaveThread();
                throw core::RunStopped{};
            }
            core::print_unchecked(std::string("interleave: the Python boot failed: ") + e.what() + "\n", 0);
            code = 1;
        }
    }
    PyEval_SaveThread();  // from here on the program's threads take the GIL without us
    if (code != 0) throw core::ProgramExit{code};
}

// The comment block a program opens with, without its "# " marks: an
// example's own words about what it shows.
std::string leading_comment(std::string_view text) {
    std::string out;
    size_t at = 0;
    while (at < text.size() && text[at] == '#') {
        size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at + 1, end - at - 1);
        if (!line.empty() && line.front() == ' ') line.remove_prefix(1);
        // A blank comment line ends a paragraph; an indented one (a command) keeps its own line.
        const bool own_line = !line.empty() && line.front() == ' ';
        if (!out.empty()) out += line.empty() ? "\n\n" : (out.back() == '\n' ? "" : own_line ? "\n" : " ");
        if (own_line && !out.empty() && out.back() != '\n') out += "\n";
        out += line;
        at = end + 1;
    }
    return out;
}

std::optional<core::ProgramRecord> load(std::string_view id, std::string& error) {
    if (!is_program_id(id)) return std::nullopt;
    core::ProgramRecord rec;
    try {
        rec.text = core::read_bounded_file(std::string(id), kMaxProgramBytes, N_("Python program"));
    } catch (const core::FileInputError& e) {
        error = e.what();
        return std::nullopt;
    }
    const std::string abs = absolute(id);
    const std::string file = abs.substr(abs.rfind('/') + 1);
    rec.info.id = std::string(id);
    rec.info.title = file;
    rec.info.group = "Python";
    // English, translated where they are shown (the window may switch language meanwhile).
    rec.info.summary = N_("Your own Python program");
    rec.info.explanation = N_("This is your own program, running on Interleave's runtime: its threads and "
                              "processes are workers, its locks, queues, events, conditions and pools are the "
                              "runtime's, and every call to them is a step.");
    if (const ExampleEntry* e = example_for(abs)) {
        rec.info.group = e->group;
        rec.info.title = e->title;
        rec.info.summary = e->summary;
        if (std::string head = leading_comment(rec.text); !head.empty()) rec.info.explanation = std::move(head);
        rec.info.shipped_example = is_shipped_example(e->file, rec.text);
    }
    rec.info.run = &run_program;
    struct stat st {};
    if (::stat(abs.c_str(), &st) == 0) {
        const auto stamp = std::pair{st.st_mtim.tv_sec * 1'000'000'000LL + st.st_mtim.tv_nsec, st.st_size};
        rec.stale = [abs, stamp] {
            struct stat now {};
            return ::stat(abs.c_str(), &now) != 0 ||
                   std::pair{now.st_mtim.tv_sec * 1'000'000'000LL + now.st_mtim.tv_nsec, now.st_size} != stamp;
        };
    }
    rec.info.params = {core::ParamSpec::Choice(
        "granularity", {"operations", "lines", "bytecode"},
        N_("In step mode, what one step is: each call to a threading primitive (operations); also each line of "
        "your program that runs (lines), so a busy loop can be walked through; or, on a line that reads and "
        "writes one shared variable such as `g_num += 1`, each of its bytecode instructions (bytecode), so "
        "one lost update can be made by hand"))};
    rec.info.source_file = abs;
    return rec;
}

}  // namespace

void install() {
    core::Registry::set_program_loader(&load);
    for (const std::string& problem : list_examples(examples_dir()))
        std::fprintf(stderr, "interleave: %s\n", problem.c_str());
}

}  // namespace il::python

#if defined(__SANITIZE_ADDRESS__)
// LeakSanitizer's default suppressions (it calls this weak hook at start-up).
// The run process never finalises the interpreter (the program's threads may
// still hold it as the process ends), so everything CPython allocated is
// still there at exit by design; only allocations made through libpython are
// left out (and through libcrypto, which Python's hashlib and hmac call: a
// multiprocessing Manager authenticates its clients), ours elsewhere are still
// checked.
extern "C" const char* __lsan_default_suppressions() { return "leak:libpython3.11\nleak:libcrypto.so\n"; }
#endif
