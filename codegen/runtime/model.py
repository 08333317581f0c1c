"""Base classes of every generated model: readable, comparable, indexable like a dict.

The generated classes are attrs classes built with ``repr=False, eq=False`` so
that these methods apply. ``Model`` serves every model; ``MapModel`` serves
schemas that are maps from names to values (fetched vectors by id, namespaces
by name): they behave as ``Mapping``s. ``ListModel`` serves responses that
carry one list of models (indexes, collections, ...): they iterate its items.
"""

from collections.abc import Iterator, Mapping
from enum import Enum
from typing import Any, ClassVar, Generic, TypeVar, overload

from pinecone_versioned_gen._runtime.types import Unset

V = TypeVar("V")
Item = TypeVar("Item", bound="Model")

_ADDITIONAL = "additional_properties"


def _show(value: Any) -> str:
    # Enum members read as their wire value; the member's own repr names its class twice.
    return repr(value.value) if isinstance(value, Enum) else repr(value)


class Model:
    """Methods shared by every generated model.

    - ``repr`` shows the fields that are set, nothing ``UNSET``, no empty ``additional_properties``;
    - ``model["host"]`` reads a field by its Python or its wire name (``"topK"`` as well as ``"top_k"``),
      then the properties the schema does not declare; ``get`` and ``in`` do the same;
    - two models are equal when they are of the same class with equal fields.
    """

    __slots__ = ()
    # Wire names whose attribute is spelled differently ("topK" -> "top_k", "next" -> "next_"), written by codegen.
    _WIRE_NAMES: ClassVar[Mapping[str, str]] = {}
    # Per class: every name a field answers to, and its attribute.
    _lookup: ClassVar[dict[str, str]]

    @classmethod
    def _names(cls) -> dict[str, str]:
        lookup = cls.__dict__.get("_lookup")
        if lookup is None:
            lookup = {a.name: a.name for a in cls.__attrs_attrs__ if a.name != _ADDITIONAL}  # type: ignore[attr-defined]
            lookup.update(cls._WIRE_NAMES)
            cls._lookup = lookup
        return lookup

    def _fields(self) -> Iterator[tuple[str, Any]]:
        """(name, value) of the declared fields that are set, in declaration order."""
        for attribute in self.__attrs_attrs__:  # type: ignore[attr-defined]
            if attribute.name != _ADDITIONAL:
                value = getattr(self, attribute.name)
                if not isinstance(value, Unset):
                    yield attribute.name, value

    def _extra(self) -> dict[str, Any]:
        extra: dict[str, Any] = getattr(self, _ADDITIONAL, None) or {}
        return extra

    def __repr__(self) -> str:
        parts = [f"{name.removesuffix('_')}={_show(value)}" for name, value in self._fields()]
        extra = self._extra()
        if extra:
            parts.append(f"{_ADDITIONAL}={extra!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(
            getattr(self, attribute.name) == getattr(other, attribute.name)
            for attribute in self.__attrs_attrs__  # type: ignore[attr-defined]
        )

    __hash__ = None  # type: ignore[assignment]  # mutable, like a dict

    def __getitem__(self, key: str) -> Any:
        name = self._names().get(key)
        if name is not None:
            value = getattr(self, name)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        return self._extra()[key]

    def get(self, key: str, default: Any = None) -> Any:
        """The field ``key`` (Python or wire name), or ``default`` when it is not set."""
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, _MISSING) is not _MISSING

    def __setitem__(self, key: str, value: Any) -> None:
        name = self._names().get(key)
        if name is not None:
            setattr(self, name, value)
        else:
            getattr(self, _ADDITIONAL)[key] = value

    def __delitem__(self, key: str) -> None:
        del getattr(self, _ADDITIONAL)[key]

    @property
    def additional_keys(self) -> list[str]:
        """Names of the properties the schema does not declare."""
        return list(self._extra())


_MISSING: Any = object()


class MapModel(Model, Mapping[str, V]):
    """A schema that maps names to values (``FetchResponse.vectors``, namespaces in index stats):
    a ``Mapping`` over its entries, equal to a dict with the same items."""

    __slots__ = ()
    additional_properties: dict[str, V]

    def __getitem__(self, key: str) -> V:
        return self.additional_properties[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def __contains__(self, key: object) -> bool:
        return key in self.additional_properties

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self.additional_properties == dict(other.items())
        return NotImplemented

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.additional_properties!r})"


class ListModel(Model, Generic[Item]):
    """A response carrying one list of models (``IndexList.indexes``): iterating it, ``len`` and
    ``[0]`` go over that list; ``["indexes"]`` still reads the field."""

    __slots__ = ()
    _ITEMS: ClassVar[str]  # the list field's attribute, written by codegen

    def _items(self) -> list[Item]:
        items: list[Item] | Unset = getattr(self, self._ITEMS)
        return [] if isinstance(items, Unset) else items

    def __iter__(self) -> Iterator[Item]:
        return iter(self._items())

    def __len__(self) -> int:
        return len(self._items())

    @overload
    def __getitem__(self, key: int) -> Item: ...
    @overload
    def __getitem__(self, key: slice) -> list[Item]: ...
    @overload
    def __getitem__(self, key: str) -> Any: ...
    def __getitem__(self, key: int | slice | str) -> Any:
        if isinstance(key, (int, slice)):
            return self._items()[key]
        return super().__getitem__(key)

    def names(self) -> list[str]:
        """The ``name`` of every item (``list_indexes().names()``)."""
        return [item["name"] for item in self._items()]


__all__ = ["ListModel", "MapModel", "Model"]
