# A pool copies the files of a folder; each worker puts the name of the file
# it finished on a Manager().Queue, and the main process reads them to show
# the progress. (A plain multiprocessing.Queue cannot be passed to a pool's
# tasks; a Manager's queue can.)
import multiprocessing as mp
import os
import tempfile


def copy_file(name, source, target, done):
    with open(os.path.join(source, name), "rb") as f:
        data = f.read()
    with open(os.path.join(target, name), "wb") as f:
        f.write(data)
    done.put(name)


if __name__ == "__main__":
    source, target = tempfile.mkdtemp(), tempfile.mkdtemp()
    names = ["lesson%d.txt" % i for i in range(6)]
    for name in names:
        with open(os.path.join(source, name), "w") as f:
            f.write(name * 100)
    with mp.Manager() as manager:
        done = manager.Queue()
        with mp.Pool(3) as pool:
            for name in names:
                pool.apply_async(copy_file, (name, source, target, done))
            for copied in range(1, len(names) + 1):
                done.get()
                print("copied %d of %d (%.0f%%)" % (copied, len(names), copied * 100 / len(names)))
    print("all copied:", sorted(os.listdir(target)) == names)
