print("importing a missing name")
from sys import no_such_name_here_abc
