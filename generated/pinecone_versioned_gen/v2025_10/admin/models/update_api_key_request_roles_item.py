from enum import StrEnum

from pinecone_versioned_gen._runtime.enums import unknown_member


class UpdateAPIKeyRequestRolesItem(StrEnum):
    CONTROLPLANEEDITOR = "ControlPlaneEditor"
    CONTROLPLANEVIEWER = "ControlPlaneViewer"
    DATAPLANEEDITOR = "DataPlaneEditor"
    DATAPLANEVIEWER = "DataPlaneViewer"
    PROJECTEDITOR = "ProjectEditor"
    PROJECTVIEWER = "ProjectViewer"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "UpdateAPIKeyRequestRolesItem | None":
        # A value a later service release added: kept (see _runtime.enums), not an error.
        return unknown_member(cls, value)
