import os
import shutil

for cols, lines in ((None, None), ("120", None), (None, "50"), ("0", "-3"), ("abc", "7"), ("100", "30")):
    for name, value in (("COLUMNS", cols), ("LINES", lines)):
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    print(cols, lines, shutil.get_terminal_size(), shutil.get_terminal_size((132, 43)))
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
