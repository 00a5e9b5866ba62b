# importlib.abc: a loader written with the ABCs, used through importlib.util; isinstance checks.
import importlib.abc
import importlib.machinery
import importlib.util

class StringLoader(importlib.abc.InspectLoader):
    sources = {'greeting': 'WORD = "hi"\ndef greet(name):\n    return f"{WORD}, {name}"\n'}

    def get_source(self, fullname):
        return self.sources[fullname]

    def is_package(self, fullname):
        return False

loader = StringLoader()
spec = importlib.util.spec_from_loader('greeting', loader)
print(spec.name, spec.origin, spec.submodule_search_locations)
module = importlib.util.module_from_spec(spec)
loader.exec_module(module)
print(module.greet('there'), module.__loader__ is loader)
print(type(loader.get_code('greeting')).__name__)
print(isinstance(loader, importlib.abc.Loader), isinstance(loader, importlib.abc.ResourceLoader))
print(issubclass(importlib.machinery.SourceFileLoader, importlib.abc.ExecutionLoader))
print(issubclass(importlib.machinery.PathFinder, importlib.abc.MetaPathFinder))
print(issubclass(importlib.machinery.FileFinder, importlib.abc.PathEntryFinder))
try:
    importlib.abc.InspectLoader()
except TypeError as e:
    print('TypeError', 'abstract' in str(e))
print(importlib.abc.Loader().create_module(spec))
