import statistics as st
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([1, 3, 3, 5, 7], interval=2))
print(st.median(['b', 'a', 'c']), st.median_low(['b', 'a', 'c', 'd']), st.median([7]))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('abab'))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode([]), st.multimode([3, 1, 2]))
