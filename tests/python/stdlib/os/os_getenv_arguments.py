# os.getenv is a plain Python function in CPython: its argument errors read like one.
import os

os.environ["WEFT_GOLDEN_GETENV"] = "set"
print(os.getenv("WEFT_GOLDEN_GETENV"), os.getenv("WEFT_GOLDEN_GETENV_ABSENT"),
      os.getenv("WEFT_GOLDEN_GETENV_ABSENT", "fallback"), os.getenv(key="WEFT_GOLDEN_GETENV"))
try:
    os.getenv()
except TypeError as e:
    print("TypeError:", e)
del os.environ["WEFT_GOLDEN_GETENV"]
print(os.getenv("WEFT_GOLDEN_GETENV", default=None))
