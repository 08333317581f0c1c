"""What ``help()`` and ``inspect.signature`` show for a facade method bound to a client.

The plans are declared ``-> Plan[Any]``; what a method returns in a pinned version is written by
codegen in that version's ``facade.pyi`` (the stub type checkers read). This module reads the same
stub, only when someone looks at a signature: nothing here runs on a call.
"""

from __future__ import annotations

import ast
import builtins
import functools
import importlib
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pinecone_versioned._engine import AsyncEngine
from pinecone_versioned_gen import registry


@functools.cache
def _stub(version: str) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """The pinned version's stub: {class: {method: return annotation}} and {imported name: module}."""
    package = importlib.import_module(registry.version(version).package)
    tree = ast.parse((Path(package.__file__ or "").parent / "facade.pyi").read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name: f"{node.module}.{alias.name}"
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    classes = {
        node.name: {
            member.name: ast.unparse(member.returns)
            for member in node.body
            if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) and member.returns is not None
        }
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    }
    return classes, imported


def _resolve(node: ast.expr, imported: dict[str, str]) -> Any:
    """The object an annotation of the stub names: a name it imports (or a builtin), or a subscript."""
    if isinstance(node, ast.Subscript):
        return _resolve(node.value, imported)[_resolve(node.slice, imported)]
    if isinstance(node, ast.Name):
        if node.id not in imported:
            return getattr(builtins, node.id)
        module, _, attribute = imported[node.id].rpartition(".")
        return getattr(importlib.import_module(module), attribute)
    raise LookupError(f"unexpected annotation {ast.unparse(node)!r} in a facade stub")


def pinned_result(version: str, class_names: Iterable[str], method: str) -> Any:
    """What ``method`` returns on a client of one of ``class_names`` pinned to ``version``, as the
    version's stub declares it (a generated model, an iterator of them...), or None when it does not."""
    classes, imported = _stub(version)
    for name in class_names:
        annotation = classes.get(name, {}).get(method)
        if annotation is not None:
            return _resolve(ast.parse(annotation, mode="eval").body, imported)
    return None


def bound_signature(plan: Callable[..., Any], owner: type, version: str) -> inspect.Signature:
    """The plan's parameters without ``self``, returning what the method returns in ``version``:
    the generated model where the stub names one, else the plan's own result (``Plan[int]``: int)."""
    signature = inspect.signature(plan)
    parameters = list(signature.parameters.values())[1:]
    result = pinned_result(version, [cls.__name__ for cls in owner.__mro__], plan.__name__)
    if result is None:  # the plan's own result: Plan[int] is int, ItemPlan[str] an iterator of str
        declared = str(signature.return_annotation)
        if declared.startswith("Plan["):
            result = declared.removeprefix("Plan[").removesuffix("]")
        elif declared.startswith("ItemPlan["):
            iterator = "AsyncIterator" if issubclass(owner, AsyncEngine) else "Iterator"
            result = iterator + declared.removeprefix("ItemPlan")
        else:
            result = declared
    return signature.replace(parameters=parameters, return_annotation=result)
