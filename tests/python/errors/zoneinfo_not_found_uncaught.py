# ZoneInfoNotFoundError and InvalidTZPathWarning live in zoneinfo's submodules in CPython, so an
# uncaught one prints as zoneinfo._common.ZoneInfoNotFoundError.
import zoneinfo

print(zoneinfo.ZoneInfoNotFoundError.__module__, zoneinfo.InvalidTZPathWarning.__module__)
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError))
print(zoneinfo.ZoneInfo("Europe/Paris"))
zoneinfo.ZoneInfo("Nowhere/City")
