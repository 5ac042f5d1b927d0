"""The command line (main.py's subcommands) and the desktop launchers."""
