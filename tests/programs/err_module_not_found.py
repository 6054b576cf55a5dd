print("importing")
import nope_this_module_does_not_exist
