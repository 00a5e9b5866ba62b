"""FeedParser: text goes in piece by piece; close() returns the message.

The text is kept until close() and parsed then, which gives the same
message tree as parsing incrementally."""

__all__ = ['FeedParser', 'BytesFeedParser']

import re

from email import errors
from email._policybase import compat32

NLCRE_crack = re.compile(r'(\r\n|\r|\n)')
NLCRE_eol = re.compile(r'(\r\n|\r|\n)\Z')
headerRE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')
EMPTYSTRING = ''
NL = '\n'


def _split_lines(text):
    """Lines of text, each keeping its line ending."""
    parts = NLCRE_crack.split(text)
    lines = []
    for i in range(0, len(parts) - 1, 2):
        lines.append(parts[i] + parts[i + 1])
    if parts[-1]:
        lines.append(parts[-1])
    return lines


def _strip_eol(text):
    mo = NLCRE_eol.search(text)
    return text[:-len(mo.group(0))] if mo else text


def _is_blank(line):
    return line in ('\n', '\r\n', '\r')


class FeedParser:
    """Builds a message tree from text fed to it."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        self._old_style_factory = False
        if _factory is None:
            if policy.message_factory is None:
                from email.message import Message
                self._factory = Message
            else:
                self._factory = policy.message_factory
        else:
            self._factory = _factory
            try:
                _factory(policy=self.policy)
            except TypeError:
                self._old_style_factory = True
        self._chunks = []
        self._headersonly = False

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        self._chunks.append(data)

    def close(self):
        """Parse what was fed and return the root message."""
        lines = _split_lines(EMPTYSTRING.join(self._chunks))
        root = self._parse(lines, 'text/plain', True)
        if not root.is_multipart() and root.get_content_maintype() == 'multipart' \
                and not self._headersonly:
            defect = errors.MultipartInvariantViolationDefect()
            self.policy.handle_defect(root, defect)
        return root

    def _new_message(self):
        if self._old_style_factory:
            msg = self._factory()
        else:
            msg = self._factory(policy=self.policy)
        return msg

    def _parse_headers(self, msg, lines, pos):
        """Read the header block; return where the body starts."""
        block = []
        first = True
        while pos < len(lines):
            line = lines[pos]
            if _is_blank(line):
                pos += 1
                break
            if first and line.startswith('From '):
                msg.set_unixfrom(_strip_eol(line))
                pos += 1
                first = False
                continue
            if not headerRE.match(line):
                # Not a header: the body starts here, without a blank line.
                defect = errors.MissingHeaderBodySeparatorDefect()
                self.policy.handle_defect(msg, defect)
                break
            if line[0] in ' \t':
                if not block:
                    defect = errors.FirstHeaderLineIsContinuationDefect(line)
                    self.policy.handle_defect(msg, defect)
                    pos += 1
                    first = False
                    continue
                block.append(line)
            elif line.startswith('From '):
                defect = errors.MisplacedEnvelopeHeaderDefect(line)
                self.policy.handle_defect(msg, defect)
            else:
                self._add_header(msg, block)
                block = [line]
            first = False
            pos += 1
        self._add_header(msg, block)
        return pos

    def _add_header(self, msg, block):
        if not block:
            return
        line = block[0]
        if ':' not in line:
            defect = errors.MissingHeaderBodySeparatorDefect()
            self.policy.handle_defect(msg, defect)
            return
        msg.set_raw(*self.policy.header_source_parse(block))

    def _parse(self, lines, default_type, is_root):
        msg = self._new_message()
        if default_type != 'text/plain':
            msg.set_default_type(default_type)
        pos = self._parse_headers(msg, lines, 0)
        body = lines[pos:]
        if self._headersonly:
            msg.set_payload(EMPTYSTRING.join(body))
            return msg
        ctype = msg.get_content_type()
        if ctype == 'message/delivery-status':
            msg.set_payload(self._parse_status_blocks(body))
        elif msg.get_content_maintype() == 'message':
            msg.attach(self._parse(body, 'text/plain', False))
        elif msg.get_content_maintype() == 'multipart':
            self._parse_multipart(msg, body)
        else:
            msg.set_payload(EMPTYSTRING.join(body))
        return msg

    def _parse_status_blocks(self, body):
        blocks = []
        current = []
        for line in body:
            current.append(line)
            if _is_blank(line):
                blocks.append(current)
                current = []
        if current:
            blocks.append(current)
        parts = []
        for block in blocks:
            part = self._new_message()
            pos = self._parse_headers(part, block, 0)
            rest = block[pos:]
            if rest:
                part.set_payload(EMPTYSTRING.join(rest))
            parts.append(part)
        return parts

    def _parse_multipart(self, msg, body):
        boundary = msg.get_boundary()
        if boundary is None:
            defect = errors.NoBoundaryInMultipartDefect()
            self.policy.handle_defect(msg, defect)
            msg.set_payload(EMPTYSTRING.join(body))
            return
        cte = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if cte not in ('7bit', '8bit', 'binary'):
            defect = errors.InvalidMultipartContentTransferEncodingDefect()
            self.policy.handle_defect(msg, defect)
        separator = '--' + boundary
        boundaryre = re.compile(
            '(?P<sep>' + re.escape(separator) +
            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        sub_default = 'message/rfc822' if \
            msg.get_content_subtype() == 'digest' else 'text/plain'
        preamble = []
        parts = []
        current = None
        closed = False
        rest = []
        for i, line in enumerate(body):
            mo = boundaryre.match(line)
            if mo:
                if current is not None:
                    parts.append(current)
                if mo.group('end'):
                    closed = True
                    current = None
                    rest = body[i + 1:]
                    break
                current = []
                continue
            if current is None:
                preamble.append(line)
            else:
                current.append(line)
        if current is not None:
            parts.append(current)
        if not parts and not closed:
            defect = errors.StartBoundaryNotFoundDefect()
            self.policy.handle_defect(msg, defect)
            msg.set_payload(EMPTYSTRING.join(body))
            msg.epilogue = None
            return
        if preamble:
            preamble[-1] = _strip_eol(preamble[-1])
            msg.preamble = EMPTYSTRING.join(preamble)
        msg._payload = []
        for part_lines in parts:
            if part_lines:
                part_lines = part_lines[:-1] + [_strip_eol(part_lines[-1])]
            part = self._parse(part_lines, sub_default, False)
            if part.get_content_maintype() == 'multipart' and \
                    part.epilogue is not None:
                epilogue = _strip_eol(part.epilogue)
                part.epilogue = epilogue if epilogue else None
            msg.attach(part)
        if not closed:
            defect = errors.CloseBoundaryNotFoundDefect()
            self.policy.handle_defect(msg, defect)
            msg.epilogue = None if not parts else msg.epilogue
            return
        if rest:
            # A line break right after the close delimiter belongs to it.
            mo = NLCRE_crack.match(rest[0])
            if mo:
                rest[0] = rest[0][len(mo.group(0)):]
        epilogue = EMPTYSTRING.join(rest)
        msg.epilogue = epilogue


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (read as ASCII, other bytes kept as
    surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
