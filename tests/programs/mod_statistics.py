import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(st.median([1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"))
print(st.variance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.fmean([1, 2, 3]), st.geometric_mean([1, 4]), st.harmonic_mean([1, 4]))
print(st.quantiles(range(1, 11), n=4), st.mean([1.5, 2.5]))
from fractions import Fraction
print(st.mean([Fraction(1, 2), Fraction(1, 4)]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
