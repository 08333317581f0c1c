from enum import StrEnum


class APIKeyRolesItem(StrEnum):
    CONTROLPLANEEDITOR = "ControlPlaneEditor"
    CONTROLPLANEVIEWER = "ControlPlaneViewer"
    DATAPLANEEDITOR = "DataPlaneEditor"
    DATAPLANEVIEWER = "DataPlaneViewer"
    PROJECTEDITOR = "ProjectEditor"
    PROJECTVIEWER = "ProjectViewer"

    def __str__(self) -> str:
        return str(self.value)
