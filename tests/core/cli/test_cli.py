import json
import os
import subprocess
import sys
from pathlib import Path

import keras
import numpy as np
import pytest
from helpers import make_digits, save_npz
from PIL import Image, ImageDraw

from core.cli import cli
from core.data.datasets import MnistData

ROOT = Path(__file__).resolve().parents[3]


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(args)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_presets_json_lists_every_preset_with_params(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["presets", "--json"], capsys)
    params = {p["name"]: p["params"] for p in json.loads(out.splitlines()[-1])["presets"]}
    assert status == 0 and params["assignment-2"] == 1_501_770 and params["single-100"] == 79_510


def test_train_evaluate_predict_round_trip(tmp_path: Path, small_data: MnistData,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    model = tmp_path / "m.keras"
    status, out, _ = run(["train", "--layers", "32", "--epochs", "2", "--data", str(data),
                          "--out", str(model), "--json", "--quiet"], capsys)
    summary = json.loads(out.splitlines()[-1])
    assert status == 0 and summary["epochs"] == 2 and summary["test_accuracy"] > 0.8
    status, out, _ = run(["evaluate", str(model), "--data", str(data), "--json"], capsys)
    assert status == 0 and len(json.loads(out)["confusion_matrix"]) == 10
    Image.fromarray(small_data.x_test[0]).resize((200, 200)).save(tmp_path / "d.png")
    status, out, _ = run(["predict", "--model", str(model), str(tmp_path / "d.png"), "--json"],
                         capsys)
    assert status == 0 and len(json.loads(out)["predictions"][0]["probabilities"]) == 10


def hostile_files(tmp: Path) -> dict[str, tuple[list[str], Path]]:
    files: dict[str, Path] = {}
    files["empty.keras"] = tmp / "empty.keras"
    files["empty.keras"].write_bytes(b"")
    files["random.keras"] = tmp / "random.keras"
    files["random.keras"].write_bytes(os.urandom(2048))
    files["random.h5"] = tmp / "random.h5"
    files["random.h5"].write_bytes(os.urandom(2048))
    good = tmp / "good.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")]).save(good)
    files["truncated.keras"] = tmp / "truncated.keras"
    files["truncated.keras"].write_bytes(good.read_bytes()[:900])
    files["lambda.keras"] = tmp / "lambda.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Lambda(lambda x: x + 1),
                      keras.layers.Dense(10, activation="softmax")]).save(files["lambda.keras"])
    files["in100.keras"] = tmp / "in100.keras"
    keras.Sequential([keras.Input((100,)), keras.layers.Dense(10, activation="softmax")]).save(
        files["in100.keras"])
    files["out5.keras"] = tmp / "out5.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Dense(5, activation="softmax")]).save(
        files["out5.keras"])
    return {name: (["evaluate", str(path), "--data"], path) for name, path in files.items()}


def hostile_datasets(tmp: Path) -> dict[str, Path]:
    x, y = make_digits(20)
    base = MnistData(x, y, x, y)
    paths = {
        "32x32.npz": save_npz(tmp / "big.npz", base, x_train=np.zeros((20, 32, 32), np.uint8)),
        "label11.npz": save_npz(tmp / "l11.npz", base, y_train=np.full(20, 11, np.uint8)),
        "pickle.npy": tmp / "evil.npy",
    }
    np.savez(tmp / "keys.npz", images=x)
    paths["missing-keys.npz"] = tmp / "keys.npz"
    np.save(paths["pickle.npy"], np.array([{"a": 1}], dtype=object), allow_pickle=True)
    return paths


def test_hostile_model_files_give_one_error_line(tmp_path: Path, small_data: MnistData,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    for name, (args, _) in hostile_files(tmp_path).items():
        status, out, err = run([*args, str(data)], capsys)
        assert status == 1, name
        assert err.startswith("error: ") and err.count("\n") == 1, (name, err)


def test_hostile_datasets_give_one_error_line(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for name, path in hostile_datasets(tmp_path).items():
        status, _, err = run(["train", "--layers", "8", "--data", str(path), "--out",
                              str(tmp_path / "o.keras")], capsys)
        assert status == 1 and err.startswith("error: ") and err.count("\n") == 1, (name, err)


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["train", "--layers", "8"], capsys)
    assert status == 2 and err.startswith("error: ")


def test_export_writes_only_a_notebook_or_a_script(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(["export", str(ROOT / "resources/models/presets/assignment-1.keras"),
                          "--out", str(tmp_path / "x.txt")], capsys)
    assert status == 2 and "--out must name a .py or .ipynb file" in err


def test_main_py_reports_errors_without_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "bad.keras"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "predict", "--model",
                             str(bad), str(bad)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_report_writes_html_for_two_models(tmp_path: Path, small_data: MnistData,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = save_npz(tmp_path / "d.npz", small_data)
    presets = ROOT / "resources" / "models" / "presets"
    out = tmp_path / "r.html"
    status, printed, _ = run(["report", str(presets / "assignment-1.keras"),
                              str(presets / "assignment-2.keras"), "--data", str(data),
                              "--out", str(out), "--json"], capsys)
    summary = json.loads(printed.splitlines()[-1])
    assert status == 0 and out.is_file()
    assert [m["params"] for m in summary["models"]] == [25_818, 1_501_770]


def test_report_refuses_a_broken_model_in_one_line(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.keras"
    broken.write_bytes(b"not a zip")
    status, _, err = run(["report", str(broken), "--out", str(tmp_path / "r.html")], capsys)
    assert status == 1 and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "r.html").exists()


def test_predict_gives_the_windows_verdict(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    undecided = tmp_path / "undecided.keras"
    model = keras.Sequential([keras.Input((784,)), keras.layers.Dense(10, activation="softmax")])
    model.layers[0].set_weights([np.zeros((784, 10)), np.zeros(10)])  # 10 % for every digit
    model.save(undecided)
    seven = Image.new("L", (280, 280))  # a drawn 7: a digit, so the softmax decides
    ImageDraw.Draw(seven).line([(60, 60), (220, 60), (120, 240)], fill=255, width=20)
    seven.save(tmp_path / "d.png")
    status, out, _ = run(["predict", "--model", str(undecided), str(tmp_path / "d.png")], capsys)
    assert status == 0 and "not sure" in out
    status, out, _ = run(["predict", "--model", str(undecided), str(tmp_path / "d.png"),
                          "--json"], capsys)
    assert json.loads(out.splitlines()[-1])["predictions"][0]["verdict"] == "not sure"


def test_predict_json_on_a_logits_model_gives_probabilities(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logits = tmp_path / "logits.keras"
    keras.Sequential([keras.Input((784,)), keras.layers.Dense(10)]).save(logits)
    Image.fromarray(make_digits(1)[0][0]).save(tmp_path / "d.png")
    status, out, _ = run(["predict", "--model", str(logits), str(tmp_path / "d.png"), "--json"],
                         capsys)
    result = json.loads(out.splitlines()[-1])
    probabilities = result["predictions"][0]["probabilities"]
    assert status == 0 and result["softmax_added"] and min(probabilities) >= 0
    assert sum(probabilities) == pytest.approx(1.0, abs=1e-4)


def test_a_learning_rate_above_the_limit_names_the_limit(capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    status, _, err = run(["train", "--layers", "8", "--lr", "1e6", "--out", "x.keras"], capsys)
    assert status == 1 and "at most 10000" in err


def test_a_network_over_the_parameter_cap_is_refused_in_one_line(
        capsys: pytest.CaptureFixture[str]) -> None:
    layers = "-".join(["16384"] * 20)
    status, _, err = run(["train", "--layers", layers, "--out", "x.keras"], capsys)
    assert status == 1 and "50,000,000" in err and len(err.splitlines()) == 1
