# One object's __dict__ changed by 4 threads at once through setattr, delattr, vars().update,
# vars().pop and vars().clear, while readers use getattr and hasattr: only AttributeError and
# KeyError (racing deletes) may be raised, and the instance stays consistent.
import random
import threading


class Thing:
    def __init__(self):
        self.fixed = "here"


N, PER = 4, 12_000
obj = Thing()
unexpected = []


def mutate(k):
    rnd = random.Random(k)
    for i in range(PER):
        name = "x%d" % rnd.randrange(300)
        op = rnd.randrange(8)
        try:
            if op < 2:
                setattr(obj, name, i)
            elif op == 2:
                delattr(obj, name)
            elif op == 3:
                vars(obj).update({name: i, "y%d" % (i % 50): k})
            elif op == 4:
                vars(obj).pop(name)
            elif op == 5 and i % 1000 == 0:
                vars(obj).clear()
            elif op == 6:
                getattr(obj, name, None)
            elif op == 7:
                hasattr(obj, name)
        except (AttributeError, KeyError):
            pass
        except Exception as e:
            unexpected.append(repr(e))


threads = [threading.Thread(target=mutate, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
attrs = vars(obj)
print(all(getattr(obj, name) is value for name, value in list(attrs.items())),
      len(attrs) == len(list(attrs)) == len(set(dir(obj)) - set(dir(Thing))))
obj.fixed = "again"
print(obj.fixed, type(obj).__name__)
print("unexpected:", len(unexpected), unexpected[:3])
