-- module("a.b.c"): nested tables, _PACKAGE is the prefix
module("outer.middle.inner", package.seeall)
print(_NAME, _PACKAGE)
print(outer.middle.inner == _M, type(outer), type(outer.middle))
print(package.loaded["outer.middle.inner"] == _M)
print(package.loaded["outer.middle"], package.loaded.outer)
