"""Why a download of MNIST failed, in a few words for people: never the raw URL error text
(Keras's "URL fetch failure on https://…: None -- [Errno -3] …" ran into the status bar)."""

from __future__ import annotations

from core.i18n import Context

Datasets = Context("Datasets")  # Datasets.tr(…): the data sets' messages (see core.i18n)

_NETWORK_WORDS = ("url", "connect", "resolution", "network", "timed out", "unreachable", "http")


def download_reason(exc: BaseException) -> str:
    """"no connection to the download server", "the file arrived damaged", or the error's
    kind (its text may hold an address and a traceback's worth of detail)."""
    text = str(exc).lower()
    if "corrupt" in text or "hash" in text or "incomplete" in text:
        return Datasets.tr("the file arrived damaged")
    if isinstance(exc, (OSError, TimeoutError)) or any(w in text for w in _NETWORK_WORDS):
        return Datasets.tr("no connection to the download server")
    return type(exc).__name__
