# A Timer whose function raises: the report names the Timer's thread.
import threading

def ring(times):
    raise NotImplementedError(f"bell rings {times} times")

t = threading.Timer(0.001, ring, args=(3,))
t.start()
t.join()
print("timer finished")
