# Opening a directory, listing a file, removing a non-empty directory.
import errno
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.mkdir("folder")
    with open("folder/inside.txt", "w") as f:
        f.write("x")
    try:
        open("folder")
    except IsADirectoryError as e:
        print(type(e).__name__, e, e.errno == errno.EISDIR)
    try:
        open("folder", "w")
    except IsADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.listdir("folder/inside.txt")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.rmdir("folder")
    except OSError as e:
        print(type(e).__name__, e, e.errno == errno.ENOTEMPTY)
    try:
        os.mkdir("folder")
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        os.remove("folder")
    except (IsADirectoryError, PermissionError) as e:
        print("remove dir:", type(e).__name__, e.errno in (errno.EISDIR, errno.EPERM))
    try:
        os.rmdir("folder/inside.txt")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        open("folder/inside.txt/deeper")
    except NotADirectoryError as e:
        print(type(e).__name__, e)
    try:
        os.rename("nothing", "something")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    print(issubclass(IsADirectoryError, OSError), IsADirectoryError.__mro__[1].__name__)
    e = OSError(errno.ENOENT, "No such file or directory", "x.txt")
    print(type(e).__name__, e)
    e = OSError(errno.EEXIST, "File exists")
    print(type(e).__name__, e, e.filename)
    os.chdir("/")
