import _thread, time
l = _thread.allocate_lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.05))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(e)
for args in [(False, 1), (True, -2), (True, float('nan'))]:
    try:
        l.acquire(*args)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
out = []
done = _thread.allocate_lock()
done.acquire()
def f(a, b=0):
    out.append(a + b)
    print("in thread", a, b)
    done.release()
_thread.start_new_thread(f, (1,), {'b': 2})
done.acquire()
print(out)
for bad in [(1, ()), (print, []), (print, (), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print(e)
r = _thread.RLock()
with r:
    with r:
        print(r._is_owned(), r._recursion_count())
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print(e)
loc = _thread._local()
loc.x = 1
def g():
    print(hasattr(loc, 'x'))
    loc.x = 2
    done.release()
_thread.start_new_thread(g, ())
done.acquire()
print(loc.x)
def quits():
    _thread.exit()
_thread.start_new_thread(quits, ())
print(_thread.get_ident() > 0, _thread.get_native_id() > 0, _thread.TIMEOUT_MAX, _thread.stack_size())
print(_thread.error is RuntimeError, _thread.LockType.__name__, type(r).__name__)
with l:
    print(l.locked())
print(l.locked())
