# Run order is not fixed: three threads each print three lines, and the mix
# on the console changes from run to run. In step mode you pick the order;
# try `--policy random --seed N` with different N, or step them by hand.
import threading


def report(who):
    for i in range(3):
        print(who, "line", i)


if __name__ == "__main__":
    threads = [threading.Thread(target=report, args=(name,)) for name in "ABC"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("all three finished; their lines may interleave in any order")
