"""Lexicons: the word lists and gazetteers the stages read."""

# entity kinds of a state's own bodies that speak for its deeds ("أعلن الجيش", "قالت وزارة الدفاع"):
# its government, ministries, armed forces and police (entities adds the courts and civil defence)
STATE_KINDS = frozenset({"military", "police", "government", "ministry"})
