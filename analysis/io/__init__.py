"""Readers: text files (any common encoding), tables, Europresse exports → articles frame."""

from analysis.io.loaders import SUPPORTED_SUFFIXES, expand_inputs, load_article, load_corpus

__all__ = ["SUPPORTED_SUFFIXES", "expand_inputs", "load_article", "load_corpus"]
