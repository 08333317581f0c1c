"""Open string enums: a value the pinned spec does not list still parses.

Pinecone adds enum values (a new index state, cloud or metric) without a new
API version. A generated response enum keeps such a value as a *pseudo-member*:
an instance of the enum class, equal to its string, that is not one of the
listed members. The field stays typed as the enum and ``to_dict`` sends the
value back unchanged.

Enums that tell the variants of a ``oneOf`` apart (codegen pins them to one
value) stay strict: accepting any value there would make the first variant
match every payload.
"""

from enum import Enum, StrEnum
from typing import TypeVar

E = TypeVar("E", bound=StrEnum)


def unknown_member(enum_class: type[E], value: object) -> E | None:
    """A pseudo-member of ``enum_class`` for a string it does not list (None for other types)."""
    if not isinstance(value, str):
        return None
    member = str.__new__(enum_class, value)
    member._name_ = value
    member._value_ = value
    return member


def is_known(member: Enum) -> bool:
    """Whether ``member`` is one of the values its enum lists (not a pseudo-member for a new value)."""
    return type(member)._value2member_map_.get(member._value_) is member


__all__ = ["is_known", "unknown_member"]
