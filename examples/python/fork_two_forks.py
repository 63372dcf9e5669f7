# fork(); fork(): the second fork runs in both the parent and the first
# child, so there are four processes. Forking again only in the parent's
# branch (nested) makes three. Each process prints who it is.
import os

a = os.fork()
b = os.fork()
print("two forks: a is child", a == 0, "and b is child", b == 0)
if a == 0 or b == 0:
    while True:
        try:
            os.wait()
        except ChildProcessError:
            break
    os._exit(0)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print("four processes have printed")
