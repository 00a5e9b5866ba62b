from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, MISSING
from enum import Enum
from typing import Any, get_type_hints, get_origin, get_args, Optional, Union, Literal

class LogLevel(Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"

@dataclass
class Database:
    host: str = "localhost"
    port: int = 5432
    replicas: list[str] = field(default_factory=list)

@dataclass
class AppConfig:
    name: str
    debug: bool = False
    level: LogLevel = LogLevel.INFO
    workers: int = 4
    ratio: float = 0.5
    db: Database = field(default_factory=Database)
    tags: dict[str, int] = field(default_factory=dict)
    mode: Literal["dev", "prod"] = "dev"
    timeout: Optional[int] = None

class ConfigError(Exception):
    pass

def convert(tp: Any, value: Any, path: str) -> Any:
    origin = get_origin(tp)
    if origin is Union:
        args = [a for a in get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return convert(args[0], value, path)
    if origin is Literal:
        if value not in get_args(tp):
            raise ConfigError(f"{path}: {value!r} is not one of {get_args(tp)}")
        return value
    if origin is list:
        (item,) = get_args(tp)
        return [convert(item, v, f"{path}[{i}]") for i, v in enumerate(value)]
    if origin is dict:
        k, v = get_args(tp)
        return {convert(k, kk, path): convert(v, vv, f"{path}.{kk}") for kk, vv in value.items()}
    if dataclasses.is_dataclass(tp):
        return load(tp, value, path)
    if isinstance(tp, type) and issubclass(tp, Enum):
        try:
            return tp(value)
        except ValueError as e:
            raise ConfigError(f"{path}: {e}") from None
    if tp is bool:
        if isinstance(value, str):
            return value.lower() in ("1", "true", "yes", "on")
        return bool(value)
    try:
        return tp(value)
    except (TypeError, ValueError) as e:
        raise ConfigError(f"{path}: cannot convert {value!r} to {tp.__name__} ({e})") from None

def load(cls, data: dict, path: str = "config"):
    hints = get_type_hints(cls)
    kwargs = {}
    unknown = set(data) - {f.name for f in fields(cls)}
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}")
    for f in fields(cls):
        if f.name in data:
            kwargs[f.name] = convert(hints[f.name], data[f.name], f"{path}.{f.name}")
        elif f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(f"{path}: missing required key {f.name!r}")
    return cls(**kwargs)

good = {"name": "svc", "debug": "yes", "level": "error", "workers": "8", "ratio": "0.75",
        "db": {"host": "db1", "port": "6000", "replicas": ["r1", "r2"]}, "tags": {"a": "1"}, "mode": "prod",
        "timeout": "30"}
cfg = load(AppConfig, good)
print(cfg)
print(dataclasses.asdict(cfg))
print(load(AppConfig, {"name": "minimal"}))
for bad in [{}, {"name": "x", "level": "loud"}, {"name": "x", "workers": "many"}, {"name": "x", "mode": "test"},
            {"name": "x", "extra": 1, "more": 2}, {"name": "x", "db": {"port": "p"}}, {"name": "x", "tags": {"k": "v"}}]:
    try:
        load(AppConfig, bad)
    except ConfigError as e:
        print("ConfigError:", e)
print(get_type_hints(AppConfig)["timeout"], get_type_hints(AppConfig)["mode"], get_type_hints(Database))
