"""Les widgets de l'assistant."""
