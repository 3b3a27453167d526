-- table.maxn with only negative, fractional or huge keys
print(table.maxn({[-5] = 1, [-0.5] = 1}))
print(table.maxn({[0.25] = 1, [0.75] = 1}))
print(table.maxn({[1e300] = 1, [1] = 1}))
print(table.maxn({[1/0] = 1}))
