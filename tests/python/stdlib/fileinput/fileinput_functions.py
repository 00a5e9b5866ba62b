# fileinput module functions over two files, FileInput.readline and in-place rewriting.
import fileinput
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    a = os.path.join(tmp, "a.txt")
    b = os.path.join(tmp, "b.txt")
    with open(a, "w") as f:
        f.write("1\n2\n")
    with open(b, "w") as f:
        f.write("3\n")
    for line in fileinput.input([a, b]):
        print(os.path.basename(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), line.strip())
    fileinput.close()
    fi = fileinput.FileInput([a, b])
    print([fi.readline() for _ in range(4)])
    fi.close()
    with fileinput.input(b, inplace=True) as fi:
        for line in fi:
            print(int(line) * 10)
    print(open(b).read().strip(), sorted(os.listdir(tmp)))
    try:
        fileinput.filename()
    except RuntimeError as e:
        print(e)
