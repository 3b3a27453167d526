-- stdout written before the error is flushed; stderr carries the message.
io.write("no newline yet, ")
for i = 1, 3 do print("line " .. i) end
local x = nil + 1
print("not reached")
