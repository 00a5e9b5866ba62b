from dataclasses import dataclass
from typing import Any

@dataclass
class Click:
    x: int
    y: int
    button: str = "left"

@dataclass
class Key:
    name: str
    mods: tuple = ()

@dataclass
class Quit:
    pass

class Scroll:
    __match_args__ = ("dy",)
    def __init__(self, dy):
        self.dy = dy

def handle(ev: Any) -> str:
    match ev:
        case Click(x, y) if x < 0 or y < 0:
            return "offscreen click"
        case Click(0, 0, button="right"):
            return "corner context menu"
        case Click(x=x, y=y, button="left" | "middle" as b):
            return f"{b} click at ({x}, {y})"
        case Click(button=b):
            return f"other click {b}"
        case Key("q", mods=("ctrl",)) | Quit():
            return "quit"
        case Key(name, mods=()) if len(name) == 1:
            return f"type {name!r}"
        case Key(name, mods=[*ms]):
            return f"chord {'+'.join(ms + [name])}"
        case Scroll(0):
            return "no scroll"
        case Scroll(dy) if dy > 0:
            return f"down {dy}"
        case Scroll(dy):
            return f"up {-dy}"
        case {"event": "resize", "size": [w, h]}:
            return f"resize {w}x{h}"
        case [Click() as first, *_, Click() as last]:
            return f"drag from {first.x},{first.y} to {last.x},{last.y}"
        case str() | bytes():
            return "raw text"
        case _:
            return f"unhandled {type(ev).__name__}"

events = [Click(3, 4), Click(-1, 5), Click(0, 0, "right"), Click(1, 1, "middle"), Click(2, 2, "back"),
          Key("q", ("ctrl",)), Quit(), Key("a"), Key("s", ("ctrl", "shift")), Key("F1"),
          Scroll(0), Scroll(3), Scroll(-2), {"event": "resize", "size": [80, 24]},
          {"event": "resize", "size": (1, 2, 3)}, [Click(0, 1), Click(5, 5), Click(9, 9)],
          "abc", b"x", 3.5, [Click(1, 1)]]
for ev in events:
    print(handle(ev))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Click(1, 2):
        case Click(1, 2, 3, 4):
            pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match Click(1, 2):
        case Click(1, x=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match 5:
    case int(v):
        print("int subject", v)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
match (1, [2, 3]):
    case (a, [b, *c]):
        print(a, b, c)
point = (3, 0)
match point:
    case (0, 0): print("origin")
    case (x, 0): print(f"on x axis at {x}")
