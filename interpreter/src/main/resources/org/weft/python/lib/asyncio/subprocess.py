"""asyncio.subprocess: child processes whose pipes tasks read and write with await.

The child is a subprocess.Popen. Threads read its stdout and stderr pipes as data comes and
feed the StreamReaders through call_soon_threadsafe; another waits for the exit and reports
it once the pipes have reached EOF. Writes to stdin go straight to the pipe.
"""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

import subprocess
import threading

from . import events
from . import streams
from . import tasks

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class _PipeWriteTransport:
    """The transport of a child's stdin: writes go through to the pipe at once."""

    def __init__(self, pipe):
        self._pipe = pipe
        self._closing = False

    def __repr__(self):
        state = 'closed' if self._closing else 'idle'
        return f'<_UnixWritePipeTransport {state} bufsize=0>'

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._closing or not data:
            return
        try:
            self._pipe.write(data)
            self._pipe.flush()
        except (BrokenPipeError, ConnectionResetError, ValueError):
            # The child is gone: what is written is lost, and drain() will say so.
            self._closing = True

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))

    def can_write_eof(self):
        return True

    def write_eof(self):
        self.close()

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._closing = True
            try:
                self._pipe.close()
            except OSError:
                pass

    def get_write_buffer_size(self):
        return 0

    def get_extra_info(self, name, default=None):
        return self._pipe if name == 'pipe' else default


class Process:
    """A running child process: pid, returncode, the stdin/stdout/stderr streams."""

    def __init__(self, popen, loop, limit):
        self._popen = popen
        self._loop = loop
        self._limit = limit
        self._returncode = None
        self._exit_waiters = []
        self.pid = popen.pid
        self.stdin = self.stdout = self.stderr = None
        if popen.stdin is not None:
            self.stdin = streams.StreamWriter(_PipeWriteTransport(popen.stdin), None, None, loop)
        pumps = []
        if popen.stdout is not None:
            self.stdout = streams.StreamReader(limit=limit, loop=loop)
            pumps.append(self._start(self._pump, popen.stdout, self.stdout))
        if popen.stderr is not None:
            self.stderr = streams.StreamReader(limit=limit, loop=loop)
            pumps.append(self._start(self._pump, popen.stderr, self.stderr))
        self._start(self._wait_for_exit, pumps)

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._returncode

    async def wait(self):
        """Wait for the child to exit; return its exit status."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _check_proc(self):
        if self._returncode is not None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._popen.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._popen.terminate()

    def kill(self):
        self._check_proc()
        self._popen.kill()

    async def _feed_stdin(self, input):
        try:
            if input is not None:
                self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, stream):
        return await stream.read()

    async def communicate(self, input=None):
        """Send input to stdin, read stdout and stderr to EOF, wait for the exit;
        return (stdout_data, stderr_data), None for a stream that is not a pipe."""
        stdin = self._feed_stdin(input) if self.stdin is not None else self._noop()
        stdout = self._read_stream(self.stdout) if self.stdout is not None else self._noop()
        stderr = self._read_stream(self.stderr) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await tasks.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)

    # ----- the threads

    def _start(self, target, *args):
        t = threading.Thread(target=target, args=args, daemon=True,
                             name=f'asyncio-subprocess-{self.pid}')
        t.start()
        return t

    def _call(self, callback, *args):
        try:
            self._loop.call_soon_threadsafe(callback, *args)
        except RuntimeError:
            pass  # the loop is closed: nobody waits any more

    def _pump(self, pipe, reader):
        read = getattr(pipe, 'read1', None) or pipe.read
        try:
            while True:
                data = read(self._limit)
                if not data:
                    break
                self._call(reader.feed_data, data)
        except (OSError, ValueError):
            pass
        finally:
            try:
                pipe.close()
            except OSError:
                pass
            self._call(reader.feed_eof)

    def _wait_for_exit(self, pumps):
        returncode = self._popen.wait()
        for t in pumps:
            t.join()
        self._call(self._process_exited, returncode)

    def _process_exited(self, returncode):
        self._returncode = returncode
        waiters, self._exit_waiters = self._exit_waiters, []
        for waiter in waiters:
            if not waiter.cancelled():
                waiter.set_result(returncode)


def _check_args(use_shell, shell, universal_newlines=False, bufsize=0, encoding=None,
                errors=None, text=None, **kwds):
    # CPython: the checks of BaseEventLoop.subprocess_shell and subprocess_exec
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if use_shell and not shell:
        raise ValueError("shell must be True")
    if not use_shell and shell:
        raise ValueError("shell must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")
    return kwds


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Run `cmd` through the shell; return its Process."""
    loop = events.get_running_loop()
    if not isinstance(cmd, (bytes, str)):
        raise ValueError("cmd must be a string")
    kwds = _check_args(True, kwds.pop('shell', True), **kwds)
    popen = subprocess.Popen(cmd, shell=True, stdin=stdin, stdout=stdout, stderr=stderr,
                             bufsize=0, **kwds)
    return Process(popen, loop, limit)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Run `program` with `args` (no shell); return its Process."""
    loop = events.get_running_loop()
    kwds = _check_args(False, kwds.pop('shell', False), **kwds)
    popen = subprocess.Popen((program,) + args, shell=False, stdin=stdin, stdout=stdout,
                             stderr=stderr, bufsize=0, **kwds)
    return Process(popen, loop, limit)
