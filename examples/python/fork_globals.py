# After fork() the child has a copy of every variable, not the parent's own:
# the child's changes to g_num and g_list stay in the child.
import os

g_num = 100
g_list = [1, 2]

pid = os.fork()
if pid == 0:
    g_num += 1
    g_list.append(3)
    print("child: g_num =", g_num, "g_list =", g_list)
    os._exit(0)
os.waitpid(pid, 0)
print("parent: g_num =", g_num, "g_list =", g_list)
