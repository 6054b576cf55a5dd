"""email.message.Message: an ordered, case-insensitive multi-map of headers plus a payload."""

__all__ = ['Message']

_MISSING = object()


def _split_params(value):
    """Split 'a/b; x=1; y="q;r"' at the semicolons that are outside quoted strings."""
    parts = []
    current = []
    quoted = False
    escaped = False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == '\\' and quoted:
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif ch == ';' and not quoted:
            parts.append(''.join(current))
            current = []
            continue
        current.append(ch)
    parts.append(''.join(current))
    return parts


def _unquote(value):
    if len(value) > 1 and value[0] == value[-1] == '"':
        return value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
    if len(value) > 1 and value[0] == '<' and value[-1] == '>':
        return value[1:-1]
    return value


def _parse_params(value):
    params = []
    for i, part in enumerate(_split_params(value)):
        part = part.strip()
        if i == 0:
            params.append((part, ''))
            continue
        if not part:
            continue
        if '=' in part:
            name, val = part.split('=', 1)
            params.append((name.strip().lower(), val.strip()))
        else:
            params.append((part.lower(), ''))
    return params


class Message:
    """Headers (kept in order; names compared case-insensitively) and a payload."""

    def __init__(self, policy=None):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = []
        if unixfrom and self._unixfrom:
            lines.append(self._unixfrom + '\n')
        for name, value in self._headers:
            lines.append(f'{name}: {value}\n'.replace('\r\n', '\n'))
        lines.append('\n')
        payload = self._payload
        if isinstance(payload, list):
            payload = ''.join(p.as_string() for p in payload)
        if payload:
            if not isinstance(payload, str):
                payload = payload.decode('ascii', 'surrogateescape')
            lines.append(payload.replace('\r\n', '\n'))
        return ''.join(lines)

    def __bytes__(self):
        return self.as_string().encode('ascii', 'surrogateescape')

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode('ascii', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            self._payload.append(payload)

    def get_payload(self, i=None, decode=False):
        if i is not None:
            if not isinstance(self._payload, list):
                raise TypeError('Expected list, got %s' % type(self._payload))
            return self._payload[i]
        payload = self._payload
        if decode and isinstance(payload, str):
            return payload.encode('ascii', 'surrogateescape')
        return payload

    def set_payload(self, payload, charset=None):
        self._payload = payload
        if charset is not None:
            self.set_param('charset', str(charset))

    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, _ in self._headers)

    def __iter__(self):
        for field, _ in self._headers:
            yield field

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return self._headers[:]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers[:])

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            if v is None:
                parts.append(k)
            else:
                parts.append('%s="%s"' % (k, str(v).replace('\\', '\\\\').replace('"', '\\"')))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    def get_content_type(self):
        value = self.get('content-type', _MISSING)
        if value is _MISSING:
            return self.get_default_type()
        ctype = _split_params(str(value))[0].strip().lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_params(self, failobj=None, header='content-type', unquote=True):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        params = _parse_params(str(value))
        if unquote:
            return [(k, _unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        value = self.get(header, _MISSING)
        if value is _MISSING:
            return failobj
        for k, v in _parse_params(str(value))[1:]:
            if k == param.lower():
                return _unquote(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True, charset=None, language='',
                  replace=False):
        params = self.get_params(header=header, unquote=True) or [('text/plain', '')]
        out = []
        found = False
        for k, v in params:
            if k == param.lower():
                v = value
                found = True
            out.append((k, v))
        if not found:
            out.append((param, value))
        text = '; '.join([out[0][0]] + ['%s="%s"' % (k, v) if requote else f'{k}={v}' for k, v in out[1:]])
        if header in self:
            self.replace_header(header, text)
        else:
            self[header] = text

    def del_param(self, param, header='content-type', requote=True):
        params = self.get_params(header=header)
        if params is None:
            return
        kept = [p for p in params[1:] if p[0] != param.lower()]
        text = '; '.join([params[0][0]] + ['%s="%s"' % (k, v) for k, v in kept])
        self.replace_header(header, text)

    def get_filename(self, failobj=None):
        filename = self.get_param('filename', _MISSING, 'content-disposition')
        if filename is _MISSING:
            filename = self.get_param('name', _MISSING, 'content-type')
        if filename is _MISSING:
            return failobj
        return filename.strip()

    def get_boundary(self, failobj=None):
        boundary = self.get_param('boundary', _MISSING)
        if boundary is _MISSING:
            return failobj
        return boundary.rstrip()

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset', _MISSING)
        if charset is _MISSING:
            return failobj
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [self.get_content_charset(failobj)]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _split_params(value)[0].strip().lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for part in self._payload:
                yield from part.walk()
