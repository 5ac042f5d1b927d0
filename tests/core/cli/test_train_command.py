import json
from pathlib import Path

import pytest
from helpers import save_npz

from core.cli import cli
from core.data.datasets import MnistData
from core.model.model_files import read_metadata


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_layer_grammar_and_the_callback_flags_reach_the_saved_spec(
        tmp_path: Path, small_data: MnistData, capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    model = tmp_path / "m.keras"
    status, _, err = run(["train", "--layers", "16:bn:relu-8:tanh:dropout=0.2:l2=0.01",
                          "--epochs", "1", "--optimizer", "sgd", "--momentum", "0.9",
                          "--early-stopping", "3", "--no-restore-best", "--reduce-lr", "2",
                          "--keep-best", "--data", str(data), "--out", str(model), "--quiet"],
                         capsys)
    assert status == 0, err
    spec = read_metadata(model).spec
    assert [layer["batch_norm_before"] for layer in spec["layers"]] == [True, False]
    assert spec["layers"][1] | {} == {**spec["layers"][1], "activation": "tanh", "dropout": 0.2,
                                      "l2": 0.01}
    assert (spec["momentum"], spec["early_stopping_patience"], spec["restore_best_weights"],
            spec["reduce_lr_patience"], spec["keep_best"]) == (0.9, 3, False, 2, True)


def test_cli_runs_measure_gradients_like_the_window(
        tmp_path: Path, small_data: MnistData, capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    model = tmp_path / "m.keras"
    assert run(["train", "--layers", "16-8", "--epochs", "1", "--data", str(data),
                "--out", str(model), "--quiet"], capsys)[0] == 0
    norms = read_metadata(model).history["gradient_norms"]
    assert norms and norms[-1] and len(norms[-1]) == 3


def test_weights_alone_are_saved_and_loaded_like_the_lessons(
        tmp_path: Path, small_data: MnistData, capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    weights = tmp_path / "w.weights.h5"
    status, out, _ = run(["train", "--layers", "16", "--epochs", "2", "--data", str(data),
                          "--out", str(tmp_path / "a.keras"), "--save-weights", str(weights),
                          "--quiet", "--json"], capsys)
    first = json.loads(out.splitlines()[-1])
    assert status == 0 and weights.is_file()
    status, out, _ = run(["train", "--layers", "16", "--epochs", "1", "--lr", "1e-9",
                          "--data", str(data), "--out", str(tmp_path / "b.keras"),
                          "--load-weights", str(weights), "--quiet", "--json"], capsys)
    again = json.loads(out.splitlines()[-1])
    assert status == 0 and again["test_accuracy"] == pytest.approx(first["test_accuracy"],
                                                                   abs=0.01)


@pytest.mark.parametrize(("args", "message"), [
    (["--save-weights", "w.h5"], ".weights.h5"),
    (["--load-weights", "missing.weights.h5"], "no weights file"),
])
def test_a_bad_weights_file_is_one_line(tmp_path: Path, small_data: MnistData, args: list[str],
                                        message: str,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    args = [a if not a.endswith(".h5") else str(tmp_path / a) for a in args]
    status, _, err = run(["train", "--layers", "16", "--epochs", "1", "--data", str(data),
                          "--out", str(tmp_path / "m.keras"), "--quiet", *args], capsys)
    assert status in (1, 2) and message in err and len(err.strip().splitlines()) == 1


def test_weights_of_other_layers_are_refused_in_one_line(
        tmp_path: Path, small_data: MnistData, capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    weights = tmp_path / "w.weights.h5"
    assert run(["train", "--layers", "16", "--epochs", "1", "--data", str(data), "--out",
                str(tmp_path / "a.keras"), "--save-weights", str(weights), "--quiet"],
               capsys)[0] == 0
    status, _, err = run(["train", "--layers", "8", "--epochs", "1", "--data", str(data),
                          "--out", str(tmp_path / "b.keras"), "--load-weights", str(weights),
                          "--quiet"], capsys)
    assert status == 1 and "do not fit these layers" in err and len(err.strip().splitlines()) == 1


def test_presets_show_optimizer_momentum_activation_validation_and_source(
        capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["presets"], capsys)
    block = out.split("classic-256-128:")[1].split("\n\n")[0].splitlines()[:3]
    assert status == 0
    assert "relu, SGD lr 0.01, momentum 0, batch 32, 30 epochs, no validation split" in block[1]
    assert "the checkpoint's example" in block[2]
    sigmoid = out.split("sigmoid-deep:")[1].splitlines()[1]
    assert sigmoid.strip().startswith("sigmoid, SGD lr 0.01, momentum 0")
