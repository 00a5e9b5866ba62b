import support.side_effects
import support.side_effects as again
from support import side_effects
print(support.side_effects.bump(), again.bump(), side_effects.bump())
import sys
print("support.side_effects" in sys.modules)
