from enum import StrEnum


class IndexModelStatusState(StrEnum):
    INITIALIZATIONFAILED = "InitializationFailed"
    INITIALIZING = "Initializing"
    READY = "Ready"
    SCALINGDOWN = "ScalingDown"
    SCALINGDOWNPODSIZE = "ScalingDownPodSize"
    SCALINGUP = "ScalingUp"
    SCALINGUPPODSIZE = "ScalingUpPodSize"
    TERMINATING = "Terminating"

    def __str__(self) -> str:
        return str(self.value)
