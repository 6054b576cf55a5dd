# Chaos game: points attracted towards random vertices of polygons, rasterised into a grid
# (seeded random numbers, float arithmetic, small objects, dict counting).
import random


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def towards(self, other, ratio):
        return Vec(self.x + (other.x - self.x) * ratio, self.y + (other.y - self.y) * ratio)


def polygon(n):
    import math
    return [Vec(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]


def play(vertices, ratio, steps, size):
    rng = random.Random(1234)
    grid = {}
    p = Vec(0.0, 0.0)
    for _ in range(steps):
        p = p.towards(rng.choice(vertices), ratio)
        cell = (int((p.x + 1) * size / 2), int((p.y + 1) * size / 2))
        grid[cell] = grid.get(cell, 0) + 1
    return len(grid), max(grid.values())


for sides, ratio in ((3, 0.5), (5, 0.618), (6, 0.667)):
    print(sides, play(polygon(sides), ratio, 100000, 256))
