class Shop:
    def price(self, item):
        return {'tea': 3}[item]

total = Shop().price('coffee') + 1
