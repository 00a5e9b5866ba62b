"""Generate Python documentation in text (written for Weft).

The pages are the ones help() prints (_weft_pydoc lays out classes, functions and methods;
the interpreter lays out modules and built-ins), under pydoc's title. Both renderers, text and
plaintext, give plain text: Weft's pages carry no backspace bolding, so pydoc.plain() of a
page is the page itself. There is no HTML output, documentation server or interactive help.
"""
import builtins
import contextlib
import inspect
import io
import re
import sys

import _weft_pydoc

__all__ = ['help']


class ErrorDuringImport(Exception):
    """Errors that occurred while trying to import something to document it."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        exc = self.exc.__name__
        return 'problem in %s - %s: %s' % (self.filename, exc, self.value)


def getdoc(object):
    """Get the doc string or comments for an object."""
    result = _weft_pydoc._getdoc(object)
    if not result:
        try:
            result = inspect.getcomments(object) or ''
        except Exception:
            result = ''
    return result and re.sub('^ *\n', '', result.rstrip()) or ''


def splitdoc(doc):
    """Split a doc string into a synopsis line (if any) and the rest."""
    lines = doc.strip().split('\n')
    if len(lines) == 1:
        return lines[0], ''
    elif len(lines) >= 2 and not lines[1].rstrip():
        return lines[0], '\n'.join(lines[2:])
    return '', '\n'.join(lines)


def classname(object, modname):
    """Get a class name and qualify it with a module name if necessary."""
    name = object.__name__
    if object.__module__ != modname:
        name = object.__module__ + '.' + name
    return name


def isdata(object):
    """Check if an object is of a type that probably means it's data."""
    return not (inspect.ismodule(object) or inspect.isclass(object) or inspect.isroutine(object)
                or inspect.isframe(object) or inspect.istraceback(object) or inspect.iscode(object))


def replace(text, *pairs):
    """Do a series of global replacements on a string."""
    while pairs:
        text = pairs[1].join(text.split(pairs[0]))
        pairs = pairs[2:]
    return text


def cram(text, maxlen):
    """Omit part of a string if needed to make it fit in a maximum length."""
    if len(text) > maxlen:
        pre = max(0, (maxlen - 3) // 2)
        post = max(0, maxlen - 3 - pre)
        return text[:pre] + '...' + text[len(text) - post:]
    return text


_re_stripid = re.compile(r' at 0x[0-9a-f]{6,16}(>+)$', re.IGNORECASE)


def stripid(text):
    """Remove the hexadecimal id from a Python object representation."""
    return _re_stripid.sub(r'\1', text)


def describe(thing):
    """Produce a short description of the given thing."""
    if inspect.ismodule(thing):
        if thing.__name__ in sys.builtin_module_names:
            return 'built-in module ' + thing.__name__
        if hasattr(thing, '__path__'):
            return 'package ' + thing.__name__
        return 'module ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        owner = thing.__objclass__
        return 'getset descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        owner = thing.__objclass__
        return 'member descriptor %s.%s.%s' % (owner.__module__, owner.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def safeimport(path, forceload=0, cache={}):
    """Import a module; handle errors; return None if the module isn't found.

    If the module *is* found but an exception occurs, it's wrapped in an
    ErrorDuringImport exception and reraised."""
    try:
        module = __import__(path)
    except ImportError as e:
        if getattr(e, 'name', None) == path or path.startswith(str(getattr(e, 'name', None)) + '.'):
            return None
        raise ErrorDuringImport(path, sys.exc_info())
    except Exception:
        raise ErrorDuringImport(path, sys.exc_info())
    for part in path.split('.')[1:]:
        try:
            module = getattr(module, part)
        except AttributeError:
            return None
    return module


def locate(path, forceload=0):
    """Locate an object by name or dotted path, importing as necessary."""
    parts = [part for part in path.split('.') if part]
    module, n = None, 0
    while n < len(parts):
        nextmodule = safeimport('.'.join(parts[:n + 1]), forceload)
        if not nextmodule:
            break
        module, n = nextmodule, n + 1
    obj = module if module else builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """Given an object or a path to an object, get the object and its name."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('''\
No Python documentation found for %r.
Use help() to get the interactive help utility.
Use help(str) for help on the str class.''' % thing)
        return obj, thing
    name = getattr(thing, '__name__', None)
    return thing, name if isinstance(name, str) else None


def _help_page(thing):
    """help()'s page for thing: (what it describes, the body)."""
    page = _weft_pydoc.render(thing)
    if page is None:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            builtins.help(thing)
        page = out.getvalue()[:-1]
    first, sep, body = page.partition(':\n\n')
    if sep and first.startswith('Help on '):
        return first[len('Help on '):], body
    return describe(thing), page


_NAME = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*')
_SECTION = re.compile(r'^[A-Z][A-Za-z ]*(defined here|inherited from .*|resolution order):$')


class TextDoc:
    """Formatter class for text documentation."""

    def bold(self, text):
        """Format a string in bold by overstriking."""
        return ''.join(ch + '\b' + ch for ch in text)

    def document(self, object, name=None, *args):
        """The text page of object, without its title, the names it defines in bold."""
        page = _help_page(object)[1]
        if type(self).bold is PlainTextDoc.bold:
            return page
        lines = page.split('\n')
        if inspect.isroutine(object) and lines:
            lines[0] = _NAME.sub(lambda m: self.bold(m.group()), lines[0], count=1)
        elif inspect.isclass(object) and lines and lines[0].startswith('class '):
            lines[0] = 'class ' + _NAME.sub(lambda m: self.bold(m.group()), lines[0][6:], count=1)
            in_sections = False
            for i, line in enumerate(lines[1:], 1):
                rest = line[4:]
                if not line.startswith(' |  ') or not rest or rest[0] in ' -':
                    continue
                if _SECTION.match(rest):
                    in_sections = True
                elif in_sections:
                    # an entry: a method's signature, a data name, a descriptor's name
                    lines[i] = ' |  ' + _NAME.sub(lambda m: self.bold(m.group()), rest, count=1)
        return '\n'.join(lines)


class PlainTextDoc(TextDoc):
    """Subclass of TextDoc which overrides string styling"""

    def bold(self, text):
        return text


text = TextDoc()
plaintext = PlainTextDoc()


def plain(text):
    """Remove boldface formatting from text."""
    return re.sub('.\b', '', text)


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """Render text documentation, given an object or a path to an object."""
    if renderer is None:
        renderer = text
    obj, name = resolve(thing, forceload)
    desc = _help_page(obj)[0]
    return title % desc + '\n\n' + renderer.document(obj, name)


def pager(text):
    """The first time this is called, determine what kind of pager to use."""
    sys.stdout.write(plain(text))


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    """Display text documentation, given an object or a path to an object."""
    try:
        if output is None:
            pager(render_doc(thing, title, forceload))
        else:
            output.write(render_doc(thing, title, forceload, plaintext))
    except (ImportError, ErrorDuringImport) as value:
        print(value)


def getpager():
    """Decide what method to use for paging through text."""
    return pager


help = builtins.help
