"""subprocess: run child processes, connect to their pipes, get their exit status
(weft's own implementation, on java.lang.ProcessBuilder through _weft_subprocess).

Differences from CPython, all forced by the JVM: there are no file descriptors, so a file given
as stdin/stdout/stderr must be a file opened by open() (or sys.stdin/stdout/stderr, or the fds
0, 1, 2); a child inheriting stdout or stderr writes through the program's own sys.stdout sink
(in a notebook: the cell's output). preexec_fn, user, group, extra_groups, pass_fds, umask,
process_group and start_new_session cannot be honoured and raise NotImplementedError."""
import io
import os
import sys
import threading
import types

import _weft_pipes
import _weft_textio
import _weft_subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess", "list2cmdline"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_USE_POSIX_SPAWN = False
_USE_VFORK = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process returns a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running: what run() returns."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            parts.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            parts.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(parts))

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def _fsdecode(path):
    path = os.fspath(path)
    return path.decode('utf-8', 'surrogateescape') if isinstance(path, bytes) else path


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the quoting rules of
    the MS C runtime (for Windows; kept for the programs that call it)."""
    out = []
    for arg in map(_fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        piece = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                # backslashes before a quote are doubled, and the quote itself escaped
                piece.append('\\' * (backslashes * 2) + '\\"')
            else:
                piece.append('\\' * backslashes + ch)
            backslashes = 0
        tail = '\\' * backslashes
        if quote:
            out.append('"' + ''.join(piece) + tail * 2 + '"')
        else:
            out.append(''.join(piece) + tail)
    return ' '.join(out)


_UNSUPPORTED = ('preexec_fn', 'user', 'group', 'extra_groups', 'process_group')


def _text(data, encoding, errors):
    return _weft_textio.translate_newlines(data.decode(encoding, errors))


def _is_open_file(f):
    return type(f).__module__ == '_io' and type(f).__name__ in ('BufferedWriter', 'BufferedRandom', 'FileIO')


class Popen:
    """Execute a child program in a new process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0, restore_signals=True,
                 start_new_session=False, pass_fds=(), *, user=None, group=None, extra_groups=None,
                 encoding=None, errors=None, text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.returncode = None
        self.stdin = self.stdout = self.stderr = None
        self._communication_started = False
        self._lock = threading.Lock()
        self._child = None
        if universal_newlines is not None and text is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied '
                                  'but different. Pass one or the other.')
        self.encoding = encoding
        self.errors = errors
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self._check_supported(preexec_fn, user, group, extra_groups, process_group, pass_fds, umask,
                              start_new_session)
        argv = self._argv(args, executable, shell)
        env_pairs = None
        if env is not None:
            env_pairs = []
            for k, v in env.items():
                env_pairs += [_fsdecode(k), _fsdecode(v)]
            env_pairs = tuple(env_pairs)
        if cwd is not None:
            cwd = _fsdecode(cwd)
        specs = (self._in_spec(stdin), self._out_spec(stdout), self._out_spec(stderr, True))
        self._child = _weft_subprocess.spawn(argv, cwd, env_pairs, *specs)
        self.pid = self._child.pid
        self._wire(stdin, stdout, stderr)

    @staticmethod
    def _check_supported(preexec_fn, user, group, extra_groups, process_group, pass_fds, umask, new_session):
        given = dict(preexec_fn=preexec_fn, user=user, group=group, extra_groups=extra_groups,
                     process_group=process_group)
        for name in _UNSUPPORTED:
            if given[name] is not None:
                raise NotImplementedError('%s is not supported on the JVM' % name)
        if pass_fds:
            raise NotImplementedError('pass_fds is not supported on the JVM')
        if umask != -1:
            raise NotImplementedError('umask is not supported on the JVM')
        if new_session:
            raise NotImplementedError('start_new_session is not supported on the JVM')

    @staticmethod
    def _argv(args, executable, shell):
        if isinstance(args, (str, bytes)):
            args = [args]
        elif isinstance(args, os.PathLike):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ['/bin/sh', '-c'] + args
        if executable is not None:
            args[0] = executable
        return tuple(_fsdecode(a) for a in args)

    def _in_spec(self, f):
        if f is None or isinstance(f, int):
            return self._fd_spec(f, (PIPE, DEVNULL))
        if isinstance(f, _weft_textio.TextReader):
            f = f.buffer
        if isinstance(f, _weft_pipes.PipeReader):
            return (f._child, f._which)
        if f is sys.stdin or f is sys.__stdin__:
            return 0
        if not hasattr(f, 'read') or not hasattr(f, 'name'):
            f.fileno()
        # The file's remaining contents go to the child, as the fd's would; reading moves the
        # file's position to the end, where the child's reading would leave a shared fd.
        data = f.read()
        return data.encode(getattr(f, 'encoding', None) or 'utf-8') if isinstance(data, str) else bytes(data)

    def _out_spec(self, f, stderr=False):
        if f is None or isinstance(f, int):
            return self._fd_spec(f, (PIPE, DEVNULL, STDOUT) if stderr else (PIPE, DEVNULL))
        if f is sys.stdout or f is sys.__stdout__:
            return 1
        if f is sys.stderr or f is sys.__stderr__:
            return 2
        f.flush()
        raw = getattr(f, 'buffer', None) or f
        if not _is_open_file(raw):
            f.fileno()
            raise io.UnsupportedOperation('fileno')
        return raw

    @staticmethod
    def _fd_spec(f, codes):
        if f is None or f in codes or f in (0, 1, 2):
            return f
        raise OSError(9, 'Bad file descriptor')

    def _wire(self, stdin, stdout, stderr):
        enc = self.encoding or 'utf-8'
        errs = self.errors or 'strict'
        if stdin == PIPE:
            self.stdin = _weft_pipes.PipeWriter(self._child)
            if self.text_mode:
                self.stdin = _weft_textio.TextWriter(self.stdin, enc, errs)
        if stdout == PIPE:
            self.stdout = _weft_pipes.PipeReader(self._child, 1)
            if self.text_mode:
                self.stdout = _weft_textio.TextReader(self.stdout, enc, errs)
        if stderr == PIPE:
            self.stderr = _weft_pipes.PipeReader(self._child, 2)
            if self.text_mode:
                self.stderr = _weft_textio.TextReader(self.stderr, enc, errs)

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (type(self).__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            # closing flushes what was written, which may raise BrokenPipeError, as in CPython
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                # CPython gives the child a short while to exit on ^C too, then leaves it
                try:
                    self.wait(timeout=0.25)
                except TimeoutExpired:
                    pass
            else:
                self.wait()

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        rc = self._child.wait(timeout)
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Interact with process: send data to stdin and close it; read stdout and stderr until
        end-of-file; wait for the process to terminate. Returns (stdout_data, stderr_data)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        data = None
        if self.stdin is not None and not self._communication_started:
            if input:
                data = input.encode(self.stdin.encoding, self.stdin.errors) if self.text_mode else bytes(input)
            if not self.stdin.closed:
                try:
                    self.stdin.flush()
                except BrokenPipeError:
                    pass  # the child stopped reading: communicate ignores it, as CPython's does
        self._communication_started = True
        got = self._child.communicate(data, timeout)
        if got is None:
            out, err = self._child.partial()
            raise TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)
        out, err = got
        if self.stdin is not None:
            self.stdin.closed = True
        if self.stdout is not None:
            self.stdout.closed = True
        else:
            out = None
        if self.stderr is not None:
            self.stderr.closed = True
        else:
            err = None
        if self.text_mode:
            if out is not None:
                out = _text(out, self.stdout.encoding, self.stdout.errors)
            if err is not None:
                err = _text(err, self.stderr.encoding, self.stderr.errors)
        self.wait()
        return out, err

    def send_signal(self, sig):
        """Send a signal to the process."""
        if self.poll() is None:
            self._child.send_signal(int(sig))

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(15)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(9)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments. Wait for command to complete or timeout, then return the
    returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments. Wait for command to complete. If the exit code was zero then
    return, otherwise raise CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run command with arguments and return its output."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        text = kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') \
            or kwargs.get('errors')
        kwargs['input'] = '' if text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
