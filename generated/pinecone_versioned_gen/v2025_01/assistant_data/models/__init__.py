"""Contains all the data models used in inputs/outputs"""

from .assistant_file_model import AssistantFileModel
from .assistant_file_model_metadata_type_0 import AssistantFileModelMetadataType0
from .assistant_file_model_status import AssistantFileModelStatus
from .chat import Chat
from .chat_completion_model import ChatCompletionModel
from .chat_filter import ChatFilter
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
from .context_request_filter import ContextRequestFilter
from .describe_file_include_url import DescribeFileIncludeUrl
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
from .highlight_model import HighlightModel
from .list_files_response_200 import ListFilesResponse200
from .message_model import MessageModel
from .reference_model import ReferenceModel
from .search_completions import SearchCompletions
from .search_completions_filter import SearchCompletionsFilter
from .search_completions_model import SearchCompletionsModel
from .snippet_model import SnippetModel
from .snippet_model_type import SnippetModelType
from .stream_chat_completion_chunk_model import StreamChatCompletionChunkModel
from .typed_reference_model import TypedReferenceModel
from .upload_file_body import UploadFileBody
from .usage_model import UsageModel

__all__ = (
    "AssistantFileModel",
    "AssistantFileModelMetadataType0",
    "AssistantFileModelStatus",
    "Chat",
    "ChatCompletionModel",
    "ChatFilter",
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
    "ContextRequestFilter",
    "DescribeFileIncludeUrl",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ErrorResponseErrorDetails",
    "HighlightModel",
    "ListFilesResponse200",
    "MessageModel",
    "ReferenceModel",
    "SearchCompletions",
    "SearchCompletionsFilter",
    "SearchCompletionsModel",
    "SnippetModel",
    "SnippetModelType",
    "StreamChatCompletionChunkModel",
    "TypedReferenceModel",
    "UploadFileBody",
    "UsageModel",
)
