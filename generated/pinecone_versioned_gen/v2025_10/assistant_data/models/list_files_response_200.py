from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import ListModel

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_file_model import AssistantFileModel


T = TypeVar("T", bound="ListFilesResponse200")


@_attrs_define(repr=False, eq=False)
class ListFilesResponse200(ListModel["AssistantFileModel"]):
    """
    Attributes:
        files (list[AssistantFileModel] | Unset):
    """

    _ITEMS: ClassVar[str] = "files"

    files: list[AssistantFileModel] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assistant_file_model import AssistantFileModel

        d = dict(src_dict)
        _files = d.pop("files", UNSET)
        files: list[AssistantFileModel] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = AssistantFileModel.from_dict(files_item_data)

                files.append(files_item)

        list_files_response_200 = cls(
            files=files,
        )

        list_files_response_200.additional_properties = d
        return list_files_response_200
