"""Encodings and related functions."""

__all__ = ['encode_7or8bit', 'encode_base64', 'encode_noop', 'encode_quopri']

from base64 import encodebytes as _bencode
from quopri import encodestring as _encodestring


def _qencode(s):
    return _encodestring(s, quotetabs=True).replace(b' ', b'=20')


def encode_base64(msg):
    """Encode the payload in base64 and set Content-Transfer-Encoding."""
    orig = msg.get_payload(decode=True)
    msg.set_payload(str(_bencode(orig), 'ascii'))
    msg['Content-Transfer-Encoding'] = 'base64'


def encode_quopri(msg):
    """Encode the payload in quoted-printable and set the header."""
    orig = msg.get_payload(decode=True)
    msg.set_payload(_qencode(orig))
    msg['Content-Transfer-Encoding'] = 'quoted-printable'


def encode_7or8bit(msg):
    """Set Content-Transfer-Encoding to 7bit or 8bit as the payload needs."""
    orig = msg.get_payload(decode=True)
    if orig is None:
        msg['Content-Transfer-Encoding'] = '7bit'
        return
    try:
        orig.decode('ascii')
    except UnicodeError:
        msg['Content-Transfer-Encoding'] = '8bit'
    else:
        msg['Content-Transfer-Encoding'] = '7bit'


def encode_noop(msg):
    """Do nothing."""
