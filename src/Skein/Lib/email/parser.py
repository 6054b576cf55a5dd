"""Parse RFC 5322 header blocks (and an optional body) into email.message.Message objects."""

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']

from email.message import Message
from email import errors


def _parse_into(msg, text, headersonly):
    lines = text.splitlines(keepends=True)
    current = None
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        stripped = line.rstrip('\r\n')
        if not stripped:
            i += 1
            break
        if line[0] in ' \t' and current is not None:
            current[1].append(line)
            i += 1
            continue
        if i == 0 and line.startswith('From '):
            msg.set_unixfrom(stripped)
            i += 1
            continue
        colon = line.find(':')
        if colon <= 0:
            msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        if current is not None:
            msg.set_raw(current[0], ''.join(current[1]).rstrip('\r\n'))
        current = (line[:colon].rstrip(' \t'), [line[colon + 1:].lstrip(' \t')])
        i += 1
    if current is not None:
        msg.set_raw(current[0], ''.join(current[1]).rstrip('\r\n'))
    body = ''.join(lines[i:])
    if body or not headersonly:
        msg.set_payload(body)
    return msg


class Parser:
    """Parse text into a Message (policy is accepted and ignored)."""

    def __init__(self, _class=None, *, policy=None):
        self._class = Message if _class is None else _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        try:
            msg = self._class(policy=self.policy) if self.policy is not None else self._class()
        except TypeError:
            msg = self._class()
        return _parse_into(msg, text, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parse bytes (decoded as ASCII with surrogateescape) into a Message."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
