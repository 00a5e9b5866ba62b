"""Tell whether a piece of typed-in source is a complete statement, as an interactive prompt
must: compile_command gives a code object, None when more lines are needed, or raises
SyntaxError when no continuation could make it valid.

CPython decides "incomplete" inside its parser (PyCF_ALLOW_INCOMPLETE_INPUT); Weft's parser
has no such mode, so the decision is made here from the tokenizer (open brackets, unfinished
strings, a trailing backslash, an indented block still open) and from where the parser's error
lies (a block header or decorator with nothing after it at the end of the input).
"""

import io
import re
import tokenize

__all__ = ['compile_command', 'Compile', 'CommandCompiler']

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_BLOCK_AFTER = re.compile(r"expected an indented block after .* on line (\d+)$")


def _open_at_end(source):
    """'incomplete' when the tokenizer runs out of input inside a construct, 'indented' when
    an indented block is still open at the end, else None."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except tokenize.TokenError:
        return 'incomplete'
    except (SyntaxError, IndentationError):
        return None
    closing = [t for t in tokens if t.type == tokenize.DEDENT and t.line == '']
    return 'indented' if closing else None


def _last_line(source):
    """(1-based number, text) of the last line holding code."""
    lines = source.split('\n')
    for number in range(len(lines), 0, -1):
        text = lines[number - 1]
        if text.strip() and not text.strip().startswith('#'):
            return number, text
    return len(lines), ''


def _incomplete_error(source, error):
    """Whether error, raised for source, only says that the input stopped too early."""
    number, text = _last_line(source)
    message = error.msg or ''
    match = _BLOCK_AFTER.match(message)
    if match:
        return int(match.group(1)) == number
    if message == "expected 'except' or 'finally' block":
        return text[:1] in ' \t'
    if text.lstrip().startswith('@') and not text.rstrip().endswith(':'):
        return True
    return False


def _maybe_compile(compiler, source, filename, symbol):
    if symbol != 'eval' and all(not line.strip() or line.strip().startswith('#')
                                for line in source.split('\n')):
        source = 'pass'
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as error:
        if (error.msg or '').startswith(('unmatched', 'closing parenthesis')):
            raise
        if symbol == 'eval' and not source.strip():
            return None
        if source.rstrip('\r\n').endswith('\\') or _open_at_end(source) == 'incomplete':
            return None
        if _incomplete_error(source, error):
            return None
        raise
    if symbol != 'eval' and not source.endswith('\n') and _open_at_end(source) == 'indented':
        return None   # the block may go on: CPython's PyCF_DONT_IMPLY_DEDENT
    return code


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)


def compile_command(source, filename='<input>', symbol='single'):
    """Compile a command and say whether it is complete: a code object when it is, None when
    it needs more input; SyntaxError, ValueError or OverflowError when it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """compile() with the flags of an interactive prompt. (CPython's also carries the
    __future__ statements it has seen into later compiles; Weft's compiler takes none.)"""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT

    def __call__(self, source, filename, symbol, **kwargs):
        flags = self.flags
        if kwargs.get('incomplete_input', True) is False:
            flags &= ~(PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT)
        return compile(source, filename, symbol, flags, True)


class CommandCompiler:
    """compile_command with the remembered __future__ state of a Compile."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename='<input>', symbol='single'):
        return _maybe_compile(self.compiler, source, filename, symbol)
