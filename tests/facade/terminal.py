"""A stand-in terminal for progress-bar tests: it says it is a TTY and renders what was written."""

from __future__ import annotations

import io
import re

# What tqdm writes to draw bars: text, carriage returns, newlines and "cursor up".
_TOKENS = re.compile(r"\x1b\[A|\r|\n|[^\r\n\x1b]+")


class FakeTerminal(io.StringIO):
    """Collects output like ``sys.stderr`` on a terminal; ``screens()`` replays it write by write."""

    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.writes.append(text)
        return super().write(text)

    def screens(self) -> list[list[str]]:
        """The screen's lines after every write, in order."""
        screen = _Screen()
        shown = []
        for text in self.writes:
            screen.feed(text)
            shown.append(screen.lines())
        return shown


class _Screen:
    """Just enough of a terminal for tqdm: overwrite at the cursor, \\r, \\n and ESC[A (line up)."""

    def __init__(self) -> None:
        self._rows: list[list[str]] = [[]]
        self._row = 0
        self._col = 0

    def feed(self, text: str) -> None:
        for token in _TOKENS.findall(text):
            if token == "\x1b[A":
                self._row = max(0, self._row - 1)
            elif token == "\r":
                self._col = 0
            elif token == "\n":
                self._row += 1
                self._col = 0
            else:
                while len(self._rows) <= self._row:
                    self._rows.append([])
                line = self._rows[self._row]
                line.extend(" " * (self._col - len(line)))
                line[self._col : self._col + len(token)] = token
                self._col += len(token)

    def lines(self) -> list[str]:
        return ["".join(row).rstrip() for row in self._rows]
