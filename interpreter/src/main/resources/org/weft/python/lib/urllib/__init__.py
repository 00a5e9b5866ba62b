"""The urllib package: parse (URL parsing and quoting) and error (its exceptions).

urllib.request is not provided: Weft has no network access to offer, and a request module that
served only file: URLs would mislead more than it helps.
"""
