from core.model.metadata import ModelMetadata


def test_fields_of_the_wrong_type_are_left_empty() -> None:
    meta = ModelMetadata.from_dict({"name": 3, "params": "many", "epochs": "2", "notes": [1, "ok"],
                                    "spec": [], "future": "kept"})
    assert (meta.name, meta.params, meta.epochs, meta.notes, meta.spec) == ("", None, None,
                                                                              ["ok"], {})
    assert meta.extra == {"future": "kept"}


def test_metadata_survives_a_round_trip() -> None:
    meta = ModelMetadata(name="a", params=10, epochs=2.0, notes=["n"])
    again = ModelMetadata.from_dict(meta.to_dict())
    assert (again.name, again.params, again.epochs, again.notes) == ("a", 10, 2.0, ["n"])
