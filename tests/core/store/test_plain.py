

def test_an_error_becomes_one_line_cut_with_an_ellipsis() -> None:
    from core.store.plain import one_line

    assert one_line(ValueError("bad\n  file\tnow"), 300) == "bad file now"
    assert one_line(ValueError("x" * 10), 4) == "xxxx…"
    assert one_line(KeyError()) == "KeyError"
