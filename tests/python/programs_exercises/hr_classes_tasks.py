import math
from typing import List


class Complex:
    def __init__(self, real, imaginary):
        self.real = real
        self.imaginary = imaginary

    def __add__(self, no):
        return Complex(self.real + no.real, self.imaginary + no.imaginary)

    def __sub__(self, no):
        return Complex(self.real - no.real, self.imaginary - no.imaginary)

    def __mul__(self, no):
        return Complex(self.real * no.real - self.imaginary * no.imaginary,
                       self.real * no.imaginary + self.imaginary * no.real)

    def __truediv__(self, no):
        d = no.real ** 2 + no.imaginary ** 2
        r = self * Complex(no.real, -no.imaginary)
        return Complex(r.real / d, r.imaginary / d)

    def mod(self):
        return Complex(math.sqrt(self.real ** 2 + self.imaginary ** 2), 0)

    def __str__(self):
        if self.imaginary == 0:
            return "%.2f+0.00i" % self.real
        if self.real == 0:
            return "0.00%s%.2fi" % ("+" if self.imaginary >= 0 else "-", abs(self.imaginary))
        return "%.2f%s%.2fi" % (self.real, "+" if self.imaginary >= 0 else "-", abs(self.imaginary))


c, d = Complex(2, 1), Complex(5, 6)
print(*map(str, [c + d, c - d, c * d, c / d, c.mod(), d.mod()]), sep="\n")


class Points:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __sub__(self, o):
        return Points(self.x - o.x, self.y - o.y, self.z - o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Points(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def absolute(self):
        return pow(self.dot(self), 0.5)

    def __repr__(self):
        return f"Points({self.x}, {self.y}, {self.z})"


a, b, c_, d_ = Points(0, 4, 5), Points(1, 7, 6), Points(0, 5, 9), Points(1, 7, 2)
x = (b - a).cross(c_ - b)
y = (c_ - b).cross(d_ - c_)
angle = math.acos(x.dot(y) / (x.absolute() * y.absolute()))
print(x, y, "%.2f" % math.degrees(angle))


class Person:
    def __init__(self, first, last, id_):
        self.firstName, self.lastName, self.idNumber = first, last, id_

    def printPerson(self):
        print("Name:", self.lastName + ",", self.firstName)
        print("ID:", self.idNumber)


class Student(Person):
    def __init__(self, first, last, id_, scores: List[int]):
        super().__init__(first, last, id_)
        self.scores = scores

    def calculate(self) -> str:
        avg = sum(self.scores) / len(self.scores)
        for lim, g in ((90, "O"), (80, "E"), (70, "A"), (55, "P"), (40, "D")):
            if avg >= lim:
                return g
        return "T"


st = Student("Heraldo", "Memelli", 8135627, [100, 80])
st.printPerson()
print("Grade:", st.calculate())
print(Student.__mro__, Student.__bases__, isinstance(st, Person), issubclass(Student, object))
print(type(st), type(st).__name__, Student.__qualname__, Student.calculate.__qualname__)
print(Complex(1, 2).__dict__, vars(Points(1, 2, 3)), hasattr(st, "scores"), getattr(st, "nope", "default"))
