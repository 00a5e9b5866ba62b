try:
    raise ValueError("a")
except ValueError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
e = ValueError("add note")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    raise e
except ValueError as err:
    print(err, err.__notes__)
