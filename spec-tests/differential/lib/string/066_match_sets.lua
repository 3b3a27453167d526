-- character sets: ranges, negation, classes inside sets, ']' and '-' placement
print(("hello123"):match("[a-z]+"), ("HELLO"):match("[^A-Z]"), ("x-y"):match("[%-]"))
print(("a]b"):match("[]]"), ("a-b"):match("[a-]+"), ("-a"):match("[-a]+"))
print(("abc123"):match("[%d]+"), ("abc123"):match("[^%d]+"), ("tab\there"):match("[%s]"))
print(("^x"):match("[%^x]+"), ("^x"):match("[x^]+"), ("a.b"):match("[.]"))
print(("zebra"):match("[b-a]"), ("5"):match("[0-9]"), ("%"):match("[%%]"))
print(("A1_b"):match("[%w_]+"), ("]"):match("[^]]"), ("x]"):match("[^]]"))
