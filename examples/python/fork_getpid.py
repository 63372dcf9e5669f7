# os.getpid() is a process's own id and os.getppid() its parent's: the
# child's getppid() is the parent's getpid(), so the two form a tree (see
# the process tree).
import os

parent = os.getpid()
pid = os.fork()
if pid == 0:
    print("child: my parent is the process that forked me:", os.getppid() == parent)
    print("child: my pid is new:", os.getpid() != parent)
    os._exit(0)
os.waitpid(pid, 0)
print("parent: the pid fork() gave me is the child's:", pid != parent)
