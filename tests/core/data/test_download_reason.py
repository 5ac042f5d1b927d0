from core.data.download_reason import download_reason


def test_a_network_failure_is_one_line_without_the_url() -> None:
    error = OSError("<urlopen error [Errno -3] Temporary failure in name resolution> "
                    "https://storage.googleapis.com/tensorflow/tf-keras-datasets/mnist.npz")
    reason = download_reason(error)
    assert "http" not in reason and "\n" not in reason and reason
