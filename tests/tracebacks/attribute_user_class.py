class Stock:
    def restock(self):
        pass

Stock().restok()
