"""XML-RPC servers: a dispatcher of registered functions (and an instance's methods), served
over HTTP by SimpleXMLRPCServer or from CGI. Written for Weft; CPython's xmlrpc.server is the
reference for behaviour (fault strings, introspection, multicall, HTTP replies)."""

import http.server
import inspect
import os
import re
import socketserver
import sys
import traceback
from functools import partial
from xmlrpc.client import Fault, dumps, loads, gzip_encode, gzip_decode


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """Looks up 'a.b.c' on obj, refusing any part that starts with an underscore."""
    if allow_dotted_names:
        attrs = attr.split('.')
    else:
        attrs = [attr]
    for i in attrs:
        if i.startswith('_'):
            raise AttributeError('attempt to access private attribute "%s"' % i)
        obj = getattr(obj, i)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with an underscore."""
    return [member for member in dir(obj)
            if not member.startswith('_') and callable(getattr(obj, member))]


def _getdoc(obj):
    doc = inspect.getdoc(obj)
    if not doc:
        return ''
    return re.sub('^ *\n', '', doc.rstrip())


class SimpleXMLRPCDispatcher:
    # The system_* docstrings are answers: system.methodHelp sends them to clients, so their
    # wording is CPython's.
    """Maps method names to functions (and to an instance's methods) and turns a request body
    into a response body; faults and exceptions become XML-RPC faults."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs = {}
        self.instance = None
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function=None, name=None):
        # Without a function this is a decorator: @server.register_function(name='x').
        if function is None:
            return partial(self.register_function, name=name)
        if name is None:
            name = function.__name__
        self.funcs[name] = function
        return function

    def register_introspection_functions(self):
        self.funcs.update({'system.listMethods': self.system_listMethods,
                           'system.methodSignature': self.system_methodSignature,
                           'system.methodHelp': self.system_methodHelp})

    def register_multicall_functions(self):
        self.funcs.update({'system.multicall': self.system_multicall})

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            params, method = loads(data, use_builtin_types=self.use_builtin_types)
            if dispatch_method is not None:
                response = dispatch_method(method, params)
            else:
                response = self._dispatch(method, params)
            response = dumps((response,), methodresponse=1, allow_none=self.allow_none,
                             encoding=self.encoding)
        except Fault as fault:
            response = dumps(fault, allow_none=self.allow_none, encoding=self.encoding)
        except BaseException as exc:
            response = dumps(Fault(1, "%s:%s" % (type(exc), exc)), encoding=self.encoding,
                             allow_none=self.allow_none)
        return response.encode(self.encoding, 'xmlcharrefreplace')

    def system_listMethods(self):
        """system.listMethods() => ['add', 'subtract', 'multiple']

        Returns a list of the methods supported by the server."""
        methods = set(self.funcs.keys())
        if self.instance is not None:
            if hasattr(self.instance, '_listMethods'):
                methods |= set(self.instance._listMethods())
            elif not hasattr(self.instance, '_dispatch'):
                methods |= set(list_public_methods(self.instance))
        return sorted(methods)

    def system_methodSignature(self, method_name):
        """system.methodSignature('add') => [double, int, int]

        Returns a list describing the signature of the method. In the
        above example, the add method takes two integers as arguments
        and returns a double result.

        This server does NOT support system.methodSignature."""
        return 'signatures not supported'

    def system_methodHelp(self, method_name):
        """system.methodHelp('add') => "Adds two integers together"

        Returns a string containing documentation for the specified method."""
        method = None
        if method_name in self.funcs:
            method = self.funcs[method_name]
        elif self.instance is not None:
            if hasattr(self.instance, '_methodHelp'):
                return self.instance._methodHelp(method_name)
            elif not hasattr(self.instance, '_dispatch'):
                try:
                    method = resolve_dotted_attribute(self.instance, method_name,
                                                      self.allow_dotted_names)
                except AttributeError:
                    pass
        if method is None:
            return ""
        return _getdoc(method)

    def system_multicall(self, call_list):
        """system.multicall([{'methodName': 'add', 'params': [2, 2]}, ...]) => [[4], ...]

        Allows the caller to package multiple XML-RPC calls into a single
        request.

        See http://www.xmlrpc.com/discuss/msgReader$1208
        """
        results = []
        for call in call_list:
            method_name = call['methodName']
            params = call['params']
            try:
                results.append([self._dispatch(method_name, params)])
            except Fault as fault:
                results.append({'faultCode': fault.faultCode, 'faultString': fault.faultString})
            except BaseException as exc:
                results.append({'faultCode': 1, 'faultString': "%s:%s" % (type(exc), exc)})
        return results

    def _dispatch(self, method, params):
        try:
            func = self.funcs[method]
        except KeyError:
            pass
        else:
            if func is not None:
                return func(*params)
            raise Exception('method "%s" is not supported' % method)
        if self.instance is not None:
            if hasattr(self.instance, '_dispatch'):
                return self.instance._dispatch(method, params)
            try:
                func = resolve_dotted_attribute(self.instance, method, self.allow_dotted_names)
            except AttributeError:
                pass
            else:
                if func is not None:
                    return func(*params)
        raise Exception('method "%s" is not supported' % method)


class SimpleXMLRPCRequestHandler(http.server.BaseHTTPRequestHandler):
    """Answers POSTs to rpc_paths with the server's dispatch; anything else is a 404."""

    rpc_paths = ('/', '/RPC2', '/pydoc.css')
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True
    aepattern = re.compile(r"""
                            \s* ([^\s;]+) \s*            #content-coding
                            (;\s* q \s*=\s* ([0-9\.]+))? #q
                            """, re.VERBOSE | re.IGNORECASE)

    def accept_encodings(self):
        r = {}
        ae = self.headers.get("Accept-Encoding", "")
        for e in ae.split(","):
            match = self.aepattern.match(e)
            if match:
                v = match.group(3)
                v = float(v) if v else 1.0
                r[match.group(1)] = v
        return r

    def is_rpc_path_valid(self):
        if self.rpc_paths:
            return self.path in self.rpc_paths
        return True

    def do_POST(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        try:
            max_chunk_size = 10 * 1024 * 1024
            size_remaining = int(self.headers["content-length"])
            chunks = []
            while size_remaining:
                chunk = self.rfile.read(min(size_remaining, max_chunk_size))
                if not chunk:
                    break
                chunks.append(chunk)
                size_remaining -= len(chunk)
            data = self.decode_request_content(b''.join(chunks))
            if data is None:
                return
            response = self.server._marshaled_dispatch(data, getattr(self, '_dispatch', None),
                                                       self.path)
        except Exception as e:
            self.send_response(500)
            if getattr(self.server, '_send_traceback_header', False):
                self.send_header("X-exception", str(e))
                trace = traceback.format_exc()
                trace = str(trace.encode('ASCII', 'backslashreplace'), 'ASCII')
                self.send_header("X-traceback", trace)
            self.send_header("Content-length", "0")
            self.end_headers()
        else:
            self.send_response(200)
            self.send_header("Content-type", "text/xml")
            if self.encode_threshold is not None and len(response) > self.encode_threshold:
                if self.accept_encodings().get("gzip", 0):
                    try:
                        response = gzip_encode(response)
                        self.send_header("Content-Encoding", "gzip")
                    except NotImplementedError:
                        pass
            self.send_header("Content-length", str(len(response)))
            self.end_headers()
            self.wfile.write(response)

    def decode_request_content(self, data):
        encoding = self.headers.get("content-encoding", "identity").lower()
        if encoding == "identity":
            return data
        if encoding == "gzip":
            try:
                return gzip_decode(data)
            except NotImplementedError:
                self.send_response(501, "encoding %r not supported" % encoding)
            except ValueError:
                self.send_response(400, "error decoding gzip content")
        else:
            self.send_response(501, "encoding %r not supported" % encoding)
        self.send_header("Content-length", "0")
        self.end_headers()

    def report_404(self):
        self.send_response(404)
        response = b'No such page'
        self.send_header("Content-type", "text/plain")
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)

    def log_request(self, code='-', size='-'):
        if self.server.logRequests:
            http.server.BaseHTTPRequestHandler.log_request(self, code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """An XML-RPC server over HTTP; register functions, then serve_forever()."""

    allow_reuse_address = True
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        self.logRequests = logRequests
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """Serves a different dispatcher at each path (add_dispatcher)."""

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none,
                                    encoding, bind_and_activate, use_builtin_types)
        self.dispatchers = {}
        self.allow_none = allow_none
        self.encoding = encoding or 'utf-8'

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers[path] = dispatcher
        return dispatcher

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            response = self.dispatchers[path]._marshaled_dispatch(data, dispatch_method, path)
        except BaseException as exc:
            response = dumps(Fault(1, "%s:%s" % (type(exc), exc)), encoding=self.encoding,
                             allow_none=self.allow_none)
            response = response.encode(self.encoding, 'xmlcharrefreplace')
        return response


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """Answers one XML-RPC request read from stdin, writing a CGI response to stdout."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)

    def handle_xmlrpc(self, request_text):
        response = self._marshaled_dispatch(request_text)
        print('Content-Type: text/xml')
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def handle_get(self):
        code = 400
        message, explain = http.server.BaseHTTPRequestHandler.responses[code]
        response = http.server.DEFAULT_ERROR_MESSAGE % {
            'code': code, 'message': message, 'explain': explain}
        response = response.encode('utf-8')
        print('Status: %d %s' % (code, message))
        print('Content-Type: %s' % http.server.DEFAULT_ERROR_CONTENT_TYPE)
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def handle_request(self, request_text=None):
        if request_text is None and os.environ.get('REQUEST_METHOD', None) == 'GET':
            self.handle_get()
        else:
            try:
                length = int(os.environ.get('CONTENT_LENGTH', None))
            except (ValueError, TypeError):
                length = -1
            if request_text is None:
                request_text = sys.stdin.read(length)
            self.handle_xmlrpc(request_text)


# --- Self-documenting servers: a GET returns an HTML page listing the methods. ---------------

import html as _html

_MARKUP = re.compile(r'\b((http|https|ftp)://\S+[\w/]|RFC[- ]?(\d+)|PEP[- ]?(\d+)|'
                     r'(self\.)?((?:\w|\.)+))\b')


def _escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


class ServerHTMLDoc:
    """Writes the documentation page (the layout of pydoc's HTML pages, as CPython's server
    sends it)."""

    def escape(self, text):
        return _escape(text)

    def preformat(self, text):
        text = self.escape(text.expandtabs())
        for old, new in (('\n\n', '\n \n'), ('\n\n', '\n \n'), (' ', '&nbsp;'),
                         ('\n', '<br>\n')):
            text = text.replace(old, new)
        return text

    def namelink(self, name, *dicts):
        for d in dicts:
            if name in d:
                return '<a href="%s">%s</a>' % (d[name], name)
        return name

    def markup(self, text, escape=None, funcs={}, classes={}, methods={}):
        """Escapes text and links URLs, RFCs, PEPs and the names of documented methods."""
        escape = escape or self.escape
        results = []
        here = 0
        for match in _MARKUP.finditer(text):
            start, end = match.span()
            results.append(escape(text[here:start]))
            all, scheme, rfc, pep, selfdot, name = match.groups()
            if scheme:
                url = escape(all).replace('"', '&quot;')
                results.append('<a href="%s">%s</a>' % (url, url))
            elif rfc:
                url = 'https://www.rfc-editor.org/rfc/rfc%d.txt' % int(rfc)
                results.append('<a href="%s">%s</a>' % (url, escape(all)))
            elif pep:
                url = 'https://peps.python.org/pep-%04d/' % int(pep)
                results.append('<a href="%s">%s</a>' % (url, escape(all)))
            elif text[end:end + 1] == '(':
                results.append(self.namelink(name, methods, funcs, classes))
            elif selfdot:
                results.append('self.<strong>%s</strong>' % name)
            else:
                results.append(self.namelink(name, classes))
            here = end
        results.append(escape(text[here:]))
        return ''.join(results)

    def docroutine(self, object, name, mod=None, funcs={}, classes={}, methods={}, cl=None):
        anchor = (cl and cl.__name__ or '') + '-' + name
        title = '<a name="%s"><strong>%s</strong></a>' % (self.escape(anchor), self.escape(name))
        if callable(object):
            argspec = str(inspect.signature(object))
            docstring = _getdoc(object)
        else:
            argspec = object[0] or '(...)'
            docstring = object[1] or ""
        doc = self.markup(docstring, self.preformat, funcs, classes, methods)
        doc = doc and '<dd><tt>%s</tt></dd>' % doc
        return '<dl><dt>%s</dt>%s</dl>\n' % (title + argspec, doc)

    def heading(self, title):
        return ('<table class="heading">\n<tr class="heading-text decor">\n'
                '<td class="title">&nbsp;<br><big><big><strong>%s</strong></big></big></td>\n'
                '<td class="extra">&nbsp;</td></tr></table>\n' % title)

    def bigsection(self, title, contents):
        return ('<p>\n<table class="section">\n'
                '<tr class="decor functions-decor heading-text">\n'
                '<td class="section-title" colspan=3>&nbsp;<br>'
                '<strong class="bigsection">%s</strong></td></tr>\n    \n'
                '<tr><td class="decor functions-decor"><span class="code">'
                '&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></td><td>&nbsp;</td>\n'
                '<td class="singlecolumn">%s</td></tr></table>' % (title, contents))

    def docserver(self, server_name, package_documentation, methods):
        fdict = {}
        for key, value in methods.items():
            fdict[key] = '#-' + key
            fdict[value] = fdict[key]
        server_name = self.escape(server_name)
        result = self.heading(server_name)
        doc = self.markup(package_documentation, self.preformat, fdict)
        doc = doc and '<tt>%s</tt>' % doc
        result = result + '    <p>%s</p>\n' % doc
        contents = [self.docroutine(value, key, funcs=fdict)
                    for key, value in sorted(methods.items())]
        return result + self.bigsection('Methods', ''.join(contents))

    def page(self, title, contents):
        css_link = '<link rel="stylesheet" type="text/css" href="/pydoc.css">'
        return ('<!DOCTYPE>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
                '<title>Python: %s</title>\n%s</head><body>\n%s</body></html>'
                % (title, css_link, contents))


class XMLRPCDocGenerator:
    """Generates the documentation page of a dispatcher's methods."""

    def __init__(self):
        self.server_name = 'XML-RPC Server Documentation'
        self.server_documentation = ("This server exports the following methods through the "
                                     "XML-RPC protocol.")
        self.server_title = 'XML-RPC Server Documentation'

    def set_server_title(self, server_title):
        self.server_title = server_title

    def set_server_name(self, server_name):
        self.server_name = server_name

    def set_server_documentation(self, server_documentation):
        self.server_documentation = server_documentation

    def generate_html_documentation(self):
        methods = {}
        for method_name in self.system_listMethods():
            if method_name in self.funcs:
                method = self.funcs[method_name]
            elif self.instance is not None:
                method_info = [None, None]
                if hasattr(self.instance, '_get_method_argstring'):
                    method_info[0] = self.instance._get_method_argstring(method_name)
                if hasattr(self.instance, '_methodHelp'):
                    method_info[1] = self.instance._methodHelp(method_name)
                method_info = tuple(method_info)
                if method_info != (None, None):
                    method = method_info
                elif not hasattr(self.instance, '_dispatch'):
                    try:
                        method = resolve_dotted_attribute(self.instance, method_name)
                    except AttributeError:
                        method = method_info
                else:
                    method = method_info
            else:
                assert 0, "Could not find method in self.functions and no instance installed"
            methods[method_name] = method
        documenter = ServerHTMLDoc()
        documentation = documenter.docserver(self.server_name, self.server_documentation,
                                             methods)
        return documenter.page(_html.escape(self.server_title), documentation)


# Weft's own small stylesheet for the page's classes (CPython serves pydoc's).
_CSS = b"""body { background-color: #f0f0f8; }
table.heading tr { background-color: #7799ee; }
.decor { color: #ffffff; }
.title-decor { background-color: #ffc8d8; color: #000000; }
.functions-decor { background-color: #eeaa77; }
.singlecolumn { width: 100%; }
"""


class DocXMLRPCRequestHandler(SimpleXMLRPCRequestHandler):
    """Answers GET with the documentation page (and /pydoc.css with its stylesheet)."""

    def _get_css(self, url):
        return _CSS

    def do_GET(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        if self.path.endswith('.css'):
            content_type = 'text/css'
            response = self._get_css(self.path)
        else:
            content_type = 'text/html'
            response = self.server.generate_html_documentation().encode('utf-8')
        self.send_response(200)
        self.send_header('Content-Type', '%s; charset=UTF-8' % content_type)
        self.send_header("Content-length", str(len(response)))
        self.end_headers()
        self.wfile.write(response)


class DocXMLRPCServer(SimpleXMLRPCServer, XMLRPCDocGenerator):
    """An XML-RPC server that also documents itself over GET."""

    def __init__(self, addr, requestHandler=DocXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True,
                 use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests, allow_none,
                                    encoding, bind_and_activate, use_builtin_types)
        XMLRPCDocGenerator.__init__(self)


class DocCGIXMLRPCRequestHandler(CGIXMLRPCRequestHandler, XMLRPCDocGenerator):
    """CGIXMLRPCRequestHandler that answers GET with the documentation page."""

    def handle_get(self):
        response = self.generate_html_documentation().encode('utf-8')
        print('Content-Type: text/html')
        print('Content-Length: %d' % len(response))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(response)
        sys.stdout.buffer.flush()

    def __init__(self):
        CGIXMLRPCRequestHandler.__init__(self)
        XMLRPCDocGenerator.__init__(self)
