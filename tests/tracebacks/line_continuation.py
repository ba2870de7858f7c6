# The reported line is the failing expression's, not the statement's first.
total = 1 + \
    {}['k']
