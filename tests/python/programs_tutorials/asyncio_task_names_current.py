# Task names, current_task(), all_tasks() and a task's result/exception API.
import asyncio

async def child(n):
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return me.get_name(), n

async def main():
    main_task = asyncio.current_task()
    print("main task name:", main_task.get_name().startswith("Task-"))
    tasks = [asyncio.create_task(child(i), name=f"child-{i}") for i in range(3)]
    print("running tasks:", len(asyncio.all_tasks()))
    print(await asyncio.gather(*tasks))
    t = asyncio.create_task(child(9))
    t.set_name("renamed")
    print(await t, t.done(), t.exception())
    async def fail():
        raise KeyError("k")
    ft = asyncio.create_task(fail(), name="failing")
    await asyncio.wait([ft])
    print(ft.get_name(), repr(ft.exception()))
    print(asyncio.current_task() is main_task, len(asyncio.all_tasks()))
    coro = child(1)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    coro.close()
    print(asyncio.iscoroutinefunction(child), asyncio.iscoroutinefunction(print))
    try:
        asyncio.current_task(loop=None) and asyncio.create_task(print)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
print(asyncio.run(child(5))[1])
