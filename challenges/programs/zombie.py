# The program of challenges/zombie.toml: a parent forks a child that ends at
# once, does some work of its own, and only then waits for it.
# 父进程创建一个马上结束的子进程，先做自己的事，然后才等待它。
import os

child = os.fork()
if child == 0:
    print("child: my work is done")
    os._exit(0)
print("parent: busy")
print("parent: still busy")
print("parent: now I wait")
os.waitpid(child, 0)
print("parent: reaped my child")
