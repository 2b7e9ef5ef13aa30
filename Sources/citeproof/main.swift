print("citeproof")
