"""Qt-free domain rules: records, ID numbers, money, dates, pinyin."""
