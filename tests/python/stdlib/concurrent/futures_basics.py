import concurrent.futures as cf, time, queue, threading
def sq(x):
    return x * x
with cf.ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(sq, range(10))))
    fs = [ex.submit(sq, i) for i in range(5)]
    print(sorted(f.result() for f in cf.as_completed(fs)))
    done, nd = cf.wait(fs)
    print(len(done), len(nd))
    f = ex.submit(time.sleep, 0.2)
    try:
        f.result(timeout=0.01)
    except cf.TimeoutError as e:
        print("timeout", type(e).__name__)
    f2 = ex.submit(lambda: 1/0)
    print(type(f2.exception()).__name__)
    cb = []
    f3 = ex.submit(sq, 7); f3.add_done_callback(lambda f: cb.append(f.result()))
    f3.result(); time.sleep(0.01); print(cb)
    print(ex._thread_name_prefix, ex._max_workers)
f = cf.Future(); print(f.cancel(), f.cancelled(), f.done(), repr(f).endswith('state=cancelled>'))
try: f.result()
except cf.CancelledError as e: print("cancelled", repr(e))
with cf.ProcessPoolExecutor() as p:
    print(list(p.map(sq, [1,2,3], chunksize=2)))
d, nd = cf.wait([cf.ThreadPoolExecutor(2).submit(time.sleep, 0.01), cf.Future()], timeout=0.2, return_when=cf.FIRST_COMPLETED)
print(len(d), len(nd))
