"""LazyTab: a tab whose view is made the first time it is shown (or asked for).

The views that draw with pyqtgraph (Evaluate, How it learns) cost a fifth of a second to
import and build; nobody sees them at start, so the first answer does not wait for them. A
view made late reads what it shows from the session, as every view does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from gui.session import Session
    from gui.views.compare_view import CompareView
    from gui.views.evaluate_view import EvaluateView
    from gui.views.learning_view import LearningView

View = TypeVar("View", bound=QWidget)


class LazyTab(QWidget, Generic[View]):
    """Holds `make()`'s view once made; `view()` makes it now if needed."""

    def __init__(self, make: Callable[[], View], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._view: View | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._view is not None

    def view(self) -> View:
        if self._view is None:
            from gui.plot_theme import apply_plot_theme

            apply_plot_theme()  # before its first plot
            self._view = self._make()
            self._layout.addWidget(self._view)
        return self._view

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.view()
        super().showEvent(event)


class LearningTab(LazyTab["LearningView"]):
    """The How it learns tab, made when first shown; an epoch's measurements that arrive
    before are kept for it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self._make, parent)
        self._session = session
        self._insight: tuple[Any, str] | None = None

    def _make(self) -> LearningView:
        from gui.views.learning_view import LearningView  # pyqtgraph: not at start

        view = LearningView(self._session)
        view.set_input(self._session.answer.image)
        if self._insight is not None:
            view.show_insight(*self._insight)
        return view

    def show_insight(self, insight: Any, epoch: str = "") -> None:
        self._insight = (insight, epoch)
        if self.built:
            self.view().show_insight(insight, epoch)


class EvaluateTab(LazyTab["EvaluateView"]):
    """The Evaluate tab, made when first shown (or asked for)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(self._make, parent)
        self._session = session

    def _make(self) -> EvaluateView:
        from gui.views.evaluate_view import EvaluateView  # pyqtgraph: not at start

        return EvaluateView(self._session.drawings, self._session)


class CompareTab(LazyTab["CompareView"]):
    """The Compare tab, made when first shown: then it reads its two models (not at start),
    the runs and the drawing from the session."""

    def __init__(self, session: Session, tell: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self._make, parent)
        self._session, self._tell = session, tell

    def _make(self) -> CompareView:
        from gui.views.compare_view import CompareView

        view = CompareView(self._session)
        if self._session.runs is not None:
            view.set_runs(self._session.runs.with_models())
        view.set_input(self._session.answer.image)
        view.status_message.connect(self._tell)
        return view
