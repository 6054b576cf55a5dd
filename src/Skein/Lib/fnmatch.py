"""Filename matching with shell patterns.

fnmatch(FILENAME, PATTERN) matches according to the local convention.
fnmatchcase(FILENAME, PATTERN) always takes case in account.

Patterns are Unix shell style: * matches everything, ? any single
character, [seq] any character in seq, [!seq] any character not in seq.
Matching is done by a small hand-written matcher (no regular expressions);
translate() still returns the equivalent regular expression text.
"""

import os
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN, normalizing case first."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile(pat)
    if os.path is _posixpath():
        for name in names:
            if _match(match, name):
                result.append(name)
    else:
        for name in names:
            if _match(match, os.path.normcase(name)):
                result.append(name)
    return result


def _posixpath():
    import posixpath
    return posixpath


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _match(_compile(pat), name)


# ---------------------------------------------------------------- parsing

_STAR = '*'
_ANY = '?'


def _bracket(pat, i, n):
    """Parse a [...] set whose '[' is at i-1.

    Returns (token, next index), or None when there is no closing ']'
    (the '[' is then an ordinary character).  The token is
    (negate, chars, ranges), or False for a set that can never match and
    True for one that matches any character.
    """
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None
    # Split at the '-' that form ranges; the first character of the set
    # (after '!') is never a range start.
    k = i + 2 if pat[i] == '!' else i + 1
    start = i
    chunks = []
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[start:k])
        start = k + 1
        k = k + 3
    chunk = pat[start:j]
    if chunk:
        chunks.append(chunk)
    else:
        chunks[-1] += '-'
    # Ranges whose ends are reversed are empty: drop them.
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    negate = False
    if chunks and chunks[0].startswith('!'):
        negate = True
        chunks[0] = chunks[0][1:]
    if not negate and not ''.join(chunks) and len(chunks) <= 1:
        return False, j + 1
    if negate and len(chunks) == 1 and not chunks[0]:
        return True, j + 1
    chars = set(''.join(chunks))
    ranges = [(chunks[k][-1], chunks[k + 1][0])
              for k in range(len(chunks) - 1)
              if chunks[k] and chunks[k + 1]]
    return (negate, frozenset(chars), tuple(ranges)), j + 1


@functools.lru_cache(maxsize=32768, typed=True)
def _compile(pat):
    tokens = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append(_ANY)
        elif c == '[':
            parsed = _bracket(pat, i, n)
            if parsed is None:
                tokens.append(('lit', '['))
            else:
                tokens.append(('set', parsed[0]))
                i = parsed[1]
        else:
            tokens.append(('lit', c))
    return tuple(tokens)


def _match_one(tok, ch):
    if tok is _ANY:
        return True
    kind, val = tok
    if kind == 'lit':
        return ch == val
    if val is True or val is False:
        return val
    negate, chars, ranges = val
    hit = ch in chars
    if not hit:
        for lo, hi in ranges:
            if lo <= ch <= hi:
                hit = True
                break
    return hit != negate


def _match(tokens, name):
    # Greedy matching that backtracks only to the most recent '*': each
    # other token consumes exactly one character, so this is complete.
    ti = ni = 0
    nt, nn = len(tokens), len(name)
    star_ti = -1
    star_ni = 0
    while ni < nn:
        if ti < nt and tokens[ti] is _STAR:
            star_ti = ti
            star_ni = ni
            ti += 1
        elif ti < nt and _match_one(tokens[ti], name[ni]):
            ti += 1
            ni += 1
        elif star_ti >= 0:
            ti = star_ti + 1
            star_ni += 1
            ni = star_ni
        else:
            return False
    while ti < nt and tokens[ti] is _STAR:
        ti += 1
    return ti == nt


# ---------------------------------------------------------------- translate

_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(c):
    return '\\' + c if c in _special_chars else c


def translate(pat):
    """Translate a shell PATTERN to a regular expression string."""
    STAR = object()
    res = []
    add = res.append
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if (not res) or res[-1] is not STAR:
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                add('\\[')
            else:
                stuff = pat[i:j]
                if '-' not in stuff:
                    stuff = stuff.replace('\\', r'\\')
                else:
                    chunks = []
                    k = i + 2 if pat[i] == '!' else i + 1
                    while True:
                        k = pat.find('-', k, j)
                        if k < 0:
                            break
                        chunks.append(pat[i:k])
                        i = k + 1
                        k = k + 3
                    chunk = pat[i:j]
                    if chunk:
                        chunks.append(chunk)
                    else:
                        chunks[-1] += '-'
                    for k in range(len(chunks) - 1, 0, -1):
                        if chunks[k - 1][-1] > chunks[k][0]:
                            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                            del chunks[k]
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                     for s in chunks)
                # Set operations (&&, ~~, ||) must not appear unescaped.
                stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
                i = j + 1
                if not stuff:
                    add('(?!)')
                elif stuff == '!':
                    add('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    add(f'[{stuff}]')
        else:
            add(_escape(c))
    assert i == n

    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        add(inp[i])
        i += 1
    while i < n:
        assert inp[i] is STAR
        i += 1
        if i == n:
            add(".*")
            break
        assert inp[i] is not STAR
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            add(".*")
            add(fixed)
        else:
            add(f"(?>.*?{fixed})")
    assert i == n
    res = "".join(res)
    return fr'(?s:{res})\Z'
