"""Compare the committed generated tree with a fresh generation."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from codegen.pins import Pins

IGNORED_PARTS = frozenset({"__pycache__"})


@dataclass
class Drift:
    added: list[str] = field(default_factory=list)  # in the fresh tree only
    removed: list[str] = field(default_factory=list)  # in the committed tree only
    changed: dict[str, list[str]] = field(default_factory=dict)  # path -> unified diff lines

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def summary(self, diff_lines: int = 40) -> str:
        out = [f"drift: {len(self.changed)} changed, {len(self.added)} missing, {len(self.removed)} extra files"]
        out += [f"  missing from generated/: {p}" for p in self.added]
        out += [f"  not produced by codegen: {p}" for p in self.removed]
        for path, diff in self.changed.items():
            out.append(f"  changed: {path}")
            out += ["    " + line.rstrip("\n") for line in diff[:diff_lines]]
            if len(diff) > diff_lines:
                out.append(f"    ... {len(diff) - diff_lines} more diff lines")
        return "\n".join(out)


def _files(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in root.rglob("*")
        if p.is_file() and not IGNORED_PARTS.intersection(p.parts)
    }


def compare_trees(committed: Path, fresh: Path, *, only_versions: tuple[str, ...], pins: Pins) -> Drift:
    """Differences between two package trees (restricted to some versions' subpackages if given)."""
    subdirs = [pins.version(v).package for v in only_versions] or [""]
    drift = Drift()
    for sub in subdirs:
        old = _files(committed / sub)
        new = _files(fresh / sub)
        prefix = f"{sub}/" if sub else ""
        drift.added += [prefix + p for p in sorted(new.keys() - old.keys())]
        drift.removed += [prefix + p for p in sorted(old.keys() - new.keys())]
        for rel in sorted(old.keys() & new.keys()):
            a, b = old[rel].read_bytes(), new[rel].read_bytes()
            if a != b:
                drift.changed[prefix + rel] = list(
                    difflib.unified_diff(
                        a.decode("utf-8", "replace").splitlines(keepends=True),
                        b.decode("utf-8", "replace").splitlines(keepends=True),
                        fromfile=f"generated/{prefix}{rel}",
                        tofile=f"fresh/{prefix}{rel}",
                    )
                )
    return drift
