"""The training flow: progress records, callbacks, train(), the job a worker runs, runs and
their histories, the overfitting signal."""
