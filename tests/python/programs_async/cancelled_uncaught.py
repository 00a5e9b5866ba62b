# The main task cancelled: CancelledError escapes asyncio.run.
import asyncio


async def background():
    await asyncio.sleep(0)
    print("background cancels main")
    main_task.cancel()


async def main():
    global main_task
    main_task = asyncio.current_task()
    asyncio.create_task(background())
    try:
        await asyncio.sleep(1)
    finally:
        print("main cleanup runs")


asyncio.run(main())
