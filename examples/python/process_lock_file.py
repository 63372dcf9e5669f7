# Four processes each add 1 to a number kept in a file, 10 times. Reading
# and writing the file is not one step: without the Lock two processes can
# read the same number and one update is lost. With the multiprocessing
# Lock around the read and the write, the total is always 40.
import multiprocessing as mp
import os
import tempfile


def add_one(path, lock, times):
    for _ in range(times):
        with lock:
            with open(path) as f:
                n = int(f.read())
            with open(path, "w") as f:
                f.write(str(n + 1))


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "counter.txt")
    with open(path, "w") as f:
        f.write("0")
    lock = mp.Lock()
    workers = [mp.Process(target=add_one, args=(path, lock, 10)) for _ in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    with open(path) as f:
        print("counter in the file:", f.read())
