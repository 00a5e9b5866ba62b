# enum.global_enum (3.11): members are put in the module and repr as module.NAME.
import enum
from enum import global_enum, IntFlag, Enum, FlagBoundary


@global_enum
class Wday(Enum):
    MON = 1
    TUE = 2


print(repr(Wday.MON), str(Wday.MON), MON is Wday.MON, TUE.value)


@global_enum
class Mode(IntFlag, boundary=FlagBoundary.KEEP):
    READ = 4
    WRITE = 2


print(repr(READ), repr(READ | WRITE), str(READ), repr(Mode(9)))
import re
print(repr(re.IGNORECASE), repr(re.I | re.M), str(re.ASCII))
