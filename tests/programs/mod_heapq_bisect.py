import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], sorted(h))
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data[0], heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, [3, 1, 4, 1, 5]), heapq.nlargest(2, ["a", "ccc", "bb"], key=len))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3])))
pq = []
heapq.heappush(pq, (2, "write"))
heapq.heappush(pq, (1, "read"))
heapq.heappush(pq, (2, "append"))
print([heapq.heappop(pq) for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect_right(s, 10))
bisect.insort(s, 4); bisect.insort_left(s, 3)
print(s)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90]])
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, 3, key=lambda r: r[0]), bisect.bisect(s, 3, lo=3))
