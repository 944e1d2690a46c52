"""Stage 5, spaCy: the pkuseg segmentation model, the tokenizer, and the pipeline components.

`segmentation` fetches and checks the model, `tokenizer` builds the Chinese tokenizer
with the genre dictionary, `components` registers the govmetrics components and `load()`.
"""
