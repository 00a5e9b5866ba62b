from typing import TypedDict, NamedTuple, Literal, Optional, Union, get_type_hints, get_origin, get_args, Any
import json

class DBConfig(TypedDict):
    host: str
    port: int
    user: str
    password: Optional[str]

class AppConfig(TypedDict, total=False):
    name: str
    debug: bool
    log_level: Literal["DEBUG", "INFO", "WARNING"]
    db: DBConfig
    tags: list[str]

def check(value: Any, tp: Any, path: str = "config") -> list:
    errors = []
    origin = get_origin(tp)
    if tp is Any:
        return errors
    if origin is Union:
        if not any(not check(value, arg, path) for arg in get_args(tp)):
            errors.append(f"{path}: {value!r} matches none of {tp}")
        return errors
    if origin is Literal:
        if value not in get_args(tp):
            errors.append(f"{path}: {value!r} not in {get_args(tp)}")
        return errors
    if origin is list:
        if not isinstance(value, list):
            return [f"{path}: expected list, got {type(value).__name__}"]
        (item_tp,) = get_args(tp)
        for i, item in enumerate(value):
            errors += check(item, item_tp, f"{path}[{i}]")
        return errors
    if isinstance(tp, type) and issubclass(tp, dict) and hasattr(tp, "__annotations__"):
        if not isinstance(value, dict):
            return [f"{path}: expected mapping, got {type(value).__name__}"]
        hints = get_type_hints(tp)
        for key in sorted(tp.__required_keys__ - value.keys()):
            errors.append(f"{path}.{key}: missing")
        for key, v in value.items():
            if key not in hints:
                errors.append(f"{path}.{key}: unknown key")
            else:
                errors += check(v, hints[key], f"{path}.{key}")
        return errors
    if tp is type(None):
        return [] if value is None else [f"{path}: expected None"]
    if not isinstance(value, tp) or (tp is int and isinstance(value, bool)):
        errors.append(f"{path}: expected {tp.__name__}, got {type(value).__name__}")
    return errors

good = json.loads('{"name": "svc", "debug": false, "log_level": "INFO", "db": {"host": "h", "port": 5432, "user": "u", "password": null}, "tags": ["a", "b"]}')
bad = json.loads('{"name": 5, "log_level": "TRACE", "db": {"host": "h", "port": "5432", "pwd": 1}, "tags": ["a", 2], "extra": true}')
print(check(good, AppConfig))
for e in check(bad, AppConfig):
    print(e)
print(sorted(AppConfig.__optional_keys__), sorted(DBConfig.__required_keys__))
print(get_type_hints(DBConfig)["password"], get_type_hints(AppConfig)["tags"])
print(AppConfig.__total__, DBConfig.__total__, type(good).__name__)

class Endpoint(NamedTuple):
    method: Literal["GET", "POST"]
    path: str
    auth: bool = True

eps = [Endpoint("GET", "/"), Endpoint("POST", "/login", False), Endpoint._make(["GET", "/items", True])]
for ep in eps:
    print(f"{ep.method:<5}{ep.path:<10}{'auth' if ep.auth else 'open'}", ep._asdict())
print(get_type_hints(Endpoint), Endpoint._field_defaults)
print(json.dumps([ep._asdict() for ep in eps]))
print(json.dumps(eps[0]), json.dumps({"ep": eps[1]}))
Endpoint._make(["GET"])
