class Cart:
    def __init__(self):
        self.items = {}

    def total(self):
        return sum(items.values())

Cart().total()
