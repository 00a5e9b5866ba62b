"""Word completion for GNU readline (written for Weft).

Completer.complete(text, state) completes Python identifiers and keywords against a namespace
(__main__'s by default) and builtins, and dotted expressions ("obj.attr") by evaluating the part
before the last dot and listing its attributes. A callable gets "(" appended, and "()" when it
takes no arguments. Importing this module makes it readline's completer, as in CPython.
"""
import atexit
import builtins
import inspect
import keyword
import re
import __main__

__all__ = ["Completer"]


class Completer:
    def __init__(self, namespace=None):
        """Create a new completer for the command line.

        Completer([namespace]) -> completer instance.

        If unspecified, the default namespace where completions are performed
        is __main__ (technically, __main__.__dict__). Namespaces should be
        given as dictionaries.
        """
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # no namespace: follow __main__'s, read afresh on every completion
        self.use_main_ns = not namespace
        if namespace:
            self.namespace = namespace

    def complete(self, text, state):
        """Return the next possible completion for 'text'.

        This is called successively with state == 0, 1, 2, ... until it
        returns None.  The completion should begin with 'text'.
        """
        if self.use_main_ns:
            self.namespace = __main__.__dict__
        if not text.strip():
            if state != 0:
                return None
            # a Tab at the start of a line indents
            if _readline_available:
                readline.insert_text('\t')
                readline.redisplay()
                return ''
            return '\t'
        if state == 0:
            self.matches = self.attr_matches(text) if "." in text else self.global_matches(text)
        try:
            return self.matches[state]
        except IndexError:
            return None

    def _callable_postfix(self, val, word):
        if callable(val):
            word += "("
            try:
                if not inspect.signature(val).parameters:
                    word += ")"
            except (ValueError, TypeError):
                pass
        return word

    def global_matches(self, text):
        """Compute matches when text is a simple name.

        Return a list of all keywords, built-in functions and names currently
        defined in self.namespace that match.
        """
        matches = []
        seen = {"__builtins__"}
        n = len(text)
        for word in keyword.kwlist:
            if word[:n] == text:
                seen.add(word)
                if word in {'finally', 'try'}:
                    word = word + ':'
                elif word not in {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}:
                    word = word + ' '
                matches.append(word)
        for nspace in (self.namespace, builtins.__dict__):
            for word, val in nspace.items():
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(val, word))
        return matches

    def attr_matches(self, text):
        """Compute matches when text contains a dot.

        Assuming the text is of the form NAME.NAME....[NAME], and is
        evaluable in self.namespace, it will be evaluated and its attributes
        (as revealed by dir()) are used as possible completions.  (For class
        instances, class members are also considered.)

        WARNING: this can still invoke arbitrary C code, if an object
        with a __getattr__ hook is evaluated.
        """
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            thisobject = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(thisobject))
        words.discard("__builtins__")
        if hasattr(thisobject, '__class__'):
            words.add('__class__')
            words.update(get_class_members(thisobject.__class__))
        n = len(attr)
        # private names are offered only once the text asks for them ('_' then '__')
        if attr == '':
            noprefix = '_'
        elif attr == '_':
            noprefix = '__'
        else:
            noprefix = None
        while True:
            matches = []
            for word in words:
                if word[:n] != attr or (noprefix and word[:n + 1] == noprefix):
                    continue
                match = "%s.%s" % (expr, word)
                if isinstance(getattr(type(thisobject), word, None), property):
                    # a property is not evaluated: that could run anything
                    matches.append(match)
                    continue
                value = getattr(thisobject, word, None)
                matches.append(self._callable_postfix(value, match) if value is not None else match)
            if matches or not noprefix:
                break
            noprefix = '__' if noprefix == '_' else None
        matches.sort()
        return matches


def get_class_members(klass):
    ret = dir(klass)
    if hasattr(klass, '__bases__'):
        for base in klass.__bases__:
            ret = ret + get_class_members(base)
    return ret


try:
    import readline
except ImportError:
    _readline_available = False
else:
    readline.set_completer(Completer().complete)
    # release the completer (and __main__ with it) at exit
    atexit.register(lambda: readline.set_completer(None))
    _readline_available = True
