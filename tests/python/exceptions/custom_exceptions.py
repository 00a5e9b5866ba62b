class AppError(Exception):
    """Base for this app."""
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__(f"missing config key: {key}")
        self.key = key
class NetworkError(AppError):
    pass
def load(key):
    if key == "net":
        raise NetworkError("timeout", 30)
    raise ConfigError(key)
for k in ("db", "net"):
    try:
        load(k)
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(ConfigError, Exception), ConfigError.__doc__, AppError.__doc__)
class WithStr(Exception):
    def __str__(self):
        return "custom message"
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args, repr(e))
