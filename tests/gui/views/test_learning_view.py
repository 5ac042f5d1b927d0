import numpy as np
from helpers import make_digits, random_classifier

from core.evaluation.hidden_map import map_of_test_images
from core.evaluation.layer_statistics import weight_insight
from gui.views.digit_map_view import DigitMapView
from gui.views.gradients_view import GradientsView
from gui.views.learning_view import LearningView

IMAGES, LABELS = make_digits(80, seed=4)


def test_each_layer_gets_a_row_with_its_gradient_norm(qtbot) -> None:  # noqa: ANN001
    view = GradientsView()
    qtbot.addWidget(view)
    view.show()
    gradients = [np.full((784, 6), 1e-3), np.full((6, 10), 0.1)]
    view.show_insight(weight_insight(random_classifier(6), gradients), "epoch 2")
    assert view.norm_labels() == ["norm 0.069", "norm 0.77"]
    assert "epoch 2" in view.status.text()


def test_a_model_from_a_file_shows_its_weights_and_says_gradients_need_training(
        qtbot) -> None:  # noqa: ANN001
    view = GradientsView()
    qtbot.addWidget(view)
    view.show()
    view.show_insight(weight_insight(random_classifier(6, 4)))
    assert view.norm_labels() == ["", "", ""] and "while training" in view.status.text()


def test_the_drawing_is_a_star_where_the_network_files_it(qtbot) -> None:  # noqa: ANN001
    view = DigitMapView()
    qtbot.addWidget(view)
    view.show()
    classifier = random_classifier(12, 6)
    hidden = map_of_test_images(classifier, IMAGES, LABELS)
    view.show_map(hidden, classifier)
    view.set_drawing(IMAGES[5].astype(np.float32) / 255)
    assert np.allclose(view.star_position(), hidden.points[5], atol=1e-4)


def test_hovering_a_dot_shows_its_image(qtbot) -> None:  # noqa: ANN001
    view = DigitMapView()
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    classifier = random_classifier(12, 6)
    hidden = map_of_test_images(classifier, IMAGES, LABELS)
    view.show_map(hidden, classifier)
    assert view.hover_at(*hidden.points[9]) in {9} | set(
        np.flatnonzero(np.all(np.isclose(hidden.points, hidden.points[9]), axis=1)))
    assert view.hover.isVisible() and not view.hover.pixmap().isNull()


def test_an_opened_model_gets_its_map_in_the_background(qtbot, data_file) -> None:  # noqa: ANN001
    view = LearningView()
    qtbot.addWidget(view)
    view.show()
    view.set_data_path(str(data_file))
    view.set_classifier(random_classifier(12, 6))
    qtbot.waitUntil(lambda: view.map.hidden_map() is not None, timeout=10000)
    assert view.map.hidden_map().points.shape[1] == 2


def test_without_a_hidden_layer_the_map_says_why(qtbot, data_file) -> None:  # noqa: ANN001
    view = LearningView()
    qtbot.addWidget(view)
    view.show()
    view.set_data_path(str(data_file))
    view.set_classifier(random_classifier())
    qtbot.waitUntil(lambda: "no hidden layer" in view.map.status.text(), timeout=10000)


def test_a_finished_runs_model_keeps_its_last_epochs_measurements(qtbot) -> None:  # noqa: ANN001
    view = LearningView()
    qtbot.addWidget(view)
    view.show()
    view.set_classifier(random_classifier(6), epoch_ended=True)
    gradients = [np.full((784, 6), 1e-3), np.full((6, 10), 0.1)]
    view.show_insight(weight_insight(random_classifier(6), gradients), "epoch 3")
    view.set_classifier(random_classifier(6))  # the same weights, read back from the run's file
    assert view.gradients.insight().gradients and "epoch 3" in view.gradients.status.text()
    view.set_classifier(random_classifier(6, seed=1))  # another model: its weights only
    assert not view.gradients.insight().gradients


def test_a_map_that_arrives_after_the_view_is_gone_is_dropped(qtbot, data_file) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    view = LearningView()
    view.set_data_path(str(data_file))
    view.set_classifier(random_classifier(12, 6))
    view.deleteLater()
    qtbot.wait(1)  # the view is deleted before the background map is ready
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # the result's signal is delivered, or not: no exception either way


def _insight(seed: int, scale: float = 1e-3):  # noqa: ANN202
    gradients = [np.full((784, 6), scale), np.full((6, 10), 0.1)]
    return weight_insight(random_classifier(6, seed=seed), gradients)


def test_the_slider_goes_back_to_any_epoch(qtbot) -> None:  # noqa: ANN001
    view = GradientsView()
    qtbot.addWidget(view)
    view.show()
    view.show_insight(_insight(0), "epoch 1")
    for n in (2, 3):
        view.add_epoch(_insight(n), f"epoch {n}")
    assert view.slider.isVisible() and view.epochs() == ["epoch 1", "epoch 2", "epoch 3"]
    assert "epoch 3" in view.status.text()
    view.slider.setValue(0)
    assert "epoch 1" in view.status.text() and view.insight().gradients


def test_a_kept_earlier_epoch_keeps_its_measurements(qtbot) -> None:  # noqa: ANN001
    from core.training.model_choice import RUN, ModelChoice
    from core.training.run import Run

    view = LearningView()
    qtbot.addWidget(view)
    view.show()
    view.training_started()
    for n in (1, 2):  # each epoch's model answers, then its measurements arrive
        view.set_classifier(random_classifier(6, seed=n), epoch_ended=True)
        view.show_insight(_insight(n), f"epoch {n}")
    run = Run("keep best #1", "6", 4780)
    view.run_finished(run.id)
    view.session.choose(ModelChoice(random_classifier(6, seed=1), "kept", RUN, run=run))
    assert view.gradients.insight().gradients and "epoch 1" in view.gradients.status.text()
    assert "kept" in view.gradients.status.text()


def test_another_runs_model_shows_its_weights_only(qtbot) -> None:  # noqa: ANN001
    from core.training.model_choice import RUN, ModelChoice
    from core.training.run import Run

    view = LearningView()
    qtbot.addWidget(view)
    view.show()
    view.training_started()
    for n in (1, 2):
        view.set_classifier(random_classifier(6, seed=n), epoch_ended=True)
        view.show_insight(_insight(n), f"epoch {n}")
    view.run_finished("the run")
    other = Run("other #2", "6", 4780)
    view.session.choose(ModelChoice(random_classifier(6, seed=1), "other", RUN, run=other))
    assert not view.gradients.insight().gradients
