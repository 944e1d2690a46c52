"""Stage 6, output: rows and exports, the HTML audit view, terminal views, the number audit.

Rows of the four tables (`rows`) and their writers (`export`), displaCy views
(`render`), the pieces of a task to highlight (`highlight`), the HTML report
(`report`), one task in the terminal (`show`), the number audit (`audit`), and the
progress and summary of a command over many files (`batch`).
"""
