"""ModelLabel: "Predicting with: <name>" above the answer, following the session's model."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from core.training.model_choice import ModelChoice
from gui.session import Session


class ModelLabel(QLabel):
    """Says which model answers drawings (its name escaped: it may come from a file)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        session.model_changed.connect(self.show_model)

    def show_model(self, choice: ModelChoice) -> None:
        classifier = choice.classifier
        note = (self.tr(" <i>(it outputs logits: DigitLab applies a softmax)</i>")
                if classifier is not None and classifier.added_softmax else "")
        self.setText(self.tr("Predicting with: <b>{0}</b>{1}").format(
            escape(choice.name), note) if classifier else self.tr("No model: train one or "
                                                                  "open a .keras file"))
