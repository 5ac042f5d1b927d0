from core.model.architectures import PRESETS
from core.training.run import Run
from core.training.run_store import RunStore
from gui.training.runs_panel import RunsPanel


def _layers_cell(qtbot, run: Run, tmp_path) -> str:  # noqa: ANN001
    store = RunStore(tmp_path / "runs.db")
    store.add(run)
    panel = RunsPanel(store)
    qtbot.addWidget(panel)
    return panel._table.item(0, 1).text()


def test_the_layers_column_shows_the_activation(qtbot, tmp_path) -> None:  # noqa: ANN001
    spec = PRESETS["sigmoid-deep"].spec
    run = Run("sigmoid-deep #1", spec.layer_text, 1, spec=spec)
    assert _layers_cell(qtbot, run, tmp_path) == "1024-512-256-128-64 sigmoid"


def test_the_layers_column_shows_batch_norm_and_dropout(qtbot, tmp_path) -> None:  # noqa: ANN001
    spec = PRESETS["batchnorm-256-128"].spec
    run = Run("batchnorm #1", spec.layer_text, 1, spec=spec)
    assert _layers_cell(qtbot, run, tmp_path) == "256-128 relu:bn:dropout=0.3"
