# pdb in a worker thread: the thread's own trace function; the main thread runs untraced.
import threading
from pdbsupport import debugger, load
ns = load('thr', '''\
def work(n):
    total = 0
    for i in range(n):
        total += i
    return total
''')
results = []
def run():
    results.append(debugger("n\nn\np total\nb 5\nc\np total\nc\n").runcall(ns['work'], 3))
t = threading.Thread(target=run)
t.start(); t.join()
print(results)
# The main thread is not traced by the worker's debugger.
print(ns['work'](4))
