from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.image_type import ImageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_model_type_0 import ImageModelType0


T = TypeVar("T", bound="MultiModalContentImageBlockModel")


@_attrs_define(repr=False, eq=False)
class MultiModalContentImageBlockModel(Model):
    """
    Attributes:
        type_ (ImageType):
        caption (str):
        image (ImageModelType0 | None | Unset):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: ImageType
    caption: str
    image: ImageModelType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_model_type_0 import ImageModelType0

        type_ = self.type_.value

        caption = self.caption

        image: dict[str, Any] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, ImageModelType0):
            image = self.image.to_dict()
        else:
            image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "caption": caption,
            }
        )
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_model_type_0 import ImageModelType0

        d = dict(src_dict)
        type_ = ImageType(d.pop("type"))

        caption = d.pop("caption")

        def _parse_image(data: object) -> ImageModelType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_image_model_type_0 = ImageModelType0.from_dict(data)

                return componentsschemas_image_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageModelType0 | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        multi_modal_content_image_block_model = cls(
            type_=type_,
            caption=caption,
            image=image,
        )

        multi_modal_content_image_block_model.additional_properties = d
        return multi_modal_content_image_block_model

    @property
    def type(self) -> ImageType:
        """``type_``, as the official SDK spells it."""
        return self.type_
