class MyList:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(MyList[int], MyList["x"])
print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
print(list[int]() == [])
