"""Helper modules and packages for the imports/ programs; not programs themselves."""
PACKAGE_VALUE = "support package"
