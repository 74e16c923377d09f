"""spaCy pipeline, French segmentation and the sentence/token frames."""

from analysis.nlp.frames import annotate_sentences, page_furniture, sentences, tokens, tokens_from_docs
from analysis.nlp.furniture import find_furniture
from analysis.nlp.pipeline import annotate, load_model, model_info
from analysis.nlp.segment import paragraph_spans, segment, sentence_spans

__all__ = [
    "annotate", "annotate_sentences", "find_furniture", "load_model", "model_info", "page_furniture", "paragraph_spans", "segment",
    "sentence_spans", "sentences", "tokens", "tokens_from_docs",
]
