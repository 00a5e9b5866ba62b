# The descriptor types the types module names: a __slots__ entry is a member_descriptor,
# a computed attribute of a built-in type a getset_descriptor, and so on.
import types


class Slotted:
    __slots__ = ("x", "y")


checks = [
    ("slot", Slotted.x, types.MemberDescriptorType),
    ("function __code__", types.FunctionType.__code__, types.GetSetDescriptorType),
    ("str.join", str.join, types.MethodDescriptorType),
    ("object.__init__", object.__init__, types.WrapperDescriptorType),
    ("dict.fromkeys raw", dict.__dict__["fromkeys"], types.ClassMethodDescriptorType),
    ("bound __add__", (1).__add__, types.MethodWrapperType),
    ("len", len, types.BuiltinFunctionType),
]
for label, obj, expected in checks:
    print(f"{label:18} {type(obj).__name__:26} {isinstance(obj, expected)}")
print(types.MemberDescriptorType, types.GetSetDescriptorType)
print(repr(Slotted.x), Slotted.y.__name__, Slotted.x.__objclass__.__name__)
