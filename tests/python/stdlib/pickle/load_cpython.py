# Pickles written by CPython (2.x-era opcodes included) load here.
import pickle

samples = [
    b"(lp0\nI1\naF2.5\naS'py2 str'\np1\naVuni\\u20ac\np2\na(dp3\nS'k'\np4\nL12345678901234567890L\nsa.",
    b"\x80\x02]q\x00(U\x05bytesq\x01T\x03\x00\x00\x00abcq\x02\x88\x89N}q\x03K\x01K\x02se.",
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"\x80\x02c__builtin__\nxrange\nq\x00K\x00K\x03K\x01\x87q\x01Rq\x02.",
    b"\x80\x02cexceptions\nValueError\nq\x00X\x01\x00\x00\x00xq\x01\x85q\x02Rq\x03.",
    b"\x80\x03C\x03abcq\x00.",
    b"\x80\x04\x95\x0b\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x01K\x02K\x03\x90.",
    b"\x80\x05\x95\r\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00ab\x94.",
    b"\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00abq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.",
    b"(i__main__\nOld\np0\n(dp1\nS'v'\np2\nI5\nsb.",
    b"(c__main__\nOld\np0\no}b.",
    b"\x80\x02c__builtin__\nunicode\nq\x00.",
    b"\x80\x02c__builtin__\nbasestring\nq\x00.",
    b"I01\n.",
    b"I00\n.",
    b"\x80\x04\x8c\x08builtins\x94\x8c\x03int\x94\x93\x94.",
    b"\x80\x02\x8b\x01\x00\x00\x00\xff.",
    b"\x80\x02(K\x01K\x022\x86q\x00.",
]


class Old:
    pass


for data in samples:
    v = pickle.loads(data)
    print(type(v).__name__, v.__dict__ if isinstance(v, Old) else repr(v))

print(pickle.loads(b"U\x03ab\xe9.", encoding="latin1"), pickle.loads(b"U\x03ab\xe9.", encoding="bytes"))
print(pickle.loads(b"\x80\x02}q\x00U\x01kq\x01K\x01s.", encoding="bytes"))
try:
    pickle.loads(b"U\x03ab\xe9.")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(pickle.loads(b"U\x03ab\xe9.", errors="replace"))
print(pickle.loads(b"\x80\x02c__builtin__\nxrange\nq\x00.", fix_imports=True))
try:
    pickle.loads(b"\x80\x02c__builtin__\nxrange\nq\x00.", fix_imports=False)
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
