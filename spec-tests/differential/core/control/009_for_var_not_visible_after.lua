-- The control variable is local to the loop.
i = "global i"
for i = 1, 2 do end
print(i)
for k, v in pairs({a = 1}) do end
print(k, v)
