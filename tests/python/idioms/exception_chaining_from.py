class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except KeyError as e:
        raise ConfigError("port missing") from e
    except ValueError as e:
        raise ConfigError(f"bad port {cfg['port']!r}") from e

for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", read_port(cfg))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", type(e.__cause__).__name__, repr(e.__cause__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
try:
    raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__)
