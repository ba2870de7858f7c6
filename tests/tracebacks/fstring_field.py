width = 5
label = f"total: {width:q}"
