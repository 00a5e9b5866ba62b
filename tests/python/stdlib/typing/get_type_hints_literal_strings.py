# Literal's arguments are values, not forward references: get_type_hints must not evaluate them,
# wherever the Literal sits (TypedDict fields, inside Optional/List/Dict, function annotations).
from typing import Dict, List, Literal, Optional, TypedDict, Union, get_type_hints

Mode = Literal["r", "w", "a"]


class Options(TypedDict, total=False):
    level: Literal["DEBUG", "INFO"]
    mode: Optional[Mode]
    modes: List[Literal["x", "y"]]
    table: Dict[Literal["k"], "Literal['v']"]


def open_file(path: str, mode: Mode = "r", *, flags: Union[Literal["fast"], None] = None) -> Literal["ok"]:
    return "ok"


class Record:
    status: Literal["new", "done"] = "new"
    parent: "Optional[Record]" = None


for obj in (Options, open_file, Record):
    for name, hint in get_type_hints(obj).items():
        print(f"{obj.__name__}.{name}: {hint}")
