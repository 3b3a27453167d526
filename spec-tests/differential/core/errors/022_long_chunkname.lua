-- Long string chunk names are shortened with '...' in positions.
local src = "return nil + 1 -- a rather long first line of source code that will be cut"
print(pcall(loadstring(src)))
print(pcall(loadstring("\n\nerror('third line')")))
print(pcall(loadstring("error('short')", "=a name that is exactly as long as it needs to be for this test run")))
