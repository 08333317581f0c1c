"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_file_model import AssistantFileModel
    from .assistant_file_model_status import AssistantFileModelStatus
    from .chat_completion_model import ChatCompletionModel
    from .chat_model import ChatModel
    from .chat_model_finish_reason import ChatModelFinishReason
    from .chat_request import ChatRequest
    from .chat_request_model import ChatRequestModel
    from .choice_chunk_model import ChoiceChunkModel
    from .choice_chunk_model_delta import ChoiceChunkModelDelta
    from .choice_model import ChoiceModel
    from .choice_model_finish_reason import ChoiceModelFinishReason
    from .citation_model import CitationModel
    from .context_model import ContextModel
    from .context_options_model import ContextOptionsModel
    from .context_request import ContextRequest
    from .describe_file_include_url import DescribeFileIncludeUrl
    from .doc_x_type import DocXType
    from .docx_reference_model import DocxReferenceModel
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .highlight_model_type_0 import HighlightModelType0
    from .image_model_type_0 import ImageModelType0
    from .image_type import ImageType
    from .json_reference_model import JsonReferenceModel
    from .json_type import JsonType
    from .list_files_response_200 import ListFilesResponse200
    from .markdown_reference_model import MarkdownReferenceModel
    from .markdown_type import MarkdownType
    from .message_model import MessageModel
    from .multi_modal_content_image_block_model import MultiModalContentImageBlockModel
    from .multi_modal_content_text_block_model import MultiModalContentTextBlockModel
    from .multi_modal_snippet_model import MultiModalSnippetModel
    from .multimodal_type import MultimodalType
    from .pdf_reference_model import PdfReferenceModel
    from .pdf_type import PdfType
    from .reference_model import ReferenceModel
    from .search_completions import SearchCompletions
    from .search_completions_model import SearchCompletionsModel
    from .stream_chat_completion_chunk_model import StreamChatCompletionChunkModel
    from .text_reference_model import TextReferenceModel
    from .text_snippet_model import TextSnippetModel
    from .text_type import TextType
    from .upload_file_body import UploadFileBody
    from .usage_model import UsageModel

_MODULES = {
    "AssistantFileModel": ".assistant_file_model",
    "AssistantFileModelStatus": ".assistant_file_model_status",
    "ChatCompletionModel": ".chat_completion_model",
    "ChatModel": ".chat_model",
    "ChatModelFinishReason": ".chat_model_finish_reason",
    "ChatRequest": ".chat_request",
    "ChatRequestModel": ".chat_request_model",
    "ChoiceChunkModel": ".choice_chunk_model",
    "ChoiceChunkModelDelta": ".choice_chunk_model_delta",
    "ChoiceModel": ".choice_model",
    "ChoiceModelFinishReason": ".choice_model_finish_reason",
    "CitationModel": ".citation_model",
    "ContextModel": ".context_model",
    "ContextOptionsModel": ".context_options_model",
    "ContextRequest": ".context_request",
    "DescribeFileIncludeUrl": ".describe_file_include_url",
    "DocXType": ".doc_x_type",
    "DocxReferenceModel": ".docx_reference_model",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "HighlightModelType0": ".highlight_model_type_0",
    "ImageModelType0": ".image_model_type_0",
    "ImageType": ".image_type",
    "JsonReferenceModel": ".json_reference_model",
    "JsonType": ".json_type",
    "ListFilesResponse200": ".list_files_response_200",
    "MarkdownReferenceModel": ".markdown_reference_model",
    "MarkdownType": ".markdown_type",
    "MessageModel": ".message_model",
    "MultiModalContentImageBlockModel": ".multi_modal_content_image_block_model",
    "MultiModalContentTextBlockModel": ".multi_modal_content_text_block_model",
    "MultiModalSnippetModel": ".multi_modal_snippet_model",
    "MultimodalType": ".multimodal_type",
    "PdfReferenceModel": ".pdf_reference_model",
    "PdfType": ".pdf_type",
    "ReferenceModel": ".reference_model",
    "SearchCompletions": ".search_completions",
    "SearchCompletionsModel": ".search_completions_model",
    "StreamChatCompletionChunkModel": ".stream_chat_completion_chunk_model",
    "TextReferenceModel": ".text_reference_model",
    "TextSnippetModel": ".text_snippet_model",
    "TextType": ".text_type",
    "UploadFileBody": ".upload_file_body",
    "UsageModel": ".usage_model",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "AssistantFileModel",
    "AssistantFileModelStatus",
    "ChatCompletionModel",
    "ChatModel",
    "ChatModelFinishReason",
    "ChatRequest",
    "ChatRequestModel",
    "ChoiceChunkModel",
    "ChoiceChunkModelDelta",
    "ChoiceModel",
    "ChoiceModelFinishReason",
    "CitationModel",
    "ContextModel",
    "ContextOptionsModel",
    "ContextRequest",
    "DescribeFileIncludeUrl",
    "DocXType",
    "DocxReferenceModel",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "HighlightModelType0",
    "ImageModelType0",
    "ImageType",
    "JsonReferenceModel",
    "JsonType",
    "ListFilesResponse200",
    "MarkdownReferenceModel",
    "MarkdownType",
    "MessageModel",
    "MultiModalContentImageBlockModel",
    "MultiModalContentTextBlockModel",
    "MultiModalSnippetModel",
    "MultimodalType",
    "PdfReferenceModel",
    "PdfType",
    "ReferenceModel",
    "SearchCompletions",
    "SearchCompletionsModel",
    "StreamChatCompletionChunkModel",
    "TextReferenceModel",
    "TextSnippetModel",
    "TextType",
    "UploadFileBody",
    "UsageModel",
)
