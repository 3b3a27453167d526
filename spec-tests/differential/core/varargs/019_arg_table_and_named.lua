-- The implicit arg table holds only the extra arguments.
function h(a, b, ...) return a, b, arg.n, arg[1] end
print(h(1, 2, 3, 4))
print(h(1))
print(h(nil, nil, nil))
