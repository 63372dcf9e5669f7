# The program of challenges/orphan.toml: a parent waits for its child; the
# child starts a grandchild, gives it a moment, and leaves without waiting.
# 父进程等待子进程；子进程创建一个孙进程，让它先跑一会儿，然后不等它就退出。
import os
import time

child = os.fork()
if child == 0:
    grandchild = os.fork()
    if grandchild == 0:
        print("grandchild: working")
        print("grandchild: done")
        os._exit(0)
    time.sleep(0.01)  # the grandchild usually finishes meanwhile
    print("child: leaving without waiting for my child")
    os._exit(0)
os.waitpid(child, 0)
print("parent: my child is gone")
