"""Cluster: articles -> stories, online (one pass, bounded memory), plus near-duplicates."""
from newsweave.cluster.features import ArticleFeatures, article_features, lead_text
from newsweave.cluster.online import Assignment, OnlineClusterer, Params

__all__ = ["ArticleFeatures", "Assignment", "OnlineClusterer", "Params", "article_features", "lead_text"]
