# objects without a special rule: maxother truncation
import reprlib

class Long:
    def __repr__(self):
        return 'Long(' + 'x' * 50 + ')'

class Bad:
    def __repr__(self):
        raise RuntimeError('no repr')

print(reprlib.repr(Long()))
print(reprlib.repr([Long()]))
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
print(reprlib.repr(b'bytes are other' * 5))
print(reprlib.repr(range(1000)))
