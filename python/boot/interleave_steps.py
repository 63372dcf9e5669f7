# python/boot/interleave_steps.py — line and bytecode steps for a program
# stepped in step or replay mode (granularity "lines" or "bytecode").
#
# Python's own tracing (sys.settrace; frame.f_trace_opcodes for bytecode)
# calls back before each line, or each instruction, of the program's own
# files; each callback is a checkpoint (`_interleave.line_step`), so the
# director can park the thread there and run another one. The standard
# library and the boot shim are never traced.
#
# Which lines are split into instructions (granularity "bytecode"): those
# that read and write the same shared place — `g_num += 1`,
# `self.balance = self.balance - x`, `counts[k] += 1` — the lines where
# one lost update can be made by hand. Every other line stays one step.
#
# Granularity "operations" traces too, only to count: a thread that runs
# BUSY_LINES lines without a step gets one ("still running"), so a busy-wait
# loop cannot leave the learner waiting on a thread that never stops.
#
# Honesty about the real interpreter: CPython 3.11 lets another thread run
# only where its eval loop checks for a GIL drop request — at a function's
# start (RESUME), at a loop's back-edge (JUMP_BACKWARD) and after a call
# returns. Each step is labelled with whether 3.11 could switch threads
# right before it; a step that is not such a point reads "(3.11 never
# switches threads here)" in the window and the CLI, because running
# another thread there is an interleaving only an older Python or a
# free-threaded build can take.
#
# Thread rules: the tracer runs in the traced thread, holding the GIL;
# line_step releases it while parked. The caches are dicts shared by the
# program's threads, touched only with the GIL held.
import dis
import linecache
from _thread import get_ident as _get_ident

import _interleave

# Instructions that only shuffle the value stack or set up a call: no step
# of their own in a split line (reading, computing and writing are steps).
_NO_STEP = frozenset((
    "RESUME", "NOP", "CACHE", "EXTENDED_ARG", "PRECALL", "PUSH_NULL", "KW_NAMES",
    "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "COPY", "SWAP", "POP_TOP", "JUMP_BACKWARD",
))
# After these, 3.11's eval loop may hand the GIL to another thread.
_SWITCH_AFTER = frozenset(("RESUME", "CALL", "CALL_FUNCTION_EX"))
# Instructions no other thread can observe (the frame's own stack and
# locals; FOR_ITER and GET_ITER count as private, being nearly always over a
# range or a list no one else changes): a switch right before one of these
# is as good as a switch right after it.
_PRIVATE = frozenset((
    "RESUME", "NOP", "EXTENDED_ARG", "PRECALL", "PUSH_NULL", "KW_NAMES", "LOAD_CONST", "LOAD_FAST",
    "STORE_FAST", "DELETE_FAST", "COPY", "SWAP", "POP_TOP", "FOR_ITER", "GET_ITER",
))
# Reads and writes of a place another thread can see (by name).
_SHARED_LOADS = frozenset(("LOAD_GLOBAL", "LOAD_NAME", "LOAD_DEREF", "LOAD_CLASSDEREF", "LOAD_ATTR", "LOAD_METHOD"))
_SHARED_STORES = frozenset(("STORE_GLOBAL", "STORE_NAME", "STORE_DEREF", "STORE_ATTR"))
_GLOSS = {"LOAD": "read", "STORE": "write", "BINARY": "compute", "DELETE": "delete"}

_LABEL_LIMIT = 900        # the arena's object table holds 1024; leave room for the program's own
_labels = {}              # (code, offset or -line) -> (label id, switch mark)
_codes = {}               # code -> _Code
_program = None
_lines = False            # granularity lines or bytecode
_split = False            # granularity bytecode
BUSY_LINES = 1000         # operation steps: a step after this many lines without one
_busy = {}                # thread ident -> lines run since its last busy step


class _Code:
    """What the stepper needs to know about one code object of the program."""
    __slots__ = ("switch", "split", "ins")

    def __init__(self, code):
        ins = [i for i in dis.get_instructions(code) if i.opname != "CACHE"]
        self.ins = {i.offset: i for i in ins}
        self.switch = set()
        line = None
        loads, stores, subscr = {}, {}, {}
        for k, i in enumerate(ins):
            if i.opname in _SWITCH_AFTER and k + 1 < len(ins):
                self.switch.add(ins[k + 1].offset)
            if i.opname == "JUMP_BACKWARD":
                self.switch.add(i.argval)
            if i.starts_line is not None:
                line = i.starts_line
            if line is None:
                continue
            if i.opname in _SHARED_LOADS:
                loads.setdefault(line, set()).add(i.argval)
            elif i.opname in _SHARED_STORES:
                stores.setdefault(line, set()).add(i.argval)
            elif i.opname in ("BINARY_SUBSCR", "STORE_SUBSCR"):
                subscr.setdefault(line, set()).add(i.opname)
        # Carry each switch point past the private instructions after it.
        for k, i in enumerate(ins):
            if i.offset in self.switch and i.opname in _PRIVATE and k + 1 < len(ins):
                self.switch.add(ins[k + 1].offset)
                if i.opname == "FOR_ITER":
                    self.switch.add(i.argval)
        self.split = {n for n, names in stores.items() if names & loads.get(n, set())}
        self.split |= {n for n, ops in subscr.items() if len(ops) == 2}


def _code(code):
    c = _codes.get(code)
    if c is None:
        c = _codes[code] = _Code(code)
    return c


def _label(code, key, text, line, may_switch):
    got = _labels.get((code, key))
    if got is None:
        mark = _interleave.STEP_MAY_SWITCH if may_switch else _interleave.STEP_NO_SWITCH
        label = _interleave.NO_LABEL
        if len(_labels) < _LABEL_LIMIT:
            label = _interleave.step_label(text[:39], line)
        got = _labels[(code, key)] = (label, mark)
    return got


def _line_text(code, line):
    text = linecache.getline(code.co_filename, line).strip()
    return text if text else "line %d" % line


def _instruction_text(ins):
    head = ins.opname.split("_", 1)[0]
    gloss = _GLOSS.get(head)
    arg = ins.argrepr.replace("NULL + ", "")
    plain = ("%s %s" % (ins.opname, arg)).strip()
    if gloss is None:
        return plain
    text = ("%s %s (%s)" % (gloss, arg, ins.opname)).replace("  ", " ")
    return text if len(text) <= 39 else plain


def _busy_tracer(frame, event, arg):
    """Operation steps: a thread that runs BUSY_LINES lines of the program
    without a step (a busy-wait loop, a long computation) gets one, so the
    director is never left waiting for a thread that will not stop by itself."""
    if event == "line":
        key = _get_ident()
        n = _busy.get(key, 0) + 1
        if n < BUSY_LINES:
            _busy[key] = n
            return _busy_tracer
        _busy[key] = 0
        code = frame.f_code
        label, mark = _label(code, "busy", "still running: %d lines, no call" % BUSY_LINES, frame.f_lineno, True)
        _interleave.line_step(label, frame.f_lineno, mark)
    return _busy_tracer


def _local_tracer(frame, event, arg):
    if event == "line":
        code = frame.f_code
        c = _code(code)
        line = frame.f_lineno
        if _split and line in c.split:
            return _local_tracer          # its instructions are the steps
        label, mark = _label(code, -line, _line_text(code, line), line, frame.f_lasti in c.switch)
        _interleave.line_step(label, line, mark)
    elif event == "opcode":
        code = frame.f_code
        c = _code(code)
        line = frame.f_lineno
        if line not in c.split:
            return _local_tracer
        ins = c.ins.get(frame.f_lasti)
        if ins is None or ins.opname in _NO_STEP:
            return _local_tracer
        label, mark = _label(code, ins.offset, _instruction_text(ins), line, ins.offset in c.switch)
        _interleave.line_step(label, line, mark)
    return _local_tracer


def tracer(frame, event, arg):
    """sys.settrace's global tracer: only frames of the program's own file are
    traced (the standard library and the shim never step)."""
    if frame.f_code.co_filename != _program:
        return None
    if not _lines:
        return _busy_tracer
    if _split and _code(frame.f_code).split:
        frame.f_trace_opcodes = True
    return _local_tracer


def install(program, granularity):
    """Sets up the stepper for `program` in step or replay mode; returns the
    tracer to install in every thread."""
    global _program, _split, _lines
    _program = program
    _lines = granularity in ("lines", "bytecode")
    _split = granularity == "bytecode"
    return tracer
