-- %I and %p across a UTC day
for h = 0, 23, 1 do
  io.write(os.date("!%H=%I%p ", h * 3600))
  if h % 8 == 7 then print() end
end
