# Several failing threads, joined one at a time so the reports come out in a fixed order.
import threading

def fail(kind):
    if kind == "index":
        [][3]
    elif kind == "type":
        len(5)
    elif kind == "attr":
        None.upper()
    else:
        raise LookupError(kind)

for kind in ("index", "type", "attr", "other"):
    t = threading.Thread(target=fail, args=(kind,), name=f"fail-{kind}")
    t.start()
    t.join()
print("four reports written")
