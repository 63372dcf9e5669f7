# A Process subclass: __init__ calls Process.__init__ first, and run() is
# what start() runs in the new process. Attributes set in __init__ travel
# with the object to the child.
import multiprocessing as mp
import time


class Timed(mp.Process):
    def __init__(self, interval):
        super().__init__()
        self.interval = interval

    def run(self):
        start = time.time()
        time.sleep(self.interval)
        print("%s slept %.1f s" % (self.name, time.time() - start))


if __name__ == "__main__":
    p = Timed(0.5)
    p.start()
    p.join()
    print("child exit code", p.exitcode)
