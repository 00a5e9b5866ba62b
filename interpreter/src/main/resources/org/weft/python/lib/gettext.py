"""Internationalization and localization support: GNU gettext catalogs (.mo files) and the
class-based API (NullTranslations, GNUTranslations, translation, install), as CPython 3.11's.

Thread safety: the module-level domain settings (_current_domain, _localedirs) are plain
assignments to a module global and a dict, each atomic; the cache of parsed catalogs may parse a
file twice when two threads ask at once, and keeps one of the two results.
"""

import os
import re
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'bindtextdomain', 'find', 'translation', 'install',
           'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext',
           'dnpgettext', 'c2py']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---- plural forms: the C expression of a catalog's Plural-Forms header ------------------------

_TOKEN = re.compile(r"""
        (?P<WHITESPACES>[ \t]+)                    |
        (?P<NUMBER>[0-9]+\b)                       |
        (?P<NAME>n\b)                              |
        (?P<PARENTHESIS>[()])                      |
        (?P<OPERATOR>[-*/%+?:]|[><!]=?|==|&&|\|\|) |
        (?P<INVALID>\w+|.)
        """, re.VERBOSE | re.DOTALL)


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    import warnings
    # the warning names the first caller outside this module
    frame = sys._getframe(1)
    stacklevel = 2
    while frame.f_back is not None and frame.f_globals.get('__name__') == __name__:
        stacklevel += 1
        frame = frame.f_back
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, stacklevel)
    return n


# Binary operators by binding strength, loosest first, and the Python spelling of the C ones.
_LEVELS = (('||',), ('&&',), ('==', '!='), ('<', '>', '<=', '>='), ('+', '-'), ('*', '/', '%'))
_LEVEL = {op: i for i, ops in enumerate(_LEVELS, 1) for op in ops}
_PY_OP = {'||': 'or', '&&': 'and', '/': '//'}


def _tokens(plural):
    for mo in _TOKEN.finditer(plural):
        kind = mo.lastgroup
        if kind == 'WHITESPACES':
            continue
        if kind == 'INVALID':
            raise ValueError('invalid token in plural form: %s' % mo.group(kind))
        yield mo.group(kind)
    yield ''


def _unexpected(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


def _translate(tokens, priority=-1):
    """The C expression as Python source, as CPython's gettext translates it (so that, as
    there, && and || give Python's and/or, ! is Python's not, / is //); and the next token."""
    result = ''
    tok = next(tokens)
    while tok == '!':
        result += 'not '
        tok = next(tokens)
    if tok == '(':
        sub, tok = _translate(tokens)
        result = '%s(%s)' % (result, sub)
        if tok != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif tok == 'n':
        result += tok
    else:
        try:
            value = int(tok, 10)
        except ValueError:
            raise _unexpected(tok) from None
        result = '%s%d' % (result, value)
    tok = next(tokens)
    last = 100
    while tok in _LEVEL:
        level = _LEVEL[tok]
        if level < priority:
            break
        if level in (3, 4) and last in (3, 4):
            # C compares the result of a comparison; Python would chain them
            result = '(%s)' % result
        op = _PY_OP.get(tok, tok)
        right, tok = _translate(tokens, level + 1)
        result = '%s %s %s' % (result, op, right)
        last = level
    if last == priority == 4:
        result = '(%s)' % result
    if tok == '?' and priority <= 0:
        if_true, tok = _translate(tokens, 0)
        if tok != ':':
            raise _unexpected(tok)
        if_false, tok = _translate(tokens)
        result = '%s if %s else %s' % (if_true, result, if_false)
        if priority == 0:
            result = '(%s)' % result
    return result, tok


def c2py(plural):
    """Gets a C expression as used in PO files for plural forms and returns a Python function
    that implements an equivalent expression.
    """
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        result, tok = _translate(_tokens(plural))
        if tok:
            raise _unexpected(tok)
        depth = 0
        for c in result:
            if c == '(':
                depth += 1
                if depth > 20:
                    raise ValueError('plural form expression is too complex')
            elif c == ')':
                depth -= 1
        # only n, integers, operators and parentheses got through the tokenizer
        ns = {'_as_int': _as_int, '__name__': __name__}
        exec('def func(n):\n'
             '    if not isinstance(n, int):\n'
             '        n = _as_int(n)\n'
             '    return int(%s)\n' % result, ns)
        return ns['func']
    except RecursionError:
        raise ValueError('plural form expression is too complex')


# ---- locating catalogs ----------------------------------------------------------------------

def _expand_lang(loc):
    """The names to look a locale up under, most specific first: ll_CC.codeset@modifier,
    then without codeset, territory or modifier in turn."""
    import locale
    loc = locale.normalize(loc)
    COMPONENT_CODESET, COMPONENT_TERRITORY, COMPONENT_MODIFIER = 1, 2, 4
    mask = 0
    pos = loc.find('@')
    if pos >= 0:
        modifier, loc = loc[pos:], loc[:pos]
        mask |= COMPONENT_MODIFIER
    else:
        modifier = ''
    pos = loc.find('.')
    if pos >= 0:
        codeset, loc = loc[pos:], loc[:pos]
        mask |= COMPONENT_CODESET
    else:
        codeset = ''
    pos = loc.find('_')
    if pos >= 0:
        territory, loc = loc[pos:], loc[:pos]
        mask |= COMPONENT_TERRITORY
    else:
        territory = ''
    ret = []
    for i in range(mask + 1):
        if not (i & ~mask):
            val = loc
            if i & COMPONENT_TERRITORY:
                val += territory
            if i & COMPONENT_CODESET:
                val += codeset
            if i & COMPONENT_MODIFIER:
                val += modifier
            ret.append(val)
    ret.reverse()
    return ret


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of domain for the first of languages that has one (every one with all)."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for envar in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            val = os.environ.get(envar)
            if val:
                languages = val.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    nelangs = []
    for lang in languages:
        for nelang in _expand_lang(lang):
            if nelang not in nelangs:
                nelangs.append(nelang)
    result = [] if all else None
    for lang in nelangs:
        if lang == 'C':
            break
        mofile = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            result.append(mofile)
    return result


# ---- translation classes --------------------------------------------------------------------

class NullTranslations:
    """Translates nothing: every message comes back as given (or from the fallback)."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            allowed = {'gettext', 'ngettext', 'npgettext', 'pgettext'}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = "%s\x04%s"
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        buflen = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            ii = '<II'
            version, msgcount, masteridx, transidx = unpack('<4I', buf[4:20])
        elif magic == self.BE_MAGIC:
            ii = '>II'
            version, msgcount, masteridx, transidx = unpack('>4I', buf[4:20])
        else:
            raise OSError(0, 'Bad magic number', filename)
        major_version, minor_version = self._get_versions(version)
        if major_version not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major_version), filename)
        for i in range(msgcount):
            mlen, moff = unpack(ii, buf[masteridx:masteridx + 8])
            tlen, toff = unpack(ii, buf[transidx:transidx + 8])
            mend, tend = moff + mlen, toff + tlen
            if mend < buflen and tend < buflen:
                msg = buf[moff:mend]
                tmsg = buf[toff:tend]
            else:
                raise OSError(0, 'File is corrupt', filename)
            if mlen == 0:
                self._read_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                msgid1, msgid2 = msg.split(b'\x00')
                msgid1 = str(msgid1, charset)
                for j, x in enumerate(tmsg.split(b'\x00')):
                    catalog[(msgid1, j)] = str(x, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            masteridx += 8
            transidx += 8

    def _read_header(self, tmsg):
        lastk = None
        for b_item in tmsg.split(b'\n'):
            item = b_item.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue
            k = v = None
            if ':' in item:
                k, v = item.split(':', 1)
                k = k.strip().lower()
                v = v.strip()
                self._info[k] = v
                lastk = k
            elif lastk:
                self._info[lastk] += '\n' + item
            if k == 'content-type':
                self._charset = v.split('charset=')[1]
            elif k == 'plural-forms':
                plural = v.split(';')[1].split('plural=')[1]
                self.plural = c2py(plural)

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            return self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, 'rb') as fp:
                t = _translations.setdefault(key, class_(fp))
        import copy
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


# ---- the GNU gettext API: a current domain and the directory of each ------------------------

_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_translation(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_translation(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_translation(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_translation(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
