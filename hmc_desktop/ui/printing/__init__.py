"""The Utskrifter tab, the PDF preview and the billing export."""
