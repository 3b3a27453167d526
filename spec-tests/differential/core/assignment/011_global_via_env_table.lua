-- Globals live in the environment table _G.
_G.fromG = 1
print(fromG)
newglobal = 2
print(_G.newglobal, _G["newglobal"])
_G["with space"] = 3
print(_G["with space"])
print(_G._G == _G)
