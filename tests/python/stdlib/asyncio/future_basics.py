# asyncio.Future: result, exception, cancel, callbacks, reprs and state errors.
import asyncio


def show(label, f):
    print(label, f, f.done(), f.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    show("new", f)
    for getter in (f.result, f.exception):
        try:
            getter()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result(1)
    show("set", f)
    print(f.result(), f.exception())
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print("cancel done future:", f.cancel())

    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    show("exc", g)
    print(repr(g.exception()))
    try:
        g.result()
    except ValueError as e:
        print("result raised", repr(e))

    h = loop.create_future()
    h.set_exception(KeyError)
    print("class becomes instance:", repr(h.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)

    c = loop.create_future()
    print("cancel:", c.cancel("stop it"), c.cancel())
    show("cancelled", c)
    try:
        c.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)

    order = []
    d = loop.create_future()

    def first(fut):
        order.append(("first", fut.result()))

    def second(fut):
        order.append(("second", fut.result()))

    d.add_done_callback(first)
    d.add_done_callback(second)
    d.add_done_callback(first)
    print("removed", d.remove_done_callback(first), d.remove_done_callback(print))
    d.set_result("ok")
    print("callbacks run later:", order)
    await asyncio.sleep(0)
    print("after a turn:", order)
    d.add_done_callback(first)
    await asyncio.sleep(0)
    print("added when done:", order)

    w = loop.create_future()
    loop.call_soon(w.set_result, "woken")
    print("awaited:", await w)
    print(asyncio.isfuture(w), asyncio.isfuture(main()), w.get_loop() is loop)


asyncio.run(main())
