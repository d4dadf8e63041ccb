"""`python -m assistant` fait la même chose que la commande `entretien`."""

import sys

from assistant.cli import main

sys.exit(main())
