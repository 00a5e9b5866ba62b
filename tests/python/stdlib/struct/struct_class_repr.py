import struct
print(struct.Struct, type(struct.Struct("i")).__module__, repr(struct.Struct("i")).split(" at ")[0])
