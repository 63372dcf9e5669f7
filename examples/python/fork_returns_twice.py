# os.fork() returns twice: once in the parent, with the child's pid, and once
# in the new child process, with 0. Both copies then run the same lines, each
# taking its own branch of the if.
#
# Step it: after the fork line there are two lanes, MainThread and Child-1,
# each standing on its own print.
import os

print("before fork: one process, pid", os.getpid() > 0)
pid = os.fork()
if pid == 0:
    print("child: fork() returned 0")
    os._exit(0)
else:
    print("parent: fork() returned the child's pid", pid > 0)
    os.waitpid(pid, 0)
    print("parent: the child has ended")
