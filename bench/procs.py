"""Server processes the benchmark starts, waits for, measures and stops."""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Self

_READY = " listening on "
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu_seconds(pid: int) -> float:
    """User plus system CPU of a process so far, from ``/proc/<pid>/stat`` (Linux)."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()  # fields from the third (state) on; utime is the 14th
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


class ServerProcess:
    """A child process that prints ``... listening on URL`` once it serves; stopped on exit."""

    def __init__(self, argv: Sequence[str]) -> None:
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - the server's stderr, kept until stop()
        self._proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=self._log, text=True)
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if _READY not in line:
            self.stop()
            self._log.seek(0)
            tail = self._log.read()[-2000:].decode(errors="replace")
            raise RuntimeError(f"{argv[:3]} did not start (exit {self._proc.returncode}):\n{tail}")
        self.url = line.rsplit(_READY, 1)[1].strip()

    @property
    def pid(self) -> int:
        return self._proc.pid

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self._proc.pid)

    def stop(self) -> None:
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._log.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
