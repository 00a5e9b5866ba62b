def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: {[1]: 2})
show(lambda: {{}})
show(lambda: set([[1]]))
show(lambda: {}[[]])
show(lambda: {"a": 1}["b"])
show(lambda: {(1, 2): 0}[(2, 1)])
show(lambda: {1: 0}[1.5])
show(lambda: {}[None])
d = {"x": 1}
show(lambda: d.pop("y"))
show(lambda: set().remove(3))
show(lambda: frozenset([1]) | [2])
