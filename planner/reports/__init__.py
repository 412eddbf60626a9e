"""PDF documents (reportlab platypus): one renderer class per document. Renderers take plain
data prepared by the services and return PDF bytes; they never touch storage or Qt."""
