import os
here = os.path.dirname(os.path.abspath(__file__))
try:
    open(os.path.join(here, "missing_file.txt"))
except FileNotFoundError as e:
    print("first attempt:", e.strerror)
open("relative_missing_file_for_weft_test.txt")
