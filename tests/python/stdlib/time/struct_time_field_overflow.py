# A struct_time field that does not fit a C int is an OverflowError in CPython's words for the "i"
# argument format; one that does not even fit a C long says so.
import time

cases = [
    (2**31, 1, 1, 0, 0, 0, 0, 1, 0),
    (2024, 1, 1, 0, 0, -(2**31) - 1, 0, 1, 0),
    (2024, 1, 1, 0, 0, 0, 0, 1, 10**30),
]
for fields in cases:
    for name, call in (("mktime", time.mktime), ("asctime", time.asctime),
                       ("strftime", lambda t: time.strftime("%Y", t))):
        try:
            call(fields)
            print(name, "no error")
        except OverflowError as e:
            print(name, "OverflowError:", e)
