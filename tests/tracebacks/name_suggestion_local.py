def tally(words):
    counts = {}
    for w in words:
        counts[w] = cuonts.get(w, 0) + 1
    return counts

tally(['a', 'b'])
