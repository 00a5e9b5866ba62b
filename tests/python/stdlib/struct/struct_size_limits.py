# A repeat count or total size past Py_SSIZE_T_MAX is struct.error "total struct size too long"
# (CPython's prepare_s); sizes up to the limit are computed, not refused.
import struct

for fmt in ("999999999999999999999s", "9223372036854775807s", "9223372036854775807si",
            "4611686018427387904h", "2305843009213693952q", "9223372036854775807x",
            "9223372036854775808x", "<1000000s", "0s1s0H2H", "3", "2z"):
    try:
        print(fmt, struct.calcsize(fmt))
    except struct.error as exc:
        print(fmt, "struct.error:", exc)
