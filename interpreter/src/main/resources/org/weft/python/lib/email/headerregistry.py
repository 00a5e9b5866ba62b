"""Header objects of the modern API: str subclasses that also carry the
parsed value (addresses, dates, MIME parameters) and fold themselves."""

from types import MappingProxyType

from email import utils
from email import errors
from email import _refold
from email._refold import Tok, ws, word, words_and_blanks, quote_string
from email._weft_addresses import Address, Group, parse_address_list

# They live in a helper module, but they are this module's public classes.
Address.__module__ = Group.__module__ = __name__


# --- header classes --------------------------------------------------------

class BaseHeader(str):
    """A header value: the str is the decoded text; name, defects and the
    kind's own attributes come with it."""

    def __new__(cls, name, value):
        kwds = {'defects': []}
        cls.parse(value, kwds)
        if utils._has_surrogates(kwds['decoded']):
            kwds['decoded'] = utils._sanitize(kwds['decoded'])
        self = str.__new__(cls, kwds['decoded'])
        del kwds['decoded']
        self.init(name, **kwds)
        return self

    def init(self, name, *, parse_tree, defects):
        self._name = name
        self._parse_tree = parse_tree
        self._defects = defects

    @property
    def name(self):
        return self._name

    @property
    def defects(self):
        return tuple(self._defects)

    def __reduce__(self):
        # Copies (the generator deep-copies messages) stay header objects.
        return (_reconstruct_header,
                (self.__class__.__name__, self.__class__.__bases__, str(self)),
                dict(self.__dict__))

    @classmethod
    def _reconstruct(cls, value):
        return str.__new__(cls, value)

    def fold(self, *, policy):
        """'Name: value' folded by the policy, ending with its linesep."""
        return _refold.fold_header(self.name, self._parse_tree, policy)


def _reconstruct_header(cls_name, bases, value):
    return type(cls_name, bases, {})._reconstruct(value)


def _unstructured_tree(text):
    return Tok(children=words_and_blanks(text))


class UnstructuredHeader:

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        decoded = _refold.decode_unstructured(str(value))
        kwds['parse_tree'] = _unstructured_tree(decoded)
        kwds['decoded'] = decoded


class UniqueUnstructuredHeader(UnstructuredHeader):

    max_count = 1


class DateHeader:
    """A date; .datetime is None when the text is not a valid date."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if not value:
            kwds['defects'].append(errors.HeaderMissingRequiredValue())
            kwds['datetime'] = None
            kwds['decoded'] = ''
            kwds['parse_tree'] = Tok(children=[])
            return
        if isinstance(value, str):
            kwds['decoded'] = value
            try:
                value = utils.parsedate_to_datetime(value)
            except ValueError:
                kwds['defects'].append(
                    errors.InvalidDateDefect('Invalid date value or format'))
                kwds['datetime'] = None
                kwds['parse_tree'] = Tok(children=[])
                return
        kwds['datetime'] = value
        kwds['decoded'] = utils.format_datetime(kwds['datetime'])
        kwds['parse_tree'] = _unstructured_tree(kwds['decoded'])

    def init(self, *args, **kw):
        self._datetime = kw.pop('datetime')
        super().init(*args, **kw)

    @property
    def datetime(self):
        return self._datetime


class UniqueDateHeader(DateHeader):

    max_count = 1


class AddressHeader:
    """A list of addresses; .groups and .addresses hold them."""

    max_count = None

    @classmethod
    def parse(cls, value, kwds):
        if isinstance(value, str):
            groups, tree = parse_address_list(value)
            kwds['parse_tree'] = tree
        else:
            if not hasattr(value, '__iter__'):
                value = [value]
            groups = [Group(None, [item]) if not hasattr(item, 'addresses')
                      else item for item in value]
        kwds['groups'] = groups
        kwds['decoded'] = ', '.join([str(item) for item in groups])
        if 'parse_tree' not in kwds:
            kwds['parse_tree'] = parse_address_list(kwds['decoded'])[1]

    def init(self, *args, **kw):
        self._groups = tuple(kw.pop('groups'))
        self._addresses = None
        super().init(*args, **kw)

    @property
    def groups(self):
        return self._groups

    @property
    def addresses(self):
        if self._addresses is None:
            self._addresses = tuple(address for group in self._groups
                                    for address in group.addresses)
        return self._addresses


class UniqueAddressHeader(AddressHeader):

    max_count = 1


class SingleAddressHeader(AddressHeader):

    @property
    def address(self):
        if len(self.addresses) != 1:
            raise ValueError(("value of single address header {} is not "
                              "a single address").format(self.name))
        return self.addresses[0]


class UniqueSingleAddressHeader(SingleAddressHeader):

    max_count = 1


class MIMEVersionHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        major = minor = None
        parts = text.strip().split('.')
        if len(parts) == 2 and parts[0].strip().isdigit() and \
                parts[1].strip().isdigit():
            major, minor = int(parts[0]), int(parts[1])
        kwds['major'] = major
        kwds['minor'] = minor
        if major is not None:
            kwds['version'] = '{}.{}'.format(major, minor)
            kwds['decoded'] = kwds['version']
        else:
            kwds['version'] = None
            kwds['decoded'] = text
        kwds['parse_tree'] = Tok(children=words_and_blanks(kwds['decoded']), ew=False)

    def init(self, *args, **kw):
        self._version = kw.pop('version')
        self._major = kw.pop('major')
        self._minor = kw.pop('minor')
        super().init(*args, **kw)

    @property
    def major(self):
        return self._major

    @property
    def minor(self):
        return self._minor

    @property
    def version(self):
        return self._version


def _split_params(text):
    """The text before the first ';' and the (name, value) parameters."""
    from email.message import _parseparam, _unquotevalue
    pieces = _parseparam(text)
    head = pieces[0] if pieces else ''
    params = []
    for p in pieces[1:]:
        if not p:
            continue
        if '=' in p:
            name, val = p.split('=', 1)
            params.append((name.strip(), val.strip()))
        else:
            params.append((p.strip(), ''))
    decoded = utils.decode_params([(head, '')] + params)[1:]
    out = {}
    for name, val in decoded:
        out[name.lower()] = utils.collapse_rfc2231_value(_unquotevalue(val))
    return head.strip(), out


class ParameterizedMIMEHeader:
    """A value with parameters; its text shows every parameter quoted, as
    CPython's MIME parameter list renders them."""

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        text = str(value)
        head, params = _split_params(text)
        raw_head = text.split(';', 1)[0]
        rendered = ['{}={}'.format(name, quote_string(val)) if val else name
                    for name, val in params.items()]
        kwds['head'] = head
        kwds['params'] = params
        kwds['decoded'] = raw_head + (';' + ' ' + '; '.join(rendered)
                                      if ';' in text else '')
        tree = [Tok(children=words_and_blanks(raw_head), ew=False)]
        if ';' in text:
            tree.append(word(';'))
            ptok = Tok(kind='mime-parameters', children=[
                word(' ' + '; '.join(rendered))])
            ptok.params = list(params.items())
            tree.append(ptok)
        # The value never moves to a line of its own (CPython:
        # ParameterizedHeaderValue.syntactic_break is false).
        kwds['parse_tree'] = Tok(children=tree, kind='mime', brk=False)

    def init(self, *args, **kw):
        self._params = kw.pop('params')
        self._head = kw.pop('head')
        super().init(*args, **kw)

    @property
    def params(self):
        return MappingProxyType(self._params)


class ContentTypeHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        head = self._head.lower()
        if head.count('/') == 1 and all(p.strip() for p in head.split('/')):
            self._maintype, self._subtype = [p.strip() for p in head.split('/')]
        else:
            self._maintype, self._subtype = 'text', 'plain'

    @property
    def maintype(self):
        return self._maintype

    @property
    def subtype(self):
        return self._subtype

    @property
    def content_type(self):
        return self.maintype + '/' + self.subtype


class ContentDispositionHeader(ParameterizedMIMEHeader):

    def init(self, *args, **kw):
        super().init(*args, **kw)
        cd = self._head.lower()
        self._content_disposition = cd or None

    @property
    def content_disposition(self):
        return self._content_disposition


class ContentTransferEncodingHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = text = str(value)
        kwds['parse_tree'] = Tok(children=words_and_blanks(text),
                                 ew=False)

    def init(self, *args, **kw):
        super().init(*args, **kw)
        self._cte = utils._sanitize(str(self).strip()).lower()

    @property
    def cte(self):
        return self._cte


class MessageIDHeader:

    max_count = 1

    @classmethod
    def parse(cls, value, kwds):
        kwds['decoded'] = text = str(value)
        kwds['parse_tree'] = Tok(children=words_and_blanks(text),
                                 ew=False)


_default_header_map = {
    'subject': UniqueUnstructuredHeader,
    'date': UniqueDateHeader,
    'resent-date': DateHeader,
    'orig-date': UniqueDateHeader,
    'sender': UniqueSingleAddressHeader,
    'resent-sender': SingleAddressHeader,
    'to': UniqueAddressHeader,
    'resent-to': AddressHeader,
    'cc': UniqueAddressHeader,
    'resent-cc': AddressHeader,
    'bcc': UniqueAddressHeader,
    'resent-bcc': AddressHeader,
    'from': UniqueAddressHeader,
    'resent-from': AddressHeader,
    'reply-to': UniqueAddressHeader,
    'mime-version': MIMEVersionHeader,
    'content-type': ContentTypeHeader,
    'content-disposition': ContentDispositionHeader,
    'content-transfer-encoding': ContentTransferEncodingHeader,
    'message-id': MessageIDHeader,
}


class HeaderRegistry:
    """Maps header names to header classes and makes header objects."""

    def __init__(self, base_class=BaseHeader, default_class=UnstructuredHeader,
                 use_default_map=True):
        self.registry = {}
        self.base_class = base_class
        self.default_class = default_class
        if use_default_map:
            self.registry.update(_default_header_map)

    def map_to_type(self, name, cls):
        """Make headers called name (any case) instances of cls."""
        self.registry[name.lower()] = cls

    def __getitem__(self, name):
        cls = self.registry.get(name.lower(), self.default_class)
        return type('_' + cls.__name__, (cls, self.base_class), {})

    def __call__(self, name, value):
        """A header object for this name and value."""
        return self[name](name, value)
