"""Models of this surface, each module imported on first use (written by codegen; do not edit).

Importing one model no longer loads every model of the surface: a client that
calls a few operations loads only the models those operations use.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .alignment_request import AlignmentRequest
    from .alignment_response import AlignmentResponse
    from .basic_error_response import BasicErrorResponse
    from .entailment import Entailment
    from .evaluated_fact import EvaluatedFact
    from .fact import Fact
    from .metrics import Metrics
    from .reasoning import Reasoning
    from .token_counts import TokenCounts

_MODULES = {
    "AlignmentRequest": ".alignment_request",
    "AlignmentResponse": ".alignment_response",
    "BasicErrorResponse": ".basic_error_response",
    "Entailment": ".entailment",
    "EvaluatedFact": ".evaluated_fact",
    "Fact": ".fact",
    "Metrics": ".metrics",
    "Reasoning": ".reasoning",
    "TokenCounts": ".token_counts",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


__all__ = (
    "AlignmentRequest",
    "AlignmentResponse",
    "BasicErrorResponse",
    "Entailment",
    "EvaluatedFact",
    "Fact",
    "Metrics",
    "Reasoning",
    "TokenCounts",
)
