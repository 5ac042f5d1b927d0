"""Where things are kept: app folders, the one atomic write, the runs, lab files."""
