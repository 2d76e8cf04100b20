# Loop else clauses to detect missing items.
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                break
        else:
            continue
        return (i, j)
    return None
print(find_pair([1, 4, 6, 9], 10), find_pair([1, 2], 10))
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts * attempts > 10:
        print("found", attempts)
        break
else:
    print("none found")
