# shelve over dbm.dumb: values pickled, files .dat/.dir/.bak, reopen read-only.
import dbm
import dbm.dumb
import os
import shelve
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    name = os.path.join(tmp, "db")
    with shelve.open(name) as s:
        s["a"] = (1, "one")
        s["b"] = {"nested": [1.5]}
    print(sorted(os.listdir(tmp)), dbm.whichdb(name))
    with shelve.open(name, "r") as s:
        print(sorted(s.items()))
    d = dbm.dumb.open(os.path.join(tmp, "plain"), "c")
    d["x"] = "1"
    print(d.keys(), d["x"], len(d))
    d.close()
    try:
        d["x"]
    except OSError as e:
        print(e)
    try:
        dbm.dumb.open(os.path.join(tmp, "plain"), "q")
    except ValueError as e:
        print(e)
