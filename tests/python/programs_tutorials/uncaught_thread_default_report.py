# An uncaught exception in a thread prints "Exception in thread ..." to stderr; main carries on.
import threading

def load_config(path):
    raise FileNotFoundError(2, "No such file or directory", path)

def worker():
    load_config("missing.cfg")

t = threading.Thread(target=worker)
t.start()
t.join()
print("main continues; worker alive:", t.is_alive())
print("done")
