# gc's debug flags, collect()'s generation check, and which objects the
# collector tracks: containers and instances, never atomic objects, and a dict
# only once it holds something that may be tracked.
import gc

print([name for name in dir(gc) if name.startswith("DEBUG_")])
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)

for generation in (0, 1, 2, -1, 3, "2", 1.0, None):
    try:
        print(generation, type(gc.collect(generation)).__name__)
    except (TypeError, ValueError) as e:
        print(generation, type(e).__name__, e)
print(type(gc.collect(generation=2)).__name__)


class Plain:
    pass


samples = [
    ("int", 5), ("float", 1.5), ("str", "text"), ("bytes", b"x"), ("None", None),
    ("range", range(3)), ("list", []), ("set", set()), ("instance", Plain()),
    ("class", Plain), ("function", print), ("empty dict", {}),
    ("dict of atoms", {"a": 1, 2: "b"}), ("dict holding a list", {"a": []}),
    ("dict holding a dict", {"a": {}}),
]
for label, obj in samples:
    print(label, gc.is_tracked(obj), gc.is_finalized(obj))
