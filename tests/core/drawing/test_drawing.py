from core.drawing.drawing import Drawing, Stroke


def test_a_stroke_through_any_pairs_of_numbers_is_plain_floats() -> None:
    stroke = Stroke.through([(1, 2), (3.5, 4)], width=10, times=[0, 16])
    assert stroke.points == [(1.0, 2.0), (3.5, 4.0)] and stroke.times == [0.0, 16.0]


def test_a_drawing_of_eraser_strokes_only_is_empty() -> None:
    assert Drawing((Stroke.through([(1, 1)], erase=True),)).is_empty()
    assert not Drawing((Stroke.through([(1, 1)]),)).is_empty()
