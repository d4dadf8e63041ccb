"""L'écran de conversation : l'entretien conduit pas à pas.

- `ecran` : l'écran `Conversation` et les gestes du conseiller (touches F1 à
  F9, commandes tapées) ;
- `fil` : sa base, le fil des messages, la zone de saisie, l'enregistrement
  des réponses, la vérification RGPD au fil de la frappe, le panneau ;
- `commandes` : l'aide des commandes et la lecture de « /nom argument ».
"""

from assistant.ecrans.conversation.commandes import AIDE_COMMANDES
from assistant.ecrans.conversation.ecran import Conversation
from assistant.ecrans.conversation.fil import MAX_BULLES, FilConversation, FinConversation

__all__ = ["AIDE_COMMANDES", "MAX_BULLES", "Conversation", "FilConversation", "FinConversation"]
