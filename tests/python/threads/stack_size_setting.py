# _thread.stack_size(): a call without a size resets the setting to 0 (the default) and, like every
# call, returns the previous setting; bad sizes raise ValueError or TypeError.
import _thread
import threading

print(_thread.stack_size(65536))
print(_thread.stack_size())      # resets, returns 65536
print(_thread.stack_size())      # now 0
print(threading.stack_size(40960))
print(threading.stack_size(0))

for bad in (-5, 1000, 32767, 2.5, "big"):
    try:
        _thread.stack_size(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(_thread.stack_size())

# threads still start with a non-default size set
_thread.stack_size(1 << 20)
results = []
workers = [threading.Thread(target=lambda k=k: results.append(k * k)) for k in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results), _thread.stack_size(0))
