CONVERSIONS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001, "mi": 1609.344, "ft": 0.3048, "in": 0.0254, "yd": 0.9144},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0, "week": 604800.0},
}


class ConversionError(ValueError):
    pass


def kind_of(unit):
    for kind, units in CONVERSIONS.items():
        if unit in units:
            return kind
    raise ConversionError(f"unknown unit {unit!r}")


def convert(value, src, dst):
    if src in ("C", "F", "K") or dst in ("C", "F", "K"):
        return convert_temp(value, src, dst)
    k1, k2 = kind_of(src), kind_of(dst)
    if k1 != k2:
        raise ConversionError(f"cannot convert {k1} ({src}) to {k2} ({dst})")
    return value * CONVERSIONS[k1][src] / CONVERSIONS[k2][dst]


def convert_temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    try:
        return from_c[dst](to_c[src](value))
    except KeyError as e:
        raise ConversionError(f"not a temperature unit: {e.args[0]}") from e


requests = [(5, "km", "mi"), (26.2, "mi", "km"), (6, "ft", "m"), (1, "in", "mm"), (150, "lb", "kg"), (3, "oz", "g"),
            (90, "min", "h"), (2, "week", "h"), (100, "C", "F"), (-40, "F", "C"), (0, "K", "C"), (1, "kg", "m"),
            (1, "parsec", "m"), (10, "C", "kg")]
for value, src, dst in requests:
    try:
        result = convert(value, src, dst)
        print(f"{value:>8g} {src:<5} = {result:>14.6g} {dst:<5} ({result:,.3f})")
    except ConversionError as e:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"{value:>8g} {src:<5} -> error: {e}{cause}")
table = sorted(CONVERSIONS["length"].items(), key=lambda kv: kv[1])
print(" ".join(f"{u}={f:g}" for u, f in table))
print({k: len(v) for k, v in CONVERSIONS.items()}, issubclass(ConversionError, ValueError))
convert(1, "m", "s")
