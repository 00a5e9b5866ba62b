"""resource: the process's resource usage and limits (written for Weft, for Linux).

Weft runs on a JVM without native calls of its own, so this module reads what Linux publishes
about the running process under /proc (the JVM's numbers, which are Weft's): getrusage from
/proc/self/stat, status and io (RUSAGE_THREAD from /proc/thread-self), getrlimit from
/proc/self/limits. setrlimit and prlimit change limits through util-linux's prlimit command,
which applies them to this process as the system call would; without it they raise OSError.
Fields Linux does not keep (ru_ixrss, ru_nswap, ...) are 0, as they are in CPython on Linux.
"""
import operator as _operator
import os as _os

error = OSError

RLIMIT_CPU = 0
RLIMIT_FSIZE = 1
RLIMIT_DATA = 2
RLIMIT_STACK = 3
RLIMIT_CORE = 4
RLIMIT_RSS = 5
RLIMIT_NPROC = 6
RLIMIT_NOFILE = 7
RLIMIT_OFILE = 7
RLIMIT_MEMLOCK = 8
RLIMIT_AS = 9
RLIMIT_SIGPENDING = 11
RLIMIT_MSGQUEUE = 12
RLIMIT_NICE = 13
RLIMIT_RTPRIO = 14
RLIMIT_RTTIME = 15
RLIM_INFINITY = -1

RUSAGE_SELF = 0
RUSAGE_CHILDREN = -1
RUSAGE_THREAD = 1

# /proc/<pid>/limits row titles, and prlimit's option names, by resource number
_LIMIT_ROWS = ('Max cpu time', 'Max file size', 'Max data size', 'Max stack size', 'Max core file size',
               'Max resident set', 'Max processes', 'Max open files', 'Max locked memory', 'Max address space',
               'Max file locks', 'Max pending signals', 'Max msgqueue size', 'Max nice priority',
               'Max realtime priority', 'Max realtime timeout')
_PRLIMIT_OPTIONS = ('cpu', 'fsize', 'data', 'stack', 'core', 'rss', 'nproc', 'nofile', 'memlock', 'as',
                    'locks', 'sigpending', 'msgqueue', 'nice', 'rtprio', 'rttime')
# the kernel reports times in USER_HZ ticks, 100 a second on every Linux
_TICKS_PER_SECOND = 100

_RUSAGE_FIELDS = ('ru_utime', 'ru_stime', 'ru_maxrss', 'ru_ixrss', 'ru_idrss', 'ru_isrss', 'ru_minflt',
                  'ru_majflt', 'ru_nswap', 'ru_inblock', 'ru_oublock', 'ru_msgsnd', 'ru_msgrcv',
                  'ru_nsignals', 'ru_nvcsw', 'ru_nivcsw')
_RUSAGE_DOCS = ('user time used', 'system time used', 'max. resident set size', 'shared memory size',
                'unshared data size', 'unshared stack size', 'page faults not requiring I/O',
                'page faults requiring I/O', 'number of swap outs', 'block input operations',
                'block output operations', 'IPC messages sent', 'IPC messages received',
                'signals received', 'voluntary context switches', 'involuntary context switches')


class struct_rusage(tuple):
    """struct_rusage: Result from getrusage.

This object may be accessed either as a tuple of
    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,
    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)
or via the attributes ru_utime, ru_stime, ru_maxrss, and so on."""

    n_fields = 16
    n_sequence_fields = 16
    n_unnamed_fields = 0

    def __new__(cls, sequence, dict=None):
        values = tuple(sequence)
        if len(values) != 16:
            raise TypeError('resource.struct_rusage() takes a 16-sequence (%d-sequence given)' % len(values))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return 'resource.struct_rusage(%s)' % ', '.join(
            '%s=%r' % (name, value) for name, value in zip(_RUSAGE_FIELDS, self))

    def __reduce__(self):
        return (struct_rusage, (tuple(self), {}))


for _i, (_name, _doc) in enumerate(zip(_RUSAGE_FIELDS, _RUSAGE_DOCS)):
    setattr(struct_rusage, _name, property(lambda self, _i=_i: self[_i], doc=_doc))
del _i, _name, _doc
struct_rusage.__module__ = 'resource'


def _read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return ''


def _stat_fields(path):
    """The fields of a /proc .../stat file after the command name, numbered as proc(5) numbers
    them (field 3 is the state), so callers can say fields[14] for utime."""
    text = _read(path)
    # the command name is in parentheses and may hold spaces: split after its last ')'
    rest = text[text.rfind(')') + 2:].split()
    return [None, None, None] + rest


def _status(path):
    out = {}
    for line in _read(path).splitlines():
        key, _, value = line.partition(':')
        out[key] = value.split()
    return out


def _io_blocks():
    io = dict(line.split(': ') for line in _read('/proc/self/io').splitlines() if ': ' in line)
    return int(io.get('read_bytes', 0)) // 512, int(io.get('write_bytes', 0)) // 512


def getrusage(who):
    """Return resource usage of process or its children: a struct_rusage."""
    if who not in (RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD):
        raise ValueError('invalid who parameter')
    base = '/proc/thread-self' if who == RUSAGE_THREAD else '/proc/self'
    stat = _stat_fields(base + '/stat')
    if len(stat) < 18:
        raise OSError('getrusage: /proc is not available')
    status = _status(base + '/status')
    if who == RUSAGE_CHILDREN:
        utime, stime = int(stat[16]), int(stat[17])
        minflt, majflt = int(stat[11]), int(stat[13])
        maxrss = 0  # Linux keeps the children's peak in the kernel only
        inblock = oublock = nvcsw = nivcsw = 0
    else:
        utime, stime = int(stat[14]), int(stat[15])
        minflt, majflt = int(stat[10]), int(stat[12])
        maxrss = int(_status('/proc/self/status').get('VmHWM', ['0'])[0])
        inblock, oublock = _io_blocks() if who == RUSAGE_SELF else (0, 0)
        nvcsw = int(status.get('voluntary_ctxt_switches', ['0'])[0])
        nivcsw = int(status.get('nonvoluntary_ctxt_switches', ['0'])[0])
    return struct_rusage((utime / _TICKS_PER_SECOND, stime / _TICKS_PER_SECOND, maxrss, 0, 0, 0,
                          minflt, majflt, 0, inblock, oublock, 0, 0, 0, nvcsw, nivcsw))


def _check_resource(resource):
    resource = _operator.index(resource)
    if not 0 <= resource < len(_LIMIT_ROWS):
        raise ValueError('invalid resource specified')
    return resource


def _limit_value(text):
    return RLIM_INFINITY if text == 'unlimited' else int(text)


def _read_limit(pid, resource):
    path = '/proc/%s/limits' % ('self' if pid == 0 else pid)
    try:
        with open(path) as f:
            text = f.read()
    except FileNotFoundError:
        raise ProcessLookupError(3, 'No such process') from None
    row = _LIMIT_ROWS[resource]
    for line in text.splitlines():
        if line.startswith(row + ' '):
            soft, hard = line[len(row):].split()[:2]
            return _limit_value(soft), _limit_value(hard)
    raise OSError('cannot read the limit from ' + path)


def getrlimit(resource):
    """Return (soft, hard): the current and maximum limits of a resource."""
    return _read_limit(0, _check_resource(resource))


def _limits_arg(limits):
    limits = tuple(limits)
    if len(limits) != 2:
        raise ValueError('expected a tuple of 2 integers')
    return _operator.index(limits[0]), _operator.index(limits[1])


def _write_limit(pid, resource, soft, hard):
    import subprocess
    if hard != RLIM_INFINITY and (soft == RLIM_INFINITY or soft > hard):
        raise ValueError('current limit exceeds maximum limit')
    spell = lambda v: 'unlimited' if v == RLIM_INFINITY else str(v)
    option = '--%s=%s:%s' % (_PRLIMIT_OPTIONS[resource], spell(soft), spell(hard))
    try:
        done = subprocess.run(['prlimit', '--pid', str(pid or _os.getpid()), option],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    except FileNotFoundError:
        raise OSError('setrlimit needs the prlimit command (util-linux), which is not installed') from None
    if done.returncode != 0:
        message = done.stderr
        if 'ermission' in message or 'not permitted' in message:
            raise ValueError('not allowed to raise maximum limit')
        if 'No such process' in message:
            raise ProcessLookupError(3, 'No such process')
        if 'nvalid argument' in message:
            raise ValueError('current limit exceeds maximum limit')
        raise OSError(message.strip())


def setrlimit(resource, limits):
    """Set (soft, hard) limits of a resource for this process."""
    resource = _check_resource(resource)
    soft, hard = _limits_arg(limits)
    _write_limit(0, resource, soft, hard)


def prlimit(pid, resource, limits=None):
    """prlimit(pid, resource, [limits]) -> (soft, hard): the limits before, set anew when given."""
    resource = _check_resource(resource)
    if limits is not None:
        limits = _limits_arg(limits)
    old = _read_limit(pid, resource)
    if limits is not None:
        _write_limit(pid, resource, *limits)
    return old


def getpagesize():
    """The size of a memory page in bytes, as the kernel maps this process's memory."""
    try:
        with open('/proc/self/smaps') as f:
            for line in f:
                if line.startswith('KernelPageSize:'):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 4096
