"""Practice examples: documented collaborations between a school and youth work.

One module per part of the record: ``choices`` (the fixed vocabularies), ``practice``
(the record itself), ``related`` (what is edited inline), ``completeness`` (which
databank sections are filled) and ``list_settings`` (the list's introduction).
"""

from .choices import (
    COST_BANDS,
    DATABANK_HOSTS,
    CollaborationType,
    CostBand,
    Databank,
    EvaluationDesign,
    EvidenceLevel,
    PreventionLevel,
    Recognition,
    Source,
    Stage,
    Status,
    databank_for_url,
    euros,
    status_for_stage,
)
from .completeness import SECTIONS, CompletenessPanel, incomplete_q
from .list_settings import PracticeListSettings
from .practice import (
    COVERAGE_SOURCES,
    FACET_VERSION_KEY,
    SUMMARY_MAX_LENGTH,
    Practice,
    PracticeQuerySet,
    PracticeTag,
    came_in_as_submission,
    invalidate_facet_cache,
    search_index_deferred,
)
from .related import (
    FundingSource,
    PracticeDocument,
    PracticeEvaluation,
    PracticeLink,
    PracticeOrganisation,
    PracticeWorkingElement,
)

__all__ = [
    "COST_BANDS",
    "COVERAGE_SOURCES",
    "DATABANK_HOSTS",
    "FACET_VERSION_KEY",
    "SECTIONS",
    "SUMMARY_MAX_LENGTH",
    "CollaborationType",
    "CompletenessPanel",
    "CostBand",
    "Databank",
    "EvaluationDesign",
    "EvidenceLevel",
    "FundingSource",
    "Practice",
    "PracticeDocument",
    "PracticeEvaluation",
    "PracticeLink",
    "PracticeListSettings",
    "PracticeOrganisation",
    "PracticeQuerySet",
    "PracticeTag",
    "PracticeWorkingElement",
    "PreventionLevel",
    "Recognition",
    "Source",
    "Stage",
    "Status",
    "came_in_as_submission",
    "databank_for_url",
    "euros",
    "incomplete_q",
    "invalidate_facet_cache",
    "search_index_deferred",
    "status_for_stage",
]
