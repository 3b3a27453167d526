-- os.time(os.date("*t", t)) == t for local time, independent of the time zone
for _, t in ipairs({0, 86400 * 365, 1234567890, 1600000000, 2000000000}) do
  print(t, os.time(os.date("*t", t)) == t)
end
local now = os.time()
print(os.time(os.date("*t", now)) == now)
print(os.time(os.date("*t")) - os.time() <= 1)
