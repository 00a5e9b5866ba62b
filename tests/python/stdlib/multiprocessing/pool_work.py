"""multiprocessing.Pool: map, starmap, imap, apply_async with callbacks, errors."""
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def fail(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


if __name__ == "__main__":
    with mp.Pool(processes=4) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 3), (3, 2), (10, 0)]))
        print(list(pool.imap(square, range(5))))
        print(sorted(pool.imap_unordered(square, range(5))))
        r = pool.apply_async(power, (2, 10))
        print(r.get(timeout=10), r.ready(), r.successful())
        print(pool.apply(square, (12,)))
        results = []
        done = pool.map_async(square, [1, 2, 3], callback=results.append)
        done.wait()
        print(done.get(), results)
        try:
            pool.map(fail, range(5))
        except ValueError as e:
            print("ValueError:", e)
        errors = []
        bad = pool.apply_async(fail, (3,), error_callback=errors.append)
        bad.wait()
        print(bad.successful(), errors)
    with mp.Pool(2) as pool:
        print(sum(pool.map(square, range(1000))))
    pool = mp.Pool(2)
    pool.close()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("ValueError:", e)
    pool.join()
