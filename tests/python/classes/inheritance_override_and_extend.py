class Logger:
    def __init__(self):
        self.lines = []
    def log(self, msg):
        self.lines.append(self.format(msg))
    def format(self, msg):
        return msg
class TimestampLogger(Logger):
    def __init__(self):
        super().__init__()
        self.t = 0
    def format(self, msg):
        self.t += 1
        return f"[t={self.t}] " + super().format(msg)
class UpperTimestampLogger(TimestampLogger):
    def format(self, msg):
        return super().format(msg.upper())
for cls in (Logger, TimestampLogger, UpperTimestampLogger):
    lg = cls()
    lg.log("start")
    lg.log("stop")
    print(cls.__name__, lg.lines)
print(UpperTimestampLogger.__mro__[1:3])
print(isinstance(UpperTimestampLogger(), Logger), issubclass(Logger, TimestampLogger))
