from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.multimodal_type import MultimodalType

if TYPE_CHECKING:
    from ..models.docx_reference_model import DocxReferenceModel
    from ..models.json_reference_model import JsonReferenceModel
    from ..models.markdown_reference_model import MarkdownReferenceModel
    from ..models.multi_modal_content_image_block_model import MultiModalContentImageBlockModel
    from ..models.multi_modal_content_text_block_model import MultiModalContentTextBlockModel
    from ..models.pdf_reference_model import PdfReferenceModel
    from ..models.text_reference_model import TextReferenceModel


T = TypeVar("T", bound="MultiModalSnippetModel")


@_attrs_define(repr=False, eq=False)
class MultiModalSnippetModel(Model):
    """
    Attributes:
        type_ (MultimodalType):
        content (list[MultiModalContentImageBlockModel | MultiModalContentTextBlockModel]):
        score (float):
        reference (DocxReferenceModel | JsonReferenceModel | MarkdownReferenceModel | PdfReferenceModel |
            TextReferenceModel):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: MultimodalType
    content: list[MultiModalContentImageBlockModel | MultiModalContentTextBlockModel]
    score: float
    reference: DocxReferenceModel | JsonReferenceModel | MarkdownReferenceModel | PdfReferenceModel | TextReferenceModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_reference_model import JsonReferenceModel
        from ..models.markdown_reference_model import MarkdownReferenceModel
        from ..models.multi_modal_content_text_block_model import MultiModalContentTextBlockModel
        from ..models.pdf_reference_model import PdfReferenceModel
        from ..models.text_reference_model import TextReferenceModel

        type_ = self.type_.value

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, MultiModalContentTextBlockModel):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        score = self.score

        reference: dict[str, Any]
        if (
            isinstance(self.reference, TextReferenceModel)
            or isinstance(self.reference, JsonReferenceModel)
            or isinstance(self.reference, MarkdownReferenceModel)
            or isinstance(self.reference, PdfReferenceModel)
        ):
            reference = self.reference.to_dict()
        else:
            reference = self.reference.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "content": content,
                "score": score,
                "reference": reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.docx_reference_model import DocxReferenceModel
        from ..models.json_reference_model import JsonReferenceModel
        from ..models.markdown_reference_model import MarkdownReferenceModel
        from ..models.multi_modal_content_image_block_model import MultiModalContentImageBlockModel
        from ..models.multi_modal_content_text_block_model import MultiModalContentTextBlockModel
        from ..models.pdf_reference_model import PdfReferenceModel
        from ..models.text_reference_model import TextReferenceModel

        d = dict(src_dict)
        type_ = MultimodalType(d.pop("type"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> MultiModalContentImageBlockModel | MultiModalContentTextBlockModel:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_multi_modal_content_blocks_model_type_0 = (
                        MultiModalContentTextBlockModel.from_dict(data)
                    )

                    return componentsschemas_multi_modal_content_blocks_model_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_multi_modal_content_blocks_model_type_1 = MultiModalContentImageBlockModel.from_dict(
                    data
                )

                return componentsschemas_multi_modal_content_blocks_model_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        score = d.pop("score")

        def _parse_reference(
            data: object,
        ) -> DocxReferenceModel | JsonReferenceModel | MarkdownReferenceModel | PdfReferenceModel | TextReferenceModel:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_typed_reference_model_type_0 = TextReferenceModel.from_dict(data)

                return componentsschemas_typed_reference_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_typed_reference_model_type_1 = JsonReferenceModel.from_dict(data)

                return componentsschemas_typed_reference_model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_typed_reference_model_type_2 = MarkdownReferenceModel.from_dict(data)

                return componentsschemas_typed_reference_model_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_typed_reference_model_type_3 = PdfReferenceModel.from_dict(data)

                return componentsschemas_typed_reference_model_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_typed_reference_model_type_4 = DocxReferenceModel.from_dict(data)

            return componentsschemas_typed_reference_model_type_4

        reference = _parse_reference(d.pop("reference"))

        multi_modal_snippet_model = cls(
            type_=type_,
            content=content,
            score=score,
            reference=reference,
        )

        multi_modal_snippet_model.additional_properties = d
        return multi_modal_snippet_model

    @property
    def type(self) -> MultimodalType:
        """``type_``, as the official SDK spells it."""
        return self.type_
