print(completely_unknown)
