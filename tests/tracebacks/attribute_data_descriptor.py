print((7).numerater)
