"""The lab report (HTML) and its charts (SVG)."""
