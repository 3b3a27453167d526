-- Methods appear as 'in function 'name'' (5.1 names them by field) in tracebacks.
local Account = {}
Account.__index = Account
function Account:withdraw(n) if n > self.balance then error("insufficient funds") end self.balance = self.balance - n end
local acc = setmetatable({balance = 10}, Account)
acc:withdraw(5)
acc:withdraw(50)
