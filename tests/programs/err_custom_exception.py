class InventoryError(Exception):
    pass
def take(n):
    if n > 3:
        raise InventoryError(f"only 3 left, wanted {n}")
    return n
print(take(2))
take(5)
