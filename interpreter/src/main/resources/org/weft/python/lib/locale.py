"""Locale services, for the C/POSIX locale only (the JVM does not switch the C library's locale).

setlocale accepts any name and remembers it per category; the conventions (decimal point,
grouping) stay those of the C locale. Thread safety: the remembered names live in one dict
whose single-key writes are atomic, so racing setlocale calls just leave one of the names.
"""

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale",
           "localeconv", "strcoll", "strxfrm", "str", "atof", "atoi", "format_string",
           "currency", "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding"]

import builtins as _builtins

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

_CATEGORIES = (LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES)


class Error(Exception):
    pass


_current = {c: 'C' for c in _CATEGORIES}
_current[LC_CTYPE] = 'C.UTF-8'


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)
    if category not in _current and category != LC_ALL:
        raise Error("unsupported locale setting")


def setlocale(category, locale=None):
    """Set (or, with locale None, query) the locale of category; returns its name."""
    _check_category(category)
    if locale is not None and not isinstance(locale, _builtins.str):
        locale = _build_localename(locale)
    if locale is None:
        if category == LC_ALL:
            names = [_current[c] for c in _CATEGORIES]
            if all(n == names[0] for n in names):
                return names[0]
            return ';'.join('%s=%s' % (_NAMES[c], _current[c]) for c in _CATEGORIES)
        return _current[category]
    if locale == '':
        locale = 'C.UTF-8'
    # only the C locale's conventions exist here, as on a system with no other locales installed
    if locale.upper() == 'POSIX':
        locale = 'C'
    if locale != 'C' and locale.lower() not in ('c.utf-8', 'c.utf8'):
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        for c in _CATEGORIES:
            _current[c] = locale
    else:
        _current[category] = locale
    return locale


_NAMES = {LC_CTYPE: 'LC_CTYPE', LC_NUMERIC: 'LC_NUMERIC', LC_TIME: 'LC_TIME',
          LC_COLLATE: 'LC_COLLATE', LC_MONETARY: 'LC_MONETARY', LC_MESSAGES: 'LC_MESSAGES'}


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def _parse_localename(name):
    if name in ('C', 'POSIX'):
        return (None, None)
    if name.split('@', 1)[0].lower() in ('c.utf-8', 'c.utf8'):
        # CPython 3.11's alias table normalizes C.UTF-8 to en_US.UTF-8
        return ('en_US', 'UTF-8')
    if '.' in name:
        lang, enc = name.split('.', 1)
        enc = enc.split('@', 1)[0]
        return (lang, enc.upper().replace('UTF8', 'UTF-8'))
    return (name, None)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of category's locale; (None, None) for C."""
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import os
    for var in envvars:
        value = os.environ.get(var)
        if value:
            return _parse_localename(value.split(':')[0])
    return (None, None)


def getpreferredencoding(do_setlocale=True):
    """Always 'UTF-8': Weft runs in UTF-8 mode."""
    return 'UTF-8'


def getencoding():
    return 'UTF-8'


def normalize(localename):
    """A locale name made the C library's (CPython: locale.normalize): 'en_us' -> 'en_US.ISO8859-1',
    looked up in the X11 alias table with and without its encoding and modifier."""
    from _weft_locale_alias import locale_alias
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')   # ':' is sometimes the encoding's delimiter
    code, _, modifier = code.partition('@')
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _replace_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, defmod = found.split('@', 1)
                if defmod.lower() == modifier:
                    return _replace_encoding(found, encoding) + '@' + defmod
    return localename


def _replace_encoding(code, encoding):
    # the encoding as the C library spells it, through the codec aliases (CPython: encodings.aliases)
    from _weft_encodings import normalize_encoding, _ALIASES
    from _weft_locale_alias import locale_encoding_alias
    langname = code.partition('.')[0]
    norm = normalize_encoding(encoding)
    norm = _ALIASES.get(norm.lower(), norm)
    encoding = norm
    norm = norm.lower()
    if norm in locale_encoding_alias:
        encoding = locale_encoding_alias[norm]
    else:
        norm = norm.replace('_', '').replace('-', '')
        if norm in locale_encoding_alias:
            encoding = locale_encoding_alias[norm]
    return langname + '.' + encoding


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def __getattr__(name):
    # the alias tables load on first use: most programs importing locale never normalize a name
    if name in ('locale_alias', 'locale_encoding_alias'):
        import _weft_locale_alias
        return getattr(_weft_locale_alias, name)
    raise AttributeError("module 'locale' has no attribute %r" % name)


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX, 'n_cs_precedes': CHAR_MAX,
            'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's conventions (the C locale's: no grouping)."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    return percent % value


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return '%.12g' % val


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(string)


def atoi(string):
    return int(string)
