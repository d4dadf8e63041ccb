"""Les écrans de l'assistant."""
