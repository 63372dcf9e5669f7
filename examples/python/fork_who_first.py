# Who prints first, parent or child? After fork() both processes run at the
# same time, and the scheduler decides; each run can differ. In step mode
# you decide: grant the child's print before the parent's, or the other way.
import os
import time

pid = os.fork()
for i in range(3):
    if pid == 0:
        print("child", i)
    else:
        print("parent", i)
    time.sleep(0.01)
if pid == 0:
    os._exit(0)
os.wait()
print("both done")
