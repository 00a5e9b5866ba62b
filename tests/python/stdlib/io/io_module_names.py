# the io module's names and types
import io, sys

print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.open is open)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__name__, io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.BufferedWriter.__name__)
print(isinstance(sys.stdout, io.TextIOWrapper))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase))
print(type(io.StringIO()).__name__, type(io.BytesIO()).__name__)
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation:', e)
