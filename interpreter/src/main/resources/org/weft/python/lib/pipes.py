"""Conversion pipeline templates (deprecated since Python 3.11; written for Weft).

A Template is a sequence of shell commands, each a step whose kind says how it reads and
writes: from standard input or a named file ($IN), to standard output or a named file ($OUT),
or not at all (a SOURCE reads nothing, a SINK writes nothing). t.open(file, 'r') or 'w' runs
the pipeline on file through /bin/sh; t.copy(infile, outfile) runs it from file to file.
"""
import os
import re
import subprocess
import tempfile
import warnings

warnings.warn("'pipes' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)

from shlex import quote

__all__ = ["Template"]

FILEIN_FILEOUT = 'ff'   # Must read & write real files
STDIN_FILEOUT = '-f'    # Must write a real file
FILEIN_STDOUT = 'f-'    # Must read a real file
STDIN_STDOUT = '--'     # Normal pipeline element
SOURCE = '.-'           # Must be first, writes stdout
SINK = '-.'             # Must be last, reads stdin

stepkinds = [FILEIN_FILEOUT, STDIN_FILEOUT, FILEIN_STDOUT, STDIN_STDOUT, SOURCE, SINK]


class Template:
    """Class representing a pipeline template."""

    def __init__(self):
        """Template() returns a fresh pipeline template."""
        self.debugging = 0
        self.reset()

    def __repr__(self):
        """t.__repr__() implements repr(t)."""
        return '<Template instance, steps=%r>' % (self.steps,)

    def reset(self):
        """t.reset() restores a pipeline template to its initial state."""
        self.steps = []

    def clone(self):
        """t.clone() returns a new pipeline template with identical
        initial state as the current one."""
        t = Template()
        t.steps = self.steps[:]
        t.debugging = self.debugging
        return t

    def debug(self, flag):
        """t.debug(flag) turns debugging on or off."""
        self.debugging = flag

    def _check_step(self, where, cmd, kind):
        if not isinstance(cmd, str):
            raise TypeError('Template.%s: cmd must be a string' % where)
        if kind not in stepkinds:
            raise ValueError('Template.%s: bad kind %r' % (where, kind))

    @staticmethod
    def _check_files(where, cmd, kind):
        if kind[0] == 'f' and not re.search(r'\$IN\b', cmd):
            raise ValueError('Template.%s: missing $IN in cmd' % where)
        if kind[1] == 'f' and not re.search(r'\$OUT\b', cmd):
            raise ValueError('Template.%s: missing $OUT in cmd' % where)

    def append(self, cmd, kind):
        """t.append(cmd, kind) adds a new step at the end."""
        self._check_step('append', cmd, kind)
        if kind == SOURCE:
            raise ValueError('Template.append: SOURCE can only be prepended')
        if self.steps and self.steps[-1][1] == SINK:
            raise ValueError('Template.append: already ends with SINK')
        self._check_files('append', cmd, kind)
        self.steps.append((cmd, kind))

    def prepend(self, cmd, kind):
        """t.prepend(cmd, kind) adds a new step at the front."""
        self._check_step('prepend', cmd, kind)
        if kind == SINK:
            raise ValueError('Template.prepend: SINK can only be appended')
        if self.steps and self.steps[0][1] == SOURCE:
            raise ValueError('Template.prepend: already begins with SOURCE')
        self._check_files('prepend', cmd, kind)
        self.steps.insert(0, (cmd, kind))

    def open(self, file, rw):
        """t.open(file, rw) returns a pipe or file object open for
        reading or writing; the file is the other end of the pipeline."""
        if rw == 'r':
            return self.open_r(file)
        if rw == 'w':
            return self.open_w(file)
        raise ValueError("Template.open: rw must be 'r' or 'w', not %r" % (rw,))

    def open_r(self, file):
        """t.open_r(file) and t.open_w(file) implement
        t.open(file, 'r') and t.open(file, 'w') respectively."""
        if not self.steps:
            return open(file, 'r')
        if self.steps[-1][1] == SINK:
            raise ValueError('Template.open_r: pipeline ends width SINK')
        return _popen(self.makepipeline(file, ''), 'r')

    def open_w(self, file):
        if not self.steps:
            return open(file, 'w')
        if self.steps[0][1] == SOURCE:
            raise ValueError('Template.open_w: pipeline begins with SOURCE')
        return _popen(self.makepipeline('', file), 'w')

    def copy(self, infile, outfile):
        return os.system(self.makepipeline(infile, outfile))

    def makepipeline(self, infile, outfile):
        cmd = makepipeline(infile, self.steps, outfile)
        if self.debugging:
            print(cmd)
            cmd = 'set -x; ' + cmd
        return cmd


class _PipeFile:
    """The file end of a shell pipeline, as os.popen gives it: close() waits for the shell and
    returns None when it succeeded, else its exit status (as os.system would report it)."""

    def __init__(self, proc, stream):
        self._proc = proc
        self._stream = stream

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        if status == 0:
            return None
        return status << 8 if status > 0 else -status

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        return iter(self._stream)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def _popen(cmd, mode):
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE)
        return _PipeFile(proc, proc.stdout)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE)
    return _PipeFile(proc, proc.stdin)


def makepipeline(infile, steps, outfile):
    """The /bin/sh command that runs steps from infile to outfile ('' for standard input or
    output); a step that must read or write a named file gets a temporary one, removed at the end
    or when the shell is interrupted."""
    # each stage: [input file, command, kind, output file]
    stages = [['', cmd, kind, ''] for cmd, kind in steps] or [['', 'cat', '--', '']]
    # a first step that reads a file, with no file given, reads standard input through cat
    if stages[0][2][0] == 'f' and not infile:
        stages.insert(0, ['', 'cat', '--', ''])
    stages[0][0] = infile
    if stages[-1][2][1] == 'f' and not outfile:
        stages.append(['', 'cat', '--', ''])
    stages[-1][3] = outfile
    temporaries = []
    for left, right in zip(stages, stages[1:]):
        # a file between two steps when either side insists on one
        if left[2][1] == 'f' or right[2][0] == 'f':
            fd, temp = tempfile.mkstemp()
            os.close(fd)
            temporaries.append(temp)
            left[3] = right[0] = temp
    for stage in stages:
        inf, cmd, kind, outf = stage
        if kind[1] == 'f':
            cmd = 'OUT=' + quote(outf) + '; ' + cmd
        if kind[0] == 'f':
            cmd = 'IN=' + quote(inf) + '; ' + cmd
        if kind[0] == '-' and inf:
            cmd = cmd + ' <' + quote(inf)
        if kind[1] == '-' and outf:
            cmd = cmd + ' >' + quote(outf)
        stage[1] = cmd
    script = stages[0][1]
    for inf, cmd, kind, outf in stages[1:]:
        if inf == '':
            # reads the previous step's output through a pipe
            if 'f' in kind:
                cmd = '{ ' + cmd + '; }'
            script = script + ' |\n' + cmd
        else:
            script = script + '\n' + cmd
    if temporaries:
        rmcmd = 'rm -f' + ''.join(' ' + quote(t) for t in temporaries)
        trapcmd = 'trap ' + quote(rmcmd + '; exit') + ' 1 2 3 13 14 15'
        script = trapcmd + '\n' + script + '\n' + rmcmd
    return script
