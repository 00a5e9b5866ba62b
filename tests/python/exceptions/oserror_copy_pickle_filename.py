# Copying or pickling an OSError keeps its filename(s): __reduce__ puts them back in the arguments.
import copy
import pickle

for e in [OSError(2, "No such file", "a.txt"), OSError(13, "Denied", "a", None, "b"), OSError(5, "io"), OSError("x")]:
    print(e.__reduce__())
    for clone in (copy.copy(e), pickle.loads(pickle.dumps(e))):
        print(" ", type(clone).__name__, clone, clone.filename, clone.filename2, clone.args)
e = FileNotFoundError(2, "gone", "f.txt")
e.note = "kept"
print(e.__reduce__())
print(pickle.loads(pickle.dumps(e)).note)
