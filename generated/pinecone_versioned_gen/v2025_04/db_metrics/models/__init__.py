"""Contains all the data models used in inputs/outputs"""

from .error_response import ErrorResponse
from .error_response_error import ErrorResponseError
from .error_response_error_code import ErrorResponseErrorCode
from .error_response_error_details import ErrorResponseErrorDetails
from .prometheus_targets_item import PrometheusTargetsItem
from .prometheus_targets_item_labels import PrometheusTargetsItemLabels

__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "ErrorResponseErrorDetails",
    "PrometheusTargetsItem",
    "PrometheusTargetsItemLabels",
)
