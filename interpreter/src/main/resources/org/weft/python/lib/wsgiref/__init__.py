"""wsgiref: the WSGI reference library (PEP 3333): utilities, a Headers class, base handlers,
a simple HTTP server and a validator. Written for Weft."""
