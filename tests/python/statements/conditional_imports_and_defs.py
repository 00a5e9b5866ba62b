import sys
if sys.version_info >= (3, 0):
    def version_kind():
        return "py3"
else:
    def version_kind():
        return "py2"
print(version_kind())
try:
    import not_a_real_module_xyz as impl
except ImportError:
    impl = None
print(impl)
FEATURE = True
if FEATURE:
    class Impl:
        name = "enabled"
else:
    class Impl:
        name = "disabled"
print(Impl.name)
