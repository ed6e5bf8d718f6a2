"""Qt-free import and export of the books as spreadsheets: reading, headers, cell cleaning, problems, writers.

Generic pieces (reading, headers, cleaning, problems, workbook) are shared by every book; members.py holds
the roster specifics and cli.py the `import` / `export` command-line verbs.
"""
