inventory = {'apples': 3}
print(inventroy['apples'])
