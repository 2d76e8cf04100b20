# Unicode identifiers; NFKC normalisation makes some spellings the same name.
ﬁ = 1
print(fi)
ｘ = 2
print(x)
ℌ = 3
𝐀 = 4
µ = 5
café = 6
naïve = 7
变量 = 8
переменная = 9
ǅ = 10
ª = 11
xⅣ = 12
Ω = 13
Ω = 14
ℵ = 15
_ř = 16
a·b = 17
def 函数(参数, *ñ, **ª): return 参数
class Ĉlass: ŝ = 1
obj.ﬁeld = 1
import modülé as ﬂ
print(f"{ﬁ}")
def f(ﬃ=1): return ﬃ
f(ﬃ=2)
café = 18  # decomposed: NFKC makes it café
K = K  # KELVIN SIGN is K
