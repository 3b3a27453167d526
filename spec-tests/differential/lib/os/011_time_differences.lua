-- differences between os.time values of nearby local dates are exact seconds
local function t(y, m, d, h, mi, s) return os.time({year = y, month = m, day = d, hour = h, min = mi, sec = s}) end
print(t(2001, 1, 2, 12, 0, 0) - t(2001, 1, 1, 12, 0, 0))
print(t(2001, 1, 1, 13, 0, 0) - t(2001, 1, 1, 12, 0, 0))
print(t(2001, 1, 1, 12, 1, 1) - t(2001, 1, 1, 12, 0, 0))
print(t(2001, 1, 31, 12, 0, 0) - t(2001, 1, 1, 12, 0, 0))
print(os.difftime(t(2001, 1, 2, 0, 0, 0), t(2001, 1, 1, 0, 0, 0)))
