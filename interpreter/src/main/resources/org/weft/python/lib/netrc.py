"""An object-oriented interface to .netrc files (written for Weft)."""
import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """Exception raised on syntax errors in the .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _Tokens:
    """The words of a .netrc file: whitespace separates them, double quotes group, a backslash
    takes the next character as it is. Counts lines as it consumes newlines, the one that ends
    a word included."""

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.pushback = []

    def _char(self):
        ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        ch = self._char()
        while ch and ch in '\n\t\r ':
            ch = self._char()
        if not ch:
            return ''
        token = []
        if ch == '"':
            ch = self._char()
            while ch and ch != '"':
                if ch == '\\':
                    ch = self._char()
                token.append(ch)
                ch = self._char()
            return ''.join(token)
        while ch and ch not in '\n\t\r ':
            if ch == '\\':
                ch = self._char()
            token.append(ch)
            ch = self._char()
        return ''.join(token)

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        lexer = _Tokens(fp)
        while True:
            saved_lineno = lexer.lineno
            tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == '#':
                # a lone '#' on the line of the last word starts a comment; other '#' words are skipped
                if lexer.lineno == saved_lineno and len(tt) == 1:
                    lexer.instream.readline()
                continue
            if tt == 'machine':
                entryname = lexer.get_token()
            elif tt == 'default':
                entryname = 'default'
            elif tt == 'macdef':
                entryname = lexer.get_token()
                self.macros[entryname] = lines = []
                while True:
                    line = lexer.instream.readline()
                    if not line:
                        raise NetrcParseError("Macro definition missing null line terminator.", file, lexer.lineno)
                    if line == '\n':
                        break
                    lines.append(line)
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing %r name" % tt, file, lexer.lineno)
            self._parse_entry(file, fp, lexer, entryname, default_netrc)

    def _parse_entry(self, file, fp, lexer, entryname, default_netrc):
        login = account = password = ''
        self.hosts[entryname] = {}
        while True:
            prev_lineno = lexer.lineno
            tt = lexer.get_token()
            if tt.startswith('#'):
                if lexer.lineno == prev_lineno:
                    lexer.instream.readline()
                continue
            if tt in {'', 'machine', 'default', 'macdef'}:
                self.hosts[entryname] = (login, account, password)
                lexer.push_token(tt)
                break
            if tt in ('login', 'user'):
                login = lexer.get_token()
            elif tt == 'account':
                account = lexer.get_token()
            elif tt == 'password':
                password = lexer.get_token()
            else:
                raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)
        if os.name == 'posix' and default_netrc and login != "anonymous":
            self._security_check(fp)

    def _security_check(self, fp):
        """A password in ~/.netrc must be the user's own and private, as ftp clients demand."""
        prop = os.fstat(fp.fileno())
        if prop.st_uid != os.getuid():
            import pwd
            try:
                fowner = pwd.getpwuid(prop.st_uid)[0]
            except KeyError:
                fowner = 'uid %s' % prop.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except KeyError:
                user = 'uid %s' % os.getuid()
            raise NetrcParseError(f"~/.netrc file owner ({fowner}, {user}) does not match current user")
        if prop.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions must restrict access "
                                  "to only the owner")

    def authenticators(self, host):
        """Return a (user, account, password) tuple for given host."""
        if host in self.hosts:
            return self.hosts[host]
        if 'default' in self.hosts:
            return self.hosts['default']
        return None

    def __repr__(self):
        """Dump the class data in the format of a .netrc file."""
        rep = ""
        for host, (login, account, password) in self.hosts.items():
            rep += f"machine {host}\n\tlogin {login}\n"
            if account:
                rep += f"\taccount {account}\n"
            rep += f"\tpassword {password}\n"
        for macro, lines in self.macros.items():
            rep += f"macdef {macro}\n" + ''.join(lines) + "\n"
        return rep


if __name__ == '__main__':
    print(netrc())
