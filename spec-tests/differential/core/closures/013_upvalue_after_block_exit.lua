-- A closure keeps a block-local variable alive after the block ends.
local get
do
  local hidden = "secret"
  get = function() return hidden end
end
print(get())
