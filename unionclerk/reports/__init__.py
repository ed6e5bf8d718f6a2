"""Qt-free figures and documents built from the books: statistics for the summary, workbook writers."""
