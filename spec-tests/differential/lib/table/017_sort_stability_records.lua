-- table.sort of records by a key where all keys are distinct
local people = {
  {name = "eve", age = 31}, {name = "bob", age = 25}, {name = "amy", age = 42},
  {name = "dan", age = 19}, {name = "cat", age = 28},
}
table.sort(people, function(a, b) return a.age < b.age end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end
print()
table.sort(people, function(a, b) return a.name > b.name end)
for _, p in ipairs(people) do io.write(p.name, " ") end
print()
