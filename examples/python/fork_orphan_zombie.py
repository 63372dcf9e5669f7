# A zombie is a child that has ended but has not been waited for: it stays
# in the process table (state Z) until its parent calls wait(). An orphan is
# a child whose parent ended first: it is re-parented, so its getppid()
# changes.
import os
import time


def state(pid):
    with open("/proc/%d/stat" % pid) as f:
        return f.read().rsplit(")", 1)[1].split()[0]


child = os.fork()
if child == 0:
    os._exit(7)
for _ in range(2000):           # give the child time to end
    if state(child) == "Z":
        break
    time.sleep(0.005)
print("zombie: the ended child is in state", state(child))
pid, status = os.wait()
print("reaped by wait():", pid == child, "exit status", os.waitstatus_to_exitcode(status))

middle = os.fork()
if middle == 0:
    me = os.getpid()
    ready_r, ready_w = os.pipe()
    grandchild = os.fork()
    if grandchild == 0:
        before = os.getppid()
        os.write(ready_w, b"x")     # tell the middle process it may end now
        for _ in range(2000):       # wait until it has ended
            if os.getppid() != before:
                break
            time.sleep(0.005)
        print("orphan: my parent was the middle process:", before == me, "- now it is another:",
              os.getppid() != me)
        os._exit(0)
    os.read(ready_r, 1)
    os._exit(0)                     # the middle process ends first, without waiting
os.waitpid(middle, 0)
print("parent: the middle process has ended")
