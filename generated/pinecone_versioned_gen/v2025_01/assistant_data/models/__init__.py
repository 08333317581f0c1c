"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assistant_file_model import AssistantFileModel
    from .assistant_file_model_status import AssistantFileModelStatus
    from .chat import Chat
    from .chat_completion_model import ChatCompletionModel
    from .chat_language_model import ChatLanguageModel
    from .chat_model import ChatModel
    from .chat_model_finish_reason import ChatModelFinishReason
    from .choice_chunk_model import ChoiceChunkModel
    from .choice_chunk_model_delta import ChoiceChunkModelDelta
    from .choice_model import ChoiceModel
    from .choice_model_finish_reason import ChoiceModelFinishReason
    from .citation_model import CitationModel
    from .context_model import ContextModel
    from .context_request import ContextRequest
    from .describe_file_include_url import DescribeFileIncludeUrl
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .highlight_model import HighlightModel
    from .list_files_response_200 import ListFilesResponse200
    from .message_model import MessageModel
    from .reference_model import ReferenceModel
    from .search_completions import SearchCompletions
    from .search_completions_model import SearchCompletionsModel
    from .snippet_model import SnippetModel
    from .snippet_model_type import SnippetModelType
    from .stream_chat_completion_chunk_model import StreamChatCompletionChunkModel
    from .typed_reference_model import TypedReferenceModel
    from .upload_file_body import UploadFileBody
    from .usage_model import UsageModel

_MODULES = {
    "AssistantFileModel": ".assistant_file_model",
    "AssistantFileModelStatus": ".assistant_file_model_status",
    "Chat": ".chat",
    "ChatCompletionModel": ".chat_completion_model",
    "ChatLanguageModel": ".chat_language_model",
    "ChatModel": ".chat_model",
    "ChatModelFinishReason": ".chat_model_finish_reason",
    "ChoiceChunkModel": ".choice_chunk_model",
    "ChoiceChunkModelDelta": ".choice_chunk_model_delta",
    "ChoiceModel": ".choice_model",
    "ChoiceModelFinishReason": ".choice_model_finish_reason",
    "CitationModel": ".citation_model",
    "ContextModel": ".context_model",
    "ContextRequest": ".context_request",
    "DescribeFileIncludeUrl": ".describe_file_include_url",
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "HighlightModel": ".highlight_model",
    "ListFilesResponse200": ".list_files_response_200",
    "MessageModel": ".message_model",
    "ReferenceModel": ".reference_model",
    "SearchCompletions": ".search_completions",
    "SearchCompletionsModel": ".search_completions_model",
    "SnippetModel": ".snippet_model",
    "SnippetModelType": ".snippet_model_type",
    "StreamChatCompletionChunkModel": ".stream_chat_completion_chunk_model",
    "TypedReferenceModel": ".typed_reference_model",
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
    "Chat",
    "ChatCompletionModel",
    "ChatLanguageModel",
    "ChatModel",
    "ChatModelFinishReason",
    "ChoiceChunkModel",
    "ChoiceChunkModelDelta",
    "ChoiceModel",
    "ChoiceModelFinishReason",
    "CitationModel",
    "ContextModel",
    "ContextRequest",
    "DescribeFileIncludeUrl",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "HighlightModel",
    "ListFilesResponse200",
    "MessageModel",
    "ReferenceModel",
    "SearchCompletions",
    "SearchCompletionsModel",
    "SnippetModel",
    "SnippetModelType",
    "StreamChatCompletionChunkModel",
    "TypedReferenceModel",
    "UploadFileBody",
    "UsageModel",
)
