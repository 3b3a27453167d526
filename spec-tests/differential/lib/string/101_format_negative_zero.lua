-- string.format of negative zero in each conversion
local z = 0
local nz = -z
print(string.format("%d %i %x", nz, nz, nz))
print(string.format("%f %.0f %e %g %G", nz, nz, nz, nz, nz))
print(string.format("%s %5.1f %+g", nz, nz, nz))
print(tostring(nz), nz == 0)
