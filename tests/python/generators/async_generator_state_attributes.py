# An async generator's ag_running, ag_await, ag_frame and ag_code: ag_running
# is true while a step (asend/athrow/__anext__) is in progress, including while
# the body waits on an awaitable, and ag_await names that awaitable.
import types


@types.coroutine
def pause(label):
    yield label


async def ticker():
    yield "first"
    await pause("waiting")
    yield "second"


def show(label, g):
    waited = g.ag_await
    print(label, g.ag_running, None if waited is None else type(waited).__name__,
          g.ag_frame is not None, g.ag_code.co_name)


g = ticker()
show("new", g)
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value)
show("after first", g)
step = g.__anext__()
print("outer got", step.send(None))
show("inside await", g)
try:
    step.send(None)
except StopIteration as e:
    print("value", e.value)
show("after second", g)
step = g.__anext__()
try:
    step.send(None)
except StopAsyncIteration:
    print("exhausted")
show("finished", g)
