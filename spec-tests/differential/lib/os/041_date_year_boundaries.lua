-- leap years and day-of-year at year boundaries in UTC
for _, t in ipairs({951782400, 951868800, 983404800, 1078012800, 4107542400}) do
  print(os.date("!%Y-%m-%d %j %A", t))
end
for _, t in ipairs({946684799, 946684800, 978307199, 978307200}) do
  print(os.date("!%Y-%m-%d %H:%M:%S %j %U %W", t))
end
