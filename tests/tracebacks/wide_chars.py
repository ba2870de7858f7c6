café = {'thé': 1}
print('x', café['café'])
