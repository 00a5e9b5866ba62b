"""The urllib package: parse (URL parsing and quoting), error (its exceptions), request (urlopen
of http: and file: URLs) and response."""
