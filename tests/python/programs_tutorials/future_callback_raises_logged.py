# A done-callback that raises is logged ("exception calling callback for ...") and does not stop others.
from concurrent.futures import ThreadPoolExecutor, Future

order = []
def bad_callback(fut):
    order.append("bad")
    raise RuntimeError("callback exploded")
def good_callback(fut):
    order.append(("good", fut.result()))

f = Future()
f.add_done_callback(bad_callback)
f.add_done_callback(good_callback)
f.set_result(10)
print(order)
with ThreadPoolExecutor(1) as ex:
    g = ex.submit(sum, [1, 2, 3])
    g.result()
    g.add_done_callback(good_callback)
print(order)
