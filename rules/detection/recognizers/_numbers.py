"""Boundaries shared by the number recognizers: a value is never a slice of a longer number."""
NUMBER_START = r"(?<![\w.,/+-])"
NUMBER_END = r"(?![\w/]|[.,-]\d)"
