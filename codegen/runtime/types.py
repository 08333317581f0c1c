"""Value types used by generated models and endpoint functions."""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Final, Generic, Literal, TypeVar

T = TypeVar("T")


class Unset:
    """Marks a field or argument that was not given (distinct from ``None``, which is JSON null)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Unpickled models get the one UNSET back: generated code tests fields with `is UNSET`.
        return "UNSET"


UNSET: Final[Unset] = Unset()

# What httpx accepts as one multipart file part.
FileContent = IO[bytes] | bytes | str
FileTypes = tuple[str | None, FileContent, str | None] | tuple[str | None, FileContent, str | None, Mapping[str, str]]
RequestFiles = list[tuple[str, FileTypes]]


# Plain dataclasses, not attrs: the runtime loads with the client, before any model.
@dataclass(slots=True)
class File:
    """A binary request body or multipart file part."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        return self.file_name, self.payload, self.mime_type


@dataclass(slots=True)
class Response(Generic[T]):
    """A response with its parsed body (``None`` when the status is not one the spec describes)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
