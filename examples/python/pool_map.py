# map and starmap return the results in the order of their inputs;
# map_async returns at once, and its callback gets the whole list (or its
# error_callback the first exception) when every item is done.
import multiprocessing as mp


def square(n):
    return n * n


def power(base, exp):
    return base ** exp


def inverse(n):
    return 1 / n


if __name__ == "__main__":
    with mp.Pool(3) as pool:
        print("map:", pool.map(square, range(8)))
        print("starmap:", pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        r = pool.map_async(square, [4, 5, 6], callback=lambda values: print("map_async callback:", values))
        r.wait()
        bad = pool.map_async(inverse, [1, 0, 2], error_callback=lambda e: print("error_callback:", repr(e)))
        bad.wait()
        print("map_async with a 0 failed:", not bad.successful())
