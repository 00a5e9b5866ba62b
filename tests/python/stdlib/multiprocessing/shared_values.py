"""Value and Array shared between processes, with their locks and C types."""
import multiprocessing as mp


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


def fill(arr, k):
    for i in range(len(arr)):
        if i % 4 == k:
            arr[i] = i * 1.5


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(counter, 2000)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("counter", counter.value)
    arr = mp.Array("d", 8)
    ps = [mp.Process(target=fill, args=(arr, k)) for k in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], len(arr), arr[3], list(arr)[-1])
    for code, value in [("i", 2 ** 31), ("i", -5), ("b", 300), ("B", -1), ("h", 40000), ("I", -1),
                        ("l", 2 ** 63), ("q", 7), ("f", 0.1), ("d", 3), ("c", b"z")]:
        v = mp.Value(code, value)
        print(code, repr(v), v.value)
    raw = mp.Value("i", 5, lock=False)
    print(raw, raw.value)
    ints = mp.Array("i", [1, 2, 3])
    ints[0] = 10
    ints[1:3] = [20, 30]
    print(ints[:], ints[::-1], repr(ints).startswith("<SynchronizedArray wrapper for <multiprocessing.sharedctypes.c_int_Array_3 object at"))
    try:
        ints[0] = 1.5
    except TypeError as e:
        print("TypeError:", e)
    try:
        mp.Value("d", "x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        ints[0:2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    v = mp.Value("d", 1.0)
    with v:
        v.value *= 2
    print(v.value, type(v.get_lock()).__name__, v.get_obj())
    print(mp.RawArray("b", 3)[:], mp.RawValue("d"))
