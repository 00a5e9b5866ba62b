# Mistakes in Thread arguments show up in the new thread, reported by threading.excepthook.
import threading

def greet(name, greeting="Hello"):
    print(f"{greeting}, {name}")

cases = [
    dict(target=greet, args=("Ana",)),
    dict(target=greet, args="Bo"),          # a string is iterable: two arguments!
    dict(target=greet, args=5),             # not iterable
    dict(target=greet, kwargs={"nam": "x"}),
    dict(target=greet, args=("Cy", "Hi", "extra")),
    dict(target="not callable"),
]
for kw in cases:
    t = threading.Thread(**kw)
    t.start()
    t.join()
print("all threads ended")
