# An async state machine (traffic light) driven by events and a step counter.
import asyncio
import enum


class Light(enum.Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"


TRANSITIONS = {Light.RED: Light.GREEN, Light.GREEN: Light.YELLOW, Light.YELLOW: Light.RED}
DURATIONS = {Light.RED: 3, Light.GREEN: 2, Light.YELLOW: 1}


class Controller:
    def __init__(self):
        self.state = Light.RED
        self.changed = asyncio.Event()
        self.history = [self.state]

    async def run(self, cycles):
        for _ in range(cycles):
            for _ in range(DURATIONS[self.state]):
                await asyncio.sleep(0)
            self.state = TRANSITIONS[self.state]
            self.history.append(self.state)
            self.changed.set()
            self.changed.clear()


async def car(ctrl, name, log):
    waited = 0
    while ctrl.state is not Light.GREEN:
        await ctrl.changed.wait()
        waited += 1
    log.append(f"{name} drives after {waited} change(s)")


async def main():
    ctrl = Controller()
    log = []
    await asyncio.gather(ctrl.run(6), car(ctrl, "car1", log), car(ctrl, "car2", log))
    print([s.name for s in ctrl.history])
    print(log)
    print(Light.RED, repr(Light.GREEN), Light("yellow"))
    try:
        Light("blue")
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
