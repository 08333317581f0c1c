"""Contains all the data models used in inputs/outputs"""

from .alignment_request import AlignmentRequest
from .alignment_response import AlignmentResponse
from .basic_error_response import BasicErrorResponse
from .entailment import Entailment
from .evaluated_fact import EvaluatedFact
from .fact import Fact
from .metrics import Metrics
from .reasoning import Reasoning
from .token_counts import TokenCounts

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
