import io, sys
with open(__file__) as text, open(__file__, "rb") as binary:
    print(isinstance(sys.stdout, io.TextIOBase), isinstance(text, io.IOBase), isinstance(binary, io.BufferedIOBase), isinstance(io.StringIO(), io.BufferedIOBase))
