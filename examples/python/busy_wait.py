# The busy-wait flag: the waiter spins on a global until the setter sets it.
# It works, but the spinning thread burns CPU the whole time and, without a
# lock or an Event, nothing promises when it sees the change (compare
# event_wait.py, which sleeps in ready.wait() instead).
# Step it with granularity "lines" to watch the loop go round; with
# "operations" Interleave still gives the spinning thread a step every
# 1000 lines, so the learner is never left waiting.
import threading
import time

done = False


def waiter():
    spins = 0
    while not done:            # spins: no primitive call in this loop
        spins += 1
    print("waiter saw the flag after", "some" if spins else "no", "spins")


def setter():
    global done
    time.sleep(0.01)
    done = True
    print("setter set the flag")


if __name__ == "__main__":
    threads = [threading.Thread(target=waiter), threading.Thread(target=setter)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
