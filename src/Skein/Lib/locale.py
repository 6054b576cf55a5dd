"""Locale support, limited to the C locale.

Skein has no platform locale database: every category follows the conventions of the C locale (numbers
with '.' and no grouping, English names, ordinal collation). UTF-8 locale names such as C.UTF-8 or
en_US.UTF-8 are accepted and reported, since text is always UTF-8, but they change no convention.
"""

import os
import re
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error", "setlocale", "localeconv",
           "strcoll", "strxfrm", "str", "atof", "atoi", "format_string", "currency", "normalize",
           "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY", "LC_NUMERIC", "LC_ALL", "CHAR_MAX",
           "getencoding", "LC_MESSAGES", "delocalize", "localize"]

_builtin_str = str

# Linux (glibc) category numbers.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

# Categories glibc reports in a composite LC_ALL name, in its order.
_COMPOSITE = [('LC_CTYPE', LC_CTYPE), ('LC_NUMERIC', LC_NUMERIC), ('LC_TIME', LC_TIME),
              ('LC_COLLATE', LC_COLLATE), ('LC_MONETARY', LC_MONETARY), ('LC_MESSAGES', LC_MESSAGES),
              ('LC_PAPER', None), ('LC_NAME', None), ('LC_ADDRESS', None), ('LC_TELEPHONE', None),
              ('LC_MEASUREMENT', None), ('LC_IDENTIFICATION', None)]
_CATEGORY_NAMES = {value: name for name, value in _COMPOSITE if value is not None}


class Error(Exception):
    pass


def _env_locale(category_name):
    for variable in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(variable)
        if value:
            return value
    return 'C'


def _is_utf8_name(name):
    if '.' not in name:
        return False
    encoding = name.split('.', 1)[1].split('@', 1)[0]
    return encoding.replace('-', '').lower() == 'utf8'


def _check_name(name):
    if name in ('C', 'POSIX') or _is_utf8_name(name):
        return name
    raise Error('unsupported locale setting')


# As CPython does at startup, LC_CTYPE follows the environment; everything else starts as "C".
_current = {category: 'C' for category in _CATEGORY_NAMES}
try:
    _current[LC_CTYPE] = _check_name(_env_locale('LC_CTYPE'))
except Error:
    pass


def _composite_name():
    names = set(_current.values())
    if len(names) == 1:
        return names.pop()
    return ';'.join('%s=%s' % (name, _current.get(value, 'C')) for name, value in _COMPOSITE)


def setlocale(category, locale=None):
    """Set the locale for the given category (or query it when locale is None)."""
    if locale is not None and not isinstance(locale, _builtin_str):
        # An iterable of (language code, encoding).
        locale = _build_localename(locale)
    if category not in _CATEGORY_NAMES and category != LC_ALL:
        raise Error('unsupported locale setting')
    if locale is None:
        return _composite_name() if category == LC_ALL else _current[category]
    categories = list(_CATEGORY_NAMES) if category == LC_ALL else [category]
    chosen = {}
    for c in categories:
        name = locale if locale else _env_locale(_CATEGORY_NAMES[c])
        chosen[c] = _check_name(name)
    _current.update(chosen)
    return _composite_name() if category == LC_ALL else _current[category]


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of two strings -- language code, encoding.') from None


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
    if '.' in code:
        language, encoding = code.split('.')[:2]
        # CPython's alias table maps C.UTF-8 to en_US.UTF-8.
        if language == 'C' and encoding == 'UTF-8':
            return 'en_US', 'UTF-8'
        return language, encoding
    if code in ('C', 'POSIX'):
        return None, None
    raise ValueError('unknown locale: %s' % localename)


def getlocale(category=LC_CTYPE):
    """Returns the current setting for the given locale category as a tuple (language code, encoding)."""
    localename = setlocale(category)
    if category == LC_ALL and ';' in localename:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(localename)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """Tries to determine the default locale settings and returns them as tuple (language code, encoding)."""
    import warnings
    warnings.warn("Use setlocale(), getencoding() and getlocale() instead", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        localename = os.environ.get(variable)
        if localename:
            if variable == 'LANGUAGE':
                localename = localename.split(':')[0]
            break
    else:
        localename = 'C'
    return _parse_localename(localename)


def getencoding():
    """Get the current locale encoding."""
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    """Return the charset that the user is likely using: always UTF-8 in Skein."""
    if getattr(getattr(sys, 'flags', None), 'utf8_mode', 0):
        return 'utf-8'
    return 'UTF-8'


def normalize(localename):
    """Returns a normalized locale code for the given locale name (encoding names spelled as glibc does)."""
    code = localename
    modifier = ''
    if '@' in code:
        code, modifier = code.split('@', 1)
        modifier = '@' + modifier
    if '.' in code:
        language, encoding = code.split('.', 1)
        if encoding.replace('-', '').lower() == 'utf8':
            encoding = 'UTF-8'
        return language + '.' + encoding + modifier
    return localename


_C_CONVENTIONS = {
    'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
    'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': CHAR_MAX,
    'frac_digits': CHAR_MAX, 'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
    'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX, 'p_sign_posn': CHAR_MAX,
    'n_sign_posn': CHAR_MAX, 'decimal_point': '.', 'thousands_sep': '', 'grouping': [],
}


def localeconv():
    """Returns numeric and monetary locale-specific parameters."""
    conv = dict(_C_CONVENTIONS)
    conv['mon_grouping'] = []
    conv['grouping'] = []
    return conv


def strcoll(a, b):
    """Compares two strings according to the locale (ordinal in the C locale)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str, not %s" %
                        type(b if isinstance(a, _builtin_str) else a).__name__)
    return (a > b) - (a < b)


def strxfrm(s):
    """Returns a string that behaves for cmp locale-aware (itself in the C locale)."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


_PERCENT = re.compile(r'%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def _localize_number(formatted, monetary):
    conv = localeconv()
    point = conv['mon_decimal_point'] if monetary else conv['decimal_point']
    if point == '.':
        return formatted
    return formatted.replace('.', point, 1)


def _format(percent, value, monetary=False):
    formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        formatted = _localize_number(formatted, monetary)
    return formatted


def format_string(f, val, grouping=False, monetary=False):
    """Formats a string in the same way that the % formatting would use, but takes the current locale into account."""
    # The C locale has no grouping and '.' for a decimal point, so only monetary formatting differs from '%'.
    if not monetary:
        return f % val
    pieces = []
    position = 0
    values = val if isinstance(val, tuple) else (val,)
    index = 0
    for match in _PERCENT.finditer(f):
        pieces.append(f[position:match.start()])
        spec = match.group()
        if spec == '%%':
            pieces.append('%')
        elif match.group('key') is not None:
            pieces.append(_format(spec, val, monetary))
        else:
            count = match.group('modifiers').count('*') + 1
            pieces.append(_format(spec, tuple(values[index:index + count]), monetary))
            index += count
        position = match.end()
    pieces.append(f[position:])
    return ''.join(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """Formats val according to the currency settings in the current locale."""
    conv = localeconv()
    digits = conv[international and 'int_frac_digits' or 'frac_digits']
    if digits == 127:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    return format_string('%%.%if' % digits, abs(val), grouping, monetary=True)


def str(val):
    """Convert float to string, taking the locale into account."""
    return _format("%.12g", val)


def delocalize(string):
    """Parses a string as a normalized number according to the locale settings."""
    conv = localeconv()
    if conv['thousands_sep']:
        string = string.replace(conv['thousands_sep'], '')
    if conv['decimal_point']:
        string = string.replace(conv['decimal_point'], '.')
    return string


def localize(string, grouping=False, monetary=False):
    """Parses a string as locale number according to the locale settings."""
    return _localize_number(string, monetary)


def atof(string, func=float):
    """Parses a string as a float according to the locale settings."""
    return func(delocalize(string))


def atoi(string):
    """Converts a string to an integer according to the locale settings."""
    return int(delocalize(string))
