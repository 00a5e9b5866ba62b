events = []
def resource():
    events.append("open")
    try:
        for i in range(10):
            yield i
    finally:
        events.append("closed")
for x in resource():
    if x == 2:
        break
print(events)
g = resource()
next(g)
del g
import gc
gc.collect()
print(events)
