"""HTML escaping: escape() and unescape() (named entities: the common HTML 4 set)."""

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replace &, < and > (and, if quote, " and ') by HTML-safe sequences."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


_ENTITIES = {
    'amp': '&', 'lt': '<', 'gt': '>', 'quot': '"', 'apos': "'", 'nbsp': '\xa0', 'iexcl': '¡', 'cent': '¢',
    'pound': '£', 'curren': '¤', 'yen': '¥', 'brvbar': '¦', 'sect': '§', 'uml': '¨', 'copy': '©', 'ordf': 'ª',
    'laquo': '«', 'not': '¬', 'shy': '\xad', 'reg': '®', 'macr': '¯', 'deg': '°', 'plusmn': '±', 'sup2': '²',
    'sup3': '³', 'acute': '´', 'micro': 'µ', 'para': '¶', 'middot': '·', 'cedil': '¸', 'sup1': '¹', 'ordm': 'º',
    'raquo': '»', 'frac14': '¼', 'frac12': '½', 'frac34': '¾', 'iquest': '¿', 'Agrave': 'À', 'Aacute': 'Á',
    'Acirc': 'Â', 'Atilde': 'Ã', 'Auml': 'Ä', 'Aring': 'Å', 'AElig': 'Æ', 'Ccedil': 'Ç', 'Egrave': 'È',
    'Eacute': 'É', 'Ecirc': 'Ê', 'Euml': 'Ë', 'Igrave': 'Ì', 'Iacute': 'Í', 'Icirc': 'Î', 'Iuml': 'Ï',
    'ETH': 'Ð', 'Ntilde': 'Ñ', 'Ograve': 'Ò', 'Oacute': 'Ó', 'Ocirc': 'Ô', 'Otilde': 'Õ', 'Ouml': 'Ö',
    'times': '×', 'Oslash': 'Ø', 'Ugrave': 'Ù', 'Uacute': 'Ú', 'Ucirc': 'Û', 'Uuml': 'Ü', 'Yacute': 'Ý',
    'THORN': 'Þ', 'szlig': 'ß', 'agrave': 'à', 'aacute': 'á', 'acirc': 'â', 'atilde': 'ã', 'auml': 'ä',
    'aring': 'å', 'aelig': 'æ', 'ccedil': 'ç', 'egrave': 'è', 'eacute': 'é', 'ecirc': 'ê', 'euml': 'ë',
    'igrave': 'ì', 'iacute': 'í', 'icirc': 'î', 'iuml': 'ï', 'eth': 'ð', 'ntilde': 'ñ', 'ograve': 'ò',
    'oacute': 'ó', 'ocirc': 'ô', 'otilde': 'õ', 'ouml': 'ö', 'divide': '÷', 'oslash': 'ø', 'ugrave': 'ù',
    'uacute': 'ú', 'ucirc': 'û', 'uuml': 'ü', 'yacute': 'ý', 'thorn': 'þ', 'yuml': 'ÿ',
    'OElig': 'Œ', 'oelig': 'œ', 'Scaron': 'Š', 'scaron': 'š', 'Yuml': 'Ÿ', 'fnof': 'ƒ', 'circ': 'ˆ',
    'tilde': '˜', 'Alpha': 'Α', 'Beta': 'Β', 'Gamma': 'Γ', 'Delta': 'Δ', 'Epsilon': 'Ε', 'Zeta': 'Ζ',
    'Eta': 'Η', 'Theta': 'Θ', 'Iota': 'Ι', 'Kappa': 'Κ', 'Lambda': 'Λ', 'Mu': 'Μ', 'Nu': 'Ν', 'Xi': 'Ξ',
    'Omicron': 'Ο', 'Pi': 'Π', 'Rho': 'Ρ', 'Sigma': 'Σ', 'Tau': 'Τ', 'Upsilon': 'Υ', 'Phi': 'Φ', 'Chi': 'Χ',
    'Psi': 'Ψ', 'Omega': 'Ω', 'alpha': 'α', 'beta': 'β', 'gamma': 'γ', 'delta': 'δ', 'epsilon': 'ε',
    'zeta': 'ζ', 'eta': 'η', 'theta': 'θ', 'iota': 'ι', 'kappa': 'κ', 'lambda': 'λ', 'mu': 'μ', 'nu': 'ν',
    'xi': 'ξ', 'omicron': 'ο', 'pi': 'π', 'rho': 'ρ', 'sigmaf': 'ς', 'sigma': 'σ', 'tau': 'τ', 'upsilon': 'υ',
    'phi': 'φ', 'chi': 'χ', 'psi': 'ψ', 'omega': 'ω', 'thetasym': 'ϑ', 'upsih': 'ϒ', 'piv': 'ϖ',
    'ensp': '\u2002', 'emsp': '\u2003', 'thinsp': '\u2009', 'zwnj': '\u200c', 'zwj': '\u200d', 'lrm': '\u200e',
    'rlm': '\u200f', 'ndash': '–', 'mdash': '—', 'lsquo': '‘', 'rsquo': '’', 'sbquo': '‚', 'ldquo': '“',
    'rdquo': '”', 'bdquo': '„', 'dagger': '†', 'Dagger': '‡', 'bull': '•', 'hellip': '…', 'permil': '‰',
    'prime': '′', 'Prime': '″', 'lsaquo': '‹', 'rsaquo': '›', 'oline': '‾', 'frasl': '⁄', 'euro': '€',
    'image': 'ℑ', 'weierp': '℘', 'real': 'ℜ', 'trade': '™', 'alefsym': 'ℵ', 'larr': '←', 'uarr': '↑',
    'rarr': '→', 'darr': '↓', 'harr': '↔', 'crarr': '↵', 'lArr': '⇐', 'uArr': '⇑', 'rArr': '⇒', 'dArr': '⇓',
    'hArr': '⇔', 'forall': '∀', 'part': '∂', 'exist': '∃', 'empty': '∅', 'nabla': '∇', 'isin': '∈',
    'notin': '∉', 'ni': '∋', 'prod': '∏', 'sum': '∑', 'minus': '−', 'lowast': '∗', 'radic': '√', 'prop': '∝',
    'infin': '∞', 'ang': '∠', 'and': '∧', 'or': '∨', 'cap': '∩', 'cup': '∪', 'int': '∫', 'there4': '∴',
    'sim': '∼', 'cong': '≅', 'asymp': '≈', 'ne': '≠', 'equiv': '≡', 'le': '≤', 'ge': '≥', 'sub': '⊂',
    'sup': '⊃', 'nsub': '⊄', 'sube': '⊆', 'supe': '⊇', 'oplus': '⊕', 'otimes': '⊗', 'perp': '⊥',
    'sdot': '⋅', 'lceil': '⌈', 'rceil': '⌉', 'lfloor': '⌊', 'rfloor': '⌋', 'lang': '⟨', 'rang': '⟩',
    'loz': '◊', 'spades': '♠', 'clubs': '♣', 'hearts': '♥', 'diams': '♦', 'Tab': '\t', 'NewLine': '\n',
    'colon': ':', 'comma': ',', 'period': '.', 'excl': '!', 'quest': '?', 'num': '#', 'dollar': '$',
    'percnt': '%', 'lpar': '(', 'rpar': ')', 'ast': '*', 'plus': '+', 'sol': '/', 'semi': ';', 'equals': '=',
    'commat': '@', 'lsqb': '[', 'rsqb': ']', 'bsol': '\\', 'lowbar': '_', 'grave': '`', 'lcub': '{',
    'rcub': '}', 'verbar': '|', 'check': '✓', 'star': '☆', 'starf': '★',
}

# Entities that HTML5 also recognises without the trailing semicolon (the HTML 4 Latin-1 set).
_LEGACY = frozenset(['AElig', 'AMP', 'Aacute', 'Acirc', 'Agrave', 'Aring', 'Atilde', 'Auml', 'COPY', 'Ccedil',
                     'ETH', 'Eacute', 'Ecirc', 'Egrave', 'Euml', 'GT', 'Iacute', 'Icirc', 'Igrave', 'Iuml', 'LT',
                     'Ntilde', 'Oacute', 'Ocirc', 'Ograve', 'Oslash', 'Otilde', 'Ouml', 'QUOT', 'REG', 'THORN',
                     'Uacute', 'Ucirc', 'Ugrave', 'Uuml', 'Yacute', 'aacute', 'acirc', 'acute', 'aelig', 'agrave',
                     'amp', 'aring', 'atilde', 'auml', 'brvbar', 'ccedil', 'cedil', 'cent', 'copy', 'curren', 'deg',
                     'divide', 'eacute', 'ecirc', 'egrave', 'eth', 'euml', 'frac12', 'frac14', 'frac34', 'gt',
                     'iacute', 'icirc', 'iexcl', 'igrave', 'iquest', 'iuml', 'laquo', 'lt', 'macr', 'micro',
                     'middot', 'nbsp', 'not', 'ntilde', 'oacute', 'ocirc', 'ograve', 'ordf', 'ordm', 'oslash',
                     'otilde', 'ouml', 'para', 'plusmn', 'pound', 'quot', 'raquo', 'reg', 'sect', 'shy', 'sup1',
                     'sup2', 'sup3', 'szlig', 'thorn', 'times', 'uacute', 'ucirc', 'ugrave', 'uml', 'uuml',
                     'yacute', 'yen', 'yuml'])
for _name in ('AMP', 'COPY', 'GT', 'LT', 'QUOT', 'REG'):
    _ENTITIES[_name] = _ENTITIES[_name.lower()]
del _name

# Numeric references in 0x80-0x9f mean windows-1252 characters (HTML5 tokenizer rules).
_INVALID_CHARREFS = {
    0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e',
    0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030', 0x8a: '\u0160',
    0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d', 0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
    0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014',
    0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
    0x9e: '\u017e', 0x9f: '\u0178',
}

_INVALID_CODEPOINTS = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0)) | \
    set(range(0xfdd0, 0xfdf0)) | {0xfffe | (p << 16) for p in range(17)} | {0xffff | (p << 16) for p in range(17)}

_ALNUM = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')


def _charref(text, i):
    """Decode the character reference starting at text[i] == '&'; return (replacement, end index)."""
    n = len(text)
    j = i + 1
    if j < n and text[j] == '#':
        j += 1
        hexa = j < n and text[j] in 'xX'
        if hexa:
            j += 1
        digits = '0123456789abcdefABCDEF' if hexa else '0123456789'
        k = j
        while k < n and text[k] in digits:
            k += 1
        if k == j:
            return None, i + 1
        num = int(text[j:k], 16 if hexa else 10)
        if k < n and text[k] == ';':
            k += 1
        if num in _INVALID_CHARREFS:
            return _INVALID_CHARREFS[num], k
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\ufffd', k
        if num in _INVALID_CODEPOINTS:
            return '', k
        return chr(num), k
    k = j
    while k < n and text[k] in _ALNUM and k - j < 32:
        k += 1
    name = text[j:k]
    if not name:
        return None, i + 1
    if k < n and text[k] == ';' and name in _ENTITIES:
        return _ENTITIES[name], k + 1
    for x in range(len(name), 1, -1):
        if name[:x] in _LEGACY and name[:x] in _ENTITIES:
            return _ENTITIES[name[:x]], j + x
    return None, i + 1


def unescape(s):
    """Convert named and numeric character references (&gt;, &#62;, &#x3e;) to characters."""
    if '&' not in s:
        return s
    out = []
    i = 0
    while True:
        amp = s.find('&', i)
        if amp < 0:
            out.append(s[i:])
            break
        out.append(s[i:amp])
        repl, end = _charref(s, amp)
        if repl is None:
            out.append(s[amp:end])
        else:
            out.append(repl)
        i = end
    return ''.join(out)
