import GitCore
print("placeholder")
