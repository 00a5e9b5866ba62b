# Packing 'f' overflows only when rounding to float gives infinity; FLT_MAX plus less than half an ulp packs as FLT_MAX.
import struct
for v in [3.4028235e38, 3.4028235677973362e+38, 3.4028235677973366e+38, 1e39, -3.4028235677973366e+38, float('inf')]:
  for f in ('<f','f'):
    try: print(v, f, struct.pack(f, v))
    except Exception as e: print(v, f, type(e).__name__, e)
