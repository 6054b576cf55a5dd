"""A lexical analyzer class for simple shell-like syntaxes; split, quote and join."""

import os
import re
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_WORD, _PUNCT, _SPACE = 'a', 'c', ' '


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
        if self.posix:
            self.wordchars += ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                               'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _SPACE
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # Characters that may appear in file names count as word characters once punctuation is special.
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method"""
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print('shlex: pushing to file %s' % (self.infile,))
            else:
                print('shlex: pushing to stream %s' % (self.instream,))

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        if self.debug:
            print('shlex: popping to %s, line %d' % (self.instream, self.lineno))
        self.state = _SPACE

    def get_token(self):
        """Get a token from the input stream (or from stack if it's nonempty)"""
        if self.pushback:
            tok = self.pushback.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    (newfile, newstream) = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        if self.debug >= 1:
            if raw != self.eof:
                print("shlex: token=" + repr(raw))
            else:
                print("shlex: token=EOF")
        return raw

    def _read_char(self):
        if self._punctuation_chars and self._pushback_chars:
            ch = self._pushback_chars.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        # The state an escape returns to: a word, or the double quote it appeared in.
        after_escape = _SPACE

        def finished():
            return bool(self.token) or (self.posix and quoted)

        while True:
            ch = self._read_char()
            state = self.state
            if state is None:
                self.token = ''
                break

            if state == _SPACE:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if finished():
                        break
                    continue
                if ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    after_escape = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    # Any other character is a token of its own.
                    self.token = ch
                    if finished():
                        break
                continue

            if state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = _SPACE
                        break
                    self.state = _WORD
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = ch
                else:
                    self.token += ch
                continue

            if state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # Inside double quotes a backslash escapes only the quote and the escape character itself.
                if after_escape in self.quotes and ch != state and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
                continue

            # In a word or a run of punctuation.
            if not ch:
                self.state = None
                break
            if ch in self.whitespace:
                self.state = _SPACE
                if finished():
                    break
                continue
            if ch in self.commenters:
                self._skip_comment()
                if self.posix:
                    self.state = _SPACE
                    if finished():
                        break
                continue
            if state == _PUNCT:
                if ch in self._punctuation_chars:
                    self.token += ch
                    continue
                if ch not in self.whitespace:
                    self._pushback_chars.append(ch)
                self.state = _SPACE
                break
            if self.posix and ch in self.quotes:
                self.state = ch
            elif self.posix and ch in self.escape:
                after_escape = _WORD
                self.state = ch
            elif ch in self.wordchars or ch in self.quotes or \
                    (self.whitespace_split and ch not in self._punctuation_chars):
                self.token += ch
            else:
                if self._punctuation_chars:
                    self._pushback_chars.append(ch)
                else:
                    self.pushback.appendleft(ch)
                self.state = _SPACE
                if finished():
                    break

        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string *s* using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return ' '.join(quote(arg) for arg in split_command)


_find_unsafe = re.compile(r'[^\w@%+=:,./-]', re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    # Single quotes protect everything; a single quote itself is closed, double-quoted, and reopened.
    return "'" + s.replace("'", "'\"'\"'") + "'"
