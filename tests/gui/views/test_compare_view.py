from pathlib import Path

import numpy as np
from helpers import make_digits, random_classifier

from core.model.classifier import default_model_path
from core.training.run import Run
from gui.views.compare_view import CompareView

IMAGE = make_digits(1, seed=3)[0][0].astype(np.float32) / 255
PRESETS = default_model_path().parent / "presets"


def make(qtbot) -> CompareView:  # noqa: ANN001
    """A shown view whose two bundled models have been read (off the GUI thread)."""
    view = CompareView()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: all(side.classifier is not None for side in view.sides),
                    timeout=20_000)
    return view


def test_a_hidden_view_waits_until_shown(qtbot) -> None:  # noqa: ANN001
    view = CompareView()
    qtbot.addWidget(view)
    view.set_input(IMAGE)
    assert view.answers() == [None, None]
    view.show()
    qtbot.waitUntil(lambda: None not in view.answers(), timeout=20_000)


def test_starts_with_the_two_assignment_nets(qtbot) -> None:  # noqa: ANN001
    view = make(qtbot)
    assert [s.key()[1].endswith(n) for s, n in zip(view.sides, ("assignment-1.keras",
                                                                "assignment-2.keras"),
                                                   strict=True)] == [True, True]
    assert "25,818" in view.sides[0].caption.text()


def test_both_sides_answer_the_drawing(qtbot) -> None:  # noqa: ANN001
    view = make(qtbot)
    view.set_input(IMAGE)
    assert None not in view.answers()
    assert view.agreement.text()


def test_the_current_model_follows_training(qtbot) -> None:  # noqa: ANN001
    view = make(qtbot)
    view.sides[0].choose(("current", ""))
    view.set_input(IMAGE)
    first = random_classifier(8, seed=1)
    view.set_current(first, "epoch 1")
    assert np.allclose(view.sides[0].probabilities, first.predict_proba(IMAGE[None])[0])


def test_runs_with_kept_models_can_be_chosen(qtbot) -> None:  # noqa: ANN001
    view = make(qtbot)
    run = Run(name="my run", layers="100", params=79_510,
              model_file=str(PRESETS / "single-100.keras"))
    view.set_runs([run])
    assert view.sides[1].choose(("run", run.model_file))
    qtbot.waitUntil(lambda: "79,510" in view.sides[1].caption.text(), timeout=20_000)


def test_a_broken_file_is_refused_and_the_choice_kept(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    view = make(qtbot)
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"nope")
    before = view.sides[0].key()
    with qtbot.waitSignal(view.status_message, timeout=20_000):
        view.add_file(str(broken), view.sides[0])
    assert view.sides[0].key() == before


def test_compare_refuses_a_scribble_as_the_main_panel_does(qtbot) -> None:  # noqa: ANN001
    from helpers import scribbles

    from core.drawing.drawing import Drawing, Stroke
    from core.drawing.preprocessing import to_mnist
    from core.drawing.raster import standard_image

    blob = next(strokes for kind, strokes in scribbles(seed=2) if kind == "blob")
    view = make(qtbot)
    view.set_input(to_mnist(standard_image(Drawing(tuple(Stroke.through(s) for s in blob)))))
    assert "does not look like a digit" in view.agreement.text()
    assert "Both answer" not in view.agreement.text()
