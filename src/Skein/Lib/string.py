"""A collection of string constants, the Template class and the Formatter class."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---------------------------------------------------------------- Template

_sentinel_dict = {}
_IGNORECASE = 2  # re.IGNORECASE; re is only imported for customised patterns
_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ChainLookup:
    __slots__ = ('first', 'second')

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _IGNORECASE
    _custom = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        # Default settings are scanned by hand; anything else is handed to re.
        if 'pattern' in cls.__dict__ or any(
                getattr(cls, name) != getattr(Template, name)
                for name in ('idpattern', 'braceidpattern', 'flags')):
            cls._custom = True
            if 'pattern' not in cls.__dict__:
                cls._pattern = None

    def __init__(self, template):
        self.template = template

    @classmethod
    def _compiled(cls):
        import re
        pattern = cls.__dict__.get('pattern')
        if pattern is None:
            pattern = cls.__dict__.get('_pattern')
        if pattern is None:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            cls._pattern = pattern
        elif isinstance(pattern, str):
            pattern = re.compile(pattern, cls.flags | re.VERBOSE)
            cls._pattern = pattern
        return pattern

    def _scan(self):
        """Yield (start, end, kind, name) for every delimiter occurrence;
        kind is 'escaped', 'named', 'braced' or 'invalid'."""
        if self._custom:
            for mo in self._compiled().finditer(self.template):
                for kind in ('escaped', 'named', 'braced', 'invalid'):
                    if mo.group(kind) is not None:
                        yield mo.start(), mo.end(), kind, mo.group(kind), mo.start(kind)
                        break
                else:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                yield i, j + dlen, 'escaped', delim, j
                i = text.find(delim, j + dlen)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k], j
                i = text.find(delim, k)
                continue
            if j + 1 < n and text[j] == '{' and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k], j + 1
                    i = text.find(delim, k + 1)
                    continue
            yield i, j, 'invalid', '', j
            i = text.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        out = []
        pos = 0
        for start, end, kind, name, gstart in self._scan():
            out.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(gstart)
                out.append(text[start:end])
            elif safe:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(text[start:end])
            else:
                out.append(str(mapping[name]))
        out.append(text[pos:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        for start, end, kind, name, gstart in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for start, end, kind, name, gstart in self._scan():
            if kind in ('named', 'braced') and name not in ids:
                ids.append(name)
        return ids


# ---------------------------------------------------------------- Formatter

def _formatter_parser(s):
    """Split a format string like str.format does: yields
    (literal_text, field_name, format_spec, conversion)."""
    n = len(s)
    pos = 0
    while pos < n:
        start = pos
        c = ''
        markup = False
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = pos >= n
        length = pos - start
        if c == '}' and markup and (at_end or s[pos] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                pos += 1
                markup = False
            else:
                length -= 1
        elif markup:
            length -= 1
        literal = s[start:start + length]
        if not markup:
            yield literal, None, None, None
            continue
        # parse the field that follows the '{'
        name_start = pos
        c = ''
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c == '[':
                while pos < n and s[pos] != ']':
                    pos += 1
                c = ''
                continue
            if c in '}:!':
                break
            c = ''
        field_name = s[name_start:pos - 1] if c else s[name_start:pos]
        conversion = None
        format_spec = ''
        if c == '!' or c == ':':
            if c == '!':
                if pos >= n:
                    raise ValueError('end of string while looking for conversion specifier')
                conversion = s[pos]
                pos += 1
                if pos < n:
                    c2 = s[pos]
                    pos += 1
                    if c2 == '}':
                        yield literal, field_name, '', conversion
                        continue
                    if c2 != ':':
                        raise ValueError("expected ':' after conversion specifier")
            spec_start = pos
            count = 1
            while pos < n:
                c2 = s[pos]
                pos += 1
                if c2 == '{':
                    count += 1
                elif c2 == '}':
                    count -= 1
                    if count == 0:
                        format_spec = s[spec_start:pos - 1]
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
        elif c != '}':
            raise ValueError("expected '}' before end of string")
        yield literal, field_name, format_spec, conversion


def _as_index(part):
    return int(part) if part.isdecimal() else part


def _field_name_rest(s, pos):
    n = len(s)
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '.':
            start = pos
            while pos < n and s[pos] not in '.[':
                pos += 1
            if pos == start:
                raise ValueError('Empty attribute in format string')
            yield True, s[start:pos]
        elif c == '[':
            start = pos
            while pos < n and s[pos] != ']':
                pos += 1
            if pos >= n:
                raise ValueError("Missing ']' in format string")
            if pos == start:
                raise ValueError('Empty attribute in format string')
            key = s[start:pos]
            pos += 1
            if pos < n and s[pos] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _as_index(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(field_name):
    pos = 0
    n = len(field_name)
    while pos < n and field_name[pos] not in '.[':
        pos += 1
    first = field_name[:pos]
    if first:
        first = _as_index(first)
    return first, _field_name_rest(field_name, pos)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                # Numbering: auto_arg_index is False once a manual index was seen.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification '
                                         'to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
