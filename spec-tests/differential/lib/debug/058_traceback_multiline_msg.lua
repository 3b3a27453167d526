-- traceback keeps multi-line messages verbatim before the header
print(debug.traceback("line one\nline two"))
print(debug.traceback(""))
print(debug.traceback("trailing newline\n"))
print(#debug.traceback("x") > #"x\nstack traceback:")
