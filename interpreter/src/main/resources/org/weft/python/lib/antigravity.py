"""antigravity: opens https://xkcd.com/353/ in a web browser, when there is one (written for
Weft), and offers geohash, the algorithm of https://xkcd.com/426/."""
import hashlib
import webbrowser

webbrowser.open("https://xkcd.com/353/")


def geohash(latitude, longitude, datedow):
    '''Compute geohash() using the Munroe algorithm.

    >>> geohash(37.421542, -122.085589, b'2005-05-26-10458.68')
    37.857713 -122.544543

    '''
    digest = hashlib.md5(datedow, usedforsecurity=False).hexdigest()
    # each half of the digest, read as a hexadecimal fraction, gives the decimals of one coordinate
    p, q = ['%f' % float.fromhex('0.' + half) for half in (digest[:16], digest[16:32])]
    print('%d%s %d%s' % (latitude, p[1:], longitude, q[1:]))
