# Literal patterns: string concatenation, bytes, and that str never equals bytes.
def kind(v):
    match v:
        case "hello" " world":
            return "concatenated str"
        case b"raw":
            return "bytes"
        case "raw":
            return "str raw"
        case 1e3:
            return "a thousand"
        case -0.5:
            return "minus half"
        case _:
            return "other"


for v in ["hello world", b"raw", "raw", bytearray(b"raw"), 1000, 1000.0, -0.5, "hello"]:
    print(repr(v), kind(v))

try:
    compile('match x:\n    case b"a" "b":\n        pass\n', "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile('match x:\n    case 1 + 2:\n        pass\n', "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    compile('match x:\n    case -x:\n        pass\n', "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
