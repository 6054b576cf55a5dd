"""Regenerates CaseData.cs: each expression below evaluated by CPython 3.11, its repr (or error) recorded.

Run with python3 from this folder. MiniEval evaluates the same expressions on Skein's object model.
"""
import sys

GROUPS = {}

GROUPS['StrBasics'] = r'''
'abc'[0]
'abc'[-1]
'abc'[3]
'abc'[-4]
'abc'['x']
'abc'[None]
'abcdef'[1:4]
'abcdef'[::2]
'abcdef'[::-1]
'abcdef'[-2:]
'abcdef'[5:1:-2]
'abc'[::0]
'a😀b'[1]
'a😀b'[2]
'a😀b'[::-1]
'a😀b😀c'[1:4]
'a😀b😀c'[::2]
len('a😀b')
'a' + 'b'
'a' + 1
'ab' * 3
3 * 'ab'
'ab' * -1
'ab' * 0
'ab' * 'x'
'a' < 'b'
'a' < 'B'
'\uffff' < '😀'
'\ue000' < '😀'
'abc' == 'abc'
'abc' != 'abd'
'a' < 1
'b' in 'abc'
'' in 'abc'
1 in 'abc'
str()
str('x')
str(b'abc', 'ascii')
str(b'\xff', 'utf-8')
str(b'\xff', 'utf-8', 'replace')
str(b'a', encoding='latin-1')
str('a', 'utf-8')
str(1, 'utf-8')
str(bytearray(b'xy'), 'ascii')
str(x=1)
'x'.__getnewargs__()
'''

GROUPS['StrRepr'] = r'''
'abc'
"it's"
'a"b'
'a"b\'c'
'\x00\x01\x1f\x7f\x80\x9f\xa0\xad'
'\t\n\r\\'
'\u0378\u2028\u200b'
'\ud800'
'\udcff'
'😀\U000e0001'
'é中文'
'\U0010ffff'
'''

GROUPS['StrSearch'] = r'''
'hello world'.find('o')
'hello world'.rfind('o')
'hello world'.find('o', 5)
'hello world'.find('o', 5, 7)
'hello world'.find('o', -4)
'hello world'.find('z')
'abc'.find('')
'abc'.find('', 3)
'abc'.find('', 4)
'abc'.rfind('')
'abc'.rfind('', 1, 2)
'a😀b😀c'.find('b')
'a😀b😀c'.rfind('😀')
'a😀b😀c'.find('c', 3)
'a😀b😀c'.index('c')
'abc'.index('z')
'abc'.rindex('z')
'abc'.find()
'abc'.find(1)
'abc'.find('a', 'x')
'abc'.find('a', None, None)
'abc'.find('a', start=1)
'aaaa'.count('aa')
'aaaa'.count('')
'aaaa'.count('', 2)
'aaaa'.count('', 5)
'aaaa'.count('a', 1, -1)
'a😀😀'.count('😀')
'hello'.startswith('he')
'hello'.startswith(('x', 'hel'))
'hello'.startswith('l', 2)
'hello'.startswith('', 5)
'hello'.startswith('', 6)
'hello'.endswith('lo', 0, 5)
'hello'.endswith('ll', 0, 4)
'hello'.endswith(('a', 'b'))
'hello'.startswith(1)
'hello'.startswith((1,))
'hello'.startswith()
'a,b,c'.partition(',')
'a,b,c'.rpartition(',')
'abc'.partition('x')
'abc'.rpartition('x')
'abc'.partition('')
'abc'.partition(1)
'prefix-body'.removeprefix('prefix-')
'prefix-body'.removesuffix('-body')
'abc'.removeprefix('x')
'abc'.removeprefix(1)
'aaa'.replace('a', 'b')
'aaa'.replace('a', 'b', 2)
'aaa'.replace('a', 'b', 0)
'abc'.replace('', '-')
'abc'.replace('', '-', 2)
'a😀b'.replace('', '.')
''.replace('', 'x')
'abc'.replace('a')
'abc'.replace(1, 'b')
'abc'.replace('a', 1)
'''

GROUPS['StrSplit'] = r'''
'a b  c'.split()
'  a b  c  '.split()
'  a b  c  '.split(None, 1)
'  a b  c  '.rsplit(None, 1)
'  a b  c  '.split(maxsplit=0)
'  a b  c  '.rsplit(maxsplit=0)
'a\x1cb\x1fc\x85d\u3000e'.split()
''.split()
'   '.split()
'a,b,,c'.split(',')
'a,b,,c'.split(',', 1)
'a,b,,c'.rsplit(',', 1)
'a,b,,c'.rsplit(',')
''.split(',')
'abc'.split('abc')
'aXXbXXc'.split('XX')
'aXXXb'.split('XX')
'aXXXb'.rsplit('XX')
'a b'.split(sep=' ')
'a b'.split('')
'a b'.split(1)
'a b'.split(None, 1, 2)
'a b'.split(x=1)
'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines()
'a\nb\r\nc\n'.splitlines(True)
'a\nb\r\nc\n'.splitlines(keepends=True)
''.splitlines()
'\n'.splitlines()
'a\r'.splitlines(1)
'  x  '.strip()
'  x  '.lstrip()
'  x  '.rstrip()
'xxaxx'.strip('x')
'abcba'.strip('ab')
'😀a😀'.strip('😀')
'\x1c x \x1f'.strip()
'x'.strip(1)
'x'.strip(None)
'''

GROUPS['StrCase'] = r'''
'Hello World'.lower()
'Hello World'.upper()
'Hello World'.swapcase()
'hello world'.title()
"they're bill's".title()
'hELLO'.capitalize()
'ß'.upper()
'ﬁ'.upper()
'ﬁx'.title()
'ǆemal'.capitalize()
'ǅ'.lower()
'İ'.lower()
'ΑΣ'.lower()
'ΑΣ Α'.lower()
'Σ'.lower()
'ΑΣΑ'.lower()
'ΑΣ.'.lower()
'ß'.casefold()
'ſ'.casefold()
'ẞ'.casefold()
'ꭰ'.casefold()
'Straße'.swapcase()
'ŉ'.upper()
'ΐ'.upper()
'ᾳ'.upper()
'ᾳ'.title()
'ᾼ'.lower()
'abc'.isalpha()
'ab1'.isalpha()
''.isalpha()
'中文'.isalpha()
'123'.isdigit()
'²'.isdigit()
'²'.isdecimal()
'½'.isnumeric()
'½'.isdigit()
'一'.isnumeric()
'٣'.isdecimal()
'a1'.isalnum()
'a_'.isalnum()
' \t\n\x1c\x85\u3000'.isspace()
''.isspace()
'\u200b'.isspace()
'abc'.islower()
'abC'.islower()
'123'.islower()
'ABC'.isupper()
'ǅ'.isupper()
'ǅ'.istitle()
'Hello World'.istitle()
'Hello world'.istitle()
'HeLlo'.istitle()
'ⓐ'.islower()
'Ⓐ'.isupper()
'ab\n'.isprintable()
''.isprintable()
'é'.isprintable()
'\xa0'.isprintable()
'abc'.isascii()
'é'.isascii()
''.isascii()
'abc'.isidentifier()
'_a1'.isidentifier()
'1a'.isidentifier()
'é'.isidentifier()
''.isidentifier()
'a-b'.isidentifier()
'x'.upper(1)
'x'.upper(x=1)
'''

GROUPS['StrLayout'] = r'''
'ab'.center(7)
'ab'.center(7, '*')
'abc'.center(6, '*')
'abc'.center(2)
'a'.center(4, '😀')
'ab'.ljust(5, '-')
'ab'.rjust(5, '-')
'ab'.center(5, 'xy')
'ab'.center(5, 1)
'ab'.center('x')
'ab'.center()
'42'.zfill(5)
'-42'.zfill(5)
'+42'.zfill(2)
''.zfill(3)
'a\tb\tc'.expandtabs()
'a\tb\tc'.expandtabs(4)
'ab\tc\nx\ty'.expandtabs(3)
'a\tb'.expandtabs(0)
'a\tb'.expandtabs(tabsize=2)
'-'.join(['a', 'b', 'c'])
'-'.join('abc')
''.join([])
'-'.join(['a'])
'-'.join(['a', 1])
'-'.join(1)
'''

GROUPS['StrTranslate'] = r'''
'abc'.translate({97: 'X', 98: None})
'abc'.translate({97: 120})
'abc'.translate({97: 'xyz'})
'abc'.translate({97: 1.5})
'abc'.translate({97: 0x110000})
'abc'.translate(str.maketrans('ab', 'xy'))
str.maketrans('ab', 'xy', 'c')
str.maketrans({'a': 'b', 99: None})
str.maketrans({'ab': 1})
str.maketrans({1.5: 1})
str.maketrans('a', 'bc')
str.maketrans(1)
str.maketrans(1, 'a')
str.maketrans('a', 1)
'abc'.translate(str.maketrans('abc', 'xyz', ''))
'''

GROUPS['StrFormat'] = r'''
'{} {}'.format('a', 'b')
'{1} {0}'.format('a', 'b')
'{x}-{y}'.format(x='1', y='2')
'{0[1]}'.format('abc')
'{0[k]}'.format({'k': 'v'})
'{0[-1]}'.format({'-1': 'neg'})
'{0[:]}'.format({':': 'colon'})
'{0.upper}'.format('x')[:28]
'{!r}'.format('x')
'{!s}'.format('x')
'{!a}'.format('é😀')
'{0!r:>6}'.format('x')
'{:>5}|'.format('ab')
'{:*^9}'.format('mid')
'{:.2}'.format('abcdef')
'{:{}}|'.format('a', 4)
'{:{w}.{p}}|'.format('abcdef', w=5, p=2)
'{0:{1}}'.format('a', '>3')
'{{}} {{{0}}}'.format('x')
'}}{{'.format()
'{'.format()
'}'.format()
'a{0'.format(1)
'{0!'.format(1)
'{0!}'.format(1)
'{0!x}'.format(1)
'{0!rr}'.format(1)
'{a.}'.format(a=1)
'{a[}'.format(a=1)
'{a[]}'.format(a=1)
'{0}{}'.format('a', 'b')
'{}{0}'.format('a', 'b')
'{a}'.format()
'{1}'.format('a')
'{}'.format()
'{0[0]x}'.format(['a'])
'{99999999999999999999}'.format(1)
'{0:{1:{2}}}'.format(1, 5, 2)
'{0:}}'.format(1)
'{0:{}'.format(1)
'{0:{}}'.format('a', 5)
'{ 0 }'.format(1)
'{a}'.format_map({'a': 'A'})
'{}'.format_map({})
'{0}'.format_map({})
format('abc', '')
format('abc', '<6')
format('abc', '>6')
format('abc', '^6')
format('abc', '*<6')
format('abc', '010')
format('abc', '.1')
format('abc', 's')
format('abc', 'd')
format('abc', '+')
format('abc', '#')
format('abc', ',')
format('abc', '_')
format('abc', 'z')
format('abc', '=10')
format('abc', '10.')
format('abc', 's ')
format('abc', '99999999999999999999')
format('a😀', '😀^5')
'''

GROUPS['StrPercent'] = r'''
'%s and %s' % ('a', 'b')
'%r' % 'x'
'%a' % 'é'
'%5s|%-5s|' % ('a', 'b')
'%.2s|' % 'abc'
'%*s|' % (4, 'a')
'%-*s|' % (-4, 'a')
'%*.*s|' % (5, 1, 'abc')
'%c%c' % ('x', 121)
'%c' % '😀'
'%c' % 0x110000
'%c' % 'ab'
'%%'  % ()
'%(a)s-%(b)s' % {'a': 'A', 'b': 'B'}
'%(a)s' % {'a': 'A', 'z': 1}
'%s' % ['x']
'%s %s' % ['x']
'' % ()
'' % 'x'
'' % []
'%s' % ()
'%s' % ('a', 'b')
'%y' % 'a'
'ab%-5y' % 'a'
'%5%' % ()
'%(a' % {'a': 1}
'abc%' % ()
'%(a)s' % 'x'
'%*s' % ('x', 'a')
'%s' % None
'%ls' % 'x'
'' % bytearray()
b'' % bytearray()
b'' % []
'a'.count('a', x=1)
b'a'.find(b'a', x=1)
'''

GROUPS['StrCodecs'] = r'''
'é€'.encode()
'é€😀'.encode('utf-8')
'abc'.encode('ascii')
'é'.encode('ascii')
'éà'.encode('ascii')
'aé€'.encode('latin-1')
'é'.encode('latin-1')
'é€'.encode('ascii', 'replace')
'é€😀'.encode('ascii', 'ignore')
'é€😀'.encode('ascii', 'backslashreplace')
'é€😀'.encode('ascii', 'xmlcharrefreplace')
'é'.encode('ascii', 'bogus')
'a'.encode('ascii', 'bogus')
'ab'.encode('utf-16')
'ab😀'.encode('utf-16-le')
'ab😀'.encode('utf-16-be')
'ab'.encode('utf-32')
'a😀'.encode('utf-32-be')
'ab'.encode('utf-8-sig')
'ab'.encode('UTF8')
'ab'.encode('Latin 1')
'ab'.encode('U8')
'ab'.encode('iso-8859-1')
'ab'.encode('xyz')
'ab'.encode(1)
'ab'.encode('utf-8', 1)
'ab'.encode(encoding='ascii', errors='strict')
'\ud800'.encode('utf-8')
'\ud800x\udc00'.encode('utf-8')
'\ud800'.encode('utf-8', 'surrogatepass')
'\ud800'.encode('utf-16-le', 'surrogatepass')
'a\udcffb'.encode('ascii', 'surrogateescape')
'a\udcffb'.encode('utf-8', 'surrogateescape')
'aéb'.encode('ascii', 'surrogateescape')
b'\xe2\x82\xac'.decode()
b'\xff'.decode()
b'a\xffb'.decode('utf-8', 'replace')
b'a\xffb'.decode('utf-8', 'ignore')
b'a\xff\xfeb'.decode('utf-8', 'backslashreplace')
b'a\xff\xfeb'.decode('utf-8', 'surrogateescape')
b'a\xff\xfeb'.decode('ascii', 'surrogateescape')
b'\xe2\x82'.decode()
b'\xe2\x28\xa1'.decode()
b'\xf0\x9f\x98('.decode()
b'\xed\xa0\x80'.decode()
b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')
b'\xe0\x80\x80'.decode('utf-8', 'replace')
b'\xf0\x9f\x98'.decode('utf-8', 'replace')
b'\xc0\xaf'.decode('utf-8', 'replace')
b'\xf4\x90\x80\x80'.decode('utf-8', 'replace')
b'\xff'.decode('ascii')
b'\x80\xff'.decode('latin-1')
b'\xef\xbb\xbfab'.decode('utf-8-sig')
b'ab'.decode('utf-8-sig')
b'\xff\xfea\x00'.decode('utf-16')
b'\xfe\xff\x00a'.decode('utf-16')
b'a\x00'.decode('utf-16')
b'\xff\xfea'.decode('utf-16')
b'=\xd8\x00\xde'.decode('utf-16-le')
b'\x00\xd8'.decode('utf-16-le')
b'\x00\xd8a\x00'.decode('utf-16-le')
b'\x00\xdca\x00'.decode('utf-16-le')
b'\x00\xdca\x00'.decode('utf-16-le', 'replace')
b'\x00\xdca\x00'.decode('utf-16-le', 'surrogatepass')
b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')
b'abc'.decode('utf-32')
b'\x00\x00\x11\x00'.decode('utf-32-le')
b'\x00\xd8\x00\x00'.decode('utf-32-le')
b'\x00\x01\xf6\x00'.decode('utf-32-be')
b'ab'.decode('nope')
bytearray(b'\xff').decode()
'''

GROUPS['Bytes'] = r'''
b'abc'
b"it's"
b'a"b\'c'
b'\x00\t\n\r\\\x7f\x80\xff'
bytearray(b'ab')
bytearray(b"it's")
bytearray()
bytes()
bytes(3)
bytes([65, 66])
bytes((1, 2))
bytes([256])
bytes([-1])
bytes(['a'])
bytes('a')
bytes('é', 'utf-8')
bytes('é', encoding='latin-1')
bytes(1, 'ascii')
bytes(b'x', 'ascii')
bytes(-1)
bytes(None)
bytes(bytearray(b'xy'))
bytes(memoryview(b'xy'))
bytes(x=1)
bytes('a', 'ascii', 'strict', 1)
bytearray(3)
bytearray([1, 2])
bytearray('é', 'utf-8')
bytearray('a')
bytearray(-1)
b'abc'[0]
b'abc'[-1]
b'abc'[3]
b'abc'[1:]
b'abcdef'[::-2]
b'abc'['x']
bytearray(b'abc')[0]
bytearray(b'abc')[1:]
bytearray(b'abc')[5]
bytearray(b'abc')['x']
len(b'abc')
b'a' + b'b'
b'a' + bytearray(b'b')
bytearray(b'a') + b'b'
b'a' + memoryview(b'b')
b'a' + 'b'
b'ab' * 2
2 * bytearray(b'ab')
b'ab' * -1
b'a' == b'a'
b'a' == bytearray(b'a')
bytearray(b'a') == b'a'
b'a' == 'a'
b'a' < b'b'
b'ab' < b'a'
b'a' < bytearray(b'b')
b'a' < 'b'
97 in b'abc'
b'bc' in b'abc'
256 in b'abc'
'a' in b'abc'
b'' in b'abc'
b'abc'.hex()
b'abcdef'.hex(':', 2)
b'abcde'.hex(b'-', 2)
b'abcde'.hex('-', -2)
b'abc'.hex('::')
b'abc'.hex(1)
bytes.fromhex('0a 0B ff')
bytes.fromhex('zz')
bytes.fromhex('a')
bytes.fromhex(b'01')
bytearray.fromhex('4142')
'''

GROUPS['BytesMethods'] = r'''
b'hello'.find(b'l')
b'hello'.rfind(b'l')
b'hello'.find(108)
b'hello'.find(256)
b'hello'.find('l')
b'hello'.index(b'z')
b'hello'.count(b'l')
b'hello'.count(b'')
b'hello'.startswith(b'he')
b'hello'.startswith((b'x', b'h'))
b'hello'.startswith('h')
b'hello'.endswith(b'lo', 1)
b'a,b'.partition(b',')
b'a,b'.rpartition(b'x')
bytearray(b'a,b').partition(b',')
b'a b  c '.split()
b'  a b  c '.rsplit(None, 1)
b'a,b,,c'.split(b',')
b'a,b,,c'.rsplit(b',', 1)
bytearray(b'a b').split()
b'a'.split('a')
b'a'.split(b'')
b'a\nb\r\nc\rd\x0be'.splitlines()
b'a\nb\r\n'.splitlines(True)
b'  x  '.strip()
b'xxaxx'.strip(b'x')
b'  x  '.lstrip()
b'  x  '.rstrip()
b'x'.strip('x')
b'aaa'.replace(b'a', b'b', 2)
b'abc'.replace(b'', b'-')
b'ab'.replace('a', b'b')
b'Hello World'.lower()
b'Hello World'.upper()
b'Hello World'.swapcase()
b'hello world'.title()
b'hELLO'.capitalize()
b'abc\xe9'.upper()
b'abc'.isalpha()
b'abc1'.isalnum()
b'123'.isdigit()
b' \t'.isspace()
b'abc'.islower()
b'ABC'.isupper()
b'Ab Cd'.istitle()
b'\x80'.isascii()
b''.isalpha()
b'ab'.center(6, b'*')
b'ab'.ljust(4)
b'ab'.rjust(4, b'0')
b'ab'.center(5, 'x')
b'-5'.zfill(4)
b'a\tb'.expandtabs(4)
b'-'.join([b'a', bytearray(b'b'), memoryview(b'c')])
b'-'.join([b'a', 'b'])
bytearray(b'-').join([b'a', b'b'])
b'abc'.translate(bytes.maketrans(b'abc', b'xyz'))
b'abc'.translate(None, b'b')
b'abc'.translate(b'x')
bytes.maketrans(b'a', b'bc')
b'prefix'.removeprefix(b'pre')
b'prefix'.removesuffix(b'fix')
b'abc'.upper(1)
b'abc'.find()
b'%s|%b|%a|%r' % (b'x', bytearray(b'y'), 'é', b'z')
b'%c%c' % (65, b'B')
b'%c' % 256
b'%c' % b'ab'
b'%5s|%-5s|' % (b'a', b'b')
b'%s' % 'x'
b'%y' % b'a'
b'%(k)s' % {b'k': b'v'}
b'' % b'x'
bytearray(b'%s!') % b'x'
'''

GROUPS['MemoryView'] = r'''
memoryview(b'abc')[1]
memoryview(b'abc')[5]
memoryview(b'abc')[-1]
memoryview(b'abcdef')[1:4].tobytes()
memoryview(b'abcdef')[::2].tobytes()
memoryview(b'abcdef')[::2][1]
memoryview(b'abc').tolist()
memoryview(b'abc').hex()
len(memoryview(b'abcdef')[1:3])
memoryview(b'abc') == b'abc'
memoryview(b'abc') == bytearray(b'abc')
memoryview(b'abc') == memoryview(b'abc')
memoryview(b'abc') == 'abc'
memoryview(b'abc').readonly
memoryview(bytearray(b'abc')).readonly
memoryview(b'abc').nbytes
memoryview(b'abc').format
memoryview(b'abc').itemsize
memoryview(b'abc').shape
memoryview(b'abcd')[::2].strides
memoryview(b'abc').obj
memoryview(b'abc')['x']
memoryview('abc')
bytes(memoryview(b'abc')[1:])
'''

def run(expr):
    try:
        return repr(eval(expr))
    except Exception as e:
        name = type(e).__name__
        if name.startswith('Unicode') and len(e.args) > 1:
            return f'!! {name}{e.args!r}'
        return f'!! {name}: {e}'

def cs(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"' if s.isascii() and s.isprintable() else \
        '"' + ''.join(c if (c.isascii() and c.isprintable() and c not in '"\\') else
                      ('\\\\' if c == '\\' else '\\"' if c == '"' else
                       ('\\u%04x' % ord(c) if ord(c) < 0x10000 else '\\U%08x' % ord(c))) for c in s) + '"'

out = ['// <auto-generated> by generate_cases.py from CPython %s: expression and its repr (or error). </auto-generated>' % sys.version.split()[0],
       'namespace Skein.Tests.Strings;', '', 'internal static class CaseData', '{']
for name, body in GROUPS.items():
    out.append(f'    public static readonly (string Expr, string Expected)[] {name} =')
    out.append('    [')
    for line in body.strip('\n').split('\n'):
        out.append(f'        ({cs(line)}, {cs(run(line))}),')
    out.append('    ];')
    out.append('')
out[-1] = '}'
open('CaseData.cs', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
