"""Contains all the data models used in inputs/outputs"""

from .assistant_file_model import AssistantFileModel
from .assistant_file_model_metadata_type_0 import AssistantFileModelMetadataType0
from .assistant_file_model_status import AssistantFileModelStatus
from .chat_completion_model import ChatCompletionModel
from .chat_model import ChatModel
from .chat_model_finish_reason import ChatModelFinishReason
from .chat_request import ChatRequest
from .chat_request_filter import ChatRequestFilter
from .chat_request_model import ChatRequestModel
from .choice_chunk_model import ChoiceChunkModel
from .choice_chunk_model_delta import ChoiceChunkModelDelta
from .choice_model import ChoiceModel
from .choice_model_finish_reason import ChoiceModelFinishReason
from .citation_model import CitationModel
from .context_model import ContextModel
from .context_options_model import ContextOptionsModel
from .context_request import ContextRequest
from .context_request_filter import ContextRequestFilter
from .describe_file_include_url import DescribeFileIncludeUrl
from .doc_x_type import DocXType
from .docx_reference_model import DocxReferenceModel
from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
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
from .search_completions_filter import SearchCompletionsFilter
from .search_completions_model import SearchCompletionsModel
from .stream_chat_completion_chunk_model import StreamChatCompletionChunkModel
from .text_reference_model import TextReferenceModel
from .text_snippet_model import TextSnippetModel
from .text_type import TextType
from .upload_file_body import UploadFileBody
from .usage_model import UsageModel

__all__ = (
    "AssistantFileModel",
    "AssistantFileModelMetadataType0",
    "AssistantFileModelStatus",
    "ChatCompletionModel",
    "ChatModel",
    "ChatModelFinishReason",
    "ChatRequest",
    "ChatRequestFilter",
    "ChatRequestModel",
    "ChoiceChunkModel",
    "ChoiceChunkModelDelta",
    "ChoiceModel",
    "ChoiceModelFinishReason",
    "CitationModel",
    "ContextModel",
    "ContextOptionsModel",
    "ContextRequest",
    "ContextRequestFilter",
    "DescribeFileIncludeUrl",
    "DocXType",
    "DocxReferenceModel",
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ErrorResponseErrorDetails",
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
    "SearchCompletionsFilter",
    "SearchCompletionsModel",
    "StreamChatCompletionChunkModel",
    "TextReferenceModel",
    "TextSnippetModel",
    "TextType",
    "UploadFileBody",
    "UsageModel",
)
