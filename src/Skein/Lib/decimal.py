"""Decimal fixed and floating point arithmetic.

This follows the General Decimal Arithmetic Specification as CPython's decimal module exposes it.
A finite number is a sign, an integer coefficient (a Python int, so any precision is cheap) and an
exponent.  Every operation first computes an exact result, or an exact one plus a "sticky" digit
that records a nonzero remainder, and then rounds it once against the context (see _finish).
Conditions are collected as a bit mask and handed to the context, which sets flags and raises the
first trapped signal, as CPython's C implementation does.
"""

import math as _math
import numbers as _numbers
import sys as _sys
import contextvars as _contextvars
from collections import namedtuple as _namedtuple

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

# Rounding modes as small ints for the hot paths.
_R_UP, _R_DOWN, _R_CEILING, _R_FLOOR, _R_HALF_UP, _R_HALF_DOWN, _R_HALF_EVEN, _R_05UP = range(8)
_ROUNDING_CODE = {
    ROUND_UP: _R_UP, ROUND_DOWN: _R_DOWN, ROUND_CEILING: _R_CEILING, ROUND_FLOOR: _R_FLOOR,
    ROUND_HALF_UP: _R_HALF_UP, ROUND_HALF_DOWN: _R_HALF_DOWN, ROUND_HALF_EVEN: _R_HALF_EVEN,
    ROUND_05UP: _R_05UP,
}
_ROUNDING_NAME = {code: name for name, code in _ROUNDING_CODE.items()}


# ---------------------------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was altered to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation with no meaningful result (the result is NaN when not trapped)."""


class ConversionSyntax(InvalidOperation):
    """A string was not a valid number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (possibly zeros) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result's adjusted exponent was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """The result was subnormal and inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in a constructor or a comparison)."""


# Condition bits, laid out as libmpdec lays them out: Context.__repr__ lists flags in bit order.
_CLAMPED = 0x1
_CONVERSION = 0x2
_DIVZERO = 0x4
_DIVIMPOSSIBLE = 0x8
_DIVUNDEFINED = 0x10
_INEXACT = 0x40
_INVALIDCONTEXT = 0x80
_INVALID = 0x100
_FLOATOP = 0x400
_OVERFLOW = 0x800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000
_IEEE_INVALID = _CONVERSION | _DIVIMPOSSIBLE | _DIVUNDEFINED | 0x20 | _INVALIDCONTEXT | _INVALID | 0x200
_ALL_BITS = 0x7fff

# The signals in the order of the flags/traps mappings and of raising.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
_SIGNAL_MASK = {
    InvalidOperation: _IEEE_INVALID, FloatOperation: _FLOATOP, DivisionByZero: _DIVZERO,
    Overflow: _OVERFLOW, Underflow: _UNDERFLOW, Subnormal: _SUBNORMAL, Inexact: _INEXACT,
    Rounded: _ROUNDED, Clamped: _CLAMPED,
}
# The classes an exception lists: InvalidOperation's causes first, then the other signals.
_CONDITION_LIST = (
    (_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax),
    (_DIVIMPOSSIBLE, DivisionImpossible), (_DIVUNDEFINED, DivisionUndefined),
    (_INVALIDCONTEXT, InvalidContext),
    (_FLOATOP, FloatOperation), (_DIVZERO, DivisionByZero), (_OVERFLOW, Overflow),
    (_UNDERFLOW, Underflow), (_SUBNORMAL, Subnormal), (_INEXACT, Inexact), (_ROUNDED, Rounded),
    (_CLAMPED, Clamped),
)
# Context.__repr__ order (libmpdec's bit order, each signal once).
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact, FloatOperation, Overflow,
               Rounded, Subnormal, Underflow)


def _signal_names(bits):
    return '[' + ', '.join(s.__name__ for s in _REPR_ORDER if bits & _SIGNAL_MASK[s]) + ']'


def _bits_from_signals(value):
    """Bits of a flags/traps argument: a list of signals or a dict covering all of them."""
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(s not in value for s in _SIGNALS):
            raise KeyError('invalid signal dict')
        bits = 0
        for s in _SIGNALS:
            if value[s]:
                bits |= _SIGNAL_MASK[s]
        return bits
    if isinstance(value, SignalDict):
        return value._bits
    bits = 0
    for s in value:
        mask = _SIGNAL_MASK.get(s) if isinstance(s, type) else None
        if mask is None:
            raise KeyError(_INVALID_SIGNAL)
        bits |= mask
    return bits


_INVALID_SIGNAL = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')


class SignalDict:
    """The flags or traps of a Context: a mutable mapping from the signals to bools."""

    __slots__ = ('_bits',)

    def __init__(self, bits=0):
        self._bits = bits

    def _mask(self, key):
        mask = _SIGNAL_MASK.get(key) if isinstance(key, type) else None
        if mask is None:
            raise KeyError(_INVALID_SIGNAL)
        return mask

    def __getitem__(self, key):
        return bool(self._bits & self._mask(key))

    def __setitem__(self, key, value):
        mask = self._mask(key)
        if value:
            self._bits |= mask
        else:
            self._bits &= ~mask

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __contains__(self, key):
        return key in _SIGNAL_MASK

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [bool(self._bits & _SIGNAL_MASK[s]) for s in _SIGNALS]

    def items(self):
        return [(s, bool(self._bits & _SIGNAL_MASK[s])) for s in _SIGNALS]

    def get(self, key, default=None):
        if key in _SIGNAL_MASK:
            return self[key]
        return default

    def copy(self):
        return {s: bool(self._bits & _SIGNAL_MASK[s]) for s in _SIGNALS}

    def __eq__(self, other):
        if isinstance(other, SignalDict):
            return self._bits == other._bits
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (s, bool(self._bits & _SIGNAL_MASK[s]))
                               for s in _SIGNALS) + '}'


# ---------------------------------------------------------------------------------------------
# Integer helpers. str()/int() refuse more than 4300 digits, which a coefficient may well have.

_STR_LIMIT_BITS = 13000     # below this, str(n) has fewer than 4000 digits


def _ndigits(n):
    """Number of decimal digits of n >= 0 (1 for 0)."""
    if n < 10 ** 18:
        return len(str(n))
    bits = n.bit_length()
    if bits < _STR_LIMIT_BITS:
        return len(str(n))
    # 10**d <= n < 10**(d+2) for d = floor((bits-1) log10 2).
    d = int((bits - 1) * 0.30102999566398120)
    return d + 2 if n >= 10 ** (d + 1) else d + 1


def _int_to_str(n):
    if n.bit_length() < _STR_LIMIT_BITS:
        return str(n)
    half = _ndigits(n) // 2
    hi, lo = divmod(n, 10 ** half)
    return _int_to_str(hi) + _int_to_str(lo).rjust(half, '0')


def _str_to_int(s):
    if len(s) < 4000:
        return int(s)
    half = len(s) // 2
    return _str_to_int(s[:half]) * 10 ** (len(s) - half) + _str_to_int(s[half:])


def _strip_zeros(coef, exp, limit):
    """Remove trailing zeros of coef while exp < limit."""
    if coef == 0 or exp >= limit:
        return coef, exp
    while exp < limit and coef % 10 == 0:
        coef //= 10
        exp += 1
    return coef, exp


def _round_digits(coef, drop, sign, rounding):
    """Drop the `drop` (>= 1) lowest digits of coef under a rounding mode: (quotient, inexact)."""
    if drop > 20 and coef.bit_length() < 3 * (drop - 1):
        # coef < 10**(drop-1): the quotient is 0 and the remainder below half a unit.
        if coef == 0:
            return 0, False
        if rounding == _R_UP or (rounding == _R_CEILING and not sign) or \
                (rounding == _R_FLOOR and sign) or rounding == _R_05UP:
            return 1, True
        return 0, True
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == _R_HALF_EVEN:
        half = p >> 1
        if r > half or (r == half and q & 1):
            q += 1
    elif rounding == _R_HALF_UP:
        if r >= p >> 1:
            q += 1
    elif rounding == _R_DOWN:
        pass
    elif rounding == _R_HALF_DOWN:
        if r > p >> 1:
            q += 1
    elif rounding == _R_UP:
        q += 1
    elif rounding == _R_CEILING:
        if not sign:
            q += 1
    elif rounding == _R_FLOOR:
        if sign:
            q += 1
    else:   # ROUND_05UP: away from zero only when the kept last digit is 0 or 5
        if q % 5 == 0:
            q += 1
    return q, True


# ---------------------------------------------------------------------------------------------
# Decimal

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

# _special values
_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _dec(sign, coef, exp, special=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _parse(s):
    """(sign, coef, exp, special) for a numeric string, or None when it is not valid."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii():
                out.append(ch)
            elif ch.isdecimal():
                out.append(str(int(ch)))
            else:
                return None
        s = ''.join(out)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 0, _INF
    if low.startswith('nan') or low.startswith('snan'):
        special = _SNAN if low[0] == 's' else _NAN
        payload = low[4:] if special == _SNAN else low[3:]
        if payload and not payload.isdigit():
            return None
        return sign, _str_to_int(payload) if payload else 0, 0, special
    mant = s
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        mant = s[:epos]
        es = s[epos + 1:]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body.isdigit():
            return None
        exp = int(es) if len(es) < 4000 else None
        if exp is None:
            return None
    dot = mant.find('.')
    if dot >= 0:
        intpart, frac = mant[:dot], mant[dot + 1:]
    else:
        intpart, frac = mant, ''
    if not intpart and not frac:
        return None
    if (intpart and not intpart.isdigit()) or (frac and not frac.isdigit()):
        return None
    digits = intpart + frac
    return sign, _str_to_int(digits), exp - len(frac), _FINITE


def _from_int(n):
    if n < 0:
        return _dec(1, -n, 0)
    return _dec(0, n, 0)


def _from_float(f):
    if f != f:
        return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, _NAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_FLOAT, -_INF_FLOAT):
        return _dec(sign, 0, 0, _INF)
    num, den = abs(f).as_integer_ratio()
    # den is a power of two 2**k: num/2**k == num*5**k / 10**k.
    k = den.bit_length() - 1
    return _dec(sign, num * 5 ** k, -k)


_INF_FLOAT = float('inf')


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp == 'F':
            return _dec(sign, 0, 0, _INF)
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        special = _NAN if exp == 'n' else _SNAN
    elif isinstance(exp, int):
        special = _FINITE
    else:
        raise ValueError('exponent must be an integer')
    if not isinstance(digits, (tuple, list)):
        raise ValueError('coefficient must be a tuple of digits')
    text = []
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        text.append(chr(48 + d))
    coef = _str_to_int(''.join(text)) if text else 0
    return _dec(sign, coef, exp if special == _FINITE else 0, special)


def _context_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _convert(value):
    """A Decimal for an operand that must be a Decimal or an int."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)


# Built-in types that never take part in arithmetic or ordering with a Decimal: the TypeError
# is raised here so that it names the type 'decimal.Decimal' as CPython's C type does.
_FOREIGN = (float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, type(None))
_SEQUENCES = (str, bytes, bytearray, list, tuple)


def _binary_operand(value, op, reflected):
    """The Decimal for an arithmetic operand, NotImplemented, or the TypeError."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _from_int(value)
    if type(value) in _FOREIGN and not (op == '*' and type(value) in _SEQUENCES):
        other = "'%s'" % type(value).__name__
        a, b = (other, "'decimal.Decimal'") if reflected else ("'decimal.Decimal'", other)
        raise TypeError('unsupported operand type(s) for %s: %s and %s' % (op, a, b))
    return NotImplemented


class Decimal:
    """Decimal floating point number: Decimal(value="0", context=None)."""

    __slots__ = ('_sign', '_int', '_exp', '_special')

    def __new__(cls, value='0', context=None):
        if context is not None and not isinstance(context, Context):
            raise TypeError('optional argument must be a context')
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_arg(context)
                ctx._signal(_CONVERSION)
                return _make(cls, 0, 0, 0, _NAN)
            return _make(cls, *parsed)
        if isinstance(value, int):
            if value < 0:
                return _make(cls, 1, -value, 0, _FINITE)
            return _make(cls, 0, int(value), 0, _FINITE)
        if isinstance(value, Decimal):
            if cls is Decimal and type(value) is Decimal:
                return value
            return _make(cls, value._sign, value._int, value._exp, value._special)
        if isinstance(value, float):
            _context_arg(context)._signal(_FLOATOP)
            d = _from_float(value)
            return _make(cls, d._sign, d._int, d._exp, d._special)
        if isinstance(value, (tuple, list)):
            d = _from_tuple(value)
            return _make(cls, d._sign, d._int, d._exp, d._special)
        raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- pickling, copying, immutability -------------------------------------------------------

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return type(self)(str(self))

    # -- conversions to text -------------------------------------------------------------------

    def __repr__(self):
        return "Decimal('%s')" % _to_sci(self, False, getcontext()._capitals)

    def __str__(self, eng=False, context=None):
        return _to_sci(self, eng, _context_arg(context)._capitals)

    def to_eng_string(self, context=None):
        return _to_sci(self, True, _context_arg(context)._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec, _localeconv)

    # -- conversions to other numbers ----------------------------------------------------------

    def as_tuple(self):
        if self._special == _INF:
            exp = 'F'
        elif self._special == _NAN:
            exp = 'n'
        elif self._special == _SNAN:
            exp = 'N'
        else:
            exp = self._exp
        if self._special == _INF:
            digits = (0,)
        elif self._special and self._int == 0:
            digits = ()
        else:
            digits = tuple(map(int, _int_to_str(self._int)))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        if self._int == 0:
            return 0, 1
        coef, exp = self._int, self._exp
        if exp >= 0:
            n, d = coef * 10 ** exp, 1
        else:
            n, d = coef, 10 ** -exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def _integral_value(self):
        """int(self) for finite self (truncated toward zero)."""
        if self._exp >= 0:
            n = self._int * 10 ** self._exp
        elif -self._exp > _ndigits(self._int):
            n = 0
        else:
            n = self._int // 10 ** -self._exp
        return -n if self._sign else n

    def _check_integral(self):
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __int__(self):
        self._check_integral()
        return self._integral_value()

    __trunc__ = __int__

    def _split_integral(self):
        """(integer part, has a nonzero fraction) of |self|."""
        if self._exp >= 0:
            return self._int * 10 ** self._exp, False
        if -self._exp > _ndigits(self._int):
            return 0, self._int != 0
        q, r = divmod(self._int, 10 ** -self._exp)
        return q, r != 0

    def __floor__(self):
        self._check_integral()
        q, frac = self._split_integral()
        return -(q + frac) if self._sign else q

    def __ceil__(self):
        self._check_integral()
        q, frac = self._split_integral()
        return -q if self._sign else q + frac

    def __float__(self):
        if self._special:
            if self._special == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            if self._special == _NAN:
                return -_math.nan if self._sign else _math.nan
            return -_INF_FLOAT if self._sign else _INF_FLOAT
        return float(_to_sci(self, False, 1))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return bool(self._special or self._int)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return _dec(0, 0, 0)

    def conjugate(self):
        return self

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            ctx = getcontext()
            return ctx._run(_quantize, self, _dec(0, 1, -n), ctx._rounding_code)
        if self._special:
            if self._special == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            return self._integral_value()
        q, _ = _round_digits(self._int, -self._exp, self._sign, _R_HALF_EVEN)
        return -q if self._sign else q

    # -- hashing and comparisons ---------------------------------------------------------------

    def __hash__(self):
        if self._special:
            if self._special == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if self._special == _NAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            h = self._int * pow(_HASH_10INV, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __eq__(self, other):
        return _rich_compare(self, other, 0)

    def __ne__(self, other):
        r = _rich_compare(self, other, 0)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return _rich_compare(self, other, 1)

    def __le__(self, other):
        return _rich_compare(self, other, 2)

    def __gt__(self, other):
        return _rich_compare(self, other, 3)

    def __ge__(self, other):
        return _rich_compare(self, other, 4)

    # -- arithmetic operators ------------------------------------------------------------------

    def __add__(self, other):
        other = _binary_operand(other, '+', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_add, self, other)

    def __radd__(self, other):
        other = _binary_operand(other, '+', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_add, other, self)

    def __sub__(self, other):
        other = _binary_operand(other, '-', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_subtract, self, other)

    def __rsub__(self, other):
        other = _binary_operand(other, '-', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_subtract, other, self)

    def __mul__(self, other):
        other = _binary_operand(other, '*', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_multiply, self, other)

    def __rmul__(self, other):
        other = _binary_operand(other, '*', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_multiply, other, self)

    def __truediv__(self, other):
        other = _binary_operand(other, '/', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide, self, other)

    def __rtruediv__(self, other):
        other = _binary_operand(other, '/', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide, other, self)

    def __floordiv__(self, other):
        other = _binary_operand(other, '//', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide_int, self, other)

    def __rfloordiv__(self, other):
        other = _binary_operand(other, '//', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divide_int, other, self)

    def __mod__(self, other):
        other = _binary_operand(other, '%', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_remainder, self, other)

    def __rmod__(self, other):
        other = _binary_operand(other, '%', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_remainder, other, self)

    def __divmod__(self, other):
        other = _binary_operand(other, 'divmod()', False)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divmod, self, other)

    def __rdivmod__(self, other):
        other = _binary_operand(other, 'divmod()', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_divmod, other, self)

    def __pow__(self, other, modulo=None):
        other = _binary_operand(other, '** or pow()', False)
        if other is NotImplemented:
            return other
        ctx = getcontext()
        if modulo is None:
            return ctx._run(_power, self, other)
        modulo = _binary_operand(modulo, 'pow()', False)
        if modulo is NotImplemented:
            return modulo
        return ctx._run(_power_modulo, self, other, modulo)

    def __rpow__(self, other, modulo=None):
        other = _binary_operand(other, '** or pow()', True)
        if other is NotImplemented:
            return other
        return getcontext()._run(_power, other, self)

    def __neg__(self):
        return getcontext()._run(_minus, self)

    def __pos__(self):
        return getcontext()._run(_plus, self)

    def __abs__(self):
        return getcontext()._run(_abs, self)

    # -- methods of the specification ----------------------------------------------------------

    def exp(self, context=None):
        return _context_arg(context)._run(_exp, self)

    def ln(self, context=None):
        return _context_arg(context)._run(_ln, self)

    def log10(self, context=None):
        return _context_arg(context)._run(_log10, self)

    def logb(self, context=None):
        return _context_arg(context)._run(_logb, self)

    def sqrt(self, context=None):
        return _context_arg(context)._run(_sqrt, self)

    def normalize(self, context=None):
        return _context_arg(context)._run(_normalize, self)

    def next_plus(self, context=None):
        return _context_arg(context)._run(_next_plus, self)

    def next_minus(self, context=None):
        return _context_arg(context)._run(_next_minus, self)

    def next_toward(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_next_toward, self, _convert(other))

    def number_class(self, context=None):
        return _number_class(self, _context_arg(context))

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_arg(context)
        return ctx._run(_to_integral, self, _rounding_arg(rounding, ctx), False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_arg(context)
        return ctx._run(_to_integral, self, _rounding_arg(rounding, ctx), True)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context_arg(context)
        return ctx._run(_quantize, self, _convert(exp), _rounding_arg(rounding, ctx))

    def compare(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_compare, self, _convert(other))

    def compare_signal(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_compare_signal, self, _convert(other))

    def compare_total(self, other, context=None):
        return _compare_total(self, _convert(other))

    def compare_total_mag(self, other, context=None):
        return _compare_total(_copy_abs(self), _copy_abs(_convert(other)))

    def max(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_max_min, self, _convert(other), False, False)

    def min(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_max_min, self, _convert(other), True, False)

    def max_mag(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_max_min, self, _convert(other), False, True)

    def min_mag(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_max_min, self, _convert(other), True, True)

    def fma(self, other, third, context=None):
        ctx = _context_arg(context)
        return ctx._run(_fma, self, _convert(other), _convert(third))

    def remainder_near(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_remainder_near, self, _convert(other))

    def scaleb(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_scaleb, self, _convert(other))

    def shift(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_shift, self, _convert(other), False)

    def rotate(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_shift, self, _convert(other), True)

    def logical_and(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_logical, self, _convert(other), 0)

    def logical_or(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_logical, self, _convert(other), 1)

    def logical_xor(self, other, context=None):
        ctx = _context_arg(context)
        return ctx._run(_logical, self, _convert(other), 2)

    def logical_invert(self, context=None):
        ctx = _context_arg(context)
        return ctx._run(_logical_invert, self)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._special or other._special:
            return (self._special >= _NAN and other._special >= _NAN) or \
                (self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    def adjusted(self):
        if self._special:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def radix(self):
        return _dec(0, 10, 0)

    def copy_abs(self):
        return _copy_abs(self)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _dec(other._sign, self._int, self._exp, self._special)

    def is_finite(self):
        return self._special == _FINITE

    def is_infinite(self):
        return self._special == _INF

    def is_nan(self):
        return self._special >= _NAN

    def is_qnan(self):
        return self._special == _NAN

    def is_snan(self):
        return self._special == _SNAN

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._special == _FINITE and self._int == 0

    def is_normal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() >= _context_arg(context)._Emin

    def is_subnormal(self, context=None):
        if self._special or self._int == 0:
            return False
        return self.adjusted() < _context_arg(context)._Emin


def _make(cls, sign, coef, exp, special):
    d = object.__new__(cls)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._special = special
    return d


def _copy_abs(d):
    return _dec(0, d._int, d._exp, d._special)


_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_HASH_10INV = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)


# ---------------------------------------------------------------------------------------------
# Text conversion

def _to_sci(d, eng, capitals):
    """to-scientific-string (or to-engineering-string) of the specification."""
    sign = '-' if d._sign else ''
    if d._special:
        if d._special == _INF:
            return sign + 'Infinity'
        payload = _int_to_str(d._int) if d._int else ''
        return sign + ('sNaN' if d._special == _SNAN else 'NaN') + payload
    digits = _int_to_str(d._int)
    exp = d._exp
    left = exp + len(digits)       # digits before the decimal point in plain notation
    if exp <= 0 and left > -6:
        dot = left
    elif not eng:
        dot = 1
    elif d._int == 0:
        dot = (left + 1) % 3 - 1
    else:
        dot = (left - 1) % 3 + 1
    if dot <= 0:
        text = '0.' + '0' * -dot + digits
    elif dot >= len(digits):
        text = digits + '0' * (dot - len(digits))
    else:
        text = digits[:dot] + '.' + digits[dot:]
    if left != dot:
        text += ('E' if capitals else 'e') + '%+d' % (left - dot)
    return sign + text


# ---------------------------------------------------------------------------------------------
# Rounding to a context

def _finish(sign, coef, exp, ctx, rounding=None):
    """Fit a finite (sign, coef, exp) into ctx: (Decimal, condition bits)."""
    prec = ctx._prec
    emax = ctx._Emax
    if rounding is None:
        rounding = ctx._rounding_code
    etiny = ctx._Emin - prec + 1
    if coef == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        if exp > top:
            return _dec(sign, 0, top), _CLAMPED
        if exp < etiny:
            return _dec(sign, 0, etiny), _CLAMPED
        return _dec(sign, 0, exp), 0
    nd = _ndigits(coef)
    adj = exp + nd - 1
    if adj > emax:
        return _overflow(sign, ctx, rounding)
    status = 0
    subnormal = adj < ctx._Emin
    if subnormal:
        status = _SUBNORMAL
    target = exp + nd - prec
    if target < etiny:
        target = etiny
    if exp < target:
        coef, inexact = _round_digits(coef, target - exp, sign, rounding)
        exp = target
        status |= _ROUNDED
        if coef and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
        if inexact:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
                if coef == 0:
                    status |= _CLAMPED
        if coef and exp + _ndigits(coef) - 1 > emax:
            return _overflow(sign, ctx, rounding)
    if ctx._clamp:
        top = emax - prec + 1
        if exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            status |= _CLAMPED
    return _dec(sign, coef, exp), status


def _overflow(sign, ctx, rounding):
    status = _OVERFLOW | _INEXACT | _ROUNDED
    if rounding in (_R_HALF_EVEN, _R_HALF_UP, _R_HALF_DOWN, _R_UP) or \
            (rounding == _R_CEILING and not sign) or (rounding == _R_FLOOR and sign):
        return _dec(sign, 0, 0, _INF), status
    prec = ctx._prec
    return _dec(sign, 10 ** prec - 1, ctx._Emax - prec + 1), status


def _fix_nan(d, ctx):
    """A quiet NaN with the payload of d cut to what the context can hold."""
    coef = d._int
    limit = ctx._prec - ctx._clamp
    if coef and _ndigits(coef) > limit:
        coef = coef % 10 ** limit if limit > 0 else 0
    return _dec(d._sign, coef, 0, _NAN)


def _nan_result(a, b, ctx):
    """The result of an operation with a NaN operand, or None when neither is a NaN."""
    sa = a._special
    sb = b._special if b is not None else 0
    if sa < _NAN and sb < _NAN:
        return None
    if sa == _SNAN:
        return _fix_nan(a, ctx), _INVALID
    if sb == _SNAN:
        return _fix_nan(b, ctx), _INVALID
    if sa == _NAN:
        return _fix_nan(a, ctx), 0
    return _fix_nan(b, ctx), 0


def _invalid(status=_INVALID):
    return _dec(0, 0, 0, _NAN), status


# ---------------------------------------------------------------------------------------------
# Operations. Each takes Decimals and a context and returns (result, condition bits).

def _plus(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        return a, 0
    sign = a._sign
    if a._int == 0 and ctx._rounding_code != _R_FLOOR:
        sign = 0
    return _finish(sign, a._int, a._exp, ctx)


def _minus(a, ctx):
    if a._special >= _NAN:
        return _nan_result(a, None, ctx)
    return _plus(_dec(1 - a._sign, a._int, a._exp, a._special), ctx)


def _abs(a, ctx):
    if a._special >= _NAN:
        return _nan_result(a, None, ctx)
    return _plus(_copy_abs(a), ctx)


def _add(a, b, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF:
            if b._special == _INF and a._sign != b._sign:
                return _invalid()
            return a, 0
        return b, 0
    ca, ea, sa = a._int, a._exp, a._sign
    cb, eb, sb = b._int, b._exp, b._sign
    prec = ctx._prec
    if ca == 0 or cb == 0:
        if ca == 0 and cb == 0:
            if sa == sb:
                sign = sa
            else:
                sign = 1 if ctx._rounding_code == _R_FLOOR else 0
            return _finish(sign, 0, min(ea, eb), ctx)
        if ca == 0:
            ca, ea, sa, cb, eb, sb = cb, eb, sb, ca, ea, sa
        # a is the nonzero operand; b is zero: the ideal exponent is min(ea, eb).
        if eb < ea:
            floor = ea + _ndigits(ca) - prec - 2
            e = eb if eb > floor else floor
            if e < ea:
                return _finish(sa, ca * 10 ** (ea - e), e, ctx)
        return _finish(sa, ca, ea, ctx)
    # When one operand lies wholly below the rounding position of the other, replace it by a
    # tiny stand-in of the same sign: the rounded sum is the same and no huge power is needed.
    if ea != eb:
        adj_a = ea + _ndigits(ca) - 1
        adj_b = eb + _ndigits(cb) - 1
        if adj_a > adj_b:
            m = min(ea, adj_a - prec)
            if adj_b < m - 1:
                cb, eb = 1, m - 2
        elif adj_b > adj_a:
            m = min(eb, adj_b - prec)
            if adj_a < m - 1:
                ca, ea = 1, m - 2
    if ea > eb:
        ca *= 10 ** (ea - eb)
        e = eb
    else:
        cb *= 10 ** (eb - ea)
        e = ea
    total = (-ca if sa else ca) + (-cb if sb else cb)
    if total == 0:
        sign = 1 if ctx._rounding_code == _R_FLOOR else 0
        return _finish(sign, 0, e, ctx)
    if total < 0:
        return _finish(1, -total, e, ctx)
    return _finish(0, total, e, ctx)


def _subtract(a, b, ctx):
    if b._special >= _NAN:
        r = _nan_result(a, b, ctx)
        return r
    return _add(a, _dec(1 - b._sign, b._int, b._exp, b._special), ctx)


def _multiply(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if (a._special == _INF and b._special == _FINITE and b._int == 0) or \
                (b._special == _INF and a._special == _FINITE and a._int == 0):
            return _invalid()
        return _dec(sign, 0, 0, _INF), 0
    return _finish(sign, a._int * b._int, a._exp + b._exp, ctx)


def _divide(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF:
            if b._special == _INF:
                return _invalid()
            return _dec(sign, 0, 0, _INF), 0
        # finite / infinity
        return _dec(sign, 0, ctx._Emin - ctx._prec + 1), _CLAMPED
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVUNDEFINED)
        return _dec(sign, 0, 0, _INF), _DIVZERO
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(sign, 0, ideal, ctx)
    ca, cb = a._int, b._int
    prec = ctx._prec
    shift = prec + _ndigits(cb) - _ndigits(ca) + 1
    if shift < 0:
        shift = 0
    q, r = divmod(ca * 10 ** shift, cb)
    exp = ideal - shift
    if r:
        return _finish(sign, q * 10 + 1, exp - 1, ctx)
    q, exp = _strip_zeros(q, exp, ideal)
    return _finish(sign, q, exp, ctx)


def _integer_division(a, b, ctx):
    """Finite a, b with b != 0: (q, r, exp) with a == q*b + r*10**exp, or None if q is too long."""
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ca == 0:
        return 0, 0, min(ea, eb)
    adj_a = ea + _ndigits(ca) - 1
    adj_b = eb + _ndigits(cb) - 1
    if adj_a - adj_b > ctx._prec + 1:
        return None
    if adj_a < adj_b - 1:
        if ea > eb:
            return 0, ca * 10 ** (ea - eb), eb
        return 0, ca, ea
    if ea > eb:
        ca *= 10 ** (ea - eb)
        e = eb
    else:
        cb *= 10 ** (eb - ea)
        e = ea
    q, r = divmod(ca, cb)
    if _ndigits(q) > ctx._prec:
        return None
    return q, r, e


def _divide_int(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF:
            if b._special == _INF:
                return _invalid()
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, 0), 0
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVUNDEFINED)
        return _dec(sign, 0, 0, _INF), _DIVZERO
    res = _integer_division(a, b, ctx)
    if res is None:
        return _invalid(_DIVIMPOSSIBLE)
    return _finish(sign, res[0], 0, ctx)


def _remainder(a, b, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF:
            return _invalid()
        return _finish(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVUNDEFINED)
        return _invalid()
    res = _integer_division(a, b, ctx)
    if res is None:
        return _invalid(_DIVIMPOSSIBLE)
    return _finish(a._sign, res[1], res[2], ctx)


def _divmod(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return (r[0], r[0]), r[1]
        if a._special == _INF:
            if b._special == _INF:
                nan, st = _invalid()
                return (nan, nan), st
            return (_dec(sign, 0, 0, _INF), _dec(0, 0, 0, _NAN)), _INVALID
        rem, st = _finish(a._sign, a._int, a._exp, ctx)
        return (_dec(sign, 0, 0), rem), st
    if b._int == 0:
        if a._int == 0:
            nan, st = _invalid(_DIVUNDEFINED)
            return (nan, nan), st
        return (_dec(sign, 0, 0, _INF), _dec(0, 0, 0, _NAN)), _INVALID | _DIVZERO
    res = _integer_division(a, b, ctx)
    if res is None:
        nan, st = _invalid(_DIVIMPOSSIBLE)
        return (nan, nan), st
    rem, st = _finish(a._sign, res[1], res[2], ctx)
    quotient, st_q = _finish(sign, res[0], 0, ctx)
    return (quotient, rem), st | st_q


def _remainder_near(a, b, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF:
            return _invalid()
        return _finish(a._sign, a._int, a._exp, ctx)
    if b._int == 0:
        if a._int == 0:
            return _invalid(_DIVUNDEFINED)
        return _invalid()
    ca, ea, cb, eb = a._int, a._exp, b._int, b._exp
    if ca == 0:
        return _finish(a._sign, 0, min(ea, eb), ctx)
    adj_a = ea + _ndigits(ca) - 1
    adj_b = eb + _ndigits(cb) - 1
    if adj_a - adj_b > ctx._prec + 1:
        return _invalid(_DIVIMPOSSIBLE)
    if ea > eb:
        ca *= 10 ** (ea - eb)
        e = eb
    else:
        cb *= 10 ** (eb - ea)
        e = ea
    q, r = divmod(ca, cb)
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r = cb - r
        sign = 1 - a._sign
    else:
        sign = a._sign
    if _ndigits(q) > ctx._prec:
        return _invalid(_DIVIMPOSSIBLE)
    return _finish(sign, r, e, ctx)


def _fma(a, b, c, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if c._special == _SNAN:
            return _fix_nan(c, ctx), _INVALID
        sign = a._sign ^ b._sign
        if (a._special == _INF and b._special == _FINITE and b._int == 0) or \
                (b._special == _INF and a._special == _FINITE and a._int == 0):
            return _invalid()
        product = _dec(sign, 0, 0, _INF)
    else:
        product = _dec(a._sign ^ b._sign, a._int * b._int, a._exp + b._exp)
    # The addition rounds once, with an unbounded intermediate exponent range.
    return _add(product, c, ctx)


def _compare_finite(a, b):
    """-1, 0 or 1 for non-NaN a and b."""
    if a._special or b._special:
        va = (-1 if a._sign else 1) if a._special else 0
        vb = (-1 if b._sign else 1) if b._special else 0
        return (va > vb) - (va < vb)
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    adj_a = a._exp + _ndigits(a._int) - 1
    adj_b = b._exp + _ndigits(b._int) - 1
    if adj_a != adj_b:
        r = 1 if adj_a > adj_b else -1
    else:
        ca, cb = a._int, b._int
        if a._exp > b._exp:
            ca *= 10 ** (a._exp - b._exp)
        else:
            cb *= 10 ** (b._exp - a._exp)
        r = (ca > cb) - (ca < cb)
    return -r if a._sign else r


def _compare(a, b, ctx):
    r = _nan_result(a, b, ctx)
    if r is not None:
        return r
    return _from_int(_compare_finite(a, b)), 0


def _compare_signal(a, b, ctx):
    if a._special >= _NAN or b._special >= _NAN:
        return _nan_result(a, b, ctx)[0], _INVALID
    return _from_int(_compare_finite(a, b)), 0


def _compare_total(a, b):
    if a._sign != b._sign:
        return _from_int(-1 if a._sign else 1)
    ka = (0, 1, 3, 2)[a._special]
    kb = (0, 1, 3, 2)[b._special]
    if ka != kb:
        r = -1 if ka < kb else 1
    elif ka >= 2:
        r = (a._int > b._int) - (a._int < b._int)
    elif ka == 1:
        r = 0
    else:
        r = _compare_finite(_copy_abs(a), _copy_abs(b))
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return _from_int(-r if a._sign else r)


def _max_min(a, b, want_min, by_magnitude, ctx):
    if a._special >= _NAN or b._special >= _NAN:
        if a._special == _SNAN or b._special == _SNAN:
            return _nan_result(a, b, ctx)
        if a._special == _NAN and b._special == _NAN:
            return _fix_nan(a, ctx), 0
        pick = b if a._special == _NAN else a
        return _plus_keep(pick, ctx)
    if by_magnitude:
        r = _compare_finite(_copy_abs(a), _copy_abs(b))
        if r == 0:
            r = _compare_finite(a, b)
    else:
        r = _compare_finite(a, b)
    if r == 0:
        # Equal values: order by sign, then by exponent (a larger exponent is "larger" when
        # positive).
        if a._sign != b._sign:
            r = -1 if a._sign else 1
        else:
            ea = a._exp if not a._special else 0
            eb = b._exp if not b._special else 0
            r = (ea > eb) - (ea < eb)
            if a._sign:
                r = -r
    if want_min:
        pick = a if r < 0 else b
    else:
        pick = a if r > 0 else b
    return _plus_keep(pick, ctx)


def _plus_keep(d, ctx):
    """d rounded to the context, keeping the sign of a zero."""
    if d._special:
        return d, 0
    return _finish(d._sign, d._int, d._exp, ctx)


def _to_integral(a, rounding, exact, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        return a, 0
    if a._exp >= 0:
        return a, 0
    if a._int == 0:
        return _dec(a._sign, 0, 0), 0
    q, inexact = _round_digits(a._int, -a._exp, a._sign, rounding)
    status = 0
    if exact:
        status = _ROUNDED | (_INEXACT if inexact else 0)
    return _dec(a._sign, q, 0), status


def _quantize(a, b, rounding, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        if a._special == _INF and b._special == _INF:
            return a, 0
        return _invalid()
    exp = b._exp
    if exp > ctx._Emax or exp < ctx._Emin - ctx._prec + 1:
        return _invalid()
    if a._int == 0:
        top = ctx._Emax - ctx._prec + 1
        if ctx._clamp and exp > top:
            return _dec(a._sign, 0, top), _CLAMPED
        return _dec(a._sign, 0, exp), 0
    adj = a._exp + _ndigits(a._int) - 1
    if adj - exp + 1 > ctx._prec:
        return _invalid()
    status = 0
    if a._exp < exp:
        coef, inexact = _round_digits(a._int, exp - a._exp, a._sign, rounding)
        status = _ROUNDED | (_INEXACT if inexact else 0)
    else:
        coef = a._int * 10 ** (a._exp - exp)
    if coef:
        nd = _ndigits(coef)
        if nd > ctx._prec:
            return _invalid()
        adj = exp + nd - 1
        if adj > ctx._Emax:
            return _invalid()
        if adj < ctx._Emin:
            status |= _SUBNORMAL
            if status & _INEXACT:
                status |= _UNDERFLOW
    if ctx._clamp:
        top = ctx._Emax - ctx._prec + 1
        if exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            status |= _CLAMPED
    return _dec(a._sign, coef, exp), status


def _normalize(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        return a, 0
    d, status = _finish(a._sign, a._int, a._exp, ctx)
    if d._special:
        return d, status
    if d._int == 0:
        return _dec(d._sign, 0, 0), status
    top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
    coef, exp = d._int, d._exp
    while coef % 10 == 0 and exp < top:
        coef //= 10
        exp += 1
    return _dec(d._sign, coef, exp), status


def _logb(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        return _dec(0, 0, 0, _INF), 0
    if a._int == 0:
        return _dec(1, 0, 0, _INF), _DIVZERO
    return _finish_int(a._exp + _ndigits(a._int) - 1, ctx)


def _finish_int(n, ctx):
    return _finish(1 if n < 0 else 0, abs(n), 0, ctx)


def _scaleb(a, b, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
    if b._special or b._exp != 0:
        return _invalid()
    limit = 2 * (ctx._Emax + ctx._prec)
    n = -b._int if b._sign else b._int
    if n > limit or n < -limit:
        return _invalid()
    if a._special == _INF:
        return a, 0
    return _finish(a._sign, a._int, a._exp + n, ctx)


def _shift(a, b, rotate, ctx):
    if a._special or b._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
    prec = ctx._prec
    if b._special or b._exp != 0 or b._int > prec:
        return _invalid()
    if a._special == _INF:
        return a, 0
    n = -b._int if b._sign else b._int
    mod = 10 ** prec
    coef = a._int % mod
    if rotate:
        n %= prec
        coef = (coef * 10 ** n) % mod + coef // 10 ** (prec - n)
    elif n >= 0:
        coef = (coef * 10 ** n) % mod
    else:
        coef = coef // 10 ** -n
    return _dec(a._sign, coef, a._exp), 0


def _logical_digits(d):
    if d._special or d._sign or d._exp != 0:
        return None
    s = _int_to_str(d._int)
    if s.strip('01'):
        return None
    return s


def _logical(a, b, op, ctx):
    sa = _logical_digits(a)
    sb = _logical_digits(b)
    if sa is None or sb is None:
        return _invalid()
    prec = ctx._prec
    n = max(len(sa), len(sb))
    sa = sa.rjust(n, '0')[-prec:]
    sb = sb.rjust(n, '0')[-prec:]
    if op == 0:
        out = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(sa, sb))
    elif op == 1:
        out = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(sa, sb))
    else:
        out = ''.join('1' if x != y else '0' for x, y in zip(sa, sb))
    return _dec(0, _str_to_int(out), 0), 0


def _logical_invert(a, ctx):
    sa = _logical_digits(a)
    if sa is None:
        return _invalid()
    sa = sa.rjust(ctx._prec, '0')[-ctx._prec:]
    out = ''.join('0' if x == '1' else '1' for x in sa)
    return _dec(0, _str_to_int(out), 0), 0


def _next_plus(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _dec(1, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1), 0
        return a, 0
    return _nudge(a, ctx, _R_CEILING, 0)


def _next_minus(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if not a._sign:
            return _dec(0, 10 ** ctx._prec - 1, ctx._Emax - ctx._prec + 1), 0
        return a, 0
    return _nudge(a, ctx, _R_FLOOR, 1)


def _nudge(a, ctx, rounding, toward_sign):
    """The next representable number up (toward_sign 0) or down (1) from finite a."""
    etiny = ctx._Emin - ctx._prec + 1
    # Add a value far below the last representable digit, rounding toward the direction.
    low = min(a._exp, etiny) - 2
    if a._int:
        low = min(low, a._exp + _ndigits(a._int) - ctx._prec - 2)
    d, _ = _add_with_rounding(a, _dec(toward_sign, 1, low), ctx, rounding)
    return d, 0


def _add_with_rounding(a, b, ctx, rounding):
    tmp = ctx.copy()
    tmp._set_rounding(_ROUNDING_NAME[rounding])
    return _add(a, b, tmp)


def _next_toward(a, b, ctx):
    if a._special >= _NAN or b._special >= _NAN:
        return _nan_result(a, b, ctx)
    r = _compare_finite(a, b)
    if r == 0:
        return _dec(b._sign, a._int, a._exp, a._special), 0
    if r < 0:
        d, _ = _next_plus(a, ctx)
    else:
        d, _ = _next_minus(a, ctx)
    status = 0
    if d._special == _INF:
        status = _OVERFLOW | _INEXACT | _ROUNDED
    elif d._special == _FINITE:
        if d._int == 0 or d.adjusted() < ctx._Emin:
            status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if d._int == 0:
                status |= _CLAMPED
    return d, status


def _number_class(d, ctx):
    if d._special == _SNAN:
        return 'sNaN'
    if d._special == _NAN:
        return 'NaN'
    sign = '-' if d._sign else '+'
    if d._special == _INF:
        return sign + 'Infinity'
    if d._int == 0:
        return sign + 'Zero'
    if d.adjusted() < ctx._Emin:
        return sign + 'Subnormal'
    return sign + 'Normal'


# -- square root, exponential, logarithms, power -------------------------------------------------

def _sqrt(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid()
        return a, 0
    ideal = a._exp >> 1
    if a._int == 0:
        return _finish(a._sign, 0, ideal, ctx)
    if a._sign:
        return _invalid()
    prec = ctx._prec
    coef, exp = a._int, a._exp
    if exp & 1:
        coef *= 10
        exp -= 1
    # coef * 10**exp with exp even; scale so that the root has at least prec + 1 digits.
    shift = prec + 2 - (_ndigits(coef) + 1) // 2
    if shift < 0:
        shift = 0
    scaled = coef * 10 ** (2 * shift)
    root = _math.isqrt(scaled)
    rexp = exp // 2 - shift
    if root * root == scaled:
        root, rexp = _strip_zeros(root, rexp, ideal)
        return _finish(0, root, rexp, ctx, _R_HALF_EVEN)
    return _finish(0, root * 10 + 1, rexp - 1, ctx, _R_HALF_EVEN)


# Fixed-point helpers: a value v is held as the integer round(v * 10**w).

def _exp_fixed(x, w):
    """exp(x / 10**w) * 10**w for |x / 10**w| <= ~1.2 (error a few units)."""
    r = 8 + int(w ** 0.5)
    guard = r // 3 + 4
    wg = w + guard
    one = 10 ** wg
    y = (x * 10 ** guard) >> r
    total = one
    term = one
    k = 1
    while term:
        term = term * y // (one * k)
        total += term
        k += 1
    for _ in range(r):
        total = total * total // one
    return total // 10 ** guard


def _ln_fixed(x, w):
    """ln(x / 10**w) * 10**w for x > 0 of moderate size (error a few units)."""
    r = 8 + int(w ** 0.5)
    guard = r // 3 + 5
    wg = w + guard
    one = 10 ** wg
    t = x * 10 ** guard
    for _ in range(r):
        t = _math.isqrt(t * one)
    # ln t = 2 atanh(z) with z = (t-1)/(t+1); summed on |z| so that floor division ends at 0.
    negative = t < one
    z = abs(t - one) * one // (t + one)
    z2 = z * z // one
    total = z
    term = z
    k = 1
    while term:
        term = term * z2 // one
        k += 2
        total += term // k
    if negative:
        total = -total
    return (total << (r + 1)) // 10 ** guard


_ln10_cache = (0, 0)


def _ln10(w):
    """ln(10) * 10**w."""
    global _ln10_cache
    cw, cv = _ln10_cache
    if cw >= w:
        return cv // 10 ** (cw - w)
    nw = w + 20
    v = _ln_fixed(10 * 10 ** nw, nw)
    _ln10_cache = (nw, v)
    return v // 10 ** (nw - w)


def _to_fixed(d, w):
    """round-down(|d| * 10**w) for finite d."""
    e = d._exp + w
    if e >= 0:
        return d._int * 10 ** e
    if -e > _ndigits(d._int) + 1:
        return 0
    return d._int // 10 ** -e


def _correctly_rounded(compute, ctx, rounding):
    """Ziv's loop: compute(extra) gives (sign, n, exp, err): the value is within err units of
    n * 10**exp; retry with more digits until both ends of the interval round alike."""
    extra = 12
    for attempt in range(6):
        sign, n, exp, err = compute(extra)
        lo, st_lo = _finish(sign, n * 10 - err * 10 + 1, exp - 1, ctx, rounding)
        hi, st_hi = _finish(sign, n * 10 + err * 10 - 1, exp - 1, ctx, rounding)
        if lo._special == hi._special and lo._int == hi._int and lo._exp == hi._exp:
            return lo, st_lo | _INEXACT | _ROUNDED
        extra *= 2
    # The value is (almost) exactly representable: snap the approximation to it, then round.
    drop = _ndigits(n) - ctx._prec - 3
    if drop > 0:
        n, _ = _round_digits(n, drop, sign, _R_HALF_EVEN)
        exp += drop
    d, st = _finish(sign, n, exp, ctx, rounding)
    return d, st | _INEXACT | _ROUNDED


def _exp(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _dec(0, 0, 0), 0
        return a, 0
    if a._int == 0:
        return _dec(0, 1, 0), 0
    return _exp_of(a._sign, a._int, a._exp, ctx, _R_HALF_EVEN, 0)


def _exp_of(sign, coef, exp, ctx, rounding, ln_digits):
    """exp(+-coef * 10**exp) correctly rounded."""
    prec = ctx._prec
    etiny = ctx._Emin - prec + 1
    adj = exp + _ndigits(coef) - 1
    bound = max(ctx._Emax, -etiny) + 3
    # |x| > 2.31 * bound overflows or underflows whatever the digits.
    if adj > len(str(bound)) + 1:
        return _exp_out_of_range(sign, ctx, rounding)
    mag = coef * 10 ** exp if exp >= 0 else coef / 10 ** -exp if adj > -30 else 0.0
    if mag > 2.31 * bound:
        return _exp_out_of_range(sign, ctx, rounding)

    def compute(extra):
        w = prec + extra + max(0, adj + 1)
        x = _to_fixed(_dec(0, coef, exp), w)
        if sign:
            x = -x
        l10 = _ln10(w + len(str(bound)) + 2)
        l10 = l10 // 10 ** (len(str(bound)) + 2)
        k = x // l10
        rem = x - k * l10
        n = _exp_fixed(rem, w)
        return 0, n, k - w, 20

    return _correctly_rounded(compute, ctx, rounding)


def _exp_out_of_range(sign, ctx, rounding):
    etiny = ctx._Emin - ctx._prec + 1
    if sign:
        d, st = _finish(0, 1, etiny - 2, ctx, rounding)
        return d, st | _INEXACT | _ROUNDED
    return _overflow(0, ctx, rounding)


def _ln_parts(coef, exp, w):
    """ln(coef * 10**exp) * 10**w (coef > 0), as an integer with an error of a few units."""
    nd = _ndigits(coef)
    e10 = exp + nd - 1             # x = m * 10**e10 with 1 <= m < 10
    # Move m into [0.316, 3.16) so that x near 1 is not a difference of two large logs.
    m_fixed = _to_fixed(_dec(0, coef, -(nd - 1)), w + 2)
    if m_fixed > 316227766 * 10 ** (w + 2 - 8):
        e10 += 1
        m_fixed //= 10
    lnm = _ln_fixed(m_fixed, w + 2) // 100
    if e10:
        digits_e = len(str(abs(e10)))
        lnm += e10 * _ln10(w + digits_e + 2) // 10 ** (digits_e + 2)
    return lnm


def _ln_extra_digits(coef, exp):
    """Digits lost to cancellation when ln(x) is near 0 (x near 1)."""
    if exp >= 0:
        return 0
    diff = coef - 10 ** -exp
    if diff == 0:
        return 0
    return max(0, -(exp + _ndigits(abs(diff)) - 1))


def _ln(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid()
        return a, 0
    if a._int == 0:
        return _dec(1, 0, 0, _INF), 0
    if a._sign:
        return _invalid()
    if _is_one(a):
        return _dec(0, 0, 0), 0
    coef, exp = a._int, a._exp
    lost = _ln_extra_digits(coef, exp)
    prec = ctx._prec

    def compute(extra):
        w = prec + extra + lost
        n = _ln_parts(coef, exp, w)
        return (1, -n, -w, 20) if n < 0 else (0, n, -w, 20)

    return _correctly_rounded(compute, ctx, _R_HALF_EVEN)


def _is_one(d):
    if d._exp > 0 or d._sign:
        return False
    return d._int == 10 ** -d._exp


def _log10(a, ctx):
    if a._special:
        if a._special >= _NAN:
            return _nan_result(a, None, ctx)
        if a._sign:
            return _invalid()
        return a, 0
    if a._int == 0:
        return _dec(1, 0, 0, _INF), 0
    if a._sign:
        return _invalid()
    coef, exp = a._int, a._exp
    while coef % 10 == 0:
        coef //= 10
        exp += 1
    if coef == 1:
        return _finish_int(exp, ctx)
    lost = _ln_extra_digits(a._int, a._exp)
    prec = ctx._prec

    def compute(extra):
        w = prec + extra + lost
        n = _ln_parts(a._int, a._exp, w + 3) * 10 ** w // _ln10(w + 3)
        return (1, -n, -w, 20) if n < 0 else (0, n, -w, 20)

    return _correctly_rounded(compute, ctx, _R_HALF_EVEN)


def _is_integral(d):
    if d._exp >= 0:
        return True
    return d._int % 10 ** -d._exp == 0 if -d._exp <= _ndigits(d._int) else d._int == 0


def _is_odd_integer(d):
    if d._exp > 0:
        return False
    if d._exp == 0:
        return d._int & 1 == 1
    if -d._exp > _ndigits(d._int):
        return False
    q, r = divmod(d._int, 10 ** -d._exp)
    return r == 0 and q & 1 == 1


def _power(a, b, ctx):
    if a._special >= _NAN or b._special >= _NAN:
        return _nan_result(a, b, ctx)
    b_integral = b._special == _FINITE and _is_integral(b)
    odd = b_integral and _is_odd_integer(b)
    if a._special == _FINITE and a._int == 0:
        if b._special == _FINITE and b._int == 0:
            return _invalid()
        sign = a._sign if odd else 0
        if b._sign:
            return _dec(sign, 0, 0, _INF), 0
        return _dec(sign, 0, 0), 0
    if a._sign and not b_integral:
        return _invalid()
    if a._special == _INF:
        sign = a._sign if odd else 0
        if b._special == _FINITE and b._int == 0:
            return _dec(0, 1, 0), 0
        if b._sign:
            return _dec(sign, 0, 0), 0
        return _dec(sign, 0, 0, _INF), 0
    if b._special == _INF:
        if a._sign:
            return _invalid()
        r = _compare_finite(_copy_abs(a), _dec(0, 1, 0))
        if r == 0:
            prec = ctx._prec
            return _dec(0, 10 ** (prec - 1), 1 - prec), _INEXACT | _ROUNDED
        if (r > 0) != bool(b._sign):
            return _dec(0, 0, 0, _INF), 0
        return _dec(0, 0, 0), 0
    if b._int == 0:
        return _dec(0, 1, 0), 0
    if b_integral:
        n = b._int * 10 ** b._exp if b._exp >= 0 else b._int // 10 ** -b._exp
        return _power_int(a, -n if b._sign else n, ctx)
    return _power_real(a, b, ctx)


def _power_int(a, n, ctx):
    sign = a._sign if n & 1 else 0
    coef, exp = a._int, a._exp
    prec = ctx._prec
    k = abs(n)
    # Estimated adjusted exponent of the result, to catch overflow and huge exact powers.
    nd = _ndigits(coef)
    log_mag = (exp + nd - 1 + _math.log10(coef / 10 ** (nd - 1)) if nd < 300
               else exp + nd - 1)
    est = log_mag * n
    bound = max(ctx._Emax, -(ctx._Emin - prec + 1)) + 3
    if est > bound + 2:
        return _overflow(sign, ctx, ctx._rounding_code)
    if est < ctx._Emin - prec - 1:
        if k <= 10 ** 9:
            return _underflow_to_zero(sign, ctx)
        d, st = _finish(sign, 1, ctx._Emin - prec - 1, ctx)
        return d, st | _INEXACT | _ROUNDED
    stripped, zeros = coef, 0
    while stripped % 10 == 0:
        stripped //= 10
        zeros += 1
    if stripped == 1:
        # A power of ten: exact, though it may need rounding (zeros only) to fit prec.
        if n < 0:
            return _finish(sign, 1, -(exp + zeros) * k, ctx)
        if zeros * k + 1 > prec:
            d, st = _finish(sign, 10 ** (prec - 1), (exp + zeros) * k - prec + 1, ctx)
            return d, st | _ROUNDED
        return _finish(sign, coef ** k, exp * k, ctx)
    if _ndigits(stripped) * k <= 20000:
        if n > 0:
            return _finish(sign, coef ** k, exp * k, ctx)
        return _divide(_dec(sign, 1, 0), _dec(0, coef ** k, exp * k), ctx)
    # Too long to compute exactly: an inexact result (the coefficient has a nonzero last digit).
    return _power_via_logs(sign, coef, exp, _dec(1 if n < 0 else 0, k, 0), ctx)


def _underflow_to_zero(sign, ctx):
    # Like libmpdec, a power far below the subnormal range is zero whatever the rounding.
    return _dec(sign, 0, ctx._Emin - ctx._prec + 1), \
        _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED


def _power_real(a, b, ctx):
    return _power_via_logs(0, a._int, a._exp, b, ctx)


def _power_via_logs(sign, coef, exp, b, ctx):
    """|x|**b = exp(b * ln|x|), correctly rounded, for |x| = coef * 10**exp != 1."""
    prec = ctx._prec
    rounding = ctx._rounding_code
    b_adj = b._exp + _ndigits(b._int) - 1
    lost = _ln_extra_digits(coef, exp)
    if exp <= 0 and coef == 10 ** -exp:
        d, st = _finish(0, 10 ** (prec - 1), 1 - prec, ctx)
        return d, st | _INEXACT | _ROUNDED
    # Magnitude of t = b * ln|x|, to detect overflow and underflow before working hard.
    nd = _ndigits(coef)
    e10 = exp + nd - 1
    lead = coef / 10 ** (nd - 1) if nd < 300 else float(_int_to_str(coef)[:17]) / 1e16
    ln_est = abs(e10 * 2.302585092994046 + _math.log(lead)) or 10.0 ** -lost
    log_t = b_adj + _math.log10(ln_est)
    bound = max(ctx._Emax, -(ctx._Emin - prec + 1)) + 3
    if log_t > _math.log10(2.31 * bound) + 1:
        t_negative = (e10 * 2.302585092994046 + _math.log(lead) < 0) != bool(b._sign)
        if t_negative:
            d, st = _finish(sign, 1, ctx._Emin - prec - 1, ctx)
            return d, st | _INEXACT | _ROUNDED
        return _overflow(sign, ctx, rounding)

    def compute(extra):
        w = prec + extra + max(0, int(log_t) + 2)
        wl = w + lost + max(0, b_adj + 1) + 2
        ln_x = _ln_parts(coef, exp, wl)
        t = ln_x * b._int
        shift = b._exp + w - wl
        t = t * 10 ** shift if shift >= 0 else t // 10 ** -shift
        if b._sign:
            t = -t
        digits_t = len(str(abs(t) // 10 ** w)) + 2
        l10 = _ln10(w + digits_t) // 10 ** digits_t
        k = t // l10
        rem = t - k * l10
        return sign, _exp_fixed(rem, w), k - w, 40

    d, st = _correctly_rounded(compute, ctx, rounding)
    return d, st


def _power_modulo(a, b, m, ctx):
    if a._special or b._special or m._special:
        r = _nan_result(a, b, ctx)
        if r is not None:
            return r
        r = _nan_result(m, None, ctx)
        if r is not None:
            return r
        return _invalid()
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid()
    if b._sign or m._int == 0:
        return _invalid()
    x = a._integral_value()
    y = b._integral_value()
    mod = abs(m._integral_value())
    if _ndigits(mod) > ctx._prec or (x == 0 and y == 0):
        return _invalid()
    r = pow(abs(x), y, mod)
    sign = 1 if x < 0 and y & 1 else 0
    return _dec(sign, r, 0), 0


# -- comparisons with other types --------------------------------------------------------------

_EQ, _LT, _LE, _GT, _GE = range(5)
_CMP_NAMES = ('==', '<', '<=', '>', '>=')


def _rich_compare(a, other, op):
    if isinstance(other, Decimal):
        b = other
    elif isinstance(other, int):
        b = _from_int(other)
    elif isinstance(other, float):
        ctx = getcontext()
        if op == _EQ:
            ctx._flags._bits |= _FLOATOP
        else:
            ctx._signal(_FLOATOP)
        b = _from_float(other)
    elif isinstance(other, complex) and op == _EQ:
        if other.imag != 0:
            return False
        return _rich_compare(a, other.real, op)
    elif isinstance(other, _numbers.Rational):
        return _compare_rational(a, other, op)
    else:
        if op != _EQ and type(other) in _FOREIGN:
            raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                            % (_CMP_NAMES[op], type(other).__name__))
        return NotImplemented
    if a._special >= _NAN or b._special >= _NAN:
        return _nan_compare(a, b, op)
    return _cmp_outcome(_compare_finite(a, b), op)


def _nan_compare(a, b, op):
    if op == _EQ:
        if a._special == _SNAN or b._special == _SNAN:
            getcontext()._signal(_INVALID)
        return False
    getcontext()._signal(_INVALID)
    return False


def _cmp_outcome(r, op):
    if op == _EQ:
        return r == 0
    if op == _LT:
        return r < 0
    if op == _LE:
        return r <= 0
    if op == _GT:
        return r > 0
    return r >= 0


def _compare_rational(a, q, op):
    if a._special >= _NAN:
        return _nan_compare(a, a, op)
    if a._special == _INF:
        return _cmp_outcome(-1 if a._sign else 1, op)
    num, den = q.numerator, q.denominator
    lhs = -a._int if a._sign else a._int
    if a._exp >= 0:
        lhs = lhs * 10 ** a._exp * den
        rhs = num
    else:
        lhs = lhs * den
        rhs = num * 10 ** -a._exp
    return _cmp_outcome((lhs > rhs) - (lhs < rhs), op)


def _rounding_arg(rounding, ctx):
    if rounding is None:
        return ctx._rounding_code
    code = _ROUNDING_CODE.get(rounding) if isinstance(rounding, str) else None
    if code is None:
        raise TypeError(_ROUNDING_ERROR)
    return code


_ROUNDING_ERROR = ('valid values for rounding are:\n'
                   '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                   '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                   '   ROUND_05UP]')


# ---------------------------------------------------------------------------------------------
# Context

DefaultContext = None      # the template of new contexts, created below


class Context:
    """Precision, rounding, exponent limits, flags and traps for decimal arithmetic."""

    __slots__ = ('_prec', '_rounding', '_rounding_code', '_Emin', '_Emax', '_capitals',
                 '_clamp', '_flags', '_traps')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        template = DefaultContext
        set_ = object.__setattr__
        set_(self, '_flags', SignalDict())
        set_(self, '_traps', SignalDict())
        if template is not None:
            self._set_prec(template._prec if prec is None else prec)
            self._set_rounding(template._rounding if rounding is None else rounding)
            self._set_Emin(template._Emin if Emin is None else Emin)
            self._set_Emax(template._Emax if Emax is None else Emax)
            self._set_capitals(template._capitals if capitals is None else capitals)
            self._set_clamp(template._clamp if clamp is None else clamp)
            self._traps._bits = template._traps._bits if traps is None else \
                _bits_from_signals(traps)
        else:
            self._set_prec(28 if prec is None else prec)
            self._set_rounding(ROUND_HALF_EVEN if rounding is None else rounding)
            self._set_Emin(-999999 if Emin is None else Emin)
            self._set_Emax(999999 if Emax is None else Emax)
            self._set_capitals(1 if capitals is None else capitals)
            self._set_clamp(0 if clamp is None else clamp)
            self._traps._bits = (_IEEE_INVALID | _DIVZERO | _OVERFLOW) if traps is None else \
                _bits_from_signals(traps)
        if flags is not None:
            self._flags._bits = _bits_from_signals(flags)

    # -- validated attributes ------------------------------------------------------------------

    def _set_prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_prec', value)

    def _set_rounding(self, value):
        code = _ROUNDING_CODE.get(value) if isinstance(value, str) else None
        if code is None:
            raise TypeError(_ROUNDING_ERROR)
        object.__setattr__(self, '_rounding', _ROUNDING_NAME[code])
        object.__setattr__(self, '_rounding_code', code)

    def _set_Emin(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_Emin', value)

    def _set_Emax(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_Emax', value)

    def _set_capitals(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_capitals', value)

    def _set_clamp(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp', value)

    prec = property(lambda self: self._prec, _set_prec)
    rounding = property(lambda self: self._rounding, _set_rounding)
    Emin = property(lambda self: self._Emin, _set_Emin)
    Emax = property(lambda self: self._Emax, _set_Emax)
    capitals = property(lambda self: self._capitals, _set_capitals)
    clamp = property(lambda self: self._clamp, _set_clamp)

    def _get_flags(self):
        return self._flags

    def _set_flags(self, value):
        if not isinstance(value, (dict, SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._flags._bits = _bits_from_signals(value)

    def _get_traps(self):
        return self._traps

    def _set_traps(self, value):
        if not isinstance(value, (dict, SignalDict)):
            raise TypeError('argument must be a signal dict')
        self._traps._bits = _bits_from_signals(value)

    flags = property(_get_flags, _set_flags)
    traps = property(_get_traps, _set_traps)

    _PUBLIC = frozenset(('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags',
                         'traps'))

    def __setattr__(self, name, value):
        if name not in Context._PUBLIC:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    # -- conditions ----------------------------------------------------------------------------

    def _signal(self, status):
        """Record conditions; raise the first trapped signal as CPython's C decimal does."""
        self._flags._bits |= status
        trapped = status & self._traps._bits
        if trapped:
            listed = [cls for bit, cls in _CONDITION_LIST if trapped & bit]
            for sig in _SIGNALS:
                if trapped & _SIGNAL_MASK[sig]:
                    raise sig(listed)

    def _run(self, op, *args):
        result, status = op(*args, self)
        if status:
            self._signal(status)
        return result

    def clear_flags(self):
        self._flags._bits = 0

    def clear_traps(self):
        self._traps._bits = 0

    def copy(self):
        c = object.__new__(Context)
        set_ = object.__setattr__
        for name in ('_prec', '_rounding', '_rounding_code', '_Emin', '_Emax', '_capitals',
                     '_clamp'):
            set_(c, name, getattr(self, name))
        set_(c, '_flags', SignalDict(self._flags._bits))
        set_(c, '_traps', SignalDict(self._traps._bits))
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags._bits & _SIGNAL_MASK[s]]
        traps = [s for s in _SIGNALS if self._traps._bits & _SIGNAL_MASK[s]]
        return (Context, (self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                          self._clamp, flags, traps))

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (
                    self._prec, self._rounding, self._Emin, self._Emax, self._capitals,
                    self._clamp, _signal_names(self._flags._bits),
                    _signal_names(self._traps._bits)))

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return _dec(0, 10, 0)

    # -- creating numbers ----------------------------------------------------------------------

    def create_decimal(self, num='0'):
        if isinstance(num, str):
            parsed = _parse(num)
            if parsed is None:
                self._signal(_CONVERSION)
                return _dec(0, 0, 0, _NAN)
            d = _dec(*parsed)
            if d._special >= _NAN and d._int and _ndigits(d._int) > self._prec - self._clamp:
                self._signal(_CONVERSION)
                return _dec(0, 0, 0, _NAN)
        elif isinstance(num, float):
            self._signal(_FLOATOP)
            d = _from_float(num)
        else:
            d = Decimal(num)
        if d._special:
            if d._special >= _NAN:
                return _fix_nan(d, self) if d._special == _NAN else d
            return d
        return self._run(_finish, d._sign, d._int, d._exp)

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        if d._special:
            return d
        return self._run(_finish, d._sign, d._int, d._exp)

    # -- arithmetic ----------------------------------------------------------------------------

    def abs(self, a):
        return self._run(_abs, _convert(a))

    def add(self, a, b):
        return self._run(_add, _convert(a), _convert(b))

    def subtract(self, a, b):
        return self._run(_subtract, _convert(a), _convert(b))

    def multiply(self, a, b):
        return self._run(_multiply, _convert(a), _convert(b))

    def divide(self, a, b):
        return self._run(_divide, _convert(a), _convert(b))

    def divide_int(self, a, b):
        return self._run(_divide_int, _convert(a), _convert(b))

    def divmod(self, a, b):
        return self._run(_divmod, _convert(a), _convert(b))

    def remainder(self, a, b):
        return self._run(_remainder, _convert(a), _convert(b))

    def remainder_near(self, a, b):
        return self._run(_remainder_near, _convert(a), _convert(b))

    def power(self, a, b, modulo=None):
        if modulo is None:
            return self._run(_power, _convert(a), _convert(b))
        return self._run(_power_modulo, _convert(a), _convert(b), _convert(modulo))

    def plus(self, a):
        return self._run(_plus, _convert(a))

    def minus(self, a):
        return self._run(_minus, _convert(a))

    def _apply(self, a):
        return self._run(_plus_keep, _convert(a))

    def fma(self, a, b, c):
        return self._run(_fma, _convert(a), _convert(b), _convert(c))

    def sqrt(self, a):
        return self._run(_sqrt, _convert(a))

    def exp(self, a):
        return self._run(_exp, _convert(a))

    def ln(self, a):
        return self._run(_ln, _convert(a))

    def log10(self, a):
        return self._run(_log10, _convert(a))

    def logb(self, a):
        return self._run(_logb, _convert(a))

    def normalize(self, a):
        return self._run(_normalize, _convert(a))

    def quantize(self, a, b):
        return self._run(_quantize, _convert(a), _convert(b), self._rounding_code)

    def to_integral_value(self, a):
        return self._run(_to_integral, _convert(a), self._rounding_code, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._run(_to_integral, _convert(a), self._rounding_code, True)

    def scaleb(self, a, b):
        return self._run(_scaleb, _convert(a), _convert(b))

    def shift(self, a, b):
        return self._run(_shift, _convert(a), _convert(b), False)

    def rotate(self, a, b):
        return self._run(_shift, _convert(a), _convert(b), True)

    def next_plus(self, a):
        return self._run(_next_plus, _convert(a))

    def next_minus(self, a):
        return self._run(_next_minus, _convert(a))

    def next_toward(self, a, b):
        return self._run(_next_toward, _convert(a), _convert(b))

    def compare(self, a, b):
        return self._run(_compare, _convert(a), _convert(b))

    def compare_signal(self, a, b):
        return self._run(_compare_signal, _convert(a), _convert(b))

    def compare_total(self, a, b):
        return _compare_total(_convert(a), _convert(b))

    def compare_total_mag(self, a, b):
        return _compare_total(_copy_abs(_convert(a)), _copy_abs(_convert(b)))

    def max(self, a, b):
        return self._run(_max_min, _convert(a), _convert(b), False, False)

    def min(self, a, b):
        return self._run(_max_min, _convert(a), _convert(b), True, False)

    def max_mag(self, a, b):
        return self._run(_max_min, _convert(a), _convert(b), False, True)

    def min_mag(self, a, b):
        return self._run(_max_min, _convert(a), _convert(b), True, True)

    def logical_and(self, a, b):
        return self._run(_logical, _convert(a), _convert(b), 0)

    def logical_or(self, a, b):
        return self._run(_logical, _convert(a), _convert(b), 1)

    def logical_xor(self, a, b):
        return self._run(_logical, _convert(a), _convert(b), 2)

    def logical_invert(self, a):
        return self._run(_logical_invert, _convert(a))

    # -- predicates and exact operations -------------------------------------------------------

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_abs(self, a):
        return _copy_abs(_convert(a))

    def copy_decimal(self, a):
        return _convert(a)

    def copy_negate(self, a):
        return _convert(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert(a).copy_sign(_convert(b))

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def is_finite(self, a):
        return _convert(a).is_finite()

    def is_infinite(self, a):
        return _convert(a).is_infinite()

    def is_nan(self, a):
        return _convert(a).is_nan()

    def is_qnan(self, a):
        return _convert(a).is_qnan()

    def is_snan(self, a):
        return _convert(a).is_snan()

    def is_signed(self, a):
        return _convert(a).is_signed()

    def is_zero(self, a):
        return _convert(a).is_zero()

    def is_normal(self, a):
        return _convert(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(self)

    def number_class(self, a):
        return _number_class(_convert(a), self)

    def same_quantum(self, a, b):
        return _convert(a).same_quantum(_convert(b))

    def to_sci_string(self, a):
        return _to_sci(_convert(a), False, self._capitals)

    def to_eng_string(self, a):
        return _to_sci(_convert(a), True, self._capitals)


DefaultContext = Context()
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])


# -- the current context (a context variable, so each thread and asyncio task has its own) ------

_current_context = _contextvars.ContextVar('decimal_context')


def getcontext():
    """The current thread's (or task's) context, created from DefaultContext on first use."""
    ctx = _current_context.get(None)
    if ctx is None:
        ctx = Context()
        _current_context.set(ctx)
    return ctx


def setcontext(context):
    """Make context the current one (a template context is copied first)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current_context.set(context)


_LOCALCONTEXT_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that works on a copy of ctx (default: the current context)."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in _LOCALCONTEXT_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if key in ('flags', 'traps'):
            getattr(new, '_' + key)._bits = _bits_from_signals(value)
        else:
            setattr(new, key, value)
    return _ContextManager(new)


class _ContextManager:
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


# ---------------------------------------------------------------------------------------------
# Formatting (the format mini-language for decimals)

def _parse_spec(spec):
    """fill, align, sign, zero_neg, zero, width, comma, prec, type; ValueError when invalid."""
    bad = ValueError('invalid format string')
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zero_neg = False
    if i < n and spec[i] == 'z':
        zero_neg = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while j < n and spec[j].isdigit():
        j += 1
    width = int(spec[i:j]) if j > i else None
    i = j
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        j = i + 1
        while j < n and spec[j].isdigit():
            j += 1
        if j == i + 1:
            raise bad
        prec = int(spec[i + 1:j])
        i = j
    kind = None
    if i < n:
        kind = spec[i]
        i += 1
        if kind not in 'eEfFgGn%':
            raise bad
    if i != n:
        raise bad
    if width is not None and width > _sys.maxsize or prec is not None and prec > _sys.maxsize:
        raise bad
    if (kind == 'n' and comma) or (zero and align is not None):
        raise bad
    return fill, align, sign, zero_neg, zero, width, comma, prec, kind


def _format(d, spec, localeconv):
    fill, align, sign_opt, zero_neg, zero, width, comma, prec, kind = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding_code
    if kind is None:
        kind = 'G' if ctx._capitals else 'g'
    sign = d._sign
    decimal_point = '.'
    thousands = ',' if comma else ''
    grouping = 3
    if kind == 'n':
        try:
            import locale
            conv = localeconv or locale.localeconv()
        except Exception:
            conv = {'decimal_point': '.', 'thousands_sep': '', 'grouping': []}
        decimal_point = conv.get('decimal_point', '.')
        thousands = conv.get('thousands_sep', '')
        g = conv.get('grouping') or []
        grouping = g[0] if g and g[0] > 0 else 3
    if d._special:
        body = 'Infinity' if d._special == _INF else (
            ('sNaN' if d._special == _SNAN else 'NaN') + (_int_to_str(d._int) if d._int else ''))
        if kind == '%':
            body += '%'
        intpart, frac, tail = body, '', ''
        is_number = False
    else:
        is_number = True
        coef, exp = d._int, d._exp
        if kind == '%':
            exp += 2
        intpart, frac, tail = _format_number(coef, exp, sign, kind, prec, rounding)
        if zero_neg and sign and not any(ch not in '0' for ch in intpart + frac):
            # CPython 3.11 tests the rounded digits, except for 'F' where it tests the value.
            if kind != 'F' or d._int == 0:
                sign = 0
        if kind == '%':
            tail += '%'
    sign_text = '-' if sign else ('' if sign_opt == '-' else sign_opt)
    if zero and fill is None and is_number:
        fill, zero_fill = '0', True
        if align is None:
            align = '='
    else:
        zero_fill = False
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if frac:
        rest = decimal_point + frac + tail
    else:
        rest = tail
    if thousands and is_number:
        min_int = 0
        if zero_fill and width is not None and align == '=':
            min_int = width - len(sign_text) - len(rest)
        intpart = _group(intpart, thousands, grouping, min_int)
    elif zero_fill and width is not None and align == '=' and is_number:
        need = width - len(sign_text) - len(rest)
        if len(intpart) < need:
            intpart = '0' * (need - len(intpart)) + intpart
    body = intpart + rest
    total = len(sign_text) + len(body)
    if width is None or total >= width:
        return sign_text + body
    pad = width - total
    if align == '<':
        return sign_text + body + fill * pad
    if align == '>':
        return fill * pad + sign_text + body
    if align == '=':
        return sign_text + fill * pad + body
    left = pad // 2
    return fill * left + sign_text + body + fill * (pad - left)


def _group(digits, sep, size, min_width):
    """Digits with separators every `size` from the right, zero padded to min_width."""
    k = len(digits)
    while k + (k - 1) // size < min_width:
        k += 1
    digits = digits.rjust(k, '0')
    groups = []
    while len(digits) > size:
        groups.append(digits[-size:])
        digits = digits[:-size]
    groups.append(digits)
    return sep.join(reversed(groups))


def _format_number(coef, exp, sign, kind, prec, rounding):
    """(integer digits, fraction digits, exponent suffix) of a finite number."""
    lower = kind.lower()
    if lower == 'e':
        if prec is not None:
            if coef == 0:
                digits = '0' * (prec + 1)
            else:
                nd = _ndigits(coef)
                if nd > prec + 1:
                    drop = nd - (prec + 1)
                    coef, _ = _round_digits(coef, drop, sign, rounding)
                    exp += drop
                    if _ndigits(coef) > prec + 1:
                        coef //= 10
                        exp += 1
                else:
                    coef *= 10 ** (prec + 1 - nd)
                    exp -= prec + 1 - nd
                digits = _int_to_str(coef)
        else:
            digits = _int_to_str(coef)
        shown = exp + len(digits) - 1
        e = 'E' if kind == 'E' else 'e'
        return digits[0], digits[1:], '%s%+d' % (e, shown)
    if lower in 'f%':
        if prec is not None:
            if exp < -prec:
                coef, _ = _round_digits(coef, -prec - exp, sign, rounding)
                exp = -prec
            elif exp > -prec:
                coef *= 10 ** (exp + prec)
                exp = -prec
        elif exp > 0:
            coef *= 10 ** exp
            exp = 0
        digits = _int_to_str(coef)
        if exp >= 0:
            return digits, '', ''
        frac_len = -exp
        digits = digits.rjust(frac_len + 1, '0')
        return digits[:-frac_len], digits[-frac_len:], ''
    # 'g', 'G', 'n' and no type: round to prec significant digits, then the to-sci-string rule.
    if prec is not None:
        p = prec or 1
        if coef:
            nd = _ndigits(coef)
            if nd > p:
                drop = nd - p
                coef, _ = _round_digits(coef, drop, sign, rounding)
                exp += drop
                if _ndigits(coef) > p:
                    coef //= 10
                    exp += 1
    digits = _int_to_str(coef)
    left = exp + len(digits)
    if exp <= 0 and left > -6:
        dot = left
    else:
        dot = 1
    if dot <= 0:
        intpart, frac = '0', '0' * -dot + digits
    elif dot >= len(digits):
        intpart, frac = digits + '0' * (dot - len(digits)), ''
    else:
        intpart, frac = digits[:dot], digits[dot:]
    tail = ''
    if left != dot:
        e = 'E' if kind == 'G' else 'e'
        tail = '%s%+d' % (e, left - dot)
    return intpart, frac, tail


_numbers.Number.register(Decimal)
