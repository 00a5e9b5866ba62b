# Threads importing the same fresh module at the same moment get one module object, and the
# module's code runs once; its top level may itself sleep and start threads.
import importlib
import os
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
sys.path.insert(0, folder)
for name in ("race_a", "race_b", "race_c"):
    with open(os.path.join(folder, name + ".py"), "w") as f:
        # setdefault and append are atomic: two modules running at once must not lose a name.
        f.write("import builtins, time\n"
                "vars(builtins).setdefault('RUNS', []).append(__name__)\n"
                "time.sleep(0.05)\n"
                "VALUE = object()\n")
with open(os.path.join(folder, "race_pkg_init.py"), "w") as f:
    f.write("import race_a\nimport race_b\n")
importlib.invalidate_caches()

N = 4
start = threading.Barrier(N)
got = [None] * N


def work(k):
    start.wait()
    if k % 2:
        import race_a, race_b, race_pkg_init
        got[k] = (race_a, race_b, race_pkg_init, race_a.VALUE)
    else:
        mods = [importlib.import_module(n) for n in ("race_b", "race_a", "race_pkg_init")]
        got[k] = (mods[1], mods[0], mods[2], mods[1].VALUE)


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join(30)
import builtins
print("all finished:", not any(t.is_alive() for t in threads))
print(sorted(builtins.RUNS))
print(all(g is not None and all(x is y for x, y in zip(g, got[0])) for g in got))
print(got[0][0] is sys.modules["race_a"], got[0][1] is sys.modules["race_b"])

# Importing race_c from two threads, both of which were blocked until it started.
results = []
def importer():
    results.append(importlib.import_module("race_c"))
ts = [threading.Thread(target=importer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join(30)
print(len(results), results[0] is results[1] is sys.modules["race_c"], builtins.RUNS.count("race_c"))
for name in ("race_a", "race_b", "race_c", "race_pkg_init"):
    os.remove(os.path.join(folder, name + ".py"))
