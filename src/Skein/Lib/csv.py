"""CSV file reading and writing (RFC 4180 style, with CPython's dialects and quoting rules)."""

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"
QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)
_field_limit = 128 * 1024


class Error(Exception):
    pass


class Dialect:
    """Describes the formatting parameters of a CSV flavour; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params.from_dialect(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _Params.from_dialect(dialect or excel, **fmtparams)
    _dialects[name] = params


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


class _Params:
    """The resolved, validated formatting parameters of a reader or writer."""

    NAMES = ("delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator",
             "quoting", "strict")

    @classmethod
    def from_dialect(cls, dialect, **overrides):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        p = cls()
        for name in cls.NAMES:
            value = overrides[name] if name in overrides else getattr(dialect, name, None)
            setattr(p, name, value)
        if p.delimiter is None:
            p.delimiter = ','
        if p.doublequote is None:
            p.doublequote = True
        if p.skipinitialspace is None:
            p.skipinitialspace = False
        if p.lineterminator is None:
            p.lineterminator = '\r\n'
        if p.quoting is None:
            p.quoting = QUOTE_MINIMAL
        if p.quotechar is None and 'quotechar' not in overrides and p.quoting != QUOTE_NONE:
            p.quotechar = '"'
        if not isinstance(p.delimiter, str) or len(p.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if p.quotechar is not None and (not isinstance(p.quotechar, str) or len(p.quotechar) != 1):
            raise TypeError('"quotechar" must be a 1-character string')
        if p.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if p.quotechar is None and p.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if not isinstance(p.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        return p


def _params(dialect, fmtparams):
    return _Params.from_dialect(dialect, **fmtparams)


class _Reader:
    def __init__(self, lines, dialect="excel", **fmtparams):
        self._lines = iter(lines)
        self.dialect = _params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        quoted = False
        in_quotes = False
        started = False
        while True:
            line = next(self._lines)
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            i = 0
            n = len(line)
            if not in_quotes and not started and line in ('\n', '\r\n', '\r', ''):
                return []
            started = True
            while i < n:
                c = line[i]
                if in_quotes:
                    if d.escapechar is not None and c == d.escapechar and i + 1 < n:
                        field.append(line[i + 1])
                        i += 2
                        continue
                    if c == d.quotechar:
                        if d.doublequote and i + 1 < n and line[i + 1] == d.quotechar:
                            field.append(c)
                            i += 2
                            continue
                        in_quotes = False
                        i += 1
                        continue
                    field.append(c)
                    i += 1
                    continue
                if c == d.delimiter:
                    fields.append(self._finish(field, quoted))
                    field = []
                    quoted = False
                    i += 1
                    if d.skipinitialspace:
                        while i < n and line[i] == ' ':
                            i += 1
                    continue
                if c in '\r\n':
                    i += 1
                    continue
                if d.escapechar is not None and c == d.escapechar and i + 1 < n:
                    field.append(line[i + 1])
                    i += 2
                    continue
                if c == d.quotechar and d.quoting != QUOTE_NONE and not field:
                    in_quotes = True
                    quoted = True
                    i += 1
                    continue
                field.append(c)
                i += 1
            if in_quotes:
                continue
            fields.append(self._finish(field, quoted))
            return fields

    def _finish(self, field, quoted):
        value = ''.join(field)
        if len(value) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if not quoted and self.dialect.quoting == QUOTE_NONNUMERIC and value:
            return float(value)
        return value


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, fileobj, dialect="excel", **fmtparams):
        self._write = fileobj.write
        self.dialect = _params(dialect, fmtparams)

    def _quote(self, value):
        d = self.dialect
        if value is None:
            text = ''
        elif isinstance(value, float):
            text = repr(value)
        else:
            text = str(value)
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric):
            needs = True
        elif d.quoting == QUOTE_NONE:
            needs = False
        else:
            needs = (text == '' and False) or any(ch in text for ch in (d.delimiter, d.quotechar or '', '\r', '\n')) \
                or (text[:1] == ' ' and d.skipinitialspace)
        if d.quoting == QUOTE_NONE:
            out = []
            for ch in text:
                if ch in (d.delimiter, d.quotechar, '\r', '\n') or (d.escapechar and ch == d.escapechar):
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                out.append(ch)
            return ''.join(out)
        if d.quotechar and d.quotechar in text:
            if d.doublequote:
                text = text.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                text = text.replace(d.quotechar, d.escapechar + d.quotechar)
            else:
                raise Error("need to escape, but no escapechar set")
        return d.quotechar + text + d.quotechar if needs else text

    def writerow(self, row):
        try:
            items = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        line = self.dialect.delimiter.join(self._quote(v) for v in items)
        if len(items) == 1 and line == '':
            line = self.dialect.quotechar * 2 if self.dialect.quoting != QUOTE_NONE else ''
        return self._write(line + self.dialect.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect from a sample: the most frequent of , ; tab | as delimiter."""

    def sniff(self, sample, delimiters=None):
        candidates = delimiters or ",;\t|:"
        counts = {d: sample.count(d) for d in candidates}
        delimiter = max(counts, key=counts.get)
        if not counts[delimiter]:
            raise Error("Could not determine delimiter")

        class sniffed(Dialect):
            pass
        sniffed.delimiter = delimiter
        sniffed.quotechar = '"'
        sniffed.doublequote = True
        sniffed.skipinitialspace = False
        sniffed.lineterminator = '\r\n'
        sniffed.quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(StringIO(sample), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, first = rows[0], rows[1]

        def numeric(x):
            try:
                float(x)
                return True
            except ValueError:
                return False
        return any(numeric(b) and not numeric(a) for a, b in zip(header, first))
