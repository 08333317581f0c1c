"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .error_response_error import ErrorResponseError
    from .error_response_error_code import ErrorResponseErrorCode
    from .prometheus_targets_item import PrometheusTargetsItem
    from .prometheus_targets_item_labels import PrometheusTargetsItemLabels

_MODULES = {
    "ErrorResponse": ".error_response",
    "ErrorResponseError": ".error_response_error",
    "ErrorResponseErrorCode": ".error_response_error_code",
    "PrometheusTargetsItem": ".prometheus_targets_item",
    "PrometheusTargetsItemLabels": ".prometheus_targets_item_labels",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "ErrorResponse",
    "ErrorResponseError",
    "ErrorResponseErrorCode",
    "PrometheusTargetsItem",
    "PrometheusTargetsItemLabels",
)
