-- math.sinh/cosh/tanh
print(math.sinh(0), math.cosh(0), math.tanh(0))
print(math.sinh(1), math.cosh(1), math.tanh(1))
print(math.sinh(-2), math.cosh(-2), math.tanh(-2))
print(math.tanh(1/0), math.tanh(-1/0), math.cosh(1000), math.sinh(-1000))
