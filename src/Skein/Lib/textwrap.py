"""Text wrapping and filling.

The word splitter is written by hand (Skein's textwrap must not need re);
it produces the same chunks as CPython's regular expression: runs of
whitespace, em-dashes between words, and words split after the hyphens of
hyphenated words.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word(ch):
    return ch.isalnum() or ch == '_'


def _is_letter(ch):
    # A "word" character that is not a decimal digit.
    return (ch.isalnum() or ch == '_') and not ch.isdecimal()


def _is_wordpunct(ch):
    return _is_word(ch) or ch in '!"\'&.,?'


class TextWrapper:
    """Object for wrapping/filling text.

    The public attributes are the keyword arguments of __init__:
    width, initial_indent, subsequent_indent, expand_tabs,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- private methods ---------------------------------------------------

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into indivisible chunks.

        With break_on_hyphens, 'Look, goof-ball -- use the -b option!' gives
        'Look,', ' ', 'goof-', 'ball', ' ', '--', ' ', 'use', ' ', 'the',
        ' ', '-b', ' ', 'option!'.
        """
        if not self.break_on_hyphens:
            return self._split_on_whitespace(text)
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            if text[i] in _whitespace:
                j = i + 1
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
                i = j
                continue
            # An em-dash (two or more hyphens) between words.
            if (text[i] == '-' and i > 0 and _is_wordpunct(text[i - 1])
                    and i + 1 < n and text[i + 1] == '-'):
                j = i
                while j < n and text[j] == '-':
                    j += 1
                if j < n and _is_word(text[j]):
                    chunks.append(text[i:j])
                    i = j
                    continue
            j = i + 1
            while True:
                if j >= n or text[j] in _whitespace:
                    chunks.append(text[i:j])
                    i = j
                    break
                if text[j] == '-' and self._hyphen_breaks(text, j):
                    chunks.append(text[i:j + 1])
                    i = j + 1
                    break
                if (text[j] == '-' and _is_wordpunct(text[j - 1])
                        and j + 1 < n and text[j + 1] == '-'):
                    k = j
                    while k < n and text[k] == '-':
                        k += 1
                    if k < n and _is_word(text[k]):
                        chunks.append(text[i:j])
                        i = j
                        break
                j += 1
        return chunks

    @staticmethod
    def _hyphen_breaks(text, j):
        # text[j] is '-': a break follows it when it joins letters, as in
        # "goof-ball" or "a-b-c" (not "-b" options or "1-2").
        n = len(text)
        before = ((j >= 2 and _is_letter(text[j - 2]) and _is_letter(text[j - 1]))
                  or (j >= 3 and _is_letter(text[j - 3]) and text[j - 2] == '-'
                      and _is_letter(text[j - 1])))
        if not before:
            return False
        if j + 1 < n and _is_letter(text[j + 1]):
            if j + 2 < n and _is_letter(text[j + 2]):
                return True
            if (j + 3 < n and text[j + 2] == '-'
                    and _is_letter(text[j + 3])):
                return True
        return False

    @staticmethod
    def _split_on_whitespace(text):
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            ws = text[i] in _whitespace
            j = i + 1
            while j < n and (text[j] in _whitespace) == ws:
                j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    @staticmethod
    def _is_sentence_end(chunk):
        # [a-z][.!?]["']? at the end of the chunk.
        s = chunk
        if s[-1:] in ('"', "'"):
            s = s[:-1]
        return (len(s) >= 2 and s[-1] in '.!?'
                and 'a' <= s[-2] <= 'z')

    def _fix_sentence_endings(self, chunks):
        """Make sure sentence-ending punctuation is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and self._is_sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len

        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()

        while chunks:
            cur_line = []
            cur_len = 0

            if lines:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent

            width = self.width - len(indent)

            # Whitespace at the start of a line (but not the first) is dropped.
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break

        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- public interface --------------------------------------------------

    def wrap(self, text):
        """Return a list of lines, each at most self.width characters."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Return the wrapped text as a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate text to fit in the given width.

    >>> shorten("Hello  world!", width=12)
    'Hello world!'
    >>> shorten("Hello  world!", width=11)
    'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in text.

    Only spaces and tabs count; lines consisting solely of them are
    normalized to empty lines and ignored when computing the margin.
    """
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        stripped = line.lstrip(' \t')
        if not stripped:
            lines[i] = ''
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for k, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:k]
                    break
    if margin:
        n = len(margin)
        lines = [line[n:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add 'prefix' to the beginning of selected lines in 'text'.

    By default, prefix goes on every line that is not whitespace-only.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())


if __name__ == "__main__":
    print(dedent("Hello there.\n  This is indented."))
