# resource: RLIMIT_* constants, getrlimit/setrlimit, getrusage's fields, getpagesize
import resource
print(resource.RLIM_INFINITY, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN, resource.RUSAGE_THREAD)
print([(n, getattr(resource, n)) for n in sorted(dir(resource)) if n.startswith('RLIMIT_')])
print(resource.error is OSError, resource.getpagesize() in (4096, 16384, 65536))
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft).__name__, soft > 0, hard == resource.RLIM_INFINITY or hard >= soft)
for r in range(16):
    s, h = resource.getrlimit(r)
    assert h == resource.RLIM_INFINITY or s == resource.RLIM_INFINITY or s <= h, (r, s, h)
print('all 16 limits read')
for args in [(99,), (-1,)]:
    try:
        resource.getrlimit(*args)
    except ValueError as e:
        print('ValueError:', e)
try:
    resource.getrlimit('x')
except TypeError as e:
    print('TypeError:', e)
for args in [(resource.RLIMIT_CORE, (1,)), (99, (1, 1)), (resource.RLIMIT_CORE, (10, 5)), (resource.RLIMIT_CORE, [1, 2, 3])]:
    try:
        resource.setrlimit(*args)
    except ValueError as e:
        print('ValueError:', e)
csoft, chard = resource.getrlimit(resource.RLIMIT_CORE)
new_soft = 0
resource.setrlimit(resource.RLIMIT_CORE, (new_soft, chard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (new_soft, chard))
resource.setrlimit(resource.RLIMIT_CORE, (csoft, chard))
print(resource.getrlimit(resource.RLIMIT_CORE) == (csoft, chard))
u = resource.getrusage(resource.RUSAGE_SELF)
print(type(u).__name__, type(u).__module__, len(u), u.n_fields, u.n_sequence_fields, u.n_unnamed_fields)
print(type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, u.ru_maxrss > 0, u.ru_utime >= 0, u[2] == u.ru_maxrss)
print(u.ru_ixrss, u.ru_idrss, u.ru_isrss, u.ru_nswap, u.ru_msgsnd, u.ru_msgrcv, u.ru_nsignals)
print(repr(u).split('(')[0], [f.split('=')[0] for f in repr(u)[23:-1].split(', ')])
print(len(resource.getrusage(resource.RUSAGE_CHILDREN)), len(resource.getrusage(resource.RUSAGE_THREAD)))
try:
    resource.getrusage(5)
except ValueError as e:
    print('ValueError:', e)
r2 = resource.struct_rusage(range(16))
print(r2.ru_nivcsw, r2[:3])
try:
    resource.struct_rusage((1, 2))
except TypeError as e:
    print('TypeError:', e)
print(resource.prlimit(0, resource.RLIMIT_NOFILE) == resource.getrlimit(resource.RLIMIT_NOFILE))
for bad in [5, 'ab', (1.5, 2)]:
    try:
        resource.setrlimit(resource.RLIMIT_CORE, bad)
    except TypeError as e:
        print('TypeError:', e)
