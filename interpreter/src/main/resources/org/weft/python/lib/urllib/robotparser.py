"""robots.txt parsing (the 1996 exclusion standard with Allow, Crawl-delay, Request-rate and
Sitemap): RobotFileParser answers can_fetch(useragent, url). Written for Weft; CPython's
urllib.robotparser is the reference for behaviour."""

import collections
import urllib.error
import urllib.parse
import urllib.request

__all__ = ["RobotFileParser"]

RequestRate = collections.namedtuple("RequestRate", "requests seconds")


class RobotFileParser:
    """The rules of one robots.txt, read from its URL or given as lines to parse()."""

    def __init__(self, url=''):
        self.entries = []
        self.sitemaps = []
        self.default_entry = None
        self.disallow_all = False
        self.allow_all = False
        self.set_url(url)
        self.last_checked = 0

    def mtime(self):
        """When the file was last parsed (0 if never)."""
        return self.last_checked

    def modified(self):
        import time
        self.last_checked = time.time()

    def set_url(self, url):
        self.url = url
        self.host, self.path = urllib.parse.urlparse(url)[1:3]

    def read(self):
        """Fetches the file: 401/403 forbid everything, other 4xx allow everything."""
        try:
            f = urllib.request.urlopen(self.url)
        except urllib.error.HTTPError as err:
            if err.code in (401, 403):
                self.disallow_all = True
            elif 400 <= err.code < 500:
                self.allow_all = True
        else:
            raw = f.read()
            self.parse(raw.decode("utf-8").splitlines())

    def _add_entry(self, entry):
        if "*" in entry.useragents:
            # The first "*" entry is the default; later ones are ignored.
            if self.default_entry is None:
                self.default_entry = entry
        else:
            self.entries.append(entry)

    def parse(self, lines):
        """Parses robots.txt lines. state 0: before a User-agent line; 1: after User-agent
        lines; 2: after rule lines (a blank line or a new User-agent then ends the entry)."""
        state = 0
        entry = Entry()
        self.modified()
        for line in lines:
            if not line:
                if state == 1:
                    entry = Entry()
                    state = 0
                elif state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                    state = 0
            i = line.find('#')
            if i >= 0:
                line = line[:i]
            line = line.strip()
            if not line:
                continue
            line = line.split(':', 1)
            if len(line) != 2:
                continue
            key = line[0].strip().lower()
            value = urllib.parse.unquote(line[1].strip())
            if key == "user-agent":
                if state == 2:
                    self._add_entry(entry)
                    entry = Entry()
                entry.useragents.append(value)
                state = 1
            elif key == "disallow":
                if state != 0:
                    entry.rulelines.append(RuleLine(value, False))
                    state = 2
            elif key == "allow":
                if state != 0:
                    entry.rulelines.append(RuleLine(value, True))
                    state = 2
            elif key == "crawl-delay":
                if state != 0:
                    if value.strip().isdigit():
                        entry.delay = int(value)
                    state = 2
            elif key == "request-rate":
                if state != 0:
                    numbers = value.split('/')
                    if (len(numbers) == 2 and numbers[0].strip().isdigit()
                            and numbers[1].strip().isdigit()):
                        entry.req_rate = RequestRate(int(numbers[0]), int(numbers[1]))
                    state = 2
            elif key == "sitemap":
                self.sitemaps.append(value)
        if state == 2:
            self._add_entry(entry)

    def can_fetch(self, useragent, url):
        """Whether useragent may fetch url (False until the file has been read)."""
        if self.disallow_all:
            return False
        if self.allow_all:
            return True
        if not self.last_checked:
            return False
        parsed_url = urllib.parse.urlparse(urllib.parse.unquote(url))
        url = urllib.parse.urlunparse(('', '', parsed_url.path, parsed_url.params,
                                       parsed_url.query, parsed_url.fragment))
        url = urllib.parse.quote(url)
        if not url:
            url = "/"
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.allowance(url)
        if self.default_entry:
            return self.default_entry.allowance(url)
        return True

    def crawl_delay(self, useragent):
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.delay
        if self.default_entry:
            return self.default_entry.delay
        return None

    def request_rate(self, useragent):
        if not self.mtime():
            return None
        for entry in self.entries:
            if entry.applies_to(useragent):
                return entry.req_rate
        if self.default_entry:
            return self.default_entry.req_rate
        return None

    def site_maps(self):
        if not self.sitemaps:
            return None
        return self.sitemaps

    def __str__(self):
        entries = self.entries
        if self.default_entry is not None:
            entries = entries + [self.default_entry]
        return '\n\n'.join(map(str, entries))


class RuleLine:
    """An Allow or Disallow line: a path prefix and whether it is allowed."""

    def __init__(self, path, allowance):
        if path == '' and not allowance:
            # "Disallow:" with nothing after it allows everything.
            allowance = True
        path = urllib.parse.urlunparse(urllib.parse.urlparse(path))
        self.path = urllib.parse.quote(path)
        self.allowance = allowance

    def applies_to(self, filename):
        return self.path == "*" or filename.startswith(self.path)

    def __str__(self):
        return ("Allow" if self.allowance else "Disallow") + ": " + self.path


class Entry:
    """The rules for one group of user agents."""

    def __init__(self):
        self.useragents = []
        self.rulelines = []
        self.delay = None
        self.req_rate = None

    def __str__(self):
        ret = []
        for agent in self.useragents:
            ret.append(f"User-agent: {agent}")
        if self.delay is not None:
            ret.append(f"Crawl-delay: {self.delay}")
        if self.req_rate is not None:
            rate = self.req_rate
            ret.append(f"Request-rate: {rate.requests}/{rate.seconds}")
        ret.extend(map(str, self.rulelines))
        return '\n'.join(ret)

    def applies_to(self, useragent):
        """Whether this entry is for useragent (its name before any '/', case ignored)."""
        useragent = useragent.split("/")[0].lower()
        for agent in self.useragents:
            if agent == '*':
                return True
            agent = agent.lower()
            if agent in useragent:
                return True
        return False

    def allowance(self, filename):
        for line in self.rulelines:
            if line.applies_to(filename):
                return line.allowance
        return True
