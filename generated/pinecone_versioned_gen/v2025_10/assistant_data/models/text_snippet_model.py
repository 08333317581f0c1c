from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from pinecone_versioned_gen._runtime.model import Model

from ..models.text_type import TextType

if TYPE_CHECKING:
    from ..models.docx_reference_model import DocxReferenceModel
    from ..models.json_reference_model import JsonReferenceModel
    from ..models.markdown_reference_model import MarkdownReferenceModel
    from ..models.pdf_reference_model import PdfReferenceModel
    from ..models.text_reference_model import TextReferenceModel


T = TypeVar("T", bound="TextSnippetModel")


@_attrs_define(repr=False, eq=False)
class TextSnippetModel(Model):
    """
    Attributes:
        type_ (TextType):
        content (str):
        score (float):
        reference (DocxReferenceModel | JsonReferenceModel | MarkdownReferenceModel | PdfReferenceModel |
            TextReferenceModel):
    """

    _WIRE_NAMES: ClassVar[dict[str, str]] = {
        "type": "type_",
    }

    type_: TextType
    content: str
    score: float
    reference: DocxReferenceModel | JsonReferenceModel | MarkdownReferenceModel | PdfReferenceModel | TextReferenceModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.json_reference_model import JsonReferenceModel
        from ..models.markdown_reference_model import MarkdownReferenceModel
        from ..models.pdf_reference_model import PdfReferenceModel
        from ..models.text_reference_model import TextReferenceModel

        type_ = self.type_.value

        content = self.content

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
        from ..models.pdf_reference_model import PdfReferenceModel
        from ..models.text_reference_model import TextReferenceModel

        d = dict(src_dict)
        type_ = TextType(d.pop("type"))

        content = d.pop("content")

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

        text_snippet_model = cls(
            type_=type_,
            content=content,
            score=score,
            reference=reference,
        )

        text_snippet_model.additional_properties = d
        return text_snippet_model

    @property
    def type(self) -> TextType:
        """``type_``, as the official SDK spells it."""
        return self.type_
